package cn.gov.jinjiang.gksite.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32C;

/**
 * Reuses files of the current output that a new build would write with the same bytes: the staged copy
 * becomes a hard link to the current file instead of a new file. Unchanged pages and attachments then
 * keep their inode and modification time across builds (rsync's quick check, file watchers and backups
 * see only what changed), and an unchanged attachment of many megabytes is not copied again.
 *
 * <p>Safety: a file is reused only when it has the owner and permissions a new file would get (so a
 * rebuild still resets a file someone changed by hand); the staged link is compared with the wanted bytes
 * after it is made (so a concurrent change of the current file between a look and the link is never
 * committed); gksite never writes into an existing staged path (a second file for one path is a conflict,
 * see {@link OutputWriter.Staging}), and the preview replaces files by renaming, so the shared inode of the
 * current site is never written through. When links are not possible (another file system, no hard links),
 * the caller writes the file as usual.
 */
final class Unchanged {
    private static final int BUFFER = 64 * 1024;

    /** Mode bits and owner of a file created now in the staging folder, or null where there are none. */
    private final Fresh fresh;
    /**
     * Direct buffers for reading files back ({@link #crcOf}, {@link #holds}), one per reading thread at a time. They
     * go with this instance, that is with the build: a ThreadLocal's would stay on the common pool's threads, which
     * outlive it (a preview server makes one instance per full update).
     */
    private final Queue<ByteBuffer> buffers = new ConcurrentLinkedQueue<>();

    /** A file's mode bits (permissions and special bits) and owner's uid. */
    private record Fresh(int mode, int uid) {}

    private static final int MODE_BITS = 07777;

    private Unchanged(Fresh fresh) {
        this.fresh = fresh;
    }

