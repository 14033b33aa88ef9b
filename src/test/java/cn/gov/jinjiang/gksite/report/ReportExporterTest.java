package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.config.ConfigLoader;
import cn.gov.jinjiang.gksite.config.SiteConfig;
import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.content.ContentLoader;
import cn.gov.jinjiang.gksite.content.ContentTree;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.markdown.MarkdownStage;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The open-data export of the repository's 2025 report: CSV for Excel and JSON, every cell, nothing else. */
class ReportExporterTest {
    static AnnualReport report;

    @BeforeAll
    static void load() {
        SourceLayout layout = SourceLayout.of(TestSites.REPO, TestSites.REPO.resolve("target/unused-site"));
        Diagnostics diags = new Diagnostics();
        SiteConfig config = new ConfigLoader().load(layout, diags);
        ContentTree tree = new ContentLoader().load(layout, diags);
        var bodies = new MarkdownStage().convert(tree, diags);
        List<AnnualReport> reports = new ReportLoader().load(tree, bodies, config.bodies(), diags);
        assertThat(diags.hasErrors()).isFalse();
        // the 市政府办公室's report: the sample site also holds reports of departments and towns
        report = reports.stream()
                .filter(r -> r.year() == 2025 && r.page().dir().equals("xxgk/zfxxgkzl/ndbg/2025"))
                .findFirst()
                .orElseThrow();
    }

    static String csvText() {
        return new String(ReportExporter.csv(report), StandardCharsets.UTF_8);
    }

    @Test
    void csvStartsWithBomAndEndsEveryLineWithCrlf() {
        byte[] bytes = ReportExporter.csv(report);
        assertThat(bytes[0] & 0xff).isEqualTo(0xEF);
        assertThat(bytes[1] & 0xff).isEqualTo(0xBB);
        assertThat(bytes[2] & 0xff).isEqualTo(0xBF);
        String text = csvText();
        assertThat(text).endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(text.substring(1)).startsWith("表,行,列,值,核对说明\r\n");
    }

    @Test
    void csvHasTheNationalLabelsOfEachCell() {
        String text = csvText();
        assertThat(text)
                .contains("\r\n三,一、本年新收政府信息公开申请数量,自然人,20,\r\n")
                .contains("\r\n三,（三）不予公开 1.属于国家秘密,自然人,0,\r\n")
                .contains("\r\n三,（七）总计,总计,21,\r\n")
                .contains("\r\n三,四、结转下年度继续办理,总计,1,\r\n")
                .contains("\r\n二,行政事业性收费,本年收费金额（单位：万元）,1190.0462,\r\n")
                .contains("\r\n四,复议后起诉,总计,0,\r\n");
    }

