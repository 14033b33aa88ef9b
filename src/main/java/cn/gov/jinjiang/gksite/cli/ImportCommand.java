package cn.gov.jinjiang.gksite.cli;

import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Severity;
import cn.gov.jinjiang.gksite.report.Finding;
import cn.gov.jinjiang.gksite.report.ImportFile;
import cn.gov.jinjiang.gksite.report.ImportInput;
import cn.gov.jinjiang.gksite.report.ImportOptions;
import cn.gov.jinjiang.gksite.report.ImportResult;
import cn.gov.jinjiang.gksite.report.ReportAcks;
import cn.gov.jinjiang.gksite.report.ReportCheck;
import cn.gov.jinjiang.gksite.report.ReportFormat;
import cn.gov.jinjiang.gksite.report.ReportImporter;
import cn.gov.jinjiang.gksite.report.ReportScaffold;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code gksite import}: brings published content into content/. */
@Command(
        name = "import",
        description = "导入已发布的内容。",
        mixinStandardHelpOptions = true,
        subcommands = ImportCommand.Report.class)
final class ImportCommand implements Runnable {
    @ParentCommand
    private Main main;

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(main.out());
    }

    /** {@code gksite import report FILE [--year YEAR] [--body ID]}: a past report into the body's ndbg/YEAR/. */
    @Command(
            name = "report",
            description = "导入往年的年度报告（Word .docx、PDF、另存的网页、复制或提取的文字）。",
            mixinStandardHelpOptions = true)
    static final class Report implements Callable<Integer> {
        @ParentCommand
        private ImportCommand parent;

        @Parameters(index = "0", paramLabel = "FILE", description = "报告文件：.docx、.pdf、.html 网页或 .txt 文字（按内容识别，不看扩展名）")
        private Path file;

        @Option(names = "--year", paramLabel = "YEAR", description = "报告年度，如 2023；默认取报告标题或统计期限中的年度")
        private Integer year;

        @Mixin
        private SourceOption source;

        @Mixin
        private BodyOption body;

        @Option(
                names = "--org",
                paramLabel = "NAME",
                description = "发布机构；默认取报告标题中的机构，标题中没有时取单位的名称（site.yaml 的 bodies 或 site.organisation）")
        private String org;

        @Option(names = "--force", description = "--year 与报告中的年度不一致时仍按 --year 导入")
        private boolean force;

        @Override
        public Integer call() {
            Main main = parent.main;
            PrintWriter out = main.out();
            SourceLayout layout = SourceLayout.of(source.path(), null);
            String name = file.toString().replace('\\', '/');
            ReportHome home = ReportHome.of(layout, body);
            if (year != null) {
                ReportScaffold.refuseExisting(layout, ReportScaffold.reportDir(layout, home.reports(), year));
            }
            byte[] bytes = ImportFile.read(file, name);
            ImportInput in = ImportInput.of(name, bytes);
            ImportResult r = new ReportImporter()
                    .read(in, new ImportOptions(year, org, ReportScaffold.organisation(null, home.owner()), force));
            Reporter.of("human").report(r.diagnostics(), out);
            if (!r.ok()) {
                main.err()
                        .println("导入失败：有 "
                                + r.diagnostics().stream()
                                        .filter(Diagnostic::isError)
                                        .count() + " 处问题，未写入任何文件。");
                main.err().flush();
                return ExitCodes.CONTENT_ERRORS;
            }
            Path dir = ReportScaffold.reportDir(layout, home.reports(), r.year());
            new ReportScaffold().write(layout, r.files(dir));
            summary(out, r, name);
            out.println("已写入 " + layout.relative(dir) + "/（index.md、data.yaml）"
                    + (home.listed() ? "，" + home.whose().replaceAll("，$", "") : "") + "。");
            if (home.listed()
                    && !r.org().isEmpty()
                    && !r.org().equals(home.owner().name())) {
                out.println("注意：报告的发布机构“" + r.org() + "”不是单位“" + home.owner().name() + "”。如果这是另一个单位的报告，删去 "
                        + layout.relative(dir) + "/ 后用“--body 该单位的代号”重新导入。");
            }
            List<Diagnostic> rules = ReportCheck.run(layout, home.reports(), r.year());
            out.println("报告规则的检查结果（gksite build 会同样报告）：");
            Reporter.of("human").report(rules, out);
            long errors = rules.stream().filter(Diagnostic::isError).count();
            long warnings =
                    rules.stream().filter(d -> d.severity() == Severity.WARNING).count();
            out.println(
                    errors == 0 && warnings == 0
                            ? "  全部通过。"
                            : "  共 " + errors + " 个错误、" + warnings + " 个警告：原报告如此的，导入时照原样保留；请核对后修改或说明。");
            List<Finding> open = ReportAcks.recordOpen(layout, home.reports(), r.year());
            if (!open.isEmpty()) {
                out.println("  其中 " + open.size() + " 个问题未核对，已作为“待核对”记入 " + layout.relative(dir) + "/ack.yaml；"
                        + "未核对的错误会使构建失败。");
                out.println("  对照原报告核对后：确属原报告如此的，运行 gksite ack " + r.year() + home.bodyArg()
                        + " 位置 --reason 原报告如此 --by 姓名（全部：--all），页面会注明这些数字按原报告照录；录入有误的，改正 data.yaml。");
            }
            out.flush();
            return ExitCodes.OK;
        }

        private static void summary(PrintWriter out, ImportResult r, String name) {
            ReportFormat f = ReportFormat.forYear(r.year());
            out.println("导入 " + r.year() + " 年度报告（" + r.kind().chinese() + "：" + name + "）");
            out.println("  标题：" + r.title());
            out.println("  发布机构：" + (r.org().isEmpty() ? "（无）" : r.org()));
            out.println("  发布日期：" + (r.date() == null ? "原文未载明" : r.date()));
            StringBuilder rows = new StringBuilder("  读到的行：");
            for (ImportResult.Placed p : r.placed()) {
                rows.append("表")
                        .append(p.table())
                        .append(' ')
                        .append(p.rows())
                        .append('/')
                        .append(p.of())
                        .append(" 行  ");
            }
            out.println(rows.toString().stripTrailing());
            if (r.blanks().isEmpty()) {
                out.println("  空白单元格：无");
                return;
            }
            out.println("  空白单元格 " + r.blanks().size() + " 个（原文留空或填“/”“-”，data.yaml 中照样留空，构建时报 report.R8）：");
            for (String key : r.blanks()) {
                out.println("    " + f.cellLabel(key));
            }
        }
    }
}
