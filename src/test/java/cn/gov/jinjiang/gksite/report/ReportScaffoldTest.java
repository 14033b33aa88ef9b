package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.jinjiang.gksite.config.Body;
import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gksite new report's files: a draft with every figure 0 and last year's carry-over, written never over a folder. */
class ReportScaffoldTest {
    static final String NDBG = "content/" + ReportScaffold.REPORTS + "/";

    @TempDir
    Path root;

    SourceLayout site(String organisation) {
        String yaml = organisation == null
                ? TestSites.SITE_YAML
                : TestSites.SITE_YAML.replace("site:\n", "site:\n  organisation: " + organisation + "\n");
        TestSites.write(root.resolve("site.yaml"), yaml);
        TestSites.write(root.resolve("content/_index.md"), "---\ntitle: 首页\n---\n");
        return SourceLayout.of(root, null);
    }

    static Map<String, BigDecimal> cells(int year, Map<String, BigDecimal> changes) {
        return ZeroReports.cells(year, changes);
    }

    static Map<String, BigDecimal> readBack(ReportFiles files, int year) {
        Diagnostics diags = new Diagnostics();
        Map<String, BigDecimal> back = ReportDataReader.values("data.yaml", year, files.dataYaml(), diags);
        assertThat(diags.sorted()).isEmpty();
        return back;
    }

    static String k3(String row, String column) {
        return AnnualReport.key("三", row, column);
    }

    @Test
    void aNewReportWithoutLastYearIsADraftWithEveryFigureZero() {
        SourceLayout layout = site(null);
        Diagnostics diags = new Diagnostics();
        ReportFiles files = new ReportScaffold().scaffold(layout, 2025, "某局", diags);
        assertThat(diags.sorted()).isEmpty();
        assertThat(files.dir()).isEqualTo(root.resolve(NDBG + "2025"));
        assertThat(files.dir()).isEqualTo(ReportScaffold.reportDir(layout, 2025));
        assertThat(readBack(files, 2025)).isEqualTo(cells(2025, Map.of()));
        assertThat(files.dataYaml()).startsWith("# 某局 2025 年").doesNotContain("\"\"");
        assertThat(files.indexMd())
                .isEqualTo("---\ntitle: 某局2025年政府信息公开工作年度报告\nlayout: report\nyear: 2025\n发布机构: 某局\n"
                        + "# 草稿：预览（gksite serve）和 gksite build --drafts 中可见，不会发布；完成后删去下面这一行\n"
                        + "draft: true\n---\n\n"
                        + "本报告根据《中华人民共和国政府信息公开条例》编制，所列数据统计期限自 2025 年 1 月 1 日至 2025 年 12 月 31 日。\n\n"
                        + "## 一、总体情况 {#s1}\n\n"
                        + "（请填写本年度主动公开、依申请公开、政府信息管理、平台建设、监督保障等方面的情况。）\n\n"
                        + "## 五、存在的主要问题及改进情况 {#s5}\n\n（请填写存在的主要问题及改进情况。）\n\n"
                        + "## 六、其他需要报告的事项 {#s6}\n\n（请填写其他需要报告的事项，如收取信息处理费的情况。）\n");
    }

