package cn.gov.jinjiang.gksite.publish;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.util.Arrays;
import java.util.Locale;

/**
 * Turns a failed rsync run (exit code and error output) into a diagnostic that says, in Chinese, what went
 * wrong and what to do. The exit codes are rsync's (see {@code man rsync}, EXIT VALUES): 5 daemon protocol
 * start, 10 socket I/O, 11 file I/O, 12 protocol data stream (often a dead SSH), 20 interrupted, 23 partial
 * transfer (often permissions), 25 --max-delete reached, 30/35 timeouts, 255 SSH failed. The error output
 * is looked at first, because one exit code covers several causes.
 */
public final class RsyncFailure {
    private RsyncFailure() {}

    /** The diagnostic for rsync exiting with {@code exitCode} and {@code stderr} while publishing to {@code target}. */
    public static DiagnosticException of(int exitCode, String stderr, String target, boolean dryRun) {
        String err = stderr.toLowerCase(Locale.ROOT);
        String said = excerpt(stderr);
        String stage = dryRun ? "预演（dry run）" : "发布";
        if (has(err, "no space left on device", "disk quota exceeded", "file too large")) {
            return fail(
                    "publish.disk-full",
                    stage + "失败：目标“" + target + "”所在磁盘已满。" + said,
                    "清理服务器磁盘空间后重新运行 gksite publish。已上传的新文件仍在隐藏的 " + Rsync.PARTIAL_DIR + " 目录中，网站上的文件没有被半途替换。");
        }
        if (has(err, "failed to exec ssh", "ssh: not found", "ssh: command not found")) {
            return fail(
                    "publish.ssh-missing",
                    "找不到 ssh 程序，无法连接“" + target + "”。" + said,
                    "安装 OpenSSH 客户端：apt-get install openssh-client（或检查 site.yaml 的 publish.ssh）。");
        }
        if (has(
                err,
                "permission denied (publickey",
                "permission denied, please try again",
                "host key verification failed",
                "auth failed on module",
                "@error: auth")) {
            return fail(
                    "publish.permission-denied",
                    stage + "失败：服务器拒绝登录“" + target + "”。" + said,
                    "检查用户名、密钥（site.yaml 的 publish.ssh 可用 -i 指定密钥文件）和服务器的 known_hosts；"
                            + "rsync 服务则检查模块的 auth users 与密码文件。");
        }
        if (has(err, "permission denied", "operation not permitted", "read-only file system", "read only")) {
            return fail(
                    "publish.permission-denied",
                    stage + "失败：没有写入目标“" + target + "”的权限。" + said,
                    "让发布用户对目标目录有写权限（rsync 服务则把模块设为 read only = no），然后重新发布。");
        }
        if (has(err, "unknown module")) {
            return fail(
                    "publish.unreachable",
                    stage + "失败：rsync 服务上没有目标中的模块（" + target + "）。" + said,
                    "检查 rsync://主机:端口/模块/路径 中的模块名，或服务器的 rsyncd.conf。");
        }
        if (has(
                        err,
                        "connection refused",
                        "no route to host",
                        "could not resolve hostname",
                        "name or service not known",
                        "temporary failure in name resolution",
                        "network is unreachable",
                        "connection timed out",
                        "failed to connect to",
                        "timed out",
                        "connection reset")
                || exitCode == 5
                || exitCode == 10
                || exitCode == 30
                || exitCode == 35
                || exitCode == 255) {
            return fail(
                    "publish.unreachable",
                    stage + "失败：无法连接发布目标“" + target + "”。" + said,
                    "检查主机名、端口和网络，确认服务器上 sshd 或 rsync 服务在运行，然后重新发布。");
        }
        if (has(err, "mkdir") && has(err, "no such file or directory")) {
            return fail(
                    "publish.target-parent-missing",
                    stage + "失败：目标目录的上级目录不存在（" + target + "）。" + said,
                    "先在服务器上建立上级目录；gksite 只会建立最后一级目录。");
        }
        if (exitCode == 25) {
            return fail(
                    "publish.target-changed",
                    "发布时要删除的文件比预演时多，rsync 已停止删除（目标在预演后被改动）。" + said,
                    "重新运行 gksite publish --dry-run 查看，再发布。");
        }
        if (exitCode == 20 || exitCode > 128 || exitCode < 0) {
            return fail(
                    "publish.interrupted",
                    "发布被中断（rsync 退出码 " + exitCode + "）。" + said,
                    "因为新文件先放在 " + Rsync.PARTIAL_DIR + " 中、最后一起替换，目标中的每个文件要么是旧版本、要么是新版本。"
                            + "重新运行 gksite publish 即可完成发布。");
        }
        return fail(
                "publish.rsync-failed",
                stage + "失败：rsync 退出码 " + exitCode + "。" + said,
                "按 rsync 的报错处理后重新发布；发布前可用 --dry-run 预演。");
    }

    /** rsync itself could not be started. */
    public static DiagnosticException missing(String program) {
        return fail(
                "publish.rsync-missing",
                "找不到 rsync 程序（" + program + "），无法发布。",
                "安装 rsync：apt-get install rsync（Debian/Ubuntu）或 yum install rsync（CentOS），服务器上也需要安装。");
    }

    private static boolean has(String text, String... needles) {
        return Arrays.stream(needles).anyMatch(text::contains);
    }

    /** The last few non-empty lines of rsync's error output, quoted. */
    static String excerpt(String stderr) {
        String[] lines = stderr.strip().split("\n");
        if (lines.length == 0 || lines[0].isBlank()) {
            return "";
        }
        int from = Math.max(0, lines.length - 3);
        return "rsync 报告："
                + String.join(" | ", Arrays.copyOfRange(lines, from, lines.length))
                        .strip();
    }

    private static DiagnosticException fail(String code, String message, String hint) {
        return new DiagnosticException(Diagnostic.error(code, SourcePos.of(Publisher.WHERE), message, hint));
    }
}
