package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Word documents written here part by part, as other programs than Word write them: a paragraph with a
 * line break, content controls (w:sdt) around a paragraph and around a cell, rows that skip grid columns
 * (w:gridBefore), cells merged across (gridSpan, the older hMerge) and down (vMerge), cells without any
 * properties. Each line is checked with its position and, for a row, its cells.
 */
class DocxLinesTest {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** A .docx whose body is {@code body}: the three parts Word needs, nothing else. */
    static byte[] docx(String body) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put(
                "[Content_Types].xml",
                ("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
                                + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd."
                                + "openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                        .getBytes(StandardCharsets.UTF_8));
        parts.put(
                "_rels/.rels",
                ("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
                                + "2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
                        .getBytes(StandardCharsets.UTF_8));
        parts.put(
                "word/document.xml",
                ("<w:document xmlns:w=\"" + W + "\"><w:body>" + body + "</w:body></w:document>")
                        .getBytes(StandardCharsets.UTF_8));
        return ReportDocxTest.zip(parts);
    }

    private static String p(String text) {
        return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    /** A cell with properties {@code pr} (none when null). */
    private static String tc(String pr, String text) {
        return "<w:tc>" + (pr == null ? "" : "<w:tcPr>" + pr + "</w:tcPr>") + p(text) + "</w:tc>";
    }

    private static String tc(String text) {
        return tc(null, text);
    }

    private static final String RESTART = "<w:vMerge w:val=\"restart\"/>";
    private static final String CONTINUE = "<w:vMerge/>";

    private static String tr(String... cells) {
        return "<w:tr>" + String.join("", cells) + "</w:tr>";
    }

    private static String tbl(String... rows) {
        return "<w:tbl>" + String.join("", rows) + "</w:tbl>";
    }

    private static List<ImportLine> read(String body) {
        return DocxLines.read("报告.docx", docx(body));
    }

    /** The cells of each row of a document holding one table. */
    private static List<List<String>> cells(String... rows) {
        return read(tbl(rows)).stream().map(ImportLine::cells).toList();
    }

    private static Diagnostic refusal(byte[] bytes) {
        DiagnosticException e = catchThrowableOfType(DiagnosticException.class, () -> DocxLines.read("报告.docx", bytes));
        assertThat(e).as("refused").isNotNull();
        Diagnostic d = e.diagnostics().get(0);
        assertThat(d.pos().file()).isEqualTo("报告.docx");
        return d;
    }

    @Test
    void paragraphsContentControlsAndTableRowsAreNumberedInBodyOrder() {
        List<ImportLine> lines = read(p("某局2024年政府信息公开工作年度报告")
                + "<w:p><w:r><w:t>一、总体情况</w:t><w:br/><w:t>（一）主动公开情况</w:t></w:r></w:p>"
                + "<w:sdt><w:sdtContent>" + p("控件里的段落") + "</w:sdtContent></w:sdt>"
                + tbl(tr(tc("甲"), tc("1")), tr(tc("乙"), tc("2")))
                + p("表后")
                + tbl(tr(tc("丙"), tc("3"))));
        assertThat(lines)
                .extracting(l -> l.line() + ":" + l.column() + " " + l.where() + " " + l.text() + " " + l.cells())
                .containsExactly(
                        "1:1 第 1 段 某局2024年政府信息公开工作年度报告 null",
                        "2:1 第 2 段 一、总体情况 null",
                        "2:1 第 2 段 （一）主动公开情况 null",
                        "3:1 第 3 段 控件里的段落 null",
                        "4:1 第 1 张表格第 1 行 甲\t1 [甲, 1]",
                        "5:1 第 1 张表格第 2 行 乙\t2 [乙, 2]",
                        "6:1 第 6 段 表后 null",
                        "7:1 第 2 张表格第 1 行 丙\t3 [丙, 3]");
    }

    @Test
    void aLabelMergedDownIsInEveryRowAFigureMergedDownOnlyInItsFirst() {
        assertThat(cells(
                        tr(tc(RESTART, "三、本年度办理结果"), tc("（一）予以公开"), tc(RESTART, "5")),
                        tr(tc(CONTINUE, ""), tc("（二）部分公开"), tc(CONTINUE, "")),
                        tr(tc("四、结转下年度继续办理"), tc("7"), tc("8"))))
                .containsExactly(
                        List.of("三、本年度办理结果", "（一）予以公开", "5"),
                        List.of("三、本年度办理结果", "（二）部分公开"),
                        List.of("四、结转下年度继续办理", "7", "8"));
    }

    @Test
    void aContinuedCellWithoutAMergedCellAboveCarriesNothing() {
        assertThat(cells(
                        tr(tc("不合并的标签"), tc("1")),
                        tr(tc(CONTINUE, ""), tc("2")),
                        tr(tc(RESTART, "合并的标签"), tc("3")),
                        tr(tc("新标签"), tc("4")),
                        tr(tc(CONTINUE, ""), tc("5")),
                        tr(tc("<w:tcW w:w=\"800\" w:type=\"dxa\"/>", "有宽度的标签"), tc("6")),
                        tr(tc(CONTINUE, ""), tc("7"))))
                .containsExactly(
                        List.of("不合并的标签", "1"),
                        List.of("2"),
                        List.of("合并的标签", "3"),
                        List.of("新标签", "4"),
                        List.of("5"),
                        List.of("有宽度的标签", "6"),
                        List.of("7"));
    }

    @Test
    void aCellSpanningColumnsMovesTheMergedCellsAfterIt() {
        assertThat(cells(
                        tr(tc("a"), tc("b"), tc(RESTART, "（三）不予公开")),
                        tr(tc("<w:gridSpan w:val=\"2\"/>", "ab"), tc(CONTINUE, "")),
                        // a gridSpan without a value spans one column
                        tr(tc("<w:gridSpan/>", "x"), tc("y"), tc(CONTINUE, "")),
                        tr(tc("<w:tcW w:w=\"100\" w:type=\"dxa\"/>", "u"), tc("v"), tc(CONTINUE, ""))))
                .containsExactly(
                        List.of("a", "b", "（三）不予公开"),
                        List.of("ab", "（三）不予公开"),
                        List.of("x", "y", "（三）不予公开"),
                        List.of("u", "v", "（三）不予公开"));
    }

    @Test
    void cellsMergedAcrossTheOldWayCountOnce() {
        String first = "<w:hMerge w:val=\"restart\"/>";
        assertThat(cells(
                        tr(tc(first, "行政复议"), tc("<w:hMerge/>", ""), tc(RESTART, "（四）无法提供")),
                        tr(tc("x"), tc("y"), tc(CONTINUE, ""))))
                .containsExactly(List.of("行政复议", "（四）无法提供"), List.of("x", "y", "（四）无法提供"));
    }

    @Test
    void aRowThatSkipsGridColumnsKeepsItsCellsInTheirColumns() {
        assertThat(cells(
                        tr(tc("a"), tc(RESTART, "（五）不予处理")),
                        "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + tc(CONTINUE, "") + "</w:tr>",
                        "<w:tr><w:trPr><w:gridBefore/></w:trPr>" + tc("b") + tc(CONTINUE, "") + "</w:tr>",
                        "<w:tr><w:trPr><w:cantSplit/></w:trPr>" + tc("c") + tc(CONTINUE, "") + "</w:tr>"))
                .containsExactly(
                        List.of("a", "（五）不予处理"), List.of("（五）不予处理"), List.of("b", "（五）不予处理"), List.of("c", "（五）不予处理"));
    }

    @Test
    void aCellInAContentControlIsACellInItsColumn() {
        String sdt = "<w:sdt><w:sdtContent>" + tc("控件") + "</w:sdtContent></w:sdt>";
        assertThat(cells(
                        tr(sdt, tc(RESTART, "（六）其他处理"), tc("1")),
                        tr(sdt, tc(CONTINUE, ""), tc("2")),
                        tr(tc("x"), tc(RESTART, "（七）总计"), tc("3")),
                        tr(sdt, tc(CONTINUE, ""), tc("4"))))
                .containsExactly(
                        List.of("控件", "（六）其他处理", "1"),
                        List.of("控件", "（六）其他处理", "2"),
                        List.of("x", "（七）总计", "3"),
                        List.of("控件", "（七）总计", "4"));
    }

    @Test
    void aCellsParagraphsAndTabsAreOneWrappedText() {
        String cell = "<w:tc><w:p><w:r><w:t>2.没有现成信息</w:t></w:r></w:p><w:p><w:r><w:t>需要另行制作</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>Word</w:t><w:tab/><w:t>2024</w:t></w:r></w:p></w:tc>";
        assertThat(cells(tr(cell, tc(" 3 ")))).containsExactly(List.of("2.没有现成信息需要另行制作Word 2024", "3"));
    }

    @Test
    void aZipThatIsNoWordDocumentSaysWhatItIs() {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("spreadsheetml.sheet.main+xml", "这是 Excel 表格（.xlsx），无法作为年度报告导入。");
        kinds.put("presentationml.presentation.main+xml", "这是 PowerPoint 演示文稿（.pptx），无法作为年度报告导入。");
        kinds.put("xml", "这是一个 ZIP 压缩包，不是 Word 文档，无法作为年度报告导入。");
        kinds.forEach((type, message) -> {
            Map<String, byte[]> parts = new LinkedHashMap<>();
            parts.put(
                    "[Content_Types].xml",
                    ("<Types><Override ContentType=\"application/" + type + "\"/></Types>")
                            .getBytes(StandardCharsets.UTF_8));
            Diagnostic d = refusal(ReportDocxTest.zip(parts));
            assertThat(d.code()).isEqualTo("import.not-docx");
            assertThat(d.message()).as(type).isEqualTo(message);
            assertThat(d.hint()).contains(".docx");
        });
        Map<String, byte[]> odt = new LinkedHashMap<>();
        odt.put("mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
        assertThat(refusal(ReportDocxTest.zip(odt)).message()).isEqualTo("这是 OpenDocument 文档（.odt 等），无法作为年度报告导入。");
    }

    @Test
    void aWordDocumentThatPoiCannotReadIsDamaged() {
        Diagnostic d = refusal(docx("<w:p><w:r><w:t>未闭合"));
        assertThat(d.code()).isEqualTo("import.damaged");
        assertThat(d.message()).isEqualTo("Word 文件已损坏或结构异常，无法读取。");
    }
}
