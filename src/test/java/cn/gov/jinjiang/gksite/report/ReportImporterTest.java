package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.SourcePos;
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

    private static final String T3 = "三、收到和处理政府信息公开申请情况";
    private static final String SECRET = AnnualReport.key("三", "办理结果.不予公开.属于国家秘密", "总计");

    private ImportResult read(String file, InputKind expected, ImportOptions options, String... lines) {
        ImportInput in = ImportInput.text(file, String.join("\n", lines));
        assertThat(in.kind()).isEqualTo(expected);
        return importer.read(in, options);
    }

    private static ImportOptions options(Integer year, String org) {
        return new ImportOptions(year, org, "站点机构", false);
    }

    private static List<Diagnostic> coded(ImportResult r, String code) {
        return r.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
    }

    @Test
    void notAReportKeepsTheOrgGivenElseNone() {
        ImportResult given = read("x.txt", InputKind.PDF_TEXT, options(2023, "某局"), "随便什么", "文字");
        assertThat(given.org()).isEqualTo("某局");
        assertThat(given.year()).isZero();
        assertThat(given.title()).isEmpty();
        assertThat(given.date()).isNull();
        assertThat(given.kind()).isEqualTo(InputKind.PDF_TEXT);
        assertThat(given.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("import.not-report");
            assertThat(d.pos()).isEqualTo(SourcePos.of("x.txt"));
        });
        assertThat(read("x.txt", InputKind.PDF_TEXT, options(2023, null), "随便什么")
                        .org())
                .isEmpty();
    }

    @Test
    void aTitleYearOtherThanThePeriodsIsAWarningAtTheTitleAndTheTitleWins() {
        ImportResult r = read(
                "r.txt",
                InputKind.PDF_TEXT,
                options(null, null),
                "",
                "某某县2023年政府信息公开工作年度报告",
                "本报告所列数据统计期限自2022年1月1日起至2022年12月31日止。",
                "一、总体情况",
                "正文。");
        assertThat(r.year()).isEqualTo(2023);
        assertThat(r.org()).isEqualTo("某某县");
        assertThat(coded(r, ReportImporter.YEAR)).singleElement().satisfies(d -> {
            assertThat(d.isError()).isFalse();
            assertThat(d.pos()).isEqualTo(new SourcePos("r.txt", 2, 1));
            assertThat(d.message()).isEqualTo("标题写的是 2023 年度，统计期限写的是 2022 年。");
        });
    }

    @Test
    void aYearStatedOnceOrTwiceAlikeIsNoWarning() {
        ImportResult titleOnly =
                read("r.txt", InputKind.PDF_TEXT, options(null, null), "某某县2023年政府信息公开工作年度报告", "一、总体情况", "正文。");
        assertThat(titleOnly.year()).isEqualTo(2023);
        assertThat(coded(titleOnly, ReportImporter.YEAR)).isEmpty();
        ImportResult periodOnly = read(
                "r.txt",
                InputKind.PDF_TEXT,
                options(null, null),
                "政府信息公开工作年度报告",
                "本报告所列数据统计期限自2022年1月1日起至2022年12月31日止。",
                "一、总体情况",
                "正文。");
        assertThat(periodOnly.year()).isEqualTo(2022);
        assertThat(periodOnly.org()).isEqualTo("站点机构");
        assertThat(coded(periodOnly, ReportImporter.YEAR)).isEmpty();
    }

    @Test
    void noYearAnywhereAndNoneGivenIsAnErrorAndNoFiles() {
        ImportResult r = read("r.txt", InputKind.PDF_TEXT, options(null, "某局"), "政府信息公开工作年度报告", "一、总体情况", "正文。");
        assertThat(r.year()).isZero();
        assertThat(r.ok()).isFalse();
        assertThat(r.org()).isEqualTo("某局");
        assertThat(r.title()).isEmpty();
        assertThat(r.indexMd()).isEmpty();
        assertThat(r.dataYaml()).isEmpty();
        assertThat(r.placed()).isEmpty();
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(ReportImporter.YEAR);
            assertThat(d.pos()).isEqualTo(SourcePos.of("r.txt"));
            assertThat(d.message()).contains("找不到报告年度");
        });
        ImportResult given = read("r.txt", InputKind.PDF_TEXT, options(2021, "某局"), "政府信息公开工作年度报告", "一、总体情况", "正文。");
        assertThat(given.year()).isEqualTo(2021);
        assertThat(coded(given, ReportImporter.YEAR)).isEmpty();
        assertThat(given.indexMd()).startsWith("---\ntitle: 政府信息公开工作年度报告\n");
    }

    @Test
    void aYearGivenThatContradictsTheReportIsAnErrorAtWhereItIsStatedUnlessForced() {
        String[] titled = {"某某县2023年政府信息公开工作年度报告", "一、总体情况", "正文。"};
        ImportResult r = read("r.txt", InputKind.PDF_TEXT, options(2022, null), titled);
        assertThat(r.year()).isZero();
        assertThat(r.org()).isEqualTo("某某县");
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.pos()).isEqualTo(new SourcePos("r.txt", 1, 1));
            assertThat(d.message()).isEqualTo("--year 2022 与原文不符：原文标题写的是 2023 年度。");
        });
        ImportResult byPeriod = read(
                "r.txt",
                InputKind.PDF_TEXT,
                options(2022, null),
                "政府信息公开工作年度报告",
                "  本报告所列数据统计期限自2023年1月1日起至2023年12月31日止。",
                "一、总体情况");
        assertThat(byPeriod.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.pos()).isEqualTo(new SourcePos("r.txt", 2, 3));
            assertThat(d.message()).contains("原文统计期限写的是 2023 年度");
        });
        ImportResult forced = importer.read(
                ImportInput.text("r.txt", String.join("\n", titled)), new ImportOptions(2022, null, "", true));
        assertThat(forced.year()).isEqualTo(2022);
        assertThat(forced.diagnostics()).extracting(Diagnostic::code).doesNotContain(ReportImporter.YEAR);
        ImportResult same = read("r.txt", InputKind.PDF_TEXT, options(2023, null), titled);
        assertThat(same.year()).isEqualTo(2023);
        assertThat(same.diagnostics()).extracting(Diagnostic::code).doesNotContain(ReportImporter.YEAR);
    }

    @Test
    void theIntroKeepsItsTextButNotTheTitleTheDateOrTheSource() {
        ImportResult r = read(
                "r.txt",
                InputKind.PDF_TEXT,
                options(null, null),
                "某某县2023年政府信息公开年度报告",
                "# 某某县2023年政府信息公开年度报告",
                "发布日期：2024-02-15",
                "发布时间：2024-02-15 10:00",
                "来源：某某县政府办",
                "某某县关于2023年政府信息公开工作年度报告的说明",
                "编制依据",
                "本报告是某某县2023年政府信息公开工作年度报告。",
                "本报告依照条例编制，全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开工作年度报告各部",
                "一、总体情况",
                "正文。",
                "三、收到和处理政府信息公开申请情况",
                "1.属于国家秘密 0 0 0 0 0 0 7");
        assertThat(r.title()).isEqualTo("某某县2023年政府信息公开年度报告");
        assertThat(r.date()).isEqualTo("2024-02-15");
        assertThat(r.indexMd())
                .contains("发布日期: 2024-02-15\n---\n\n编制依据本报告是某某县2023年政府信息公开工作年度报告。\n\n本报告依照条例编制")
                .contains("年度报告各部\n\n## 一、总体情况 {#s1}\n\n正文。\n\n## 五、")
                .doesNotContain("来源")
                .doesNotContain("说明")
                .doesNotContain("10:00");
        assertThat(r.cells()).containsEntry(SECRET, new BigDecimal("7"));
    }

    @Test
    void withoutHeading一TheIntroRunsToTheTablesAndTheTablesAreRead() {
        ImportResult r = read(
                "r.txt",
                InputKind.PDF_TEXT,
                options(2023, "某局"),
                "引言。",
                T3,
                "1.属于国家秘密 0 0 0 0 0 0 7",
                "六、其他需要报告的事项",
                "无。");
        assertThat(r.cells()).containsEntry(SECRET, new BigDecimal("7"));
        assertThat(r.title()).isEqualTo("某局2023年政府信息公开工作年度报告");
        assertThat(r.indexMd())
                .contains("---\n\n引言。\n\n## 一、总体情况 {#s1}\n\n## 五、存在的主要问题及改进情况 {#s5}\n\n## 六、")
                .endsWith("{#s6}\n\n无。\n");
        // the rows not read are missing after the last row read before them
        assertThat(coded(r, TableMatcher.MISSING).get(0).message()).endsWith("（应在第 2 行之后）。");
        assertThat(r.placed())
                .containsExactly(
                        new ImportResult.Placed("二", 0, 6),
                        new ImportResult.Placed("三", 1, 25),
                        new ImportResult.Placed("四", 0, 3));
    }

    @Test
    void withoutTableHeadingsTheTablesStartAfter一AndEndAt五() {
        ImportResult r = read(
                "r.txt",
                InputKind.PDF_TEXT,
                options(2023, "某局"),
                "行政许可 9",
                "一、总体情况",
                "1.属于国家秘密 0 0 0 0 0 0 7",
                "五、存在的主要问题及改进情况",
                "行政处罚 3");
        assertThat(r.cells())
                .containsOnlyKeys(
                        SECRET, key3("自然人"), key3("商业企业"), key3("科研机构"), key3("社会公益组织"), key3("法律服务机构"), key3("其他"));
        assertThat(coded(r, TableMatcher.UNPLACED)).isEmpty();
    }

    private static String key3(String column) {
        return AnnualReport.key("三", "办理结果.不予公开.属于国家秘密", column);
    }

    @Test
    void aReportEndingAtHeading一ReportsEveryRowMissingAtTheFile() {
        ImportResult r = read("r.txt", InputKind.PDF_TEXT, options(2023, "某局"), "某局2023年政府信息公开工作年度报告", "一、总体情况");
        assertThat(r.diagnostics()).hasSize(34).allSatisfy(d -> {
            assertThat(d.code()).isEqualTo(TableMatcher.MISSING);
            assertThat(d.pos()).isEqualTo(SourcePos.of("r.txt"));
        });
    }

    @Test
    void section五EndsAt六AndAMissingSectionIsEmpty() {
        ImportResult r = read(
                "r.txt",
                InputKind.PDF_TEXT,
                options(2023, "某局"),
                "一、总体情况",
                "总体。",
                "五、存在的主要问题及改进情况",
                "问题。",
                "六、其他需要报告的事项",
                "其他。");
        assertThat(r.indexMd())
                .contains("{#s1}\n\n总体。\n\n## 五、存在的主要问题及改进情况 {#s5}\n\n问题。\n\n## 六、其他需要报告的事项 {#s6}\n\n其他。\n");
        ImportResult no五 =
                read("r.txt", InputKind.PDF_TEXT, options(2023, "某局"), "一、总体情况", "总体。", "六、其他需要报告的事项", "其他。");
        assertThat(no五.indexMd()).contains("{#s1}\n\n总体。\n\n## 五、存在的主要问题及改进情况 {#s5}\n\n## 六、");
    }

    /**
     * In text a line that starts left of a label's first line is another column's (pdftotext -layout); in a web
     * page where an element starts in the file says nothing.
     */
    @Test
    void indentationSeparatesColumnsInTextButNotInAWebPage() {
        String[] text = {"一、总体情况", "正文。", T3, "    1.属于国家", "秘密", "0 0 0 0 0 0 7", "五、存在的主要问题及改进情况"};
        ImportResult pdfText = read("r.txt", InputKind.PDF_TEXT, options(2023, "某局"), text);
        assertThat(pdfText.cells()).doesNotContainKey(SECRET);
        assertThat(coded(pdfText, TableMatcher.UNPLACED))
                .singleElement()
                .satisfies(d -> assertThat(d.pos()).isEqualTo(new SourcePos("r.txt", 6, 1)));
        String[] copied = text.clone();
        copied[1] = "正文\t说明";
        ImportResult copiedText = read("r.txt", InputKind.COPIED_TEXT, options(2023, "某局"), copied);
        assertThat(copiedText.cells()).doesNotContainKey(SECRET);
        assertThat(coded(copiedText, TableMatcher.UNPLACED)).hasSize(1);

        String[] page = new String[text.length];
        for (int i = 0; i < text.length; i++) {
            page[i] = text[i].replaceAll("^( *)(.*)$", "$1<p>$2</p>");
        }
        ImportResult html = read("r.html", InputKind.HTML, options(2023, "某局"), page);
        assertThat(html.cells()).containsEntry(SECRET, new BigDecimal("7"));
        assertThat(coded(html, TableMatcher.UNPLACED)).isEmpty();
    }
}
