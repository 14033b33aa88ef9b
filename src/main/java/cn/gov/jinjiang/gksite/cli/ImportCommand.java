package cn.gov.jinjiang.gksite.cli;

import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.report.ImportInput;
import cn.gov.jinjiang.gksite.report.ImportResult;
import cn.gov.jinjiang.gksite.report.ReportImporter;
import cn.gov.jinjiang.gksite.report.ReportScaffold;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code gksite import}: brings published content into content/. */
@Command(name = "import", description = "导入已发布的内容。", mixinStandardHelpOptions = true,
        subcommands = ImportCommand.Report.class)
final class ImportCommand implements Runnable {
    @ParentCommand
    private Main main;

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(main.out());
    }

    /** {@code gksite import report FILE --year YEAR}: a past report into content/…/ndbg/YEAR/. */
    @Command(name = "report", description = "导入往年的年度报告（另存的网页、复制的文字或 PDF 提取的文字）。",
            mixinStandardHelpOptions = true)
    static final class Report implements Callable<Integer> {
        @ParentCommand
        private ImportCommand parent;

        @Parameters(index = "0", paramLabel = "FILE", description = "报告文件：.html 网页、复制的文字或 PDF 提取的文字")
        private Path file;

        @Option(names = "--year", required = true, paramLabel = "YEAR", description = "报告年度，如 2023")
        private int year;

        @Mixin
        private SourceOption source;

        @Option(names = "--org", paramLabel = "NAME", description = "发布机构，默认取 site.yaml 的 site.organisation")
        private String org;

        @Override
        public Integer call() {
            Main main = parent.main;
            SourceLayout layout = SourceLayout.of(source.path(), null);
            String name = file.toString().replace('\\', '/');
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new DiagnosticException(Diagnostic.error("io.read", SourcePos.of(name), "读不到要导入的文件：" + e,
                        "检查文件路径。"), e);
            }
            Path dir = ReportScaffold.reportDir(layout, year);
            ReportScaffold.refuseExisting(layout, dir);
            String organisation = ReportScaffold.organisation(layout, org);
            ImportResult r = new ReportImporter().read(name, ImportInput.decode(bytes), year, organisation, dir);
            Reporter.of("human").report(r.diagnostics(), main.out());
            if (!r.ok()) {
                main.err().println("导入失败：有 " + r.diagnostics().size() + " 处问题，未写入任何文件。");
                main.err().flush();
                return ExitCodes.CONTENT_ERRORS;
            }
            new ReportScaffold().write(layout, r.files());
            main.err().println("已导入 " + layout.relative(dir) + "/（index.md、data.yaml）。请核对后运行 gksite build。");
            main.err().flush();
            return ExitCodes.OK;
        }
    }
}
