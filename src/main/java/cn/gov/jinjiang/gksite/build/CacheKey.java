package cn.gov.jinjiang.gksite.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The key a build cache ({@link MarkdownCache}) is written and read with: a digest of the code's fingerprint
 * ({@link CodeFingerprint}) and a secret of this user on this machine ({@code ~/.cache/gksite/cache-key}, 32
 * random bytes made on first use, readable by the user only). The cache's index is signed with it (HMAC), so
 * a cache file that did not come from this user's gksite, such as one committed to the site's repository to
 * slip HTML past the sanitizer, is never read: it cannot carry a valid signature.
 */
public final class CacheKey {
    static final String SECRET = ".cache/gksite/cache-key";
    private static final int LENGTH = 32;

    private CacheKey() {}

    /** The key for code loaded from {@code anchor}'s jar and the secret under {@code home}; null: no cache. */
    public static String of(Class<?> anchor, Path home) {
        String code = CodeFingerprint.of(anchor);
        byte[] secret = home == null ? null : secret(home);
        if (code == null || secret == null) {
            return null;
        }
        MessageDigest d = CodeFingerprint.sha256();
        d.update(code.getBytes(StandardCharsets.US_ASCII));
        d.update(secret);
        return HexFormat.of().formatHex(d.digest());
    }

    /**
     * The key for the user running gksite when the secret is there already, else null: read before a build knows
     * it will write anything, it makes nothing.
     */
    public static String existing(Class<?> anchor) {
        String home = System.getProperty("user.home");
        if (home == null
                || home.isBlank()
                || !Files.isRegularFile(Path.of(home).resolve(SECRET), LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        return of(anchor, Path.of(home));
    }

    /** The key for the user running gksite. */
    public static String of(Class<?> anchor) {
        String home = System.getProperty("user.home");
        return of(anchor, home == null || home.isBlank() ? null : Path.of(home));
    }

    /**
     * The secret under {@code home}, made when there is none; null when it cannot be read or made, or when
     * something else is at its place (a symbolic link, a file of another length): it is then left as it is.
     */
    static byte[] secret(Path home) {
        Path file = home.resolve(SECRET);
        try {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                make(file);
            }
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) != LENGTH) {
                return null;
            }
            return Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Writes a new secret beside its place and moves it in, unless another gksite made one meanwhile. */
    private static void make(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] bytes = new byte[LENGTH];
        new SecureRandom().nextBytes(bytes);
        Path tmp = Files.createTempFile(file.getParent(), "cache-key.", ".new");
        try {
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the folder's own protection applies
            }
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, file);
            } catch (FileAlreadyExistsException e) {
                // another gksite made it first: that one is used
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
