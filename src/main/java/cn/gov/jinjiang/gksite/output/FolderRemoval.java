package cn.gov.jinjiang.gksite.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes a folder tree of gksite's (a staging folder, an old site set aside) without following symbolic links: a
 * link inside is removed, never what it points to. Best effort. The marker ({@link OutputGuard#MARKER}) goes last, so
 * a folder half removed by a killed process is still known to be gksite's and is removed at the next start.
 *
 * <p>Where the platform has them (Linux, macOS), through folders opened once ({@link SecureDirectoryStream}): each
 * name is removed relative to its open folder, and a name is taken for a folder only when it cannot be removed as a
 * file, so a site of 11,000 files costs 11,000 removals and no look at each (a walk reads every file's attributes
 * first, and a removal by path looks up every folder on the way again).
 */
final class FolderRemoval {
    /** Deeper folders are left to the walk, which holds no open folder per level. */
    private static final int MOST_DEPTH = 64;

    private FolderRemoval() {}

    static void delete(Path root) {
        if (Files.exists(root, LinkOption.NOFOLLOW_LINKS) && !throughOpenFolders(root)) {
            walk(root);
        }
    }

    /** Removes the tree through open folders, where the platform has them; whether it is gone (else the walk's). */
    static boolean throughOpenFolders(Path root) {
        Path parent = root.toAbsolutePath().getParent();
        Path name = root.getFileName();
        if (parent == null || name == null) {
            return false;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(parent)) {
            return stream instanceof SecureDirectoryStream<Path> folder && delete(folder, name, true, 0);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Removes {@code name} of {@code folder}: a file (or link) at once, a folder after what is in it; whether it is
     * gone.
     */
    private static boolean delete(SecureDirectoryStream<Path> folder, Path name, boolean root, int depth) {
        if (!root) {
            try {
                folder.deleteFile(name);
                return true;
            } catch (IOException e) {
                // a folder (or a file that cannot be removed, which the folder's removal then finds)
            }
        }
        if (depth > MOST_DEPTH) {
            return false;
        }
        boolean empty = true;
        try (SecureDirectoryStream<Path> inside = folder.newDirectoryStream(name, LinkOption.NOFOLLOW_LINKS)) {
            // The names first: a folder read while its entries are removed may skip some.
            List<Path> names = new ArrayList<>();
            boolean marked = false;
            for (Path p : inside) {
                Path n = p.getFileName();
                if (root && n.toString().equals(OutputGuard.MARKER)) {
                    marked = true;
                } else {
                    names.add(n);
                }
            }
            for (Path n : names) {
                empty &= delete(inside, n, false, depth + 1);
            }
            if (!empty) {
                return false;
            }
            if (marked) {
                inside.deleteFile(Path.of(OutputGuard.MARKER));
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        try {
            folder.deleteDirectory(name);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Removes what is left of the tree by walking it (no link followed). */
    private static void walk(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Path marker = root.resolve(OutputGuard.MARKER);
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (!file.equals(marker)) {
                        Files.delete(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    if (dir.equals(root)) {
                        Files.deleteIfExists(marker);
                    }
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // cleanup only: a leftover hidden staging folder does no harm to the published site
        }
    }
}
