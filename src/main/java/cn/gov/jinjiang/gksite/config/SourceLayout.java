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
        String below = below(root, p);
        if (below != null) {
            return below;
        }
        Path abs = p.toAbsolutePath().normalize();
        Path rel = abs.startsWith(root) ? root.relativize(abs) : abs;
        return rel.toString().replace('\\', '/');
    }

    /**
     * {@code p} relative to {@code base} with '/' separators, when {@code p} is below {@code base} by plain names (no
     * {@code .} or {@code ..} among them, nor an empty one): what {@link Path#relativize} gives then, without its cost
     * (a build asks for several per page). Else null.
     */
    public static String below(Path base, Path p) {
        String b = base.toString();
        String s = p.toString();
        String sep = p.getFileSystem().getSeparator();
        if (!s.startsWith(b) || !s.startsWith(sep, b.length())) {
            return null;
        }
        // the base's names after its root (an absolute path's first separator), then the rest's
        int from = b.length() + sep.length();
        if (!plain(b, sep, b.startsWith(sep) ? sep.length() : 0) || !plain(s, sep, from)) {
            return null;
        }
        return s.substring(from).replace(sep, "/");
    }

    /** Whether the names of {@code s} from {@code from} on, split at {@code sep}, are neither empty, . nor .. . */
    private static boolean plain(String s, String sep, int from) {
        int start = from;
        while (true) {
            int end = s.indexOf(sep, start);
            if (end < 0) {
                end = s.length();
            }
            int n = end - start;
            if (n == 0
                    || (n == 1 && s.charAt(start) == '.')
                    || (n == 2 && s.charAt(start) == '.' && s.charAt(start + 1) == '.')) {
                return false;
            }
            if (end == s.length()) {
                return true;
            }
            start = end + sep.length();
        }
    }
}
