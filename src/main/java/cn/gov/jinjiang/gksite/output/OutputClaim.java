package cn.gov.jinjiang.gksite.output;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One build's hold on its output folder, taken before anything is written ({@link #take}): the guard has
 * accepted the folder ({@link OutputGuard}), a lock file keeps a second gksite from writing the same folder
 * at the same time, a swap a killed build left half done is completed and the staging and old folders
 * killed builds left are removed ({@link SiteSwap}). Closing it releases the lock; the operating system
 * releases it too when the process dies, so a killed build never blocks the next one.
 */
public final class OutputClaim implements AutoCloseable {
    private final Path folder;
    private final FileChannel lockFile;

    private OutputClaim(Path folder, FileChannel lockFile) {
        this.folder = folder;
        this.lockFile = lockFile;
    }

    /** {@link #take(Path, Path, Path)} with the home folder of the user running gksite. */
    public static OutputClaim take(Path source, Path output) {
        return take(source, output, Path.of(System.getProperty("user.home")));
    }

    /**
     * Checks {@code output} for a build of {@code source}, locks it, completes an interrupted swap and
     * cleans leftovers.
     *
     * @throws DiagnosticException {@code output.refused}, {@code output.busy} or {@code io.write}
     */
    public static OutputClaim take(Path source, Path output, Path home) {
        Path folder = OutputGuard.check(source, output, home);
        Path lockPath = SiteSwap.journal(folder).resolveSibling("lock-" + folder.getFileName());
        FileChannel channel = null;
        try {
            Files.createDirectories(lockPath.getParent());
            channel = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            } catch (IOException e) {
                // a file system without locks (some network shares): no second build can be told apart, so the
                // leftovers of killed builds are left alone rather than risk deleting a running build's folder
                return new OutputClaim(folder, channel);
            }
            if (lock == null) {
                channel.close();
                throw new DiagnosticException(Diagnostic.error(
                        "output.busy",
                        SourcePos.of(output.toString()),
                        "另一个 gksite 正在写入 " + folder + "，两个构建不能同时写同一个输出目录。",
                        "等另一个构建（或 gksite serve / publish）结束后再运行。"));
            }
            SiteSwap.recover(folder);
            SiteSwap.clean(folder);
            return new OutputClaim(folder, channel);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new DiagnosticException(
                    Diagnostic.error(
                            "io.write",
                            SourcePos.of(output.toString()),
                            "无法准备输出目录 " + folder + "：" + e.getMessage(),
                            "检查磁盘空间和目录权限。"),
                    e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** The real path of the output folder: where to stage and swap. */
    public Path folder() {
        return folder;
    }

    /** Releases the lock. */
    @Override
    public void close() {
        closeQuietly(lockFile);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing the channel only releases the lock; the process ending would release it as well
        }
    }
}
