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
import java.util.Optional;
import java.util.Set;

/**
 * The report rules over one year's report folder as written, as the build runs them: the same schema and
 * rules (R1–R15), with last year's report for the cross-year rules, the report's 核对清单 (ack.yaml) and the
 * site's {@code checks:} levels. {@code import report} runs it on what it just wrote, so the editor sees a past
 * report's breaches at once; {@code gksite ack} runs it to find what is still open.
 */
public final class ReportCheck {
    private ReportCheck() {}

    /**
     * One report as checked.
     *
     * @param diagnostics the diagnostics of its own files (index.md, data.yaml, ack.yaml), sorted
     * @param report      the report with its findings, when its files could be read
     * @param ack         its ack.yaml as read, when it has one that parses
     */
    public record Checked(List<Diagnostic> diagnostics, Optional<AnnualReport> report, Optional<DataFile> ack) {}

    /** The diagnostics of the report of {@code year} (only those of its own files), sorted. */
    public static List<Diagnostic> run(SourceLayout layout, int year) {
        return run(layout, ReportScaffold.REPORTS, year);
    }

    /** The diagnostics of the report of {@code year} in the report folder {@code reports} below content/, sorted. */
    public static List<Diagnostic> run(SourceLayout layout, String reports, int year) {
        return check(layout, reports, year).diagnostics();
    }

    /** The report of {@code year} in content/xxgk/zfxxgkzl/ndbg/, checked. */
    public static Checked check(SourceLayout layout, int year) {
        return check(layout, ReportScaffold.REPORTS, year);
    }

    /**
     * The report of {@code year} in the report folder {@code reports} below content/ (a body's, see
     * {@link ReportScaffold#reports}), checked against that body's deadline and its own report of the year before.
     */
    public static Checked check(SourceLayout layout, String reports, int year) {
        Diagnostics configDiags = new Diagnostics();
        SiteConfig config = new ConfigLoader().load(layout, configDiags);
        Diagnostics diags = Diagnostics.withOverrides(
                config.checks().overrides(), config.checks().off());
        ContentLoader loader = new ContentLoader();
        Map<String, Page> pages = new HashMap<>();
        Map<String, DataFile> data = new HashMap<>();
        for (int y : new int[] {year - 1, year}) {
            Path dir = ReportScaffold.reportDir(layout, reports, y);
            String rel = reports + "/" + y + "/";
            if (Files.isRegularFile(dir.resolve("index.md"))) {
                loader.readPage(layout, rel + "index.md", dir.resolve("index.md"), diags)
                        .ifPresent(p -> pages.put(rel + "index.md", p));
            }
            for (String name : y == year ? List.of("data.yaml", AckFile.FILE) : List.of("data.yaml")) {
                if (Files.isRegularFile(dir.resolve(name))) {
                    loader.readData(layout, rel + name, dir.resolve(name), diags)
                            .ifPresent(d -> data.put(rel + name, d));
                }
            }
        }
        ContentTree tree = loader.tree(pages, data, List.of(), Set.of(), diags);
        MarkdownConverter markdown = new MarkdownConverter();
        List<AnnualReport> loaded = new ReportLoader()
                .load(
                        tree,
                        p -> markdown.convert(p.source(), p.body().text(), p.bodyLine(), diags),
                        config.bodies(),
                        diags);
        String own = layout.relative(ReportScaffold.reportDir(layout, reports, year)) + "/";
        List<Diagnostic> mine = diags.sorted().stream()
                .filter(d -> d.pos().file().startsWith(own))
                .toList();
        return new Checked(
                mine,
                loaded.stream().filter(r -> r.year() == year).findFirst(),
                Optional.ofNullable(data.get(reports + "/" + year + "/" + AckFile.FILE)));
    }
}
