package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.config.ConfigLoader;
import cn.gov.jinjiang.gksite.config.SiteConfig;
import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.content.ContentLoader;
import cn.gov.jinjiang.gksite.content.ContentTree;
import cn.gov.jinjiang.gksite.content.DataFile;
import cn.gov.jinjiang.gksite.content.Page;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.markdown.MarkdownConverter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The report rules over one year's report folder as written, as the build runs them: the same schema and
 * rules (R1–R15), with last year's report for the cross-year rules and the site's {@code checks:} levels.
 * {@code import report} runs it on what it just wrote, so the editor sees a past report's breaches at once.
 */
public final class ReportCheck {
    private ReportCheck() {
    }

    /** The diagnostics of the report of {@code year} (only those of its own files), sorted. */
    public static List<Diagnostic> run(SourceLayout layout, int year) {
        Diagnostics configDiags = new Diagnostics();
        SiteConfig config = new ConfigLoader().load(layout, configDiags);
        Diagnostics diags = Diagnostics.withOverrides(config.checks().overrides(), config.checks().off());
        ContentLoader loader = new ContentLoader();
        Map<String, Page> pages = new HashMap<>();
        Map<String, DataFile> data = new HashMap<>();
        for (int y : new int[] {year - 1, year}) {
            Path dir = ReportScaffold.reportDir(layout, y);
            String rel = ReportScaffold.REPORTS + "/" + y + "/";
            if (Files.isRegularFile(dir.resolve("index.md"))) {
                loader.readPage(layout, rel + "index.md", dir.resolve("index.md"), diags)
                        .ifPresent(p -> pages.put(rel + "index.md", p));
            }
            if (Files.isRegularFile(dir.resolve("data.yaml"))) {
                loader.readData(layout, rel + "data.yaml", dir.resolve("data.yaml"), diags).ifPresent(d -> data.put(rel + "data.yaml", d));
            }
        }
        ContentTree tree = loader.tree(pages, data, List.of(), Set.of(), diags);
        MarkdownConverter markdown = new MarkdownConverter();
        new ReportLoader().load(tree, p -> markdown.convert(p.source(), p.body(), p.bodyLine(), diags), config.bodyType(),
                diags);
        String own = layout.relative(ReportScaffold.reportDir(layout, year)) + "/";
        return diags.sorted().stream().filter(d -> d.pos().file().startsWith(own)).toList();
    }
}
