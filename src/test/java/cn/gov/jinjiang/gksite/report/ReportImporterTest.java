package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.markdown.RenderedMarkdown;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Importing past reports: copied text, a Word-style web page, PDF text, and a real published page. */
class ReportImporterTest {
    static final String SEED = "src/test/resources/seed/jinjiang-2025-annual-report.md";
    static final String ORG = ReportYamlWriterTest.ORG;
    private final ReportImporter importer = new ReportImporter();

    private static String text(String path) {
        return TestSites.read(TestSites.REPO.resolve(path));
    }

    private ImportResult importText(String name, String text, int year, String org) {
        return importer.read(name, text, year, org);
    }

    @Test
    void copiedTextOfTheSeedReproducesTheRepositoryDataYamlExactly() {
        ImportResult r = importText("seed.md", text(SEED), 2025, ORG);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.kind()).isEqualTo(InputKind.COPIED_TEXT);
        assertThat(r.dataYaml()).isEqualTo(ReportYamlWriterTest.repo2025());
    }

    @Test
    void wordStyleWebPageWithRowspanAndColspanGivesTheSameDataYaml() {
        ImportResult r = importText("seed-2025.html", text("src/test/resources/import/seed-2025.html"), 2025, ORG);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.kind()).isEqualTo(InputKind.HTML);
        assertThat(r.dataYaml()).isEqualTo(ReportYamlWriterTest.repo2025());
        assertThat(r.indexMd())
                .contains("## 一、总体情况 {#s1}\n\n2025 年，晋江市人民政府办公室持续深化政务公开。\n\n" + "### （一）主动公开情况\n")
                .contains("### （一）存在问题")
                .doesNotContain("MsoTitle");
    }

    @Test
    void pdfTextWithWrappedLabelsPageNumbersAndRunningHeadersGivesTheSameDataYaml() {
        ImportResult r =
                importText("seed-2025-pdf.txt", text("src/test/resources/import/seed-2025-pdf.txt"), 2025, ORG);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.kind()).isEqualTo(InputKind.PDF_TEXT);
        assertThat(r.dataYaml()).isEqualTo(ReportYamlWriterTest.repo2025());
        assertThat(r.indexMd())
                .contains("2025 年，晋江市人民政府办公室紧紧围绕市委、市政府中心工作，持续深化政务公开。")
                .contains("部分领域公开内容与群众实际需求匹配度不够高，政策解读的深度和通俗性仍需加强。")
                .doesNotContain("- 3 -")
                .doesNotContain("（续）");
    }

    @Test
    void narrativeGoesUnderTheNationalHeadingsWithSubheadings() {
        String md = importText("seed.md", text(SEED), 2025, ORG).indexMd();
        assertThat(md)
                .startsWith("---\ntitle: 晋江市人民政府办公室2025年政府信息公开工作年度报告\nlayout: report\nyear: 2025\n"
                        + "发布机构: 晋江市人民政府办公室\n---\n\n本报告系根据");
        assertThat(md)
                .contains("\n## 一、总体情况 {#s1}\n\n2025 年，")
                .contains("\n### （一）主动公开情况\n")
                .contains("\n### （五）监督保障\n")
                .contains("\n## 五、存在的主要问题及改进情况 {#s5}\n\n### (一) 存在问题\n")
                .contains("\n## 六、其他需要报告的事项 {#s6}\n\n2025 年度晋江市人民政府办公室无收取信息处理费情况。\n")
                .doesNotContain("二、主动公开政府信息情况")
                .doesNotContain("行政规范性文件\t");
    }

    @Test
    void realPingtanPagePlacesItsFiguresAndPassesTheRules() {
        String file = "src/test/resources/import/pingtan-zonghe-shiyanqu-2023.html";
        ImportResult r = importText("pingtan.html", text(file), 2023, "平潭综合实验区管委会");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.cells().get(AnnualReport.key("二", "行政规范性文件", "现行有效件数"))).isEqualByComparingTo("470");
        assertThat(r.cells().get(AnnualReport.key("二", "行政许可", "本年处理决定数量"))).isEqualByComparingTo("2629");
        assertThat(r.cells().get(AnnualReport.key("二", "行政事业性收费", "本年收费金额"))).isEqualByComparingTo("5949.088667");
        assertThat(r.cells().get(AnnualReport.key("三", "本年新收", "商业企业"))).isEqualByComparingTo("1");
        assertThat(r.cells().get(AnnualReport.key("三", "办理结果.部分公开", "总计"))).isEqualByComparingTo("20");
        assertThat(r.cells().get(AnnualReport.key("三", "办理结果.无法提供.本机关不掌握相关政府信息", "自然人")))
                .isEqualByComparingTo("31");
        assertThat(r.cells().get(AnnualReport.key("三", "办理结果.其他处理.其他", "总计"))).isEqualByComparingTo("1");
        assertThat(r.cells().get(AnnualReport.key("四", "未经复议直接起诉", "结果维持"))).isEqualByComparingTo("4");
        assertThat(r.cells().get(AnnualReport.key("四", "复议后起诉", "其他结果"))).isEqualByComparingTo("1");

        Diagnostics diags = new Diagnostics();
        AnnualReport report = ReportDataReader.read("data.yaml", 2023, r.dataYaml(), diags);
        new ReportValidator()
                .validate(
                        new ReportContext(report, new RenderedMarkdown("", List.of()), Optional.empty(), "government"),
                        diags);
        // The page's tables pass R1–R4, R7 and R8 (shared/real-reports/README.md); the narrative rules need the
        // rendered index.md and are exercised by the build tests.
        assertThat(diags.sorted())
                .filteredOn(Diagnostic::isError)
                .filteredOn(d -> d.code().matches("report\\.R[1-478]|report\\.schema.*"))
                .isEmpty();
        assertThat(r.indexMd()).contains("### （一）主动公开方面").contains("## 六、其他需要报告的事项 {#s6}\n\n2023年，无收取信息处理费情况。");
    }

    @Test
    void aMissingTable3RowIsReportedAndNoFileIsOffered() {
        String text = text(SEED).replace("\t\t2. 重复申请\t0\t0\t0\t0\t0\t0\t0\n", "");
        ImportResult r = importText("seed.md", text, 2025, ORG);
        assertThat(r.ok()).isFalse();
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("import.missing-row");
            assertThat(d.pos().file()).isEqualTo("seed.md");
            assertThat(d.message()).contains("重复申请");
        });
    }

    @Test
    void aRowWithTheWrongCountOfNumbersNamesItsInputLine() {
        String text = text(SEED).replace("5. 属于三类内部事务信息\t4\t0\t0\t0\t0\t0\t4", "5. 属于三类内部事务信息\t4\t0\t0\t0\t0\t4");
        ImportResult r = importText("seed.md", text, 2025, ORG);
        assertThat(r.ok()).isFalse();
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("import.unplaced");
            assertThat(d.pos().file()).isEqualTo("seed.md");
            assertThat(d.pos().line()).isEqualTo(73);
            assertThat(d.message()).contains("应有 7 个单元格").contains("6 个");
        });
    }

    @Test
    void aRowThatMatchesNoLabelIsUnplacedAtItsLine() {
        String text = text(SEED).replace("\t\t2. 重复申请\t", "\t\t2. 另一种情形\t");
        ImportResult r = importText("seed.md", text, 2025, ORG);
        assertThat(r.diagnostics())
                .extracting(Diagnostic::code)
                .containsExactly("import.unplaced", "import.missing-row");
        assertThat(r.diagnostics().get(0).pos().line()).isEqualTo(81);
        assertThat(r.cells()).doesNotContainKey(AnnualReport.key("三", "办理结果.不予处理.重复申请", "自然人"));
        assertThat(r.cells().get(AnnualReport.key("三", "本年新收", "总计"))).isEqualTo(new BigDecimal("20"));
    }

    @Test
    void format2019RowsAreRecognisedFromTheirPrintedLabels() {
        ReportFormat f = ReportFormat.forYear(2020);
        Map<String, BigDecimal> cells = new HashMap<>();
        StringBuilder sb = new StringBuilder("一、总体情况\n概况。\n二、主动公开政府信息情况\n");
        int n = 0;
        for (DisclosureBlock b : f.disclosure()) {
            sb.append(b.item()).append('\n');
            for (String row : b.rows()) {
                sb.append(row);
                for (Column c : b.columns()) {
                    cells.put(AnnualReport.key("二", row, c.key()), BigDecimal.valueOf(n));
                    sb.append('\t').append(n++);
                }
                sb.append('\n');
            }
        }
        sb.append("三、收到和处理政府信息公开申请情况\n");
        for (String path : f.applicationRowKeys()) {
            sb.append(f.applicationLabel(path));
            for (Column c : f.applicantColumns()) {
                cells.put(AnnualReport.key("三", path, c.key()), BigDecimal.valueOf(n));
                sb.append('\t').append(n++);
            }
            sb.append('\n');
        }
        sb.append("四、政府信息公开行政复议、行政诉讼情况\n");
        for (String g : f.reviewGroups()) {
            for (Column c : f.reviewColumns()) {
                cells.put(AnnualReport.key("四", g, c.key()), BigDecimal.valueOf(n));
                sb.append(n++).append('\t');
            }
        }
        sb.append("\n五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。\n");
        ImportResult r = importText("2020.txt", sb.toString(), 2020, "");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.cells()).isEqualTo(cells);
        assertThat(r.dataYaml()).isEqualTo(new ReportYamlWriter().write(2020, "", cells));
    }

    /** Text from a PDF whose fonts lack their Unicode mapping is nonsense: no heading, so no report, said so once. */
    @Test
    void garbledTextWithoutAnyHeadingIsNotAReport() {
        String garbled = "㕨㕨⧘2023Ⱜ㋗Ⰴᵹ⸇ἄⲘ⭽\n㓄〽⇢⿘ᾯ㌈㄁䱷夹㒷揨侂2023Ⱜ1㒠1㍽ \n䳩䡱ᮣ崕R 1 0 0 0 0 0 1\n";
        ImportResult r = importText("x.txt", garbled, 2023, ORG);
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("import.not-report");
            assertThat(d.message()).contains("乱码");
        });
        assertThat(r.ok()).isFalse();
    }
}
