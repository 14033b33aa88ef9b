package cn.gov.jinjiang.gksite.output;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.render.RenderedFile;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * Updates single files of a private output folder (the preview's), each through a temporary file and a
 * rename, so a reader never sees half a file. Not for site/: a published site changes only by the
 * whole-folder swap of {@link OutputWriter}, so that it is never a mix of two builds.
 */
public final class InPlaceWriter {
    private final Path output;

    public InPlaceWriter(Path output) {
        this.output = Objects.requireNonNull(output, "output").toAbsolutePath().normalize();
    }

    /**
     * Writes {@code f} in place of what was there. A file whose address is a folder here, or lies in a "folder"
     * that is a file here, is not written (false): the build reports it as an {@code output.conflict}.
     */
    public boolean write(RenderedFile f) {
        Path target = target(f.path());
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) || blockedByFile(target)) {
            return false;
        }
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), ".gksite-", ".tmp");
            try {
                Files.write(tmp, f.bytes());
                move(tmp, target);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw error(f.path(), e);
        }
        return true;
    }

    private boolean blockedByFile(Path target) {
        for (Path dir = target.getParent(); dir != null && !dir.equals(output); dir = dir.getParent()) {
            if (Files.isRegularFile(dir, LinkOption.NOFOLLOW_LINKS)) {
                return true;
            }
        }
        return false;
    }

    /** Copies {@code from} to {@code path} unless the copy there has the same size and modification time. */
    public void copy(Path from, String path) {
        Path target = target(path);
        try {
            BasicFileAttributes src = Files.readAttributes(from, BasicFileAttributes.class);
            if (Files.isRegularFile(target)) {
                BasicFileAttributes dst = Files.readAttributes(target, BasicFileAttributes.class);
                if (dst.size() == src.size() && dst.lastModifiedTime().equals(src.lastModifiedTime())) {
                    return;
                }
            }
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), ".gksite-", ".tmp");
            try {
                Files.copy(from, tmp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                move(tmp, target);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw error(path, e);
        }
    }

    /** Removes {@code path} and then the folders it leaves empty. */
    public void delete(String path) {
        Path target = target(path);
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            // The address was never written as a file (a conflict kept it out): the folder there is another's.
            return;
        }
        try {
            Files.deleteIfExists(target);
            for (Path dir = target.getParent(); dir != null && !dir.equals(output); dir = dir.getParent()) {
                if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                    continue; // gone already, with the last file in it that went before
                }
                try (var entries = Files.list(dir)) {
                    if (entries.findAny().isPresent()) {
                        break;
                    }
                }
                Files.delete(dir);
            }
        } catch (IOException e) {
            throw error(path, e);
        }
    }

    private Path target(String path) {
        Path t = output.resolve(path).normalize();
        if (!t.startsWith(output) || t.equals(output)) {
            throw new IllegalArgumentException("output path outside the output folder: " + path);
        }
        return t;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static DiagnosticException error(String path, IOException e) {
        return new DiagnosticException(
                Diagnostic.error("io.write", SourcePos.of(path), "无法写入预览输出：" + e.getMessage(), "检查磁盘空间和临时目录权限。"), e);
    }
}
