package cn.gov.jinjiang.gksite.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

/**
 * Where the resident build server of one gksite, one java and one set of JVM options listens: a Unix socket in a
 * folder only its user can enter. The folder is {@code $XDG_RUNTIME_DIR/gksite} (a per-user folder the system makes),
 * else {@code /tmp/gksite-<uid>}; gksite uses it only when it is a real folder (not a link), owned by this user and
 * closed to everyone else (mode 700), so another user can neither reach the server nor put a server of theirs in its
 * place. The socket's name is a digest of the server's {@link #identity}: the launcher's key (the jar's path, the java,
 * JVM options, umask, locale, time zone, home) and the jar's size and time. A different gksite or setting gets a server
 * of its own; the launcher's quick client (bin/gksite-client.pl) computes the same name, and every request carries the
 * identity in full, which the server compares with its own: the digest names, it does not vouch.
 *
 * @param dir      the private folder
 * @param socket   the socket in it
 * @param lock     the file a server holds locked while it lives (one server per socket)
 * @param code     the jar (or classes folder) the server runs
 * @param identity the key, the code's size and its time in whole seconds, one a line
 */
record ServerAddress(Path dir, Path socket, Path lock, Path code, String identity) {
    private static final Set<PosixFilePermission> PRIVATE = EnumSet.of(
            PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    /** Why a folder cannot hold the server's socket. */
    static final class Unsafe extends Exception {
        private static final long serialVersionUID = 1L;

        Unsafe(String message) {
            super(message);
        }
    }

    /**
     * The address for {@code key} (the launcher's GKSITE_SERVER_KEY) and the code at {@code code}, its folder made
     * when missing.
     *
     * @param env the environment (XDG_RUNTIME_DIR and TMPDIR are read)
     * @throws Unsafe when the folder is not this user's alone, or cannot be made
     */
    static ServerAddress of(Map<String, String> env, String key, Path code) throws Unsafe {
        Path dir = folder(env);
        ensurePrivate(dir);
        String identity = identity(key, code);
        String name = digest(identity);
        return new ServerAddress(dir, dir.resolve(name + ".sock"), dir.resolve(name + ".lock"), code, identity);
    }

    /** The folder for the sockets: under XDG_RUNTIME_DIR when it is an absolute folder, else in /tmp. */
    static Path folder(Map<String, String> env) throws Unsafe {
        String runtime = env.get("XDG_RUNTIME_DIR");
        if (runtime != null && !runtime.isEmpty()) {
            Path r = Path.of(runtime);
            if (r.isAbsolute() && Files.isDirectory(r)) {
                return r.resolve("gksite");
            }
        }
        return Path.of("/tmp", "gksite-" + uid());
    }

    /** This process's user id (the owner of /proc/self), else its user name where there is no /proc. */
    private static String uid() throws Unsafe {
        try {
            return String.valueOf(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            String user = System.getProperty("user.name", "");
            if (!user.matches("[A-Za-z0-9._-]{1,64}")) {
                throw new Unsafe("no usable user name: " + user);
            }
            return user;
        }
    }

    /**
     * Makes {@code dir} (mode 700) when it is missing, then requires it to be a folder, not a link, owned by this
     * user and closed to all others.
     */
    static void ensurePrivate(Path dir) throws Unsafe {
        try {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PRIVATE));
        } catch (FileAlreadyExistsException e) {
            // checked below, as one made by us is
        } catch (IOException | UnsupportedOperationException e) {
            throw new Unsafe("cannot make " + dir + ": " + e);
        }
        try {
            BasicFileAttributes basic = Files.readAttributes(dir, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (basic.isSymbolicLink() || !basic.isDirectory()) {
                throw new Unsafe(dir + " is not a folder");
            }
            PosixFileAttributes posix = Files.readAttributes(dir, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!posix.owner().equals(currentUser(dir))) {
                throw new Unsafe(dir + " belongs to " + posix.owner().getName());
            }
            if (!posix.permissions().equals(PRIVATE)) {
                throw new Unsafe(dir + " is open to others: " + PosixFilePermissions.toString(posix.permissions()));
            }
        } catch (IOException | UnsupportedOperationException e) {
            throw new Unsafe("cannot read " + dir + ": " + e);
        }
    }

    /** This process's user, as the file system names owners. */
    static UserPrincipal currentUser(Path anywhere) throws IOException {
        return anywhere.getFileSystem()
                .getUserPrincipalLookupService()
                .lookupPrincipalByName(System.getProperty("user.name"));
    }

    /**
     * What a server is for: the launcher's key (which names the jar and the java), then the code's size and its time
     * in whole seconds (what the quick client's perl reads of a file without a module beyond perl's core), one a line.
     */
    static String identity(String key, Path code) throws Unsafe {
        try {
            BasicFileAttributes a = Files.readAttributes(code, BasicFileAttributes.class);
            return key + "\n" + a.size() + "\n" + seconds(a.lastModifiedTime());
        } catch (IOException e) {
            throw new Unsafe("cannot read " + code + ": " + e);
        }
    }

    /** A file's time in whole seconds down, as stat's st_mtime has it (before 1970 too: to(SECONDS) rounds up). */
    static long seconds(FileTime time) {
        return time.toInstant().getEpochSecond();
    }

    /**
     * The socket's name: the 64-bit FNV-1a hash of the identity's UTF-8 bytes, in 16 hex digits (a socket's path must
     * stay under 108 bytes). Not a cryptographic digest, on purpose: the quick client computes it in perl's core,
     * which has none; a server compares each request's identity with its own in full.
     */
    static String digest(String identity) {
        long h = 0xcbf29ce484222325L;
        for (byte b : identity.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return HexFormat.of().toHexDigits(h);
    }

    /** The jar or classes folder this class was loaded from. */
    static Path ownCode() throws Unsafe {
        try {
            return Path.of(ServerAddress.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new Unsafe("cannot locate gksite's code: " + e);
        }
    }
}