    @Test
    void csvParsesBackToEveryCell() {
        List<String> lines = List.of(csvText().substring(1).split("\r\n"));
        List<ReportExporter.Entry> entries = ReportExporter.entries(report);
        // 表二 10 cells, 表三 25 rows × 7 columns, 表四 3 groups × 5 columns
        assertThat(entries).hasSize(10 + 25 * 7 + 15);
        assertThat(lines).hasSize(entries.size() + 1);
        for (int i = 0; i < entries.size(); i++) {
            List<String> f = parseCsvLine(lines.get(i + 1));
            ReportExporter.Entry e = entries.get(i);
            // a report with no acknowledged findings flags no cell (核对说明 empty)
            assertThat(f)
                    .containsExactly(e.table(), e.row(), e.column(), e.value().toPlainString(), "");
        }
        // and every number equals the report's own cell
        int cells = 0;
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = parseCsvLine(line);
            assertThat(new BigDecimal(f.get(3))).isNotNull();
            cells++;
        }
        assertThat(cells).isEqualTo(report.cells().size());
    }

    @Test
    void jsonHasEveryCellInTableOrder() {
        String json = new String(ReportExporter.json(report, "晋江市人民政府办公室"), StandardCharsets.UTF_8);
        assertThat(json)
                .startsWith(
                        "{\n  \"year\": 2025,\n  \"format\": \"2021\",\n  \"organisation\": \"晋江市人民政府办公室\",\n  \"tables\": {");
        assertThat(json.indexOf("\"二\": ["))
                .isLessThan(json.indexOf("\"三\": ["))
                .isLessThan(json.indexOf("\"四\": ["));
        Matcher m = Pattern.compile(
                        "\\{\"block\": \"([^\"]*)\", \"row\": \"([^\"]*)\", \"column\": \"([^\"]*)\", \"value\": ([^}]*)}")
                .matcher(json);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(2) + "|" + m.group(3) + "|" + m.group(4));
        }
        List<String> expected = ReportExporter.entries(report).stream()
                .map(e -> e.row() + "|" + e.column() + "|" + e.value().toPlainString())
                .toList();
        assertThat(found).isEqualTo(expected);
        assertThat(json).contains("\"row\": \"行政事业性收费\", \"column\": \"本年收费金额（单位：万元）\", \"value\": 1190.0462}");
    }

    @Test
    void jsonStringsAreEscaped() {
        assertThat(ReportExporter.jsonString("a\"b\\c\nd\u0001")).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001\"");
        assertThat(ReportExporter.csvField("a,b\"c")).isEqualTo("\"a,b\"\"c\"");
    }

    @Test
    void keyFiguresNewestFirst() {
        KeyFigures k25 = KeyFigures.of(report);
        KeyFigures k24 = new KeyFigures(
                2024,
                BigDecimal.valueOf(17),
                BigDecimal.valueOf(16),
                BigDecimal.valueOf(2),
                BigDecimal.ONE,
                BigDecimal.ZERO,
                null);
        String csv = new String(ReportExporter.keyFiguresCsv(List.of(k24, k25)), StandardCharsets.UTF_8);
        assertThat(csv)
                .isEqualTo("\uFEFF年度,本年新收申请,本年办结,结转下年度,行政复议,行政诉讼,制发规范性文件\r\n"
                        + "2025,20,21,1,0,0,14\r\n2024,17,16,2,1,0,\r\n");
        String json = new String(ReportExporter.keyFiguresJson(List.of(k24, k25)), StandardCharsets.UTF_8);
        assertThat(json.indexOf("{\"year\": 2025")).isLessThan(json.indexOf("{\"year\": 2024"));
        assertThat(json).contains("\"normativeIssued\": null}");
    }

    /** A 2025 report: every cell 0 but 表二 规章 本年制发件数 (blank). */
    static AnnualReport zeroReport() {
        Map<String, BigDecimal> blank = new HashMap<>();
        blank.put(BLANK, null);
        return ZeroReports.report(2025, blank);
    }

    static final String BLANK = AnnualReport.key("二", "规章", "本年制发件数");

    static Finding finding(String code, String cell, String place, String text, String reason) {
        Acknowledgement ack =
                new Acknowledgement(code, cell, place, text, reason, "张三", "2026-01-05", SourcePos.of("ack.yaml"));
        return new Finding(Diagnostic.warning(code, SourcePos.of("data.yaml"), "m", "h"), cell, place, text, ack);
    }

    /** The zero report with two acknowledged findings at the blank cell, one of the narrative, one not acknowledged. */
    static AnnualReport ackedReport() {
        AnnualReport r = zeroReport();
        Finding open = new Finding(
                Diagnostic.warning("report.R1", SourcePos.of("data.yaml"), "m", "h"),
                AnnualReport.key("四", "行政复议", "总计"),
                "",
                "0",
                null);
        return r.withFindings(List.of(
                finding("report.R8", BLANK, "", "", "原报告如此"),
                open,
                finding("report.R10", "", "第 3 段", "共 5 件", "原文如此"),
                finding("report.R1", BLANK, "", "", "另一理由")));
    }

    @Test
    void blocksNameTheOutcomeGroupAndTheReviewOrLawsuitOfEachRow() {
        List<ReportExporter.Entry> entries = ReportExporter.entries(zeroReport());
        for (ReportExporter.Entry e : entries) {
            String expected = switch (e.table()) {
                case "二" -> e.block();
                case "三" -> e.key().startsWith("三|办理结果.") ? "三、本年度办理结果" : "";
                default -> e.row().equals("行政复议") ? "行政复议" : "行政诉讼";
            };
            assertThat(e.block()).as(e.key()).isEqualTo(expected);
        }
        assertThat(entries)
                .filteredOn(e -> e.key().equals("三|办理结果.予以公开|自然人"))
                .singleElement()
                .satisfies(e -> assertThat(e.row()).isEqualTo("（一）予以公开"));
        assertThat(entries)
                .filteredOn(e -> e.key().equals("二|行政许可|本年处理决定数量"))
                .singleElement()
                .satisfies(e -> assertThat(e.block()).isEqualTo("第二十条第（五）项"));
        assertThat(entries.stream().map(ReportExporter.Entry::block).distinct())
                .containsExactly("第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项", "", "三、本年度办理结果", "行政复议", "行政诉讼");
    }

    @Test
    void aRowOfAMadeUpFormatKeepsALeading三WhenItIsNoOutcome() {
        ReportFormat national = ReportFormat.forYear(2025);
        ReportFormat f = new ReportFormat(
                national.version(),
                List.of(),
                national.applicantColumns(),
                List.of(RowSpec.leaf(ReportFormat.NEW, "三号新收")),
                List.of("行政复议"),
                national.reviewColumns());
        AnnualReport r = new AnnualReport(2025, f, zeroReport().page(), "data.yaml", Map.of());
        assertThat(ReportExporter.entries(r))
                .filteredOn(e -> e.table().equals("三"))
                .allSatisfy(e -> assertThat(e.row()).isEqualTo("三号新收"));
    }

    @Test
    void csvQuotesAFieldWithACommaQuoteOrLineBreakWhereverItIs() {
        for (String s : new String[] {",a", "a,", "\"a", "a\"", "\na", "a\n", "\ra", "a\r"}) {
            assertThat(ReportExporter.csvField(s)).as(s).isEqualTo("\"" + s.replace("\"", "\"\"") + "\"");
        }
        assertThat(ReportExporter.csvField("a b；c")).isEqualTo("a b；c");
        assertThat(ReportExporter.csvField("")).isEqualTo("");
    }

    @Test
    void csvTellsTheRulesAnAcknowledgedCellBreaks() {
        String text = new String(ReportExporter.csv(ackedReport()), StandardCharsets.UTF_8);
        assertThat(text)
                .contains("\r\n二,规章,本年制发件数,,R8 统计表不应留空（原报告如此）；R1 总计不等于各类申请人之和（另一理由）\r\n")
                .contains("\r\n二,规章,本年废止件数,0,\r\n")
                .contains("\r\n四,行政复议,总计,0,\r\n");
        assertThat(text.split("\r\n"))
                .hasSize(1 + ReportExporter.entries(zeroReport()).size());
    }

    @Test
    void jsonFlagsAcknowledgedCellsAndListsEveryAcknowledgedFinding() {
        String json = new String(ReportExporter.json(ackedReport(), null), StandardCharsets.UTF_8);
        assertThat(json)
                .startsWith(
                        "{\n  \"year\": 2025,\n  \"format\": \"2021\",\n  \"organisation\": \"\",\n  \"tables\": {\n"
                                + "    \"二\": [\n      {\"block\": \"第二十条第（一）项\", \"row\": \"规章\", \"column\": \"本年制发件数\", "
                                + "\"value\": null, \"flags\": [{\"rule\": \"R8\", \"breaks\": \"统计表不应留空\", \"reason\": \"原报告如此\"}, "
                                + "{\"rule\": \"R1\", \"breaks\": \"总计不等于各类申请人之和\", \"reason\": \"另一理由\"}]},\n"
                                + "      {\"block\": \"第二十条第（一）项\", \"row\": \"规章\", \"column\": \"本年废止件数\", \"value\": 0},\n")
                .endsWith("\"value\": 0}\n    ]\n  },\n  \"acknowledged\": [\n"
                        + "    {\"table\": \"二\", \"where\": \"“规章” / 本年制发件数\", \"printed\": \"\", \"rule\": \"R8\", "
                        + "\"breaks\": \"统计表不应留空\", \"reason\": \"原报告如此\"},\n"
                        + "    {\"table\": \"\", \"where\": \"第 3 段\", \"printed\": \"共 5 件\", \"rule\": \"R10\", "
                        + "\"breaks\": \"" + AckNotes.rule("report.R10") + "\", \"reason\": \"原文如此\"},\n"
                        + "    {\"table\": \"二\", \"where\": \"“规章” / 本年制发件数\", \"printed\": \"\", \"rule\": \"R1\", "
                        + "\"breaks\": \"总计不等于各类申请人之和\", \"reason\": \"另一理由\"}\n  ]\n}\n");
        assertThat(json).containsOnlyOnce("\"flags\"");
        assertThat(json)
                .contains("\"value\": 0}\n    ],\n    \"三\": [\n      {\"block\": \"\", \"row\": \"一、本年新收政府信息公开申请数量\"")
                .contains("],\n    \"四\": [\n      {\"block\": \"行政复议\"");
        int objects = ReportExporter.entries(zeroReport()).size();
        assertThat(json.split("\\},\n      \\{\"block\"", -1)).hasSize(objects - 3 + 1);
    }

    @Test
    void jsonOfAReportWithNothingAcknowledged() {
        String json = new String(ReportExporter.json(zeroReport(), "某局"), StandardCharsets.UTF_8);
        assertThat(json)
                .contains("\n  \"organisation\": \"某局\",\n")
                .endsWith("\"value\": 0}\n    ]\n  },\n  \"acknowledged\": []\n}\n")
                .doesNotContain("flags");
    }

    @Test
    void keyFiguresJsonExactly() {
        KeyFigures k24 = ZeroReports.figures(2024, 17, 16, 2, 1, 0, null);
        KeyFigures k25 = ZeroReports.figures(2025, 10, null, 1, 0, 3, 4);
        String labels = "{\n  \"unit\": \"件\",\n  \"labels\": {\"newApplications\": \"本年新收申请\", \"handled\": \"本年办结\", "
                + "\"carriedOver\": \"结转下年度\", \"reviews\": \"行政复议\", \"lawsuits\": \"行政诉讼\", "
                + "\"normativeIssued\": \"制发规范性文件\"},\n  \"years\": [";
        assertThat(new String(ReportExporter.keyFiguresJson(List.of()), StandardCharsets.UTF_8))
                .isEqualTo(labels + "]\n}\n");
        assertThat(new String(ReportExporter.keyFiguresJson(List.of(k24, k25)), StandardCharsets.UTF_8))
                .isEqualTo(labels
                        + "\n    {\"year\": 2025, \"newApplications\": 10, \"handled\": null, \"carriedOver\": 1, "
                        + "\"reviews\": 0, \"lawsuits\": 3, \"normativeIssued\": 4},"
                        + "\n    {\"year\": 2024, \"newApplications\": 17, \"handled\": 16, \"carriedOver\": 2, "
                        + "\"reviews\": 1, \"lawsuits\": 0, \"normativeIssued\": null}\n  ]\n}\n");
        assertThat(new String(ReportExporter.keyFiguresCsv(List.of()), StandardCharsets.UTF_8))
                .isEqualTo("\uFEFF年度,本年新收申请,本年办结,结转下年度,行政复议,行政诉讼,制发规范性文件\r\n");
    }

    @Test
    void docxIsTheReportAsAWordDocument() {
        byte[] docx = ReportExporter.docx(report, "晋江市人民政府办公室");
        assertThat(docx).startsWith((byte) 'P', (byte) 'K').isEqualTo(ReportDocx.of(report, "晋江市人民政府办公室"));
    }

    /** A minimal RFC 4180 field splitter for one line. */
    static List<String> parseCsvLine(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    sb.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    sb.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(sb.toString());
                sb.setLength(0);
            } else {
                sb.append(c);
            }
        }
        out.add(sb.toString());
        return out;
    }
}
