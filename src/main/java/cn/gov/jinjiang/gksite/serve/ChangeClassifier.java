package cn.gov.jinjiang.gksite.serve;

import cn.gov.jinjiang.gksite.content.ContentLoader;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Maps a changed path to its {@link ChangeKind}, or to nothing when the preview does not care (the
 * output folder, .git, editors' temporary and backup files such as {@code .index.md.swp},
 * {@code index.md~} or {@code ~$report.md}, and the files tools write beside a file they save and rename over it:
 * {@code sedSLPVqk} of {@code sed -i}, vim's {@code 4913}, emacs' {@code #index.md#}, JetBrains'
 * {@code index.md___jb_tmp___}). Such a file is never a page nor named in the preview's messages.
 */
public final class ChangeClassifier {
    /** Names of the temporary files of tools that save by writing a new file and renaming it. */
    private static final Pattern SAVING =
            Pattern.compile("sed[A-Za-z0-9]{6}|4913|#.*#|.*___jb_(tmp|old|bak)___|.*\\.kate-swp|.*\\.crswap");

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
            if (!p.equals(content) && (ContentLoader.ignored(rel) || saving(p))) {
                return Optional.empty();
            }
            String name = p.getFileName().toString();
            return Optional.of(name.endsWith(".yaml") || name.endsWith(".yml") ? ChangeKind.DATA : ChangeKind.CONTENT);
        }
        if (p.equals(themes)) {
            // themes/ made or removed as a whole: the chain before the built-in theme changed.
            return Optional.of(ChangeKind.TEMPLATE);
        }
        if (p.startsWith(themes)) {
            Path rel = themes.relativize(p);
            if (ContentLoader.ignored(rel) || saving(p)) {
                return Optional.empty();
            }
            // themes/<name>/static/... is copied; anything else of a theme may change how pages render.
            return rel.getNameCount() >= 3 && rel.getName(1).toString().equals("static")
                    ? Optional.of(ChangeKind.THEME_STATIC)
                    : Optional.of(ChangeKind.TEMPLATE);
        }
        return Optional.empty();
    }

    /** Whether the file is a tool's temporary copy of a file it is saving. */
    static boolean saving(Path p) {
        Path name = p.getFileName();
        return name != null && SAVING.matcher(name.toString()).matches();
    }
}
