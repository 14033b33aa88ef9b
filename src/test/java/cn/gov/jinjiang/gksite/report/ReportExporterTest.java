package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.config.ConfigLoader;
import cn.gov.jinjiang.gksite.config.SiteConfig;
import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.content.ContentLoader;
import cn.gov.jinjiang.gksite.content.ContentTree;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.markdown.MarkdownStage;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
