package cn.gov.jinjiang.gksite.build;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;

/**
 * The file of a {@link RenderState}: {@code .gksite/cache/render-<output>.bin} beside the sources, one per output
 * folder (a hash of its real path names it), never published. It is the state's bytes between a header and an
 * HMAC-SHA256 with the build cache's key ({@link CacheKey}: the code's fingerprint and the user's secret), so a file
 * that anyone else wrote, or that a build of other code wrote, or that is damaged, is not read: the build then
 * renders every page. It is replaced whole (a new file, then a rename) after each build that wrote its site; a file
 * at its place that is not gksite's (a symbolic link, another file) is left as it is and not used.
 */
final class RenderStateFile {
    static final String DIR = ".gksite/cache";
    static final byte[] MAGIC = "gksite render state v1\n".getBytes(StandardCharsets.US_ASCII);
    /**
     * Larger is not read (a state takes some 270 bytes a page: a million pages fit), nor more than a quarter of the
     * heap, so that a forged file of any size costs a full render, never the build's memory.
     */
    static final long MAX_BYTES = 256L << 20;

    private static final int MAC = 32;

    private RenderStateFile() {}

    /** The relative path (to the source root) of the state of the site built into {@code output} (a real path). */
    static String of(Path output) {
        byte[] d = CodeFingerprint.sha256().digest(output.toString().getBytes(StandardCharsets.UTF_8));
        return DIR + "/render-" + HexFormat.of().formatHex(d, 0, 8) + ".bin";
    }

    /**
     * The state in {@code root}/{@code rel}, or null when there is none or it cannot be trusted: not a plain file,
     * not gksite's, not whole, signed with another key, or not decoded to its last byte.
     */
    static RenderState read(Path root, String rel, byte[] key) {
        if (CacheFile.unsafePlace(root, rel) != null) {
            return null;
        }
        Path file = root.resolve(rel);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            long size = ch.size();
            if (size < MAGIC.length + MAC
                    || size > Math.min(MAX_BYTES, Runtime.getRuntime().maxMemory() / 4)
                    || !CacheFile.startsWithMagic(ch, size, MAGIC)) {
                return null;
            }
            byte[] bytes = CacheFile.read(ch, 0, (int) size).array();
            int body = bytes.length - MAC;
            Mac mac = CacheFile.mac(key);
            mac.update(bytes, 0, body);
            if (!MessageDigest.isEqual(Arrays.copyOfRange(bytes, body, bytes.length), mac.doFinal())) {
                return null;
            }
            return RenderState.decode(
                    ByteBuffer.wrap(bytes, MAGIC.length, body - MAGIC.length).slice());
        } catch (IOException | RuntimeException | CachedConversion.Malformed e) {
            return null;
        }
    }

    /**
     * Writes {@code state} to {@code root}/{@code rel} in place of what is there, unless what is there is not
     * gksite's; false when it was not written (the next build then renders every page). The state is of a build whose
     * site is in place now: a file of it touched later is not the build's ({@link RenderState#written}; by the file
     * system's clock, not the build's, which dates pages and which tests fix).
     */
    static boolean write(Path root, String rel, byte[] key, RenderState state) {
        if (CacheFile.unsafePlace(root, rel) != null) {
            return false;
        }
        Path file = root.resolve(rel);
        Path tmp = null;
        try {
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !ours(file)) {
                return false;
            }
            Files.createDirectories(file.getParent());
            byte[] payload = state.at(Clock.systemUTC().instant()).encode();
            Mac mac = CacheFile.mac(key);
            mac.update(MAGIC);
            mac.update(payload);
            tmp = Files.createTempFile(file.getParent(), ".render-", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                out.write(MAGIC);
                out.write(payload);
                out.write(mac.doFinal());
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a leftover temporary file in .gksite/cache does no harm
                }
            }
        }
    }

    /**
     * Why the state at {@code root}/{@code rel} cannot be read or written, when the editor should know: a symbolic
     * link or special file, or a file gksite did not write, at its place ({@code cache.unusable}); else null. A
     * folder above it that is a link is reported by the Markdown cache, which shares it.
     */
    static Diagnostic problem(Path root, String rel) {
        if (rel.equals(CacheFile.unsafePlace(root, rel))) {
            return CacheFile.unusable(rel, "是符号链接或其他特殊文件，gksite 不会经过它读写");
        }
        try {
            Path file = root.resolve(rel);
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !ours(file)) {
                return CacheFile.unusable(rel, "不是 gksite 写的文件，gksite 不会改动它");
            }
            return null;
        } catch (IOException e) {
            return CacheFile.unusable(rel, "无法读取（" + e.getMessage() + "）");
        }
    }

    /** A plain file that starts as a state does. */
    private static boolean ours(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            return CacheFile.startsWithMagic(ch, ch.size(), MAGIC);
        }
    }
}
