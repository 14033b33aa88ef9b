package cn.gov.jinjiang.gksite.cli;

import cn.gov.jinjiang.gksite.publish.doctor.Doctor;
import cn.gov.jinjiang.gksite.publish.doctor.DoctorCheck;
import cn.gov.jinjiang.gksite.publish.doctor.DoctorReport;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code gksite doctor}: one line per check, ✔ ⚠ or ✘, and the fix under each that is not ✔. */
@Command(
        name = "doctor",
        description =
                "检查运行环境和站点：Java 版本、rsync 和 ssh、发布目标能否连接（rsync 预演）、" + "文件监视上限、site.yaml 中的占位值；加 --build 时再完整构建一次。",
        mixinStandardHelpOptions = true)
final class DoctorCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Mixin
    private SourceOption source;

    @Option(names = "--build", description = "同时完整构建并检查站点（写到临时目录，不动 site/）")
    private boolean build;

    @Option(names = "--format", paramLabel = "human|json", description = "输出格式：human（默认）或 json（每项检查一行 JSON）")
    private BuildCommand.Format format = BuildCommand.Format.human;

    @Override
    public Integer call() {
        DoctorReport report = Doctor.system(Clock.systemUTC()).run(source.path(), build);
        PrintWriter out = main.out();
        for (DoctorCheck c : report.checks()) {
            if (format == BuildCommand.Format.json) {
                out.println("{\"check\":" + JsonReporter.str(c.id()) + ",\"status\":"
                        + JsonReporter.str(c.status().word())
                        + ",\"name\":" + JsonReporter.str(c.name()) + ",\"message\":" + JsonReporter.str(c.detail())
                        + ",\"hint\":" + JsonReporter.str(c.fix()) + "}");
            } else {
                out.println(c.status().sign() + " " + c.name() + "：" + c.detail());
                if (!c.fix().isEmpty()) {
                    out.println("    修复：" + c.fix());
                }
            }
        }
        out.flush();
        if (format == BuildCommand.Format.human) {
            long failed = report.checks().stream()
                    .filter(c -> c.status() == DoctorCheck.Status.FAIL)
                    .count();
            long warned = report.checks().stream()
                    .filter(c -> c.status() == DoctorCheck.Status.WARN)
                    .count();
            main.err().println("检查了 " + report.checks().size() + " 项：" + failed + " 项未通过，" + warned + " 项警告。");
            main.err().flush();
        }
        return report.failed() ? ExitCodes.CONTENT_ERRORS : ExitCodes.OK;
    }
}
