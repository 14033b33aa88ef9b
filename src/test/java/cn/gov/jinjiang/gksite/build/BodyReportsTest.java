package cn.gov.jinjiang.gksite.build;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every body's annual reports (fixture bodies-reports: a government, a department and a town, each with its reports
 * in its own folder's ndbg/): R15 takes the deadline of the body that publishes the report, and R5/R6 compare a report
 * only with its own body's report of the year before.
 */
class BodyReportsTest {
    private static final String GOV = "content/xxgk/zfxxgkzl/ndbg/2025/";
    private static final String DEPT = "content/xxgk/zfxxgkzl/bmzfxxgk/sjj/ndbg/2025/";

    private static List<Diagnostic> reportDiagnostics(Path site) {
        return Builds.build(site).diagnostics().stream()
                .filter(d -> d.code().startsWith("report."))
                .toList();
    }

    @Test
    void aDepartmentsReportOfFebruaryFirstIsLateAGovernmentsIsNot(@TempDir Path dir) {
        List<Diagnostic> found = reportDiagnostics(TestSites.fixture("bodies-reports", dir));
        List<Diagnostic> r15 =
                found.stream().filter(d -> d.code().equals("report.R15")).toList();
        // both published 2026-02-01: only the department's (deadline 1月31日) is late, not the government's (3月31日)
        assertThat(r15).hasSize(1);
        assertThat(r15.get(0).pos().file()).isEqualTo(DEPT + "index.md");
        assertThat(r15.get(0).pos().line()).isEqualTo(4);
        assertThat(r15.get(0).message()).contains("2026-02-01", "2026年1月31日", "政府部门");
    }

    @Test
    void aBodyIsComparedOnlyWithItsOwnPreviousYear(@TempDir Path dir) {
        List<Diagnostic> found = reportDiagnostics(TestSites.fixture("bodies-reports", dir));
        // the government's 2025 report carries over [2, 0, …] where its own 2024 report left [1, 1, …]: two R5 at its
        // 上年结转; the town's 2025 report carries over the same [2, 0, …] and has no 2024 report of its own, so the
        // government's 2024 report is never its previous year
        assertThat(found.stream().filter(d -> d.code().equals("report.R5")))
                .hasSize(2)
                .allSatisfy(d -> assertThat(d.pos().file()).isEqualTo(GOV + "data.yaml"));
        assertThat(found).extracting(Diagnostic::code).containsOnly("report.R5", "report.R15");
    }

    @Test
    void theCentralColumnListsEveryUnitByYearAndKindWithEachYearsOverview(@TempDir Path dir) throws IOException {
        Path site = TestSites.fixture("bodies-reports", dir);
        BuildResult r = Builds.build(site);
        assertThat(Builds.errors(r)).isEmpty();
        Path ndbg = site.resolve("site/xxgk/zfxxgkzl/ndbg");
        String list = Files.readString(ndbg.resolve("index.html"));
        assertThat(list)
                .contains("<h4>市政府</h4>", "<h4>部门</h4>", "<h4>镇街道</h4>")
                .contains("href=\"overview-2025.html\"", "href=\"overview-2024.html\"")
                .contains("测试市审计局：2025年政府信息公开工作年度报告");
        assertThat(list.indexOf("<h4>市政府</h4>")).isLessThan(list.indexOf("<h4>部门</h4>"));
        assertThat(list.indexOf("<h4>部门</h4>")).isLessThan(list.indexOf("<h4>镇街道</h4>"));
        String y2024 = Files.readString(ndbg.resolve("overview-2024.html"));
        assertThat(y2024)
                .contains("<h2 id=\"missing\">未公开年度报告的单位</h2>")
                .contains("<li>测试市审计局（部门，公开期限 2025-01-31）</li>")
                .containsPattern("<tr class=\"row-missing\"><th scope=\"row\">测试市(<wbr>)?东石镇(<wbr>)?人民政府</th>");
        String y2025 = Files.readString(ndbg.resolve("overview-2025.html"));
        assertThat(y2025)
                .contains(
                        "<tr class=\"row-late\"><th scope=\"row\"><a href=\"/xxgk/zfxxgkzl/bmzfxxgk/sjj/ndbg/2025/\">测试市审计局</a>")
                .contains("<li>测试市审计局（2026-02-01 发布，期限 2026-01-31）</li>")
                .doesNotContain("row-missing")
                .contains("<caption id=\"overview-caption\">");
        assertThat(ndbg.resolve("overview-2025.csv")).exists();
        // a body's own column lists only its own reports, with no overview
        Path sjj = site.resolve("site/xxgk/zfxxgkzl/bmzfxxgk/sjj/ndbg");
        assertThat(sjj.resolve("overview-2025.html")).doesNotExist();
        assertThat(Files.readString(sjj.resolve("index.html")))
                .contains("href=\"/xxgk/zfxxgkzl/bmzfxxgk/sjj/ndbg/2025/\"")
                .doesNotContain("href=\"/xxgk/zfxxgkzl/ndbg/2025/\"")
                .doesNotContain("<h4>");
    }

    @Test
    void anIndexNumberOfAnotherBodyIsAnErrorOnlyOnASiteThatListsItsBodies(@TempDir Path dir) throws IOException {
        Path site = TestSites.fixture("invalid-content.index-no-body", dir);
        List<Diagnostic> errors = Builds.errors(Builds.build(site));
        assertThat(errors)
                .singleElement()
                .satisfies(d -> assertThat(d.message()).contains("QZ06101", "测试市人民政府办公室", "测试市审计局", "QZ06121"));
        String yaml = Files.readString(site.resolve("site.yaml"));
        Files.writeString(site.resolve("site.yaml"), yaml.substring(0, yaml.indexOf("bodies:")));
        assertThat(Builds.errors(Builds.build(site))).isEmpty();
        // a prefix still to be confirmed is not enforced
        Files.writeString(
                site.resolve("site.yaml"),
                yaml.replace("index_prefix: QZ06121-2510", "index_prefix: \"待填写：QZ061xx-2510\""));
        assertThat(Builds.errors(Builds.build(site))).isEmpty();
    }

    @Test
    void withoutBodiesTheSiteIsOneBodyAsBefore(@TempDir Path dir) throws IOException {
        Path site = TestSites.fixture("bodies-reports", dir);
        String yaml = Files.readString(site.resolve("site.yaml"));
        Files.writeString(site.resolve("site.yaml"), yaml.substring(0, yaml.indexOf("bodies:")));
        List<Diagnostic> found = reportDiagnostics(site);
        // one government body: nothing is late, and every 2025 report is compared with the one 2024 report
        assertThat(found).extracting(Diagnostic::code).doesNotContain("report.R15");
        assertThat(found.stream().filter(d -> d.code().equals("report.R5"))).hasSizeGreaterThanOrEqualTo(2);
    }
}
