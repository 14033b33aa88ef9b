package cn.gov.jinjiang.gksite.build;

import static java.nio.charset.StandardCharsets.UTF_8;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A file of the build cache in {@code .gksite/cache} that is written whole and read whole: a header naming what it
 * holds, a nonce, the bytes, and a message authentication code of them all with the build cache's key ({@link
 * CacheKey}: the code's fingerprint and the user's secret): the Poly1305 tag of ChaCha20-Poly1305 (RFC 8439) with
 * the file as associated data and nothing to encrypt, under a key made from the cache's, and a nonce drawn at random
 * for each file, so that no two files share a one-time key. (An HMAC-SHA256 took 8 ms per MB where a build runs
 * it: Java's quick compiler, the one a build uses, has no SHA instructions; Poly1305 takes a third of that. The
 * state of a site of 10,000 pages has 5 MB, read and written at every build.) A file that anyone else wrote, or that
 * a build of other code wrote, or that is damaged, is not read. It is replaced whole (a new file, then a rename); a
 * file at its place that is not gksite's (a symbolic link, another file, a link on the way to it) is left as it is
 * and not used.
 *
 * @param magic its header
 * @param most  the most bytes read (nor more than a quarter of the heap), so that a forged file of any size costs
 *              a build without the cache, never the build's memory
 */
record SignedFile(byte[] magic, long most) {
    private static final int NONCE = 12;
    private static final int TAG = 16;
    private static final String AEAD = "ChaCha20-Poly1305";

    /** The bytes between the header and the signature of {@code root}/{@code rel}, or null when not to be trusted. */
    byte[] read(Path root, String rel, byte[] key) {
        if (CacheFile.unsafePlace(root, rel) != null) {
            return null;
        }
        try (FileChannel ch = FileChannel.open(root.resolve(rel), StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            long size = ch.size();
            if (size < magic.length + NONCE + TAG
                    || size > Math.min(most, Runtime.getRuntime().maxMemory() / 4)
                    || !CacheFile.startsWithMagic(ch, size, magic)) {
                return null;
            }
            byte[] bytes = CacheFile.read(ch, 0, (int) size).array();
            int body = bytes.length - TAG;
            Cipher tag = cipher(key, Arrays.copyOfRange(bytes, magic.length, magic.length + NONCE), false);
            tag.updateAAD(bytes, 0, body);
            // throws when the tag is not the one of these bytes
            tag.doFinal(bytes, body, TAG);
            return Arrays.copyOfRange(bytes, magic.length + NONCE, body);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Writes {@code payload} to {@code root}/{@code rel} in place of what is there, unless what is there is not
     * gksite's; false when it was not written.
     */
    boolean write(Path root, String rel, byte[] key, byte[] payload) {
        return open(key, payload, 0).put(root, rel, new byte[0]);
    }

    /**
     * A file of {@code payload} being signed with {@code key}: every byte but the last {@code tail}, which are set
     * when it is {@link Open#put} in place. The payload is the caller's no more.
     */
    Open open(byte[] key, byte[] payload, int tail) {
        byte[] nonce = new byte[NONCE];
        new SecureRandom().nextBytes(nonce);
        Cipher tag = cipher(key, nonce, true);
        tag.updateAAD(magic);
        tag.updateAAD(nonce);
        tag.updateAAD(payload, 0, payload.length - tail);
        return new Open(tag, nonce, payload, tail);
    }

    /**
     * ChaCha20-Poly1305 under a key made from the cache's for these files alone, with {@code nonce}: to make the tag
     * of a new file, or to check one.
     */
    private static Cipher cipher(byte[] key, byte[] nonce, boolean make) {
        try {
            byte[] own = CacheFile.mac(key).doFinal("gksite signed cache file, ChaCha20-Poly1305".getBytes(UTF_8));
            Cipher c = Cipher.getInstance(AEAD);
            c.init(
                    make ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE,
                    new SecretKeySpec(own, "ChaCha20"),
                    new IvParameterSpec(nonce));
            return c;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java since 11 has " + AEAD, e);
        }
    }

    /** A file signed but for the last bytes of its payload. */
    final class Open {
        private final Cipher tag;
        private final byte[] nonce;
        private final byte[] payload;
        private final int tail;

        private Open(Cipher tag, byte[] nonce, byte[] payload, int tail) {
            this.tag = tag;
            this.nonce = nonce;
            this.payload = payload;
            this.tail = tail;
        }

        /**
         * Ends the payload with {@code last} ({@code tail} bytes), signs it and writes the file in place of what is
         * there, unless what is there is not gksite's; false when it was not written. Once.
         */
        boolean put(Path root, String rel, byte[] last) {
            if (last.length != tail) {
                throw new IllegalArgumentException(tail + " bytes to end the payload, not " + last.length);
            }
            System.arraycopy(last, 0, payload, payload.length - tail, tail);
            tag.updateAAD(last);
            byte[] signature;
            try {
                signature = tag.doFinal();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(AEAD + " with nothing to encrypt", e);
            }
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
                tmp = Files.createTempFile(file.getParent(), ".signed-", ".tmp");
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    out.write(magic);
                    out.write(nonce);
                    out.write(payload);
                    out.write(signature);
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
    }

    /**
     * Why the file at {@code root}/{@code rel} cannot be read or written, when the editor should know: a symbolic
     * link or special file, or a file gksite did not write, at its place ({@code cache.unusable}); else null. A
     * folder above it that is a link is reported by the Markdown cache, which shares it.
     */
    Diagnostic problem(Path root, String rel) {
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

    /** A plain file that starts with this kind's header. */
    private boolean ours(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            return CacheFile.startsWithMagic(ch, ch.size(), magic);
        }
    }
}
