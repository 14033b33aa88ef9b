package cn.gov.jinjiang.gksite.output;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Decides whether gksite may replace a whole output folder, before anything is touched. A build empties
 * its output folder, so it may only name
 * <ul>
 *   <li>a folder gksite made: it holds the marker file {@value #MARKER}, which every output gets;</li>
 *   <li>a missing or empty folder;</li>
 *   <li>a site/ made by a gksite older than the marker: every file in it is listed in the manifest of the
 *       build that wrote it ({@code .gksite/manifest-<name>.tsv} beside it), apart from gksite's own
 *       {@code .gksite-*} files at its top (the publish marker and record).</li>
 * </ul>
 * and never the root, a system or home folder ({@link SafeFolders}), the source folder or one of its
 * ancestors, or a folder inside the source other than {@code site/} (and publish's own
 * {@value #PUBLISH_FOLDER}). Every rule compares real paths, so a symbolic link is judged by where it leads.
 * A refusal is the error {@code output.refused}.
 */
public final class OutputGuard {
    /** The file every output folder gksite makes holds at its top. */
    public static final String MARKER = ".gksite-output";
    /** Where {@code gksite publish} builds, relative to the source folder. */
    public static final String PUBLISH_FOLDER = ".gksite/publish/site";

    static final String MARKER_TEXT = "gksite output folder\n" + "此目录由 gksite 生成，每次构建都会整体替换，放在这里的其他文件会被删除。\n";
    /** Paths of an output that no manifest lists, inside the output: gksite's own top-level files. */
    private static final String OWN_PREFIX = ".gksite-";

    private static final Set<String> DEFAULT_FOLDERS = Set.of("site", PUBLISH_FOLDER);

    private OutputGuard() {}

    /**
     * Checks that {@code output} may be replaced by a build of {@code source}, and returns its real path, the
     * folder to write (the same folder even when {@code output} is a link to it).
     *
     * @param home the current user's home folder, or null
     * @throws DiagnosticException {@code output.refused}
     */
    public static Path check(Path source, Path output, Path home) {
        Path out;
        Path src;
        Path realHome;
        try {
            out = SafeFolders.real(output);
            src = SafeFolders.real(source);
            realHome = home == null ? null : SafeFolders.real(home);
        } catch (IOException e) {
            throw refuse(output, null, "无法确定它的实际位置（" + e.getMessage() + "）。", "检查路径中的符号链接和目录权限。");
        }
        Optional<String> unsafe = SafeFolders.refusal(out, realHome);
        if (unsafe.isPresent()) {
            throw refuse(output, out, unsafe.get(), "用 --out 指定一个专用的新目录，例如 --out /srv/gk-site；默认是 <source>/site。");
        }
        if (src.startsWith(out)) {
            throw refuse(
                    output,
                    out,
                    out.equals(src) ? "这是站点源目录本身。" : "它包含站点源目录 " + src + "。",
                    "输出目录必须在源目录之外，或者就是默认的 <source>/site。");
        }
        if (out.startsWith(src) && DEFAULT_FOLDERS.stream().noneMatch(d -> out.equals(src.resolve(d)))) {
            throw refuse(
                    output,
                    out,
                    "它在站点源目录之中（" + src.relativize(out) + "），源目录中只有 site/ 可以作为输出目录。",
                    "省略 --out（输出到 <source>/site），或指定源目录以外的目录。");
        }
        requireReplaceable(output, out);
        return out;
    }

    /**
     * Checks the folder's contents: missing, empty, marked, or an old gksite's site/. Called again right
     * before a swap, since the folder may have changed while the site was built.
     */
    static void requireReplaceable(Path given, Path out) {
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            throw refuse(given, out, "它是一个文件，不是目录。", "指定一个目录，或不存在的路径（gksite 会建立它）。");
        }
        if (isMarked(out)) {
            return;
        }
        try {
            Optional<String> foreign = foreignFile(out);
            if (foreign.isEmpty()) {
                return;
            }
            throw refuse(
                    given,
                    out,
                    "它不是 gksite 生成的目录（没有标记文件 " + MARKER + "），里面有不是 gksite 写的文件，如 " + foreign.get() + "。",
                    "换一个空目录或不存在的目录；确认里面的文件都不需要后，也可以先自己清空它。");
        } catch (IOException e) {
            throw refuse(given, out, "无法读取它的内容（" + e.getMessage() + "）。", "检查目录权限。");
        }
    }

    /** Whether gksite made {@code folder} (it holds the marker as a plain file). */
    static boolean isMarked(Path folder) {
        return Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                && Files.isRegularFile(folder.resolve(MARKER), LinkOption.NOFOLLOW_LINKS);
    }

    /** Marks {@code folder} as gksite's own. */
    static void mark(Path folder) throws IOException {
        Files.write(folder.resolve(MARKER), MARKER_TEXT.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The first entry of an unmarked folder that no manifest of an earlier gksite accounts for (relative
     * path), or empty when the folder is empty or every file in it is listed.
     */
    private static Optional<String> foreignFile(Path out) throws IOException {
        Set<String> listed = OutputManifest.read(OutputManifest.fileFor(out)).entries().stream()
                .map(OutputManifest.Entry::path)
                .collect(Collectors.toSet());
        try (Stream<Path> walk = Files.walk(out)) {
            Iterator<Path> it = walk.iterator();
            while (it.hasNext()) {
                Path p = it.next();
                String rel = out.relativize(p).toString().replace('\\', '/');
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    continue; // out itself (a folder, not a link: see requireReplaceable) and its folders
                }
                boolean own = p.getParent().equals(out) && rel.startsWith(OWN_PREFIX);
                if (!own && !(Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && listed.contains(rel))) {
                    return Optional.of(rel);
                }
            }
        }
        return Optional.empty();
    }

    private static DiagnosticException refuse(Path given, Path real, String why, String hint) {
        String where = given.toString();
        String shown =
                real == null || real.equals(given.toAbsolutePath().normalize()) ? where : where + "（实际位置 " + real + "）";
        return new DiagnosticException(Diagnostic.error(
                "output.refused", SourcePos.of(where), "拒绝把站点写到 " + shown + "：" + why + "构建会删除输出目录中原有的全部内容。", hint));
    }

    /**
     * Gives a folder made by {@link Files#createTempDirectory} (owner only, 0700) the permissions of an ordinary
     * new folder, so that a web server reading the swapped-in site can enter it.
     */
    static void ordinaryFolderMode(Path folder) throws IOException {
        Path plain = folder.resolve(".gksite-probe");
        Files.createDirectory(plain);
        try {
            Files.setPosixFilePermissions(folder, Files.getPosixFilePermissions(plain));
        } catch (UnsupportedOperationException e) {
            // no POSIX permissions here: nothing to adjust
        } finally {
            Files.delete(plain);
        }
    }
}
