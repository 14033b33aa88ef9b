package cn.gov.jinjiang.gksite.publish.doctor;

import cn.gov.jinjiang.gksite.config.PublishTarget;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.publish.ProcessRunner;
import cn.gov.jinjiang.gksite.publish.Publisher;
import cn.gov.jinjiang.gksite.publish.Rsync;
import cn.gov.jinjiang.gksite.publish.RsyncFailure;
import cn.gov.jinjiang.gksite.publish.RsyncTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Whether the publish target answers: its form is checked as {@code publish} checks it ({@link RsyncTarget#parse}),
 * then rsync makes a dry run from an empty folder into it (nothing is sent, nothing deleted), within a time limit.
 */
final class TargetProbe {
    static final String ID = "target";
    static final String NAME = "发布目标";

    private TargetProbe() {}

    /** The target of site.yaml, or the check that says why there is none to try. */
    static Optional<RsyncTarget> parse(PublishTarget settings, Path source, Path home, DoctorCheck[] refused) {
        if (settings.target().isEmpty()) {
            refused[0] = DoctorCheck.warn(
                    ID,
                    NAME,
                    "site.yaml 没有写发布目标（publish.target），gksite publish 需要用 --target 指定。",
                    "在 site.yaml 的 publish.target 中填写本机目录、user@host:/路径 或 rsync://主机:端口/模块/路径。");
            return Optional.empty();
        }
        try {
            return Optional.of(RsyncTarget.parse(settings.target(), source, home));
        } catch (DiagnosticException e) {
            Diagnostic d = e.diagnostics().get(0);
            refused[0] = DoctorCheck.fail(ID, NAME, d.message(), d.hint());
            return Optional.empty();
        }
    }

    /** The dry run to {@code target}. */
    static DoctorCheck probe(
            RsyncTarget target, PublishTarget settings, ProcessRunner runner, Rsync rsync, Duration limit) {
        String shown = settings.target();
        Path empty = null;
        try {
            empty = Files.createTempDirectory("gksite-doctor-");
            int seconds = (int) Math.max(1, limit.toSeconds());
            Optional<ProcessRunner.Result> r = TimedRun.run(
                    runner, rsync.probeCommand(empty, target, settings, seconds), empty, limit.plusSeconds(5));
            if (r.isEmpty()) {
                return DoctorCheck.fail(
                        ID,
                        NAME,
                        "连接“" + shown + "”超过 " + (seconds + 5) + " 秒没有回应。",
                        "检查主机名、端口和网络（防火墙），确认服务器上 sshd 或 rsync 服务在运行。");
            }
            if (r.get().exitCode() != 0) {
                Diagnostic d = RsyncFailure.of(r.get().exitCode(), r.get().stderr(), shown, true)
                        .diagnostics()
                        .get(0);
                return DoctorCheck.fail(ID, NAME, d.message(), d.hint());
            }
        } catch (IOException e) {
            return DoctorCheck.fail(ID, NAME, "无法运行 rsync 预演：" + e.getMessage(), "先安装 rsync（见上）。");
        } finally {
            if (empty != null) {
                try {
                    Files.deleteIfExists(empty);
                } catch (IOException ignored) {
                    // an empty folder in the system's temporary folder
                }
            }
        }
        if (target.kind() == RsyncTarget.Kind.LOCAL
                && !Files.exists(target.localFolder().resolve(Publisher.MARKER))) {
            return DoctorCheck.warn(
                    ID,
                    NAME,
                    "rsync 预演成功，但目标“" + shown + "”中还没有标记文件 " + Publisher.MARKER + "（还没有发布过）。",
                    "确认这是本站专用的网站目录后，首次发布加 --init：./gksite publish --init");
        }
        return DoctorCheck.ok(ID, NAME, "rsync 预演成功：可以连接“" + shown + "”。");
    }
}
