package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;

/**
 * Word documents: the national template filled in (made with POI, merged label columns), and gksite's own
 * Word download read back. The round trip — data.yaml → report.docx → import → data.yaml — must give the
 * same bytes, for the repository's 2025 report and for random reports of both formats with blanks.
 */
class DocxImportTest {
    private static final String ORG = "某某市某某局";
    private final ReportImporter importer = new ReportImporter();

    private ImportResult read(byte[] docx, Integer year) {
        return importer.read(ImportInput.of("report.docx", docx), new ImportOptions(year, null, "站点机构", false));
    }

    @Test
    void theFilledNationalTemplateImportsCellForCellWithItsBlanks() {
        for (int seed = 1; seed <= 12; seed++) {
            Random rnd = new Random(seed);
            int year = 2019 + rnd.nextInt(7);
            Map<String, BigDecimal> cells = ReportSamples.cells(year, rnd, seed % 3 == 0 ? 0.2 : 0);
            byte[] docx = TemplateDocx.filled(year, ORG + year + "年度政府信息公开工作年度报告", cells, seed % 2 == 0);
            ImportResult r = read(docx, null);
            assertThat(r.kind()).isEqualTo(InputKind.DOCX);
            assertThat(r.diagnostics()).as("seed %d", seed).isEmpty();
            assertThat(r.year()).isEqualTo(year);
            assertThat(r.org()).isEqualTo(ORG);
            assertThat(r.title()).isEqualTo(ORG + year + "年度政府信息公开工作年度报告");
            assertThat(r.dataYaml()).isEqualTo(new ReportYamlWriter().write(year, ORG, cells));
            assertThat(r.indexMd())
                    .contains("## 一、总体情况 {#s1}\n\n### （一）主动公开情况\n\n本年度主动公开政府信息。")
                    .contains("## 五、存在的主要问题及改进情况 {#s5}\n\n### （一）存在问题\n\n政策解读的深度仍需加强。")
                    .contains("## 六、其他需要报告的事项 {#s6}\n\n本年度无收取信息处理费情况。")
                    .contains("统计期限自" + year + "年1月1日起")
                    .doesNotContain("第二十条");
        }
    }

