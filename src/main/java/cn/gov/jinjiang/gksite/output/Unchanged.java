package cn.gov.jinjiang.gksite.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * Reuses files of the current output that a new build would write with the same bytes: the staged copy
 * becomes a hard link to the current file instead of a new file. Unchanged pages and attachments then
 * keep their inode and modification time across builds (rsync's quick check, file watchers and backups
 * see only what changed), and an unchanged attachment of many megabytes is not copied again. The current
 * output is never modified in place by gksite (the preview replaces files by renaming), so sharing an
 * inode between the current and the staged site is safe; when links are not possible (another file
 * system, a file system without hard links), the caller writes the file as usual.
 */
final class Unchanged {
    private static final int BUFFER = 64 * 1024;

    private Unchanged() {
    }

    /** Links {@code target} to {@code current} when {@code current} holds exactly {@code bytes}. */
    static boolean link(Path current, byte[] bytes, Path target) {
        try {
            BasicFileAttributes a = Files.readAttributes(current, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile() || a.size() != bytes.length || !Arrays.equals(Files.readAllBytes(current), bytes)) {
                return false;
            }
            Files.createLink(target, current);
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** Links {@code target} to {@code current} when {@code current} has the same bytes as the file {@code from}. */
    static boolean linkIfSame(Path current, Path from, Path target) {
        try {
            BasicFileAttributes a = Files.readAttributes(current, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile() || a.size() != Files.size(from) || !sameBytes(current, from)) {
                return false;
            }
            Files.createLink(target, current);
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    private static boolean sameBytes(Path a, Path b) throws IOException {
        try (InputStream x = Files.newInputStream(a); InputStream y = Files.newInputStream(b)) {
            byte[] bx = new byte[BUFFER];
            byte[] by = new byte[BUFFER];
            while (true) {
                int nx = x.readNBytes(bx, 0, BUFFER);
                int ny = y.readNBytes(by, 0, BUFFER);
                if (nx != ny || !Arrays.equals(bx, 0, nx, by, 0, ny)) {
                    return false;
                }
                if (nx < BUFFER) {
                    return true;
                }
            }
        }
    }
}
