package cn.gov.jinjiang.gksite.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Folders that gksite must never fill or empty, whatever a command line or site.yaml says: the root, the
 * system's own folders and home folders. Shared by the output guard ({@code build --out}) and the publish
 * guard (local rsync targets), so both refuse the same places.
 *
 * <p>Two kinds of system folder: those whose whole tree belongs to the system ({@code /etc/nginx} is as
 * dangerous as {@code /etc}), and those that are only containers of dedicated folders ({@code /srv/www},
 * {@code /var/www/gk}, {@code /opt/gk/html} and a build into {@code /tmp/x} are ordinary places for a site,
 * but {@code /srv} itself is not).
 */
public final class SafeFolders {
    /** Folders whose whole tree belongs to the system. */
    private static final List<Path> SYSTEM_TREES = paths(
            "/bin",
            "/boot",
            "/dev",
            "/etc",
            "/lib",
            "/lib32",
            "/lib64",
            "/libx32",
            "/lost+found",
            "/proc",
            "/run",
            "/sbin",
            "/snap",
            "/sys",
            "/usr",
            "/var/backups",
            "/var/cache",
            "/var/lib",
            "/var/log",
            "/var/mail",
            "/var/spool");
    /** Folders refused themselves, whose subfolders may be a site's own. */
    private static final Set<Path> SYSTEM_FOLDERS =
            Set.copyOf(paths("/home", "/media", "/mnt", "/opt", "/srv", "/tmp", "/var", "/var/tmp", "/var/www"));

    private SafeFolders() {}

    private static List<Path> paths(String... names) {
        return Arrays.stream(names).map(Path::of).toList();
    }

    /**
     * Why {@code real} (a path from {@link #real}) must not be filled or emptied, or empty when it may be.
     *
     * @param home the current user's home folder (real path), or null
     */
    public static Optional<String> refusal(Path real, Path home) {
        if (real.getParent() == null) {
            return Optional.of("这是根目录。");
        }
        if (SYSTEM_FOLDERS.contains(real)) {
            return Optional.of("这是系统目录。");
        }
        for (Path system : SYSTEM_TREES) {
            if (real.startsWith(system)) {
                return Optional.of(real.equals(system) ? "这是系统目录。" : "它在系统目录 " + system + " 之中。");
            }
        }
        if (real.equals(Path.of("/root")) || real.getNameCount() == 2 && real.startsWith("/home")) {
            return Optional.of("这是用户的主目录。");
        }
        if (home != null && home.startsWith(real)) {
            return Optional.of(real.equals(home) ? "这是当前用户的主目录。" : "它包含当前用户的主目录 " + home + "。");
        }
        return Optional.empty();
    }

    /**
     * The absolute, normalised path with every symbolic link resolved: the real path of its nearest existing
     * ancestor, followed by the names that do not exist yet. Guards compare real paths only, so a link to
     * the source folder or to {@code /etc} is seen for what it is.
     *
     * @throws IOException when a link leads nowhere or a folder cannot be read
     */
    public static Path real(Path path) throws IOException {
        Path abs = path.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        // a dangling link throws here (NoSuchFileException): the guard then refuses what it cannot see
        Path real = existing.toRealPath();
        return real.resolve(existing.relativize(abs));
    }
}
