package cn.gov.jinjiang.gksite.build;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Severity;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The report rules that warn (R5, R6, R10–R15, report.section-empty). Each fixture under
 * src/test/resources/sites/ is a clean report (valid-report, or valid-report.two-years for the
 * cross-year rules) with one thing broken, and reports exactly that code, at that file, line and column,
 * with that severity, and no other report.* diagnostic. The R14 errors are in {@link InvalidSitesTest}.
 */
class ReportRulesTest {

    private static List<Diagnostic> reportDiagnostics(BuildResult r) {
        return r.diagnostics().stream()
                .filter(d -> d.code().startsWith("report."))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "valid-report",
        "valid-report.two-years",
    })
    void cleanFixturesHaveNoReportDiagnostics(String fixture, @TempDir Path dir) {
        BuildResult r = Builds.build(TestSites.fixture(fixture, dir));
        assertThat(reportDiagnostics(r)).isEmpty();
        assertThat(Builds.errors(r)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // Two columns differ (自然人 2 vs 1, 商业企业 0 vs 1): one warning per cell, the first at 自然人.
        "warn-report.R5,           report.R5,            WARNING, content/ndbg/2025/data.yaml, 24, 10, 2",
        "warn-report.R6,           report.R6,            WARNING, content/ndbg/2025/data.yaml, 11, 45, 1",
        "warn-report.R10,          report.R10,           WARNING, content/ndbg/2025/index.md,  11, 36, 1",
        "warn-report.R11,          report.R11,           WARNING, content/ndbg/2025/index.md,  11, 59, 1",
        "warn-report.R12,          report.R12,           WARNING, content/ndbg/2025/index.md,  11, 21, 1",
        "info-report.R13,          report.R13,           INFO,    content/ndbg/2025/index.md,  19, 19, 1",
        "warn-report.R14,          report.R14,           WARNING, content/ndbg/2025/index.md,   7, 24, 1",
        "warn-report.R15,          report.R15,           WARNING, content/ndbg/2025/index.md,   4,  7, 1",
        "warn-report.section-empty, report.section-empty, WARNING, content/ndbg/2025/index.md, 13,  1, 1",
        "info-report.acknowledged, report.acknowledged,   INFO,    content/ndbg/2025/data.yaml, 23, 14, 1",
        "warn-report.ack.stale,    report.ack.stale,      WARNING, content/ndbg/2025/ack.yaml,   5,  5, 1",
    })
    void fixtureReportsExactlyItsRule(
            String fixture,
            String code,
            Severity severity,
            String file,
            int line,
            int column,
            int count,
            @TempDir Path dir) {
        BuildResult r = Builds.build(TestSites.fixture(fixture, dir));
        List<Diagnostic> ds = reportDiagnostics(r);
        assertThat(ds).extracting(Diagnostic::code).hasSize(count).containsOnly(code);
        assertThat(ds).extracting(Diagnostic::severity).containsOnly(severity);
        Diagnostic d = ds.get(0);
        assertThat(d.pos().file()).isEqualTo(file);
        assertThat(d.pos().line()).isEqualTo(line);
        assertThat(d.pos().column()).isEqualTo(column);
        assertThat(d.message()).isNotBlank();
        assertThat(Builds.errors(r)).isEmpty();
        assertThat(r.written()).isTrue();
    }

    @Test
    void r15WarnsOnlyAfterTheGovernmentDeadlineForAGovernment(@TempDir Path dir) {
        Path site = TestSites.fixture("warn-report.R15", dir);
        TestSites.write(
                site.resolve("site.yaml"),
                TestSites.read(site.resolve("site.yaml")).replace("site:\n", "site:\n  body_type: government\n"));
        assertThat(reportDiagnostics(Builds.build(site))).isEmpty();
    }

    /**
     * The repository's real 2025 report: no report errors, and the one report warning is R15, because its
     * front matter leaves 发布日期 commented out until the date on the live page is checked; that warning is
     * legitimate and expected. R10–R12 in particular must not misread its narrative (受理 22 = 新收 20 + 上年结转
     * 2; 14 份规范性文件; 主动公开 467 份 is not a table figure).
     */
    @Test
    void repositoryReportHasOnlyTheMissingPublicationDateWarning(@TempDir Path dir) {
        BuildResult r = Builds.build(TestSites.repoSite(dir));
        List<Diagnostic> ds = reportDiagnostics(r);
        assertThat(ds).extracting(Diagnostic::code).containsExactly("report.R15");
        assertThat(ds.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(ds.get(0).pos().file()).isEqualTo("content/xxgk/zfxxgkzl/ndbg/2025/index.md");
        assertThat(ds.get(0).pos().line()).isEqualTo(1);
    }

    /** valid-report with its 2025 index.md edited by {@code edit}; the report.* diagnostics of its build. */
    private static List<Diagnostic> editedNarrative(Path dir, UnaryOperator<String> edit) {
        Path site = TestSites.fixture("valid-report", dir);
        Path md = site.resolve("content/ndbg/2025/index.md");
        TestSites.write(md, edit.apply(TestSites.read(md)));
        return reportDiagnostics(Builds.build(site));
    }

    @Test
    void r14MissingHeadingIsAnErrorAtTheBodyStart(@TempDir Path dir) {
        List<Diagnostic> ds = editedNarrative(dir, t -> t.replace("## 六、其他需要报告的事项\n", ""));
        assertThat(ds).extracting(Diagnostic::code).containsExactly("report.R14");
        assertThat(ds.get(0).isError()).isTrue();
        assertThat(ds.get(0).pos().line()).isEqualTo(6);
        assertThat(ds.get(0).message()).contains("六、其他需要报告的事项");
    }

    @Test
    void r14MisorderedHeadingIsAnErrorAtThatHeading(@TempDir Path dir) {
        List<Diagnostic> ds = editedNarrative(
                dir,
                t -> t.replace("## 五、存在的主要问题及改进情况", "## 六、其他需要报告的事项 X")
                        .replace("## 六、其他需要报告的事项\n", "## 五、存在的主要问题及改进情况\n")
                        .replace("## 六、其他需要报告的事项 X", "## 六、其他需要报告的事项"));
        assertThat(ds).extracting(Diagnostic::code).containsExactly("report.R14");
        assertThat(ds.get(0).isError()).isTrue();
        // 六 now stands on line 13, before 五 (line 17): reported at 六, the heading out of place.
        assertThat(ds.get(0).pos().line()).isEqualTo(13);
        assertThat(ds.get(0).message()).contains("六、其他需要报告的事项").contains("顺序");
    }

    @Test
    void r14TableSectionHeadingInTheNarrativeIsAnError(@TempDir Path dir) {
        List<Diagnostic> ds = editedNarrative(dir, t -> t.replace("## 五、", "## 二、主动公开政府信息情况\n\n见表。\n\n## 五、"));
        assertThat(ds).extracting(Diagnostic::code).containsExactly("report.R14");
        assertThat(ds.get(0).pos().line()).isEqualTo(13);
    }

    @Test
    void r10IgnoresNumbersThatDoNotDirectlyFollowAKeyword(@TempDir Path dir) {
        List<Diagnostic> ds =
                editedNarrative(dir, t -> t.replace("全年未发生行政复议和行政诉讼。", "全年主动公开政府信息467份，新收申请较上年增长3件，办理时限平均5个工作日。"));
        assertThat(ds).isEmpty();
    }
}