    @Test
    void headingsNumberedByWordItselfAreFound() {
        Map<String, BigDecimal> cells = ReportSamples.cells(2024, new Random(6), 0);
        byte[] docx = TemplateDocx.filled(2024, ORG + "2024年度政府信息公开工作年度报告", cells, false);
        String xml = ReportDocxTest.documentXml(docx);
        for (String h : ReportFormat.HEADINGS) {
            // Word's automatic numbering: the ordinal is drawn from the list, not part of the text
            xml = xml.replace(">" + h + "<", ">" + h.substring(2) + "<");
        }
        ImportResult r = read(ReportDocxTest.withDocumentXml(docx, xml), null);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.dataYaml()).isEqualTo(new ReportYamlWriter().write(2024, ORG, cells));
        assertThat(r.indexMd()).contains("## 五、存在的主要问题及改进情况 {#s5}\n\n### （一）存在问题");
    }

    @Test
    void aWrongCountInACellRowNamesTheTableAndRow() {
        Map<String, BigDecimal> cells = ReportSamples.cells(2023, new Random(1), 0);
        byte[] docx = TemplateDocx.filled(2023, ORG + "2023年度政府信息公开工作年度报告", cells, false);
        String xml = ReportDocxTest.documentXml(docx);
        // drop the first figure cell of the row 1.属于国家秘密
        int row = xml.indexOf("1.属于国家秘密");
        int cell = xml.indexOf("<w:tc>", row);
        int end = xml.indexOf("</w:tc>", cell) + "</w:tc>".length();
        byte[] broken = ReportDocxTest.withDocumentXml(docx, xml.substring(0, cell) + xml.substring(end));
        ImportResult r = read(broken, 2023);
        assertThat(r.ok()).isFalse();
        Diagnostic d = r.diagnostics().get(0);
        assertThat(d.code()).isEqualTo("import.unplaced");
        assertThat(d.message()).contains("属于国家秘密").contains("应有 7 个单元格").contains("第 2 张表格第 8 行");
        assertThat(d.pos().file()).isEqualTo("report.docx");
        assertThat(d.pos().line()).isPositive();
    }

    @Test
    void theWordDownloadOfTheRepositorys2025ReportImportsToTheSameDataYaml() {
        String data = TestSites.read(TestSites.REPO.resolve(ReportSamples.NDBG + "2025/data.yaml"));
        String index = TestSites.read(TestSites.REPO.resolve(ReportSamples.NDBG + "2025/index.md"));
        AnnualReport report = ReportSamples.report(2025, index, data);
        byte[] docx = ReportExporter.docx(report, "晋江市人民政府办公室");
        ImportResult r = read(docx, 2025);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.dataYaml()).isEqualTo(data);
        assertThat(r.title()).isEqualTo("晋江市人民政府办公室2025年政府信息公开工作年度报告");
        assertThat(r.indexMd())
                .contains("### （一）主动公开情况")
                .contains("### （四）政府信息公开平台建设")
                .contains("（<http://www.jinjiang.gov.cn/>）".replace("<", "").replace(">", ""))
                .contains("## 六、其他需要报告的事项 {#s6}\n\n2025 年度晋江市人民政府办公室无收取信息处理费情况。");
    }

    @Test
    void randomReportsRoundTripThroughTheirWordDownloadByteForByte() {
        for (int seed = 1; seed <= 40; seed++) {
            Random rnd = new Random(seed);
            int year = 2019 + rnd.nextInt(8);
            Map<String, BigDecimal> cells = ReportSamples.cells(year, rnd, rnd.nextInt(3) == 0 ? 0.15 : 0);
            String data = new ReportYamlWriter().write(year, ORG, cells);
            AnnualReport report = ReportSamples.report(year, ReportSamples.indexMd(year, ORG), data);
            byte[] docx = ReportExporter.docx(report, ORG);
            ImportResult r = read(docx, null);
            assertThat(r.diagnostics()).as("seed %d", seed).isEmpty();
            assertThat(r.dataYaml()).as("seed %d", seed).isEqualTo(data);
            assertThat(r.blanks())
                    .hasSize(ReportSamples.cells(year, new Random(0), 0).size() - cells.size());
        }
    }

    @Test
    void theWordDownloadHasTheTemplatesTableShapes() throws Exception {
        Map<String, BigDecimal> cells = ReportSamples.cells(2025, new Random(3), 0);
        AnnualReport report = ReportSamples.report(
                2025, ReportSamples.indexMd(2025, ORG), new ReportYamlWriter().write(2025, ORG, cells));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(ReportExporter.docx(report, ORG)))) {
            List<XWPFTable> tables = doc.getTables();
            assertThat(tables).hasSize(3);
            assertThat(shape(tables.get(0))).containsExactly(14, 4);
            assertThat(shape(tables.get(1))).containsExactly(28, 10);
            assertThat(shape(tables.get(2))).containsExactly(4, 15);
            XWPFTable t3 = tables.get(1);
            // 三、本年度办理结果 merged down over its 22 rows; （三）不予公开 over its 8
            assertThat(t3.getRow(5).getCell(0).getText()).isEqualTo("三、本年度办理结果");
            assertThat(merge(t3.getRow(5).getCell(0))).isEqualTo("restart");
            for (int r = 6; r <= 26; r++) {
                assertThat(merge(t3.getRow(r).getCell(0))).as("row %d", r).isEqualTo("continue");
            }
            assertThat(merge(t3.getRow(27).getCell(0))).isNull();
            assertThat(t3.getRow(7).getCell(1).getText()).isEqualTo("（三）不予公开");
            assertThat(t3.getRow(7).getCell(2).getText()).isEqualTo("1.属于国家秘密");
            assertThat(span(t3.getRow(3).getCell(0))).isEqualTo(3);
            assertThat(span(t3.getRow(5).getCell(1))).isEqualTo(2);
            assertThat(tables.get(2).getRow(0).getCell(1).getText()).isEqualTo("行政诉讼");
            assertThat(span(tables.get(2).getRow(0).getCell(1))).isEqualTo(10);
        }
    }

    /** Rows, and grid columns of the widest row. */
    private static int[] shape(XWPFTable t) {
        int cols = 0;
        for (var row : t.getRows()) {
            cols = Math.max(
                    cols,
                    row.getTableCells().stream().mapToInt(DocxImportTest::span).sum());
        }
        return new int[] {t.getRows().size(), cols};
    }

    private static int span(XWPFTableCell c) {
        var pr = c.getCTTc().getTcPr();
        return pr != null && pr.isSetGridSpan() ? pr.getGridSpan().getVal().intValue() : 1;
    }

    private static String merge(XWPFTableCell c) {
        var pr = c.getCTTc().getTcPr();
        if (pr == null || !pr.isSetVMerge()) {
            return null;
        }
        return pr.getVMerge().getVal() == null
                ? "continue"
                : pr.getVMerge().getVal().toString();
    }
}
