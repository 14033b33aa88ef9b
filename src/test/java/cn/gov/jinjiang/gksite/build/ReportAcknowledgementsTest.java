package cn.gov.jinjiang.gksite.build;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Severity;
import cn.gov.jinjiang.gksite.report.ReportAcks;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Acknowledgements for each rule family: table arithmetic (R1, R3), blanks (R8), cross-year (R5, R6) and the
 * narrative (R10). Each case takes a fixture whose report breaks the rule, acknowledges every finding with
 * {@code gksite ack}'s library call, and checks that the build then passes with the findings listed as
 * {@code report.acknowledged}; then it changes the acknowledged figure or words the way an editor might, and
 * the finding is back at its own severity while the acknowledgement is reported stale; and an acknowledgement
 * moved to another cell or code covers nothing.
 */
class ReportAcknowledgementsTest {
    private static final String NDBG = "content/xxgk/zfxxgkzl/ndbg/";

    /** A fixture with its reports moved to the portal's report folder (where gksite ack looks for them). */
    private static Path site(String fixture, Path dir) {
        return TestSites.portalReports(fixture, dir);
    }

    private static void edit(Path site, String file, String from, String to) {
        Path p = site.resolve(file);
        String text = TestSites.read(p);
        assertThat(text).as(file).contains(from);
        TestSites.write(p, text.replace(from, to));
    }

