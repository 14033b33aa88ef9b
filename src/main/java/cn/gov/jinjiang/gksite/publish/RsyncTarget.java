package cn.gov.jinjiang.gksite.publish;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.output.SafeFolders;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publish destination in one of rsync's three forms, checked for safety when parsed: a target that is
 * {@code /}, a system folder or lies in one ({@link SafeFolders}), a home folder, the source folder, a folder
 * inside it or one that contains it is refused, because {@code --delete} would empty it. A local target is
 * judged by its real path (symbolic links resolved) and handed to rsync as that path.
 *
 * <ul>
 *   <li>{@code LOCAL}: a folder on this machine, e.g. {@code /var/www/gk};</li>
 *   <li>{@code SSH}: {@code user@host:/var/www/gk}, over the remote shell of site.yaml's {@code publish.ssh};</li>
 *   <li>{@code DAEMON}: {@code rsync://host[:port]/module/path} or {@code host::module/path}.</li>
 * </ul>
 *
 * @param kind        which form
 * @param destination the destination argument for rsync, always ending in {@code /} so that the site's
 *                    contents go into the folder (not a copy of the folder inside it)
 * @param path        the folder part (absolute for LOCAL; as written for SSH; inside the module for DAEMON)
 */
public record RsyncTarget(Kind kind, String destination, String path) {

    public enum Kind {
        LOCAL,
        SSH,
        DAEMON
    }

    private static final Pattern DAEMON_URL = Pattern.compile("rsync://([^/\\s]+)/([^/\\s]+)(/.*)?");
    private static final Pattern DAEMON_PAIR = Pattern.compile("([^/:\\s]+)::([^/\\s]+)(/.*)?");
    private static final Pattern SSH = Pattern.compile("((?:[^/:@\\s]+@)?[^/:@\\s]+):(.*)");

    public RsyncTarget {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(path, "path");
    }

    /**
     * Parses and checks a target.
     *
     * @param raw    the target as written in site.yaml or given with {@code --target}
     * @param source the site's source folder: a local target may not contain it or lie in it
     * @param home   the home folder of the user running gksite (refused as a local target)
     * @throws DiagnosticException {@code publish.target-missing} or {@code publish.target-unsafe}
     */
    public static RsyncTarget parse(String raw, Path source, Path home) {
        String t = raw == null ? "" : raw.strip();
        if (t.isEmpty()) {
            throw refuse(
                    "publish.target-missing",
                    "没有发布目标。",
                    "在 site.yaml 的 publish.target 中填写，或用 --target 指定，例如 --target www@web1:/var/www/gk。");
        }
        if (t.startsWith("-") || t.chars().anyMatch(Character::isISOControl)) {
            throw unsafe(t, "目标不能以“-”开头，也不能含控制字符。");
        }
        Matcher m = DAEMON_URL.matcher(t);
        if (m.matches() || (m = DAEMON_PAIR.matcher(t)).matches()) {
            String inModule = m.group(3) == null ? "" : m.group(3);
            if (hasDotDot(inModule)) {
                throw unsafe(t, "目标路径不能含“..”。");
            }
            return new RsyncTarget(Kind.DAEMON, slash(t), inModule);
        }
        m = SSH.matcher(t);
        if (m.matches()) {
            String p = m.group(2);
            if (p.startsWith("/")) {
                checkAbsolute(t, normalise(p));
            }
            // "", ".", "./", "~/" and the like all normalise to "/": the login user's home, which --delete would empty.
            if (p.startsWith("~") && !p.startsWith("~/")
                    || normalise(p.startsWith("~/") ? p.substring(1) : "/" + p).equals("/")) {
                throw unsafe(t, "这是登录用户的主目录。");
            }
            if (hasDotDot(p)) {
                throw unsafe(t, "目标路径不能含“..”。");
            }
            return new RsyncTarget(Kind.SSH, slash(t), p);
        }
        return local(t, source, home);
    }

    /**
     * A local target, judged by where it really is: every symbolic link in it and in the source path is
     * resolved first, so a link to the source folder or into /etc is refused like the folder itself.
     */
    private static RsyncTarget local(String t, Path source, Path home) {
        Path real;
        Path src;
        Path realHome;
        try {
            real = SafeFolders.real(Path.of(t));
            src = SafeFolders.real(source);
            realHome = home == null ? null : SafeFolders.real(home);
        } catch (IOException | InvalidPathException e) {
            throw unsafe(t, "无法确定它的实际位置（" + e.getMessage() + "）。");
        }
        String shown = real.equals(Path.of(t).toAbsolutePath().normalize()) ? "" : "它实际是 " + real + "，";
        Optional<String> system = SafeFolders.refusal(real, realHome);
        if (system.isPresent()) {
            throw unsafe(t, shown + system.get());
        }
        if (src.startsWith(real)) {
            throw unsafe(t, shown + (real.equals(src) ? "这是站点源目录本身。" : "它包含站点源目录 " + src + "。"));
        }
        if (real.startsWith(src)) {
            throw unsafe(t, shown + "它在站点源目录 " + src + " 之中。");
        }
        return new RsyncTarget(Kind.LOCAL, slash(real.toString()), real.toString());
    }

    /** A local target's folder. */
    public Path localFolder() {
        if (kind != Kind.LOCAL) {
            throw new IllegalStateException("not a local target: " + destination);
        }
        return Path.of(path);
    }

    /** A remote absolute path: the same folders as locally, judged by name alone (links there are not seen). */
    private static void checkAbsolute(String raw, String p) {
        Optional<String> system = SafeFolders.refusal(Path.of(p), null);
        if (system.isPresent()) {
            throw unsafe(raw, system.get());
        }
    }

    private static String slash(String s) {
        return s.endsWith("/") ? s : s + "/";
    }

    private static boolean hasDotDot(String p) {
        for (String seg : p.split("/")) {
            if (seg.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** POSIX normalisation without touching the file system (the path may be on another machine). */
    static String normalise(String p) {
        Deque<String> parts = new ArrayDeque<>();
        for (String seg : p.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(seg);
            }
        }
        return "/" + String.join("/", parts);
    }

    private static DiagnosticException unsafe(String raw, String why) {
        return refuse(
                "publish.target-unsafe",
                "拒绝发布到“" + raw + "”：" + why + "发布会删除目标中站点以外的文件，只能发布到专用的网站目录。",
                "改用网站专用目录，例如 /var/www/gk 或 www@web1:/var/www/gk。");
    }

    private static DiagnosticException refuse(String code, String message, String hint) {
        return new DiagnosticException(Diagnostic.error(code, SourcePos.of(Publisher.WHERE), message, hint));
    }
}
