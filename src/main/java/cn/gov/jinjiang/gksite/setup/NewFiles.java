package cn.gov.jinjiang.gksite.setup;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.output.SafeFolders;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes a new site's files into its folder, and only into a folder that holds nothing yet (a fresh clone's
 * {@code .git} aside): a site is never written over or into another's files. Each file is created new, never
 * replacing one that appeared meanwhile; when writing fails halfway, what was written is removed again, so the
 * folder is as it was.
 */
public final class NewFiles {
    /** The code of a folder that is not empty (or is no folder). */
    public static final String NOT_EMPTY = "setup.not-empty";
    /** The code of a folder in the root or a system tree (reached directly or through a link). */
    public static final String REFUSED = "setup.refused";

    /** A file to write: its path below the site folder ('/' separated) and its bytes. */
    public record NewFile(String path, byte[] bytes) {
        public NewFile {
            Objects.requireNonNull(path, "path");
            bytes = bytes.clone();
            if (path.isEmpty()
                    || path.startsWith("/")
                    || List.of(path.split("/")).contains("..")) {
                throw new IllegalArgumentException("not a path below the site folder: " + path);
            }
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }

    private NewFiles() {}

    /**
     * Writes {@code files} into {@code dir} (made when missing, with its parents) and returns the files written.
     *
     * @throws DiagnosticException {@value #NOT_EMPTY} when {@code dir} holds anything but {@code .git}, or is no
     *                             folder; {@code io.write} when a file cannot be written (nothing is left behind)
     */
    public static List<Path> write(Path dir, List<NewFile> files) {
        Path root = dir.toAbsolutePath().normalize();
        refuseSystemFolders(root);
        refuseUnlessEmpty(root);
        List<Path> made = new ArrayList<>();
        try {
            if (!Files.isDirectory(root)) {
                for (Path p = root; p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
                    made.add(p);
                }
                Files.createDirectories(root);
            }
            List<Path> written = new ArrayList<>();
            for (NewFile f : files) {
                Path target = root.resolve(f.path()).normalize();
                for (Path p = target.getParent();
                        !p.equals(root) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
                        p = p.getParent()) {
                    made.add(p);
                }
                Files.createDirectories(target.getParent());
                // CREATE_NEW: a file that appeared since the folder was found empty is not replaced.
                Files.write(target, f.bytes(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                made.add(target);
                written.add(target);
            }
            return written;
        } catch (IOException e) {
            undo(made);
            String what =
                    e instanceof FileAlreadyExistsException ? "文件 " + e.getMessage() + " 在写入时已经存在" : e.getMessage();
            throw new DiagnosticException(
                    Diagnostic.error(
                            "io.write",
                            SourcePos.of(root.toString()),
                            "无法新建站点：" + what + "。已写入的文件已经删除，目录保持原样。",
                            "检查目录权限和磁盘空间后重试。"),
                    e);
        }
    }

    /** A site is never made in the root, a system tree such as /etc or /usr, or a home folder itself. */
    private static void refuseSystemFolders(Path root) {
        Optional<String> why;
        try {
            why = SafeFolders.refusal(SafeFolders.real(root), null);
        } catch (IOException e) {
            why = Optional.of("无法读取（" + e.getMessage() + "）");
        }
        why.ifPresent(w -> {
            throw new DiagnosticException(Diagnostic.error(
                    REFUSED,
                    SourcePos.of(root.toString()),
                    "不能在 " + root + " 新建站点：" + w,
                    "在自己的工作目录下新建，例如 gksite new site ~/sites/晋江审计局。"));
        });
    }

    private static void refuseUnlessEmpty(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(root)) {
            throw refusal(root, "不是目录", "换一个还不存在的目录名。");
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(root)) {
            for (Path p : s) {
                String name = p.getFileName().toString();
                // a fresh clone of an empty repository: gksite never writes into .git
                if (!name.equals(".git")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw refusal(root, "无法读取（" + e.getMessage() + "）", "检查目录权限。");
        }
        if (!names.isEmpty()) {
            names.sort(null);
            throw refusal(
                    root,
                    "不是空目录（其中已有 " + String.join("、", names.subList(0, Math.min(5, names.size())))
                            + (names.size() > 5 ? " 等 " + names.size() + " 项" : "") + "）",
                    "新站点只建在不存在的目录或空目录中，不会覆盖或混入已有的文件：" + "换一个目录名，或先把已有的文件移走。");
        }
    }

    private static DiagnosticException refusal(Path root, String why, String hint) {
        return new DiagnosticException(Diagnostic.error(
                NOT_EMPTY, SourcePos.of(root.toString()), "不能在 " + root + " 新建站点：它" + why + "。", hint));
    }

    /** Removes what this run made (files and the folders it created), deepest first; best effort. */
    private static void undo(List<Path> made) {
        List<Path> order = new ArrayList<>(made);
        order.sort((a, b) -> Integer.compare(b.getNameCount(), a.getNameCount()));
        for (Path p : order) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a folder someone else put a file into meanwhile stays, with that file
            }
        }
    }
}