    /** Learns what a new file in {@code folder} looks like by creating (and removing) one. */
    static Unchanged in(Path folder) throws IOException {
        // Files.createFile, like Files.write, applies the umask (createTempFile would make it owner-only).
        Path probe = Files.createFile(folder.resolve(".gksite-probe-file"));
        try {
            Map<String, Object> a = Files.readAttributes(probe, "unix:mode,uid", LinkOption.NOFOLLOW_LINKS);
            return new Unchanged(new Fresh((Integer) a.get("mode") & MODE_BITS, (Integer) a.get("uid")));
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return new Unchanged(null);
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    /** Links {@code target} to {@code current} when {@code current} holds exactly {@code bytes}. */
    boolean link(Path current, byte[] bytes, Path target) {
        return reuse(current, bytes.length, target, linked -> holds(linked, bytes));
    }

    /** Links {@code target} to {@code current} when {@code current} has the same bytes as the file {@code from}. */
    boolean linkIfSame(Path current, Path from, Path target) {
        try {
            return reuse(current, Files.size(from), target, linked -> sameBytes(linked, from));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Links {@code target} to {@code current} when {@code current} holds bytes whose CRC-32C is {@code crc} (as
     * {@link OutputManifest.Entry#crc} writes it) and that nothing touched since {@code notAfter} ({@link
     * #untouchedSince}): a page of the last build that an edit did not touch, kept without rendering it again. A file
     * changed by hand since (another CRC, owner or mode, or written at all) is not kept.
     */
    boolean keep(Path current, String crc, long notAfter, Path target) {
        try {
            if (crc.isEmpty() || !candidate(current, -1, notAfter)) {
                return false;
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return reuse(current, target, linked -> crc.equals(crcOf(linked)));
    }

    /**
     * Whether nothing wrote to {@code file}, changed its mode or moved it in since {@code notAfter} (nanoseconds
     * since 1970; when the last build had put its site in place): its status-change time (ctime, which only the
     * kernel sets) is not later. A CRC-32C can be forged by anyone who can write the file (four chosen bytes); a
     * file written since, even back to its own bytes, is therefore made again. Where there is no ctime (not a
     * Unix file system) the modification time stands in.
     */
    static boolean untouchedSince(Path file, long notAfter) {
        try {
            FileTime t;
            try {
                t = (FileTime) Files.getAttribute(file, "unix:ctime", LinkOption.NOFOLLOW_LINKS);
            } catch (UnsupportedOperationException | IllegalArgumentException e) {
                t = Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS);
            }
            return t.to(TimeUnit.NANOSECONDS) <= notAfter;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Files larger than this are not read back ({@link #read}); a search index shard of 100,000 pages has ~1 MB. */
    static final long MOST_READ = 256L << 20;

    /**
     * The bytes of {@code current} when it is a regular file (not a link) of at most {@link #MOST_READ} bytes, with
     * the owner and permissions a new file would have (as {@link #keep} asks), whose CRC-32C is {@code crc} (as
     * {@link OutputManifest.Entry#crc} writes it) and that nothing touched since {@code notAfter} ({@link
     * #untouchedSince}), else null: a file of the last build, to be updated rather than made afresh. The CRC is of
     * the bytes read, so a file changed between the look and the read is refused too.
     */
    byte[] read(Path current, String crc, long notAfter) {
        try {
            if (crc.isEmpty() || !candidate(current, -1, notAfter) || Files.size(current) > MOST_READ) {
                return null;
            }
            byte[] b;
            try (InputStream in = Files.newInputStream(current, LinkOption.NOFOLLOW_LINKS)) {
                b = in.readNBytes((int) MOST_READ + 1);
            }
            return b.length <= MOST_READ && crc.equals(OutputManifest.Entry.crcOf(b)) ? b : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The CRC-32C of a file, as {@link OutputManifest.Entry#crc} writes it. */
    private String crcOf(Path file) throws IOException {
        CRC32C crc = new CRC32C();
        read(file, b -> {
            crc.update(b);
            return true;
        });
        return Long.toHexString(crc.getValue());
    }

    /** Whether {@code file} holds exactly {@code bytes}. */
    private boolean holds(Path file, byte[] bytes) throws IOException {
        int[] at = {0};
        return read(file, b -> {
                    int n = b.remaining();
                    if (n > bytes.length - at[0] || !b.equals(ByteBuffer.wrap(bytes, at[0], n))) {
                        return false;
                    }
                    at[0] += n;
                    return true;
                })
                && at[0] == bytes.length;
    }

    /** Takes the bytes of a file read back, a buffer's worth at a time; false to stop reading. */
    private interface Chunks {
        boolean take(ByteBuffer chunk);
    }

    /**
     * Reads {@code file} into a direct buffer of {@link #buffers}, handing each buffer's worth to {@code chunks};
     * whether it read to the end. (An input stream's readNBytes or readAllBytes allocated an array per file: 131 MB of
     * an edit build's 620 MB at 10,000 pages.)
     */
    private boolean read(Path file, Chunks chunks) throws IOException {
        ByteBuffer polled = buffers.poll();
        ByteBuffer b = polled != null ? polled : ByteBuffer.allocateDirect(BUFFER);
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            for (b.clear(); in.read(b) >= 0; b.clear()) {
                b.flip();
                if (!chunks.take(b)) {
                    return false;
                }
            }
            return true;
        } finally {
            buffers.offer(b);
        }
    }

    /** What the staged link must hold: checked on the link itself, after it is made. */
    private interface Wanted {
        boolean in(Path linked) throws IOException;
    }

    private boolean reuse(Path current, long size, Path target, Wanted wanted) {
        try {
            return candidate(current, size, Long.MAX_VALUE) && reuse(current, target, wanted);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Links {@code target} to {@code current}, a candidate, and keeps the link when it holds what is wanted. */
    private static boolean reuse(Path current, Path target, Wanted wanted) {
        try {
            if (!linked(current, target)) {
                return false;
            }
            boolean same;
            try {
                same = wanted.in(target);
            } catch (IOException e) {
                same = false;
            }
            if (!same) {
                // The caller writes the file afresh in its place.
                Files.delete(target);
            }
            return same;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /**
     * A regular file of the right size (-1: any), with the owner and permissions a new file would have, that nothing
     * touched since {@code notAfter} ({@link #untouchedSince}; {@link Long#MAX_VALUE}: any time). One look at it.
     */
    private boolean candidate(Path current, long size, long notAfter) throws IOException {
        if (fresh == null) {
            BasicFileAttributes a = Files.readAttributes(current, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isRegularFile()
                    && (size < 0 || a.size() == size)
                    && (notAfter == Long.MAX_VALUE || untouchedSince(current, notAfter));
        }
        Map<String, Object> a =
                Files.readAttributes(current, "unix:isRegularFile,size,mode,uid,ctime", LinkOption.NOFOLLOW_LINKS);
        return (Boolean) a.get("isRegularFile")
                && (size < 0 || (Long) a.get("size") == size)
                && ((Integer) a.get("mode") & MODE_BITS) == fresh.mode()
                && (Integer) a.get("uid") == fresh.uid()
                && ((FileTime) a.get("ctime")).to(TimeUnit.NANOSECONDS) <= notAfter;
    }

    private static boolean linked(Path current, Path target) {
        try {
            Files.createLink(target, current);
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    private static boolean sameBytes(Path a, Path b) throws IOException {
        try (InputStream x = Files.newInputStream(a);
                InputStream y = Files.newInputStream(b)) {
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
