package cn.gov.jinjiang.gksite.cli;

import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.report.ReportFiles;
import cn.gov.jinjiang.gksite.report.ReportScaffold;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code gksite new}: scaffolds new content. */
@Command(name = "new", description = "新建内容。", mixinStandardHelpOptions = true,
        subcommands = NewCommand.Report.class)
final class NewCommand implements Runnable {
    @ParentCommand
    private Main main;

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(main.out());
    }

    /** {@code gksite new report YEAR}: a new year's report folder. */
    @Command(name = "report", description = "新建某年度的政府信息公开工作年度报告（index.md 与 data.yaml）。",
            mixinStandardHelpOptions = true)
    static final class Report implements Callable<Integer> {
        @ParentCommand
        private NewCommand parent;

        @Parameters(index = "0", paramLabel = "YEAR", description = "报告年度，如 2026")
        private int year;

        @Option(names = "--source", paramLabel = "DIR", description = "站点目录（含 site.yaml、content/），默认当前目录")
        private Path source = Path.of(".");

        @Option(names = "--org", paramLabel = "NAME", description = "发布机构，默认取 site.yaml 的 site.organisation")
        private String org;

        @Override
        public Integer call() {
            Main main = parent.main;
            SourceLayout layout = SourceLayout.of(source, null);
            String organisation = ReportScaffold.organisation(layout, org);
            Diagnostics diags = new Diagnostics();
            ReportScaffold scaffold = new ReportScaffold();
            ReportFiles files = scaffold.scaffold(layout, year, organisation, diags);
            scaffold.write(layout, files);
            Reporter.of("human").report(diags.sorted(), main.out());
            main.err().println("已新建 " + layout.relative(files.dir()) + "/（index.md、data.yaml）。填写数字和正文后运行 gksite build。");
            main.err().flush();
            return ExitCodes.OK;
        }
    }
}
