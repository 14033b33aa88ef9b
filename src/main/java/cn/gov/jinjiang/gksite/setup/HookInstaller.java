package cn.gov.jinjiang.gksite.setup;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.publish.ProcessRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code gksite hook install}: a git pre-commit hook in the site's repository that builds the site (with every
 * check, into a temporary folder) and refuses the commit when the build has errors. The hook runs the gksite that
 * installed it, by its own path. It replaces only a hook gksite wrote (recognised by {@link #MARKER}); any other
 * pre-commit hook is left alone ({@value #EXISTS}). The hook goes where git looks for it ({@code git rev-parse
 * --git-path hooks}: core.hooksPath, worktrees and submodules included).
 */
public final class HookInstaller {
    /** The line that marks a hook as gksite's own. */
    public static final String MARKER = "# gksite-hook: pre-commit";
    /** The code of a pre-commit hook that is not gksite's. */
    public static final String EXISTS = "hook.exists";
    /** The code of a site folder that is in no git repository (or git is missing). */
    public static final String NO_GIT = "hook.no-git";

    private final ProcessRunner git;

    /** What was installed: the hook file, and whether it replaced gksite's own earlier hook. */
    public record Installed(Path hook, boolean replaced) {}

    public HookInstaller(ProcessRunner git) {
        this.git = Objects.requireNonNull(git, "git");
    }

    /**
     * Installs the hook for the site in {@code site}.
     *
     * @param gksite the command that runs this gksite (its launcher, or java -jar its jar), each part one argument
     * @throws DiagnosticException {@value #NO_GIT}, {@value #EXISTS}, {@code config.missing} (no site.yaml in
     *                             {@code site}) or {@code io.write}
     */
    public Installed install(Path site, List<String> gksite) {
        Path dir = site.toAbsolutePath().normalize();
        if (!Files.isRegularFile(dir.resolve("site.yaml"))) {
            throw new DiagnosticException(Diagnostic.error(
                    "config.missing",
                    SourcePos.of("site.yaml"),
                    "找不到站点配置文件 site.yaml（在 " + dir + " 中）。",
                    "在站点根目录运行 gksite hook install，或用 --source 指定站点目录。"));
        }
        String prefix = gitLine(dir, "--show-prefix");
        Path hook = dir.resolve(gitLine(dir, "--git-path", "hooks"))
                .resolve("pre-commit")
                .normalize();
        boolean replaced = false;
        if (Files.exists(hook, LinkOption.NOFOLLOW_LINKS)) {
            if (!ours(hook)) {
                throw new DiagnosticException(Diagnostic.error(
                        EXISTS,
                        SourcePos.of(hook.toString()),
                        "git 仓库中已经有一个不是 gksite 写的提交前钩子（" + hook + "），gksite 不会替换它。",
                        "要两者都用，在现有钩子的末尾加一行：" + String.join(" ", command(gksite)) + " build --source \"$(git rev-parse"
                                + " --show-toplevel)/\"" + sh(prefix) + " --out \"$(mktemp -d)/site\" || exit 1"
                                + "；要只用 gksite 的，先把现有钩子改名（如 pre-commit.old）再运行 gksite hook install。"));
            }
            replaced = true;
        }
        write(hook, script(prefix, gksite));
        return new Installed(hook, replaced);
    }

    /** The hook's text: POSIX sh, as git for Windows runs it too. */
    static String script(String prefix, List<String> gksite) {
        String run = String.join(" ", command(gksite));
        return "#!/bin/sh\n"
                + MARKER + "\n"
                + "# 由 gksite hook install 写入。提交前构建网站（含全部检查，输出到临时目录，不动 site/）："
                + "有错误时拒绝提交，只有警告时照常提交。\n"
                + "# 检查的是工作目录中的文件。确有必要时可用 git commit --no-verify 跳过（持续集成仍会检查）。\n"
                + "# 再次运行 gksite hook install 会更新本文件；删除本文件即停用。\n"
                + "top=\"$(git rev-parse --show-toplevel)\" || exit 2\n"
                + "site=\"$top/\"" + sh(prefix) + "\n"
                + "tmp=\"$(mktemp -d)\" || exit 2\n"
                + "trap 'rm -rf \"$tmp\"' EXIT\n"
                + run + " build --source \"$site\" --out \"$tmp/site\"\n"
                + "status=$?\n"
                + "if [ \"$status\" -eq 1 ]; then\n"
                + "  echo \"gksite：网站有错误，提交被拒绝。改正上面列出的错误后再提交。\" >&2\n"
                + "elif [ \"$status\" -ne 0 ]; then\n"
                + "  echo \"gksite：无法检查网站（退出码 $status）。gksite 移动或升级过时，请重新运行 gksite hook install。\" >&2\n"
                + "fi\n"
                + "exit \"$status\"\n";
    }

    /** The command's parts, each quoted for sh, with '/' separators (git for Windows' sh reads them so). */
    private static List<String> command(List<String> gksite) {
        return gksite.stream().map(a -> sh(a.replace('\\', '/'))).toList();
    }

    /** {@code s} as one sh word in single quotes. */
    static String sh(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static boolean ours(Path hook) {
        if (!Files.isRegularFile(hook, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            return Files.readAllLines(hook, StandardCharsets.UTF_8).stream()
                    .limit(5)
                    .anyMatch(MARKER::equals);
        } catch (IOException | UncheckedIOException e) {
            // unreadable or not text: not one gksite wrote
            return false;
        }
    }

    /** The one line {@code git rev-parse <args>} prints in {@code dir}. */
    private String gitLine(Path dir, String... args) {
        List<String> cmd = new ArrayList<>(List.of("git", "rev-parse"));
        cmd.addAll(List.of(args));
        ProcessRunner.Result r;
        try {
            r = git.run(cmd, dir);
        } catch (IOException e) {
            throw noGit(dir, "找不到 git 程序（" + e.getMessage() + "）", "安装 git（Windows：Git for Windows）后再运行。");
        }
        if (r.exitCode() != 0) {
            throw noGit(
                    dir,
                    "不在 git 仓库中（" + r.stderr().strip() + "）",
                    "先把站点目录放进 git 仓库（git init，或 git clone 站点仓库），再运行 gksite hook install。");
        }
        return r.stdout().strip();
    }

    private static DiagnosticException noGit(Path dir, String why, String hint) {
        return new DiagnosticException(
                Diagnostic.error(NO_GIT, SourcePos.of(dir.toString()), "无法安装提交前钩子：" + dir + " " + why + "。", hint));
    }

    /** Writes the hook whole (a temporary file renamed into place), executable. */
    private static void write(Path hook, String text) {
        try {
            Files.createDirectories(hook.getParent());
            Path tmp = Files.createTempFile(hook.getParent(), ".gksite-hook-", ".tmp");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                try {
                    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
                } catch (UnsupportedOperationException e) {
                    // Windows: git for Windows runs hooks without an executable bit
                }
                try {
                    Files.move(tmp, hook, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, hook, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new DiagnosticException(
                    Diagnostic.error(
                            "io.write",
                            SourcePos.of(hook.toString()),
                            "无法写入提交前钩子 " + hook + "：" + e.getMessage(),
                            "检查 .git/hooks 目录的权限。"),
                    e);
        }
    }
}
