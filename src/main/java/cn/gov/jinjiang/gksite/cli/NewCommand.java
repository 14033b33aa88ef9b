package cn.gov.jinjiang.gksite.cli;

import cn.gov.jinjiang.gksite.config.Bodies;
import cn.gov.jinjiang.gksite.config.ConfigLoader;
import cn.gov.jinjiang.gksite.config.Placeholders;
import cn.gov.jinjiang.gksite.config.SiteConfig;
import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.content.PagePlace;
import cn.gov.jinjiang.gksite.content.PageScaffold;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.report.ReportFiles;
import cn.gov.jinjiang.gksite.report.ReportScaffold;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code gksite new}: scaffolds new content. */
@Command(
        name = "new",
        description = "新建站点或内容。",
        mixinStandardHelpOptions = true,
        subcommands = {NewSiteCommand.class, NewCommand.Report.class, NewCommand.NewPage.class})
final class NewCommand implements Runnable {
    @ParentCommand
    private Main main;

    Main main() {
        return main;
    }

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(main.out());
    }

    /** {@code gksite new report YEAR [--body ID]}: a new year's report folder, the body's own. */
    @Command(
            name = "report",
            description = "新建某年度的政府信息公开工作年度报告（index.md 与 data.yaml），作为草稿（draft: true）。",
            mixinStandardHelpOptions = true)
    static final class Report implements Callable<Integer> {
        @ParentCommand
        private NewCommand parent;

        @Parameters(index = "0", paramLabel = "YEAR", description = "报告年度，如 2026")
        private int year;

        @Mixin
        private SourceOption source;

        @Mixin
        private BodyOption body;

        @Option(
                names = "--org",
                paramLabel = "NAME",
                description = "发布机构，默认取单位的名称（site.yaml 的 bodies 或 site.organisation）")
        private String org;

        @Override
        public Integer call() {
            Main main = parent.main;
            SourceLayout layout = SourceLayout.of(source.path(), null);
            ReportHome home = ReportHome.of(layout, body);
            String organisation = ReportScaffold.organisation(org, home.owner());
            Diagnostics diags = new Diagnostics();
            ReportScaffold scaffold = new ReportScaffold();
            ReportScaffold.refuseExisting(layout, ReportScaffold.reportDir(layout, home.reports(), year));
            ReportFiles files = scaffold.scaffold(
                    layout, home.reports(), year, organisation, home.owner().kind(), diags);
            scaffold.write(layout, files);
            Reporter.of("human").report(diags.sorted(), main.out());
            main.err()
                    .println("已新建 " + layout.relative(files.dir()) + "/（index.md、data.yaml），" + home.whose()
                            + "是草稿（index.md 头部的 draft: true）：不会发布，也不影响其他页面的构建和发布。"
                            + ReportScaffold.deadline(home.owner().kind(), year)
                            + "填写数字和正文时用 gksite serve 预览、gksite build --drafts 检查；完成后删去 draft: true 这一行再发布。");
            main.err().flush();
            return ExitCodes.OK;
        }
    }

    /** {@code gksite new page PATH [--body ID]}: a new document with its body's next free 索引号 and today's dates. */
    @Command(name = "page", description = "新建一个文件页面：填好下一个未用的索引号、发布机构和今天的成文日期、发布日期。", mixinStandardHelpOptions = true)
    static final class NewPage implements Callable<Integer> {
        @ParentCommand
        private NewCommand parent;

        @Parameters(
                index = "0",
                paramLabel = "PATH",
                description =
                        "content/ 下的路径，如 xxgk/zfxxgkzl/ml/02/jzb-2026-01；用 --body 时也可写单位目录下的路径，如 zfxxgkml/wj-2026-01")
        private String path;

        @Mixin
        private SourceOption source;

        @Mixin
        private BodyOption body;

        @Option(
                names = "--index-prefix",
                paramLabel = "CODE-CAT",
                description =
                        "索引号的“机构代码-类别”，如 QZ06101-0240；默认取单位的 index_prefix（site.yaml 的 bodies 或 catalogue.index_prefix）")
        private String prefix;

        @Option(names = "--title", paramLabel = "TITLE", description = "标题")
        private String title;

        @Option(
                names = "--org",
                paramLabel = "NAME",
                description = "发布机构，默认取单位的名称（site.yaml 的 bodies 或 site.organisation）")
        private String org;

        @Override
        public Integer call() {
            Main main = parent.main;
            SourceLayout layout = SourceLayout.of(source.path(), null);
            Diagnostics diags = new Diagnostics();
            SiteConfig config = new ConfigLoader().load(layout, diags);
            Bodies bodies = config.bodies();
            PagePlace place = PagePlace.of(path, bodies, body.body(config).orElse(null));
            PageScaffold scaffold = new PageScaffold(main.clock());
            PageScaffold.NewPage page = scaffold.scaffold(layout, place, bodies, prefix, org, title);
            scaffold.write(layout, page);
            main.err()
                    .println("已新建 " + layout.relative(page.file()) + "（" + ReportHome.whose(bodies, place.body())
                            + "索引号 "
                            + page.indexNo() + "）。把“"
                            + (title == null || title.isBlank() ? Placeholders.title() + "”“" : "")
                            + Placeholders.BODY + "”换成标题和正文，填写文号后运行 gksite build；还有占位文字的页面不能发布。");
            main.err().flush();
            return ExitCodes.OK;
        }
    }
}
