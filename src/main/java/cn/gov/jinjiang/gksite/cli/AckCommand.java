package cn.gov.jinjiang.gksite.cli;

import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.report.Finding;
import cn.gov.jinjiang.gksite.report.ReportAcks;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code gksite ack YEAR [--body ID]}: lists the open findings of a year's report (the body's); with positions or
 * {@code --all}, records them as acknowledged (kept as the original report printed them) in the report's ack.yaml.
 */
@Command(
        name = "ack",
        description = "核对年度报告规则发现的问题：列出待核对的问题，或把核对过、按原报告保留的问题记入 ack.yaml。",
        mixinStandardHelpOptions = true)
final class AckCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Parameters(index = "0", paramLabel = "YEAR", description = "报告年度，如 2019")
    private int year;

    @Parameters(
            index = "1..*",
            paramLabel = "POSITION",
            arity = "0..*",
            description = "要核对的问题的位置，照抄构建输出，如 content/xxgk/zfxxgkzl/ndbg/2019/data.yaml:41:7")
    private List<String> positions = new ArrayList<>();

    @Option(names = "--all", description = "核对这份报告的全部待核对问题")
    private boolean all;

    @Option(names = "--code", paramLabel = "CODE", description = "只核对这个代码的问题，如 report.R8（一个位置有几个问题时需要）")
    private String code;

    @Option(names = "--reason", paramLabel = "TEXT", description = "保留原样的理由（中文），如 原报告如此")
    private String reason;

    @Option(names = "--by", paramLabel = "NAME", description = "核对人")
    private String by;

    @Option(names = "--date", paramLabel = "yyyy-MM-dd", description = "核对日期，默认今天")
    private String date;

    @Mixin
    private SourceOption source;

    @Mixin
    private BodyOption body;

    @Override
    public Integer call() {
        PrintWriter out = main.out();
        PrintWriter err = main.err();
        SourceLayout layout = SourceLayout.of(source.path(), null);
        ReportHome home = ReportHome.of(layout, body);
        String again = year + home.bodyArg();
        if (positions.isEmpty() && !all) {
            ReportAcks.Outcome o = ReportAcks.open(layout, home.reports(), year);
            if (!o.problems().isEmpty()) {
                return fail(o, err);
            }
            out.println(
                    o.open().isEmpty()
                            ? year + " 年度报告没有待核对的问题。"
                            : year + " 年度报告待核对的问题 " + o.open().size() + " 个：");
            list(out, o.open());
            if (!o.open().isEmpty()) {
                out.println("核对原报告后，逐个记入：gksite ack " + again + " 位置 --reason 原报告如此 --by 姓名；全部记入：加 --all 代替位置。");
            }
            out.flush();
            return ExitCodes.OK;
        }
        if (all && !positions.isEmpty()) {
            err.println("--all 与位置只能二选一。");
            err.flush();
            return ExitCodes.USAGE_OR_ENVIRONMENT;
        }
        LocalDate day;
        try {
            day = date == null ? LocalDate.now(main.clock()) : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            err.println("--date 应为 yyyy-MM-dd 格式的日期，如 2026-12-02。");
            err.flush();
            return ExitCodes.USAGE_OR_ENVIRONMENT;
        }
        ReportAcks.Outcome o = ReportAcks.acknowledge(
                layout,
                home.reports(),
                year,
                new ReportAcks.Selection(all, positions, code, home.bodyArg()),
                reason,
                by,
                day);
        if (!o.problems().isEmpty()) {
            return fail(o, err);
        }
        out.println("已核对 " + o.acked().size() + " 个问题，记入 " + o.file() + "：");
        list(out, o.acked());
        out.println(
                o.open().isEmpty()
                        ? "这份报告已没有待核对的问题。"
                        : "还有 " + o.open().size() + " 个待核对的问题（gksite ack " + year + " 列出）。");
        out.flush();
        return ExitCodes.OK;
    }

    private static void list(PrintWriter out, List<Finding> findings) {
        for (Finding f : findings) {
            out.println("  " + f.diagnostic().toLine());
        }
    }

    private static int fail(ReportAcks.Outcome o, PrintWriter err) {
        Reporter.of("human").report(o.problems(), err);
        err.println("未写入任何文件。");
        err.flush();
        return ExitCodes.CONTENT_ERRORS;
    }
}
