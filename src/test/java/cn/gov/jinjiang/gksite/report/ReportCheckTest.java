package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One year's report checked as the build checks it: only its own files' diagnostics, last year's report for the
 * cross-year rules (whose own problems are not this year's), and its ack.yaml when it has one.
 */
class ReportCheckTest {
    private static final String NDBG = "content/xxgk/zfxxgkzl/ndbg/";
    private Path site;
    private SourceLayout layout;

    @BeforeEach
    void aPortalWithOneReport(@TempDir Path dir) throws IOException {
        site = TestSites.portalReports("valid-report", dir);
        layout = SourceLayout.of(site, null);
    }

    private void write(String rel, String text) {
        TestSites.write(site.resolve(rel), text);
    }

    private String read(String rel) {
        return TestSites.read(site.resolve(rel));
    }

    private static List<String> said(List<Diagnostic> ds) {
        return ds.stream().map(d -> d.code() + " " + d.pos()).toList();
    }

    @Test
    void aCleanReportHasNothingToSay() {
        ReportCheck.Checked c = ReportCheck.check(layout, 2025);
        assertThat(c.diagnostics()).isEmpty();
        assertThat(c.report()).hasValueSatisfying(r -> assertThat(r.year()).isEqualTo(2025));
        assertThat(c.ack()).isEmpty();
        assertThat(ReportCheck.check(layout, 2030).report()).isEmpty();
        // no folder: nothing is read, so nothing is said about files that are not there
        assertThat(ReportCheck.run(layout, 2030)).isEmpty();
    }

    @Test
    void lastYearsReportIsReadForTheCrossYearRulesOnly() {
        String data = read(NDBG + "2025/data.yaml");
        write(NDBG + "2024/index.md", read(NDBG + "2025/index.md").replace("2025", "2024"));
        write(
                NDBG + "2024/data.yaml",
                data.replace("年度: 2025", "年度: 2024\n多余: 1")
                        .replace("结转下年度: [1, 0, 0, 0, 0, 0, 1]", "结转下年度: [5, 0, 0, 0, 0, 0, 5]")
                        .replace("行政强制:       {本年处理决定数量: 0}", "行政强制:       {本年处理决定数量: \"\"}"));
        write(NDBG + "2025/data.yaml", data.replace("本年新收: [20, 0,", "本年新收: [20, \"\","));
        write(NDBG + "2025/ack.yaml", AckWriter.MARKER + "\n年度: 2025\n报告: xxgk/zfxxgkzl/ndbg/2025\n已核对: []\n");
        List<String> own = said(ReportCheck.run(layout, 2025));
        assertThat(own).contains("report.R8 " + NDBG + "2025/data.yaml:23:14");
        assertThat(own).anyMatch(s -> s.startsWith("report.R5 " + NDBG + "2025/data.yaml:"));
        assertThat(own).allMatch(s -> s.contains(" " + NDBG + "2025/"));
        assertThat(said(ReportCheck.run(layout, "xxgk/zfxxgkzl/ndbg", 2025))).isEqualTo(own);
        assertThat(said(ReportCheck.run(layout, 2024)))
                .contains("report.R8 " + NDBG + "2024/data.yaml:17:26")
                .anyMatch(s -> s.startsWith("report.schema.unknown-key " + NDBG + "2024/data.yaml:5:"));
        assertThat(ReportCheck.check(layout, 2025).ack())
                .hasValueSatisfying(d -> assertThat(d.source()).isEqualTo(NDBG + "2025/ack.yaml"));
        assertThat(ReportCheck.check(layout, 2024).ack()).isEmpty();
        assertThat(ReportCheck.check(layout, 2024).report().orElseThrow().year())
                .isEqualTo(2024);
        assertThat(ReportCheck.check(layout, 2025).report().orElseThrow().year())
                .isEqualTo(2025);
    }
}
