package cn.gov.jinjiang.gksite.serve;

import cn.gov.jinjiang.gksite.content.ContentLoader;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Maps a changed path to its {@link ChangeKind}, or to nothing when the preview does not care (the
 * output folder, .git, editors' temporary and backup files such as {@code .index.md.swp},
 * {@code index.md~} or {@code ~$report.md}).
 */
public final class ChangeClassifier {
    private final Path root;
    private final Path content;
    private final Path themes;
    private final Path config;

    /** @param root the source folder */
    public ChangeClassifier(Path root) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
        this.content = this.root.resolve("content");
        this.themes = this.root.resolve("themes");
        this.config = this.root.resolve("site.yaml");
    }

    public Optional<ChangeKind> classify(Path changed) {
        Path p = changed.toAbsolutePath().normalize();
        if (p.equals(config)) {
            return Optional.of(ChangeKind.CONFIG);
        }
        if (p.startsWith(content)) {
            Path rel = content.relativize(p);
            if (!p.equals(content) && ContentLoader.ignored(rel)) {
                return Optional.empty();
            }
            String name = p.getFileName().toString();
            return Optional.of(name.endsWith(".yaml") || name.endsWith(".yml") ? ChangeKind.DATA : ChangeKind.CONTENT);
        }
        if (p.startsWith(themes) && !p.equals(themes)) {
            Path rel = themes.relativize(p);
            if (ContentLoader.ignored(rel)) {
                return Optional.empty();
            }
            // themes/<name>/static/... is copied; anything else of a theme may change how pages render.
            return rel.getNameCount() >= 3 && rel.getName(1).toString().equals("static")
                    ? Optional.of(ChangeKind.THEME_STATIC) : Optional.of(ChangeKind.TEMPLATE);
        }
        return Optional.empty();
    }
}
