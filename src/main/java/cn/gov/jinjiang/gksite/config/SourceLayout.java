package cn.gov.jinjiang.gksite.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The folders of one build, all absolute.
 *
 * @param root    the source folder (holds site.yaml, content/, themes/)
 * @param content content/ below root
 * @param themes  themes/ below root
 * @param output  where the site is written (site/ by default)
 */
public record SourceLayout(Path root, Path content, Path themes, Path output) {
    public SourceLayout {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(themes, "themes");
        Objects.requireNonNull(output, "output");
    }

    /** The standard layout below {@code root}, writing to {@code output} (or root/site when null). */
    public static SourceLayout of(Path root, Path output) {
        Path r = root.toAbsolutePath().normalize();
        Path out = output == null ? r.resolve("site") : output.toAbsolutePath().normalize();
        return new SourceLayout(r, r.resolve("content"), r.resolve("themes"), out);
    }

    /** A path relative to the root, with '/' separators, for diagnostics. */
    public String relative(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path rel = abs.startsWith(root) ? root.relativize(abs) : abs;
        return rel.toString().replace('\\', '/');
    }
}