    @Test
    void lastYearsCarryOverAndCurrentDocumentsAreKeptAndNothingElse() {
        SourceLayout layout = site(null);
        Map<String, BigDecimal> last = new HashMap<>();
        List<String> columns = ReportFormat.forYear(2024).applicantColumns().stream()
                .map(Column::key)
                .toList();
        for (int i = 0; i < columns.size(); i++) {
            last.put(k3(ReportFormat.CARRIED_OUT, columns.get(i)), BigDecimal.valueOf(i + 1));
        }
        last.put(k3(ReportFormat.CARRIED_OUT, columns.get(2)), null);
        last.put(k3(ReportFormat.NEW, columns.get(0)), BigDecimal.valueOf(9));
        last.put(AnnualReport.key("二", "规章", ReportScaffold.CURRENT), BigDecimal.valueOf(7));
        last.put(AnnualReport.key("二", "规章", "本年制发件数"), BigDecimal.valueOf(3));
        last.put(AnnualReport.key("二", "行政规范性文件", ReportScaffold.CURRENT), null);
        TestSites.write(
                root.resolve(NDBG + "2024/data.yaml"), new ReportYamlWriter().write(2024, "某局", cells(2024, last)));
        Diagnostics diags = new Diagnostics();
        ReportFiles files = new ReportScaffold().scaffold(layout, 2025, "某局", diags);
        assertThat(diags.sorted()).isEmpty();
        Map<String, BigDecimal> expected = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            expected.put(k3(ReportFormat.CARRIED_IN, columns.get(i)), BigDecimal.valueOf(i == 2 ? 0 : i + 1));
        }
        expected.put(AnnualReport.key("二", "规章", ReportScaffold.CURRENT), BigDecimal.valueOf(7));
        assertThat(readBack(files, 2025)).isEqualTo(cells(2025, expected));
    }

    @Test
    void currentDocumentsAreNotCarriedAcrossAFormatChange() {
        SourceLayout layout = site(null);
        Map<String, BigDecimal> last = new HashMap<>();
        last.put(AnnualReport.key("二", "规章", ReportScaffold.CURRENT), BigDecimal.valueOf(7));
        last.put(k3(ReportFormat.CARRIED_OUT, ReportFormat.TOTAL), BigDecimal.valueOf(4));
        // last year's file in the 2021 layout, though 2020 reports use the 2019 format
        String text = new ReportYamlWriter().write(2021, "", cells(2021, last)).replace("年度: 2021", "年度: 2020");
        TestSites.write(root.resolve(NDBG + "2020/data.yaml"), text);
        ReportFiles files = new ReportScaffold().scaffold(layout, 2021, "", new Diagnostics());
        Map<String, BigDecimal> back = readBack(files, 2021);
        assertThat(back.get(AnnualReport.key("二", "规章", ReportScaffold.CURRENT)))
                .isEqualByComparingTo("0");
    }

    @Test
    void theCarryOverOfA2019FormatYearIntoA2021FormatYear() {
        SourceLayout layout = site(null);
        Map<String, BigDecimal> last = new HashMap<>();
        last.put(k3(ReportFormat.CARRIED_OUT, ReportFormat.TOTAL), BigDecimal.valueOf(4));
        last.put(k3(ReportFormat.CARRIED_OUT, "自然人"), BigDecimal.valueOf(4));
        TestSites.write(
                root.resolve(NDBG + "2020/data.yaml"), new ReportYamlWriter().write(2020, "", cells(2020, last)));
        ReportFiles files = new ReportScaffold().scaffold(layout, 2021, "", new Diagnostics());
        Map<String, BigDecimal> expected = new HashMap<>();
        expected.put(k3(ReportFormat.CARRIED_IN, ReportFormat.TOTAL), BigDecimal.valueOf(4));
        expected.put(k3(ReportFormat.CARRIED_IN, "自然人"), BigDecimal.valueOf(4));
        assertThat(readBack(files, 2021)).isEqualTo(cells(2021, expected));
    }

    @Test
    void lastYearsFileThatCannotBeReadIsWarnedAboutAndAFolderIsNoFile() throws Exception {
        SourceLayout layout = site(null);
        Files.createDirectories(root.resolve(NDBG + "2024/data.yaml"));
        Diagnostics none = new Diagnostics();
        new ReportScaffold().scaffold(layout, 2025, "", none);
        assertThat(none.sorted()).isEmpty();
        TestSites.write(root.resolve(NDBG + "2023/data.yaml"), new byte[] {'a', (byte) 0xff, (byte) 0xfe});
        Diagnostics diags = new Diagnostics();
        ReportFiles files = new ReportScaffold().scaffold(layout, 2024, "", diags);
        assertThat(diags.sorted()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("report.carry-over");
            assertThat(d.pos()).isEqualTo(SourcePos.of(NDBG + "2023/data.yaml"));
            assertThat(d.message()).startsWith("读不到上一年的 data.yaml：");
        });
        assertThat(readBack(files, 2024)).isEqualTo(cells(2024, Map.of()));
    }

    @Test
    void aBodysReportNotesItsDeadlineAboveTheDraftLines() {
        SourceLayout layout = site(null);
        String dept = new ReportScaffold()
                .scaffold(layout, "xxgk/bm/sjj/ndbg", 2025, "审计局", Body.DEPARTMENT, new Diagnostics())
                .indexMd();
        assertThat(dept).contains("\n发布机构: 审计局\n# 公开期限：2026-01-31 前（政府部门，条例第四十九条）；发布时在头部写“发布日期: 年-月-日”。\n# 草稿：");
        assertThat(ReportScaffold.deadline(Body.GOVERNMENT, 2025)).startsWith("公开期限：2026-03-31 前（人民政府，");
        assertThat(ReportScaffold.deadline(Body.TOWN, 2025)).startsWith("公开期限：2026-01-31 前（乡镇人民政府、街道办事处，");
        ReportFiles files =
                new ReportScaffold().scaffold(layout, "xxgk/bm/sjj/ndbg", 2025, "审计局", null, new Diagnostics());
        assertThat(files.dir()).isEqualTo(root.resolve("content/xxgk/bm/sjj/ndbg/2025"));
        assertThat(files.indexMd()).doesNotContain("公开期限");
    }

    @Test
    void reportsFolderOfABody() {
        Body own = body("");
        Body dept = body("xxgk/bm/sjj");
        assertThat(ReportScaffold.reports(own)).isEqualTo(ReportScaffold.REPORTS);
        assertThat(ReportScaffold.reports(dept)).isEqualTo("xxgk/bm/sjj/ndbg");
    }

    static Body body(String folder) {
        return new Body("sjj", "晋江市审计局", Body.DEPARTMENT, folder, "", "", "", SourcePos.of("site.yaml"), List.of());
    }

    @Test
    void theOrganisationGivenElseTheSitesElseNone() {
        SourceLayout layout = site("晋江市审计局");
        assertThat(ReportScaffold.organisation(layout, " 某局 ")).isEqualTo("某局");
        assertThat(ReportScaffold.organisation(layout, null)).isEqualTo("晋江市审计局");
        assertThat(ReportScaffold.organisation(layout, "  ")).isEqualTo("晋江市审计局");
        assertThat(ReportScaffold.organisation(site("（请填写本站政府信息公开的主体）"), null)).isEmpty();
        // a site.yaml naming neither the site nor its organisation (the build reports the missing name)
        TestSites.write(root.resolve("nameless/site.yaml"), "site:\n  base_url: http://www.example.gov.cn/\n");
        assertThat(ReportScaffold.organisation(SourceLayout.of(root.resolve("nameless"), null), null))
                .isEmpty();
    }

    @Test
    void theOrganisationGivenElseTheBodysUnlessAPlaceholder() {
        Body b = body("x");
        assertThat(ReportScaffold.organisation(" 某局 ", b)).isEqualTo("某局");
        assertThat(ReportScaffold.organisation(null, b)).isEqualTo("晋江市审计局");
        assertThat(ReportScaffold.organisation(" ", b)).isEqualTo("晋江市审计局");
        Body pending = new Body("x", "待填写", Body.DEPARTMENT, "x", "", "", "", SourcePos.of("site.yaml"), List.of());
        assertThat(ReportScaffold.organisation(null, pending)).isEmpty();
    }

    @Test
    void writesTheFolderOnceAndNeverOutsideContent() {
        SourceLayout layout = site(null);
        ReportScaffold s = new ReportScaffold();
        ReportFiles files = s.scaffold(layout, 2025, "某局", new Diagnostics());
        s.write(layout, files);
        assertThat(TestSites.read(files.dir().resolve("index.md"))).isEqualTo(files.indexMd());
        assertThat(TestSites.read(files.dir().resolve("data.yaml"))).isEqualTo(files.dataYaml());
        ReportFiles again = new ReportFiles(files.dir(), "x", "y");
        assertThatThrownBy(() -> s.write(layout, again))
                .isInstanceOfSatisfying(
                        DiagnosticException.class,
                        e -> assertThat(e.diagnostics()).singleElement().satisfies(d -> {
                            assertThat(d.code()).isEqualTo("report.exists");
                            assertThat(d.pos()).isEqualTo(SourcePos.of(NDBG + "2025"));
                        }));
        assertThat(TestSites.read(files.dir().resolve("index.md"))).isEqualTo(files.indexMd());
        ReportFiles outside = new ReportFiles(root.resolve("elsewhere/2025"), "x", "y");
        assertThatThrownBy(() -> s.write(layout, outside))
                .isInstanceOfSatisfying(
                        DiagnosticException.class,
                        e -> assertThat(e.diagnostics())
                                .singleElement()
                                .satisfies(d -> assertThat(d.code()).isEqualTo("content.symlink")));
        assertThat(root.resolve("elsewhere")).doesNotExist();
    }
}
