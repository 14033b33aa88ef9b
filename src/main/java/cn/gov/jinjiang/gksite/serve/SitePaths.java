package cn.gov.jinjiang.gksite.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The preview's two path checks, kept apart so that mutation testing holds them to every mutant killed: a request
 * address is refused before it touches the disk when it could climb out of the output folder, and the file an
 * address names is served only when it, with every link resolved, lies inside that folder.
 */
final class SitePaths {
    private SitePaths() {}

    /** Refuses what no page address contains and what could climb out of the folder. */
    static boolean unsafe(String raw, String decoded) {
        String lower = raw.toLowerCase(Locale.ROOT);
        if (!decoded.startsWith("/")
                || decoded.contains("\\")
                || decoded.contains("\0")
                || lower.contains("%2f")
                || lower.contains("%5c")
                || lower.contains("%00")
                || lower.contains("%2e")) {
            return true;
        }
        for (String part : (raw + "/" + decoded).split("/")) {
            if (part.equals("..") || part.equals(".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The file or folder for {@code path} (starting with "/") below {@code root} (a real path) with links
     * resolved, or null when it is missing, neither a file nor a folder, or outside {@code root}.
     */
    static Path resolve(Path root, String path) {
        // Judged by the real path alone: ".." and links out of the folder both end outside root.
        Path p = root.resolve(path.substring(1)).normalize();
        try {
            Path real = p.toRealPath();
            return real.startsWith(root) && (Files.isRegularFile(real) || Files.isDirectory(real)) ? real : null;
        } catch (IOException e) {
            // missing (NoSuchFileException) or unreadable: not found
            return null;
        }
    }
}
