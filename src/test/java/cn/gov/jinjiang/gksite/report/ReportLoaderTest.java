package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.config.Bodies;
import cn.gov.jinjiang.gksite.config.Body;
import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.content.ContentLoader;
import cn.gov.jinjiang.gksite.content.ContentTree;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.markdown.RenderedMarkdown;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report stage over a content tree read from disk: which folders are reports, of which year, and with what. */
class ReportLoaderTest {
    private static final Body SITE = body("site", "");
    /** Three units, each with its own folder: each report is compared with its own unit's year before. */
    private static final Bodies BODIES = new Bodies(List.of(body("a", "a"), body("b", "b"), body("c", "c")), SITE);

    private static Body body(String id, String folder) {
        return new Body(id, "某局" + id, "department", folder, "", "", "", SourcePos.of("site.yaml"), List.of());
    }

    @TempDir
    Path root;

    private final Diagnostics diags = new Diagnostics();

    private void write(String file, String text) {
        try {
            Path p = root.resolve("content/" + file);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A report folder: index.md with {@code front} in its front matter, and random tables of {@code year}. */
    private void report(String dir, String front, int year, int seed) {
        write(dir + "/index.md", "---\ntitle: 报告\nlayout: report\n" + front + "---\n正文。\n");
        write(
                dir + "/data.yaml",
                new ReportYamlWriter().write(year, "某局", ReportSamples.cells(year, new Random(seed), 0)));
    }

    /** A report's index.md without a year in its front matter. */
    private void reportPage(String dir) {
        write(dir + "/index.md", "---\ntitle: 报告\nlayout: report\n---\n正文。\n");
    }

    /** A folder with an index page and a data.yaml that is not a report. */
    private void notAReport() {
        write("notes/index.md", "---\ntitle: 不是报告\n---\n正文。\n");
        write("notes/data.yaml", "a: 1\n");
    }

    private ContentTree tree() {
        return new ContentLoader().load(SourceLayout.of(root, root.resolve("site")), diags, true);
    }

    private List<AnnualReport> load(ContentTree tree) {
        return new ReportLoader().load(tree, Map.<String, RenderedMarkdown>of(), BODIES, diags);
    }

    private List<String> codes() {
        return diags.sorted().stream().map(d -> d.code() + "@" + d.pos().file()).toList();
    }

    @Test
    void theYearIsTheFrontMattersElseTheFoldersAndReportsComeOldestFirst() {
        report("ndbg/a", "year: 2025\n", 2025, 1);
        report("ndbg/b", "year: 2024\n", 2024, 2);
        report("ndbg/2023", "", 2023, 3);
        // a year in the front matter wins over a folder named as a year
        report("ndbg/2022", "year: 2021\n", 2021, 4);
        reportPage("ndbg/misc");
        write("ndbg/misc/data.yaml", "年度: 2020\n");
        notAReport();

        List<AnnualReport> reports = load(tree());

        assertThat(reports).extracting(AnnualReport::year).containsExactly(2021, 2023, 2024, 2025);
        assertThat(reports)
                .extracting(r -> r.page().dir())
                .containsExactly("ndbg/2022", "ndbg/2023", "ndbg/b", "ndbg/a");
        List<Diagnostic> year = diags.sorted().stream()
                .filter(d -> d.code().equals("report.year"))
                .toList();
        assertThat(year).hasSize(1);
        assertThat(year.get(0).pos()).isEqualTo(new SourcePos("content/ndbg/misc/index.md", 3, 9));
        assertThat(codes()).noneMatch(c -> c.startsWith("internal.") || c.startsWith("report.data-missing"));
    }

    @Test
    void aReportWithoutTablesIsAnErrorUnlessItsTablesCouldNotBeRead() {
        reportPage("ndbg/2024");
        reportPage("ndbg/2025");
        write("ndbg/2025/data.yaml", "年度: [2025\n");

        assertThat(load(tree())).isEmpty();

        assertThat(codes()).contains("report.data-missing@content/ndbg/2024/index.md");
        assertThat(codes()).noneMatch(c -> c.equals("report.data-missing@content/ndbg/2025/index.md"));
        assertThat(codes()).anyMatch(c -> c.endsWith("@content/ndbg/2025/data.yaml"));
    }

    @Test
    void aPublishedReportIsComparedWithLastYearsOnlyWhenThatIsPublishedToo() {
        // random tables: this year's 上年结转 is not last year's 结转下年度, so R5 speaks whenever they are compared
        report("a/2023", "", 2023, 4);
        report("a/2024", "", 2024, 5);
        report("b/2023", "draft: true\n", 2023, 6);
        report("b/2024", "", 2024, 7);
        report("c/2023", "", 2023, 8);
        report("c/2024", "draft: true\n", 2024, 9);

        List<AnnualReport> reports = load(tree());

        assertThat(reports).hasSize(6);
        assertThat(codes())
                .contains("report.R5@content/a/2024/data.yaml", "report.R5@content/c/2024/data.yaml")
                .doesNotContain("report.R5@content/b/2024/data.yaml")
                .noneMatch(c -> c.startsWith("report.R5@content/") && c.contains("/2023/"))
                .noneMatch(c -> c.startsWith("internal."));
    }

    @Test
    void theTableFilesAreEveryReportsDataAndAckAndNothingElse() {
        report("ndbg/2024", "", 2024, 1);
        report("ndbg/2025", "", 2025, 2);
        write("ndbg/2025/ack.yaml", "年度: 2025\n");
        notAReport();
        write("ndbg/2026/data.yaml", "a: 1\n");

        assertThat(ReportLoader.tableFiles(tree()))
                .isEqualTo(Set.of(
                        "content/ndbg/2024/data.yaml", "content/ndbg/2025/data.yaml", "content/ndbg/2025/ack.yaml"));
    }
}