    private static List<Diagnostic> of(BuildResult r, String code) {
        return r.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // arithmetic: a 总计 one too high breaks R1 in its row (and R3 in its column)
                "valid-report   | report.R1  | ERROR   | 2025/data.yaml | 本年新收: [20, 0, 0, 0, 0, 0, 20] | 本年新收: [20, 0, 0, 0, 0, 0, 21] | 本年新收: [20, 0, 0, 0, 0, 0, 23]",
                // blanks: a cell left empty; then written as a dash (still blank, but not what was acknowledged)
                "valid-report   | report.R8  | ERROR   | 2025/data.yaml | 本年新收: [20, 0, 0, 0, 0, 0, 20] | 本年新收: [20, \"\", 0, 0, 0, 0, 20] | 本年新收: [20, \"-\", 0, 0, 0, 0, 20]",
                // cross-year: this year's 上年结转 differs from last year's 结转下年度
                "warn-report.R5 | report.R5  | WARNING | 2025/data.yaml | 上年结转: [2, 0, 0, 0, 0, 0, 2] | 上年结转: [2, 0, 0, 0, 0, 0, 2] | 上年结转: [3, 0, 0, 0, 0, 0, 3]",
                "warn-report.R6 | report.R6  | WARNING | 2025/data.yaml | 现行有效件数: 64} | 现行有效件数: 64} | 现行有效件数: 66}",
                // narrative: a quoted figure that differs from the table
                "warn-report.R10 | report.R10 | WARNING | 2025/index.md | 办结22件 | 办结22件 | 办结23件",
            })
    void anAcknowledgedFindingPassesAndAChangedOneIsBack(
            String fixture,
            String code,
            Severity severity,
            String file,
            String clean,
            String broken,
            String changed,
            @TempDir Path dir) {
        Path site = site(fixture, dir);
        edit(site, NDBG + file, clean, broken);
        BuildResult before = Builds.build(site);
        List<Diagnostic> found = of(before, code);
        assertThat(found)
                .as(before.diagnostics().toString())
                .isNotEmpty()
                .extracting(Diagnostic::severity)
                .containsOnly(severity);

        ReportAcks.Outcome o = ReportAcks.acknowledge(
                SourceLayout.of(site, null),
                2025,
                new ReportAcks.Selection(true, List.of(), null),
                "原报告如此",
                "张三",
                LocalDate.of(2026, 12, 2));
        assertThat(o.problems()).isEmpty();
        BuildResult after = Builds.build(site);
        assertThat(Builds.errors(after)).isEmpty();
        assertThat(after.diagnostics())
                .noneMatch(d -> d.code().startsWith("report.R") || d.code().startsWith("report.ack."));
        List<Diagnostic> acked = of(after, "report.acknowledged");
        assertThat(acked)
                .extracting(Diagnostic::pos)
                .containsAll(found.stream().map(Diagnostic::pos).toList());
        assertThat(acked)
                .allMatch(d -> d.severity() == Severity.INFO
                        && d.message().contains("原报告如此")
                        && d.message().contains("张三")
                        && d.message().contains("2026-12-02"));
        assertThat(after.written()).isTrue();

        edit(site, NDBG + file, broken, changed);
        BuildResult again = Builds.build(site);
        assertThat(of(again, code))
                .as(again.diagnostics().toString())
                .isNotEmpty()
                .extracting(Diagnostic::severity)
                .containsOnly(severity);
        assertThat(of(again, "report.ack.stale"))
                .isNotEmpty()
                .allMatch(
                        d -> d.severity() == Severity.WARNING && d.pos().file().equals(NDBG + "2025/ack.yaml"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "another code   | 代码: \"report.R8\" | 代码: \"report.R2\"",
                "another cell   | 列: \"商业企业\" | 列: \"科研机构\"",
                "another value  | 值: \"\" | 值: \"0\"",
            })
    void anAcknowledgementCoversOnlyItsOwnCodeCellAndValue(String what, String from, String to, @TempDir Path dir) {
        Path site = site("valid-report", dir);
        edit(site, NDBG + "2025/data.yaml", "本年新收: [20, 0, 0, 0, 0, 0, 20]", "本年新收: [20, \"\", 0, 0, 0, 0, 20]");
        ReportAcks.acknowledge(
                SourceLayout.of(site, null),
                2025,
                new ReportAcks.Selection(true, List.of(), null),
                "原报告如此",
                "张三",
                LocalDate.of(2026, 12, 2));
        assertThat(Builds.errors(Builds.build(site))).isEmpty();
        edit(site, NDBG + "2025/ack.yaml", from, to);
        BuildResult r = Builds.build(site);
        assertThat(of(r, "report.R8")).hasSize(1).allMatch(Diagnostic::isError);
        assertThat(of(r, "report.ack.stale")).hasSize(1);
        assertThat(of(r, "report.acknowledged")).isEmpty();
        assertThat(r.written()).isFalse();
    }

    /**
     * An acknowledgement names no line number: a paragraph added above, a comment in data.yaml or another clause of
     * the same line changed leave it in force (only the acknowledged figure or words matter).
     */
    @Test
    void editsElsewhereKeepAnAcknowledgement(@TempDir Path dir) {
        Path site = site("warn-report.R10", dir);
        edit(site, NDBG + "2025/data.yaml", "本年新收: [20, 0, 0, 0, 0, 0, 20]", "本年新收: [20, \"\", 0, 0, 0, 0, 20]");
        ReportAcks.acknowledge(
                SourceLayout.of(site, null),
                2025,
                new ReportAcks.Selection(true, List.of(), null),
                "原报告如此",
                "张三",
                LocalDate.of(2026, 12, 2));
        BuildResult acked = Builds.build(site);
        assertThat(of(acked, "report.acknowledged")).hasSize(2);
        edit(site, NDBG + "2025/index.md", "## 一、总体情况\n", "## 一、总体情况\n\n新增的一段说明。\n");
        edit(site, NDBG + "2025/index.md", "结转下年度办理1件", "结转下年度继续办理1件");
        edit(site, NDBG + "2025/data.yaml", "依申请公开:\n", "# 核对后补充的注释\n依申请公开:\n");
        BuildResult r = Builds.build(site);
        assertThat(r.diagnostics())
                .as(r.diagnostics().toString())
                .noneMatch(d -> d.code().startsWith("report.R") || d.code().startsWith("report.ack."));
        assertThat(of(r, "report.acknowledged"))
                .hasSize(2)
                .noneMatch(
                        d -> acked.diagnostics().stream().anyMatch(a -> a.pos().equals(d.pos())));
    }
}
