package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * What an imported file is taken for, and its lines: web pages, copied text with tabs or "|", text extracted
 * from a PDF with its page furniture dropped, in whatever encoding Windows tools save.
 */
class ImportInputTest {
    private static List<List<String>> cells(ImportInput in) {
        return in.lines().stream().map(ImportLine::cells).toList();
    }

    private static List<String> texts(ImportInput in) {
        return in.lines().stream().map(ImportLine::text).toList();
    }

    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void decodeReadsUtf16WithItsByteOrderMarkUtf8AndElseGb18030() {
        String s = "2023年度报告 a1";
        assertThat(ImportInput.decode(concat(bytes(0xFF, 0xFE), s.getBytes(StandardCharsets.UTF_16LE))))
                .isEqualTo(s);
        assertThat(ImportInput.decode(concat(bytes(0xFE, 0xFF), s.getBytes(StandardCharsets.UTF_16BE))))
                .isEqualTo(s);
        assertThat(ImportInput.decode(concat(bytes(0xEF, 0xBB, 0xBF), s.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(s);
        assertThat(ImportInput.decode(s.getBytes(StandardCharsets.UTF_8))).isEqualTo(s);
        assertThat(ImportInput.decode(s.getBytes(Charset.forName("GB18030")))).isEqualTo(s);
        // a byte order mark alone is an empty text
        assertThat(ImportInput.decode(bytes(0xFF, 0xFE))).isEmpty();
        assertThat(ImportInput.decode(bytes(0xFE, 0xFF))).isEmpty();
        assertThat(ImportInput.decode(bytes(0xFF))).isEqualTo(new String(bytes(0xFF), Charset.forName("GB18030")));
        assertThat(ImportInput.decode(bytes(0xFE))).isEqualTo(new String(bytes(0xFE), Charset.forName("GB18030")));
        assertThat(ImportInput.decode(bytes('a', 0xFF, 'b')))
                .isEqualTo(new String(bytes('a', 0xFF, 'b'), Charset.forName("GB18030")));
        assertThat(ImportInput.decode(new byte[0])).isEmpty();
        // ASCII before a byte that is no mark is text, not UTF-16
        assertThat(ImportInput.decode(bytes('a', 0xFE, 'b')))
                .isEqualTo(new String(bytes('a', 0xFE, 'b'), Charset.forName("GB18030")));
        assertThat(ImportInput.decode(bytes(0xFF, 'a')))
                .isEqualTo(new String(bytes(0xFF, 'a'), Charset.forName("GB18030")));
        assertThat(ImportInput.decode(bytes(0xFE, 'a')))
                .isEqualTo(new String(bytes(0xFE, 'a'), Charset.forName("GB18030")));
    }

    @Test
    void ofReadsTextBytesAsText() {
        ImportInput text = ImportInput.of("报告.txt", "一、总体情况\r\n正文\r\n".getBytes(Charset.forName("GB18030")));
        assertThat(text.file()).isEqualTo("报告.txt");
        assertThat(text.kind()).isEqualTo(InputKind.PDF_TEXT);
        assertThat(texts(text)).containsExactly("一、总体情况", "正文", "");
    }

    @Test
    void ofReadsAWordDocumentAsWord() {
        String types = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".wordprocessingml.document.main+xml\"/></Types>";
        String rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                + "officeDocument\" Target=\"word/document.xml\"/></Relationships>";
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + "<w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p></w:body></w:document>";
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8));
        parts.put("_rels/.rels", rels.getBytes(StandardCharsets.UTF_8));
        parts.put("word/document.xml", document.getBytes(StandardCharsets.UTF_8));
        ImportInput docx = ImportInput.of("r.docx", ReportDocxTest.zip(parts));
        assertThat(docx.kind()).isEqualTo(InputKind.DOCX);
        assertThat(docx.file()).isEqualTo("r.docx");
        assertThat(texts(docx)).containsExactly("一、总体情况");
    }

    @Test
    void ofReadsAPdfAsPdf() throws IOException {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                s.newLineAtOffset(72, 700);
                s.showText("Annual report 2023");
                s.endText();
            }
            doc.save(out);
            ImportInput pdf = ImportInput.of("r.pdf", out.toByteArray());
            assertThat(pdf.kind()).isEqualTo(InputKind.PDF);
            assertThat(pdf.file()).isEqualTo("r.pdf");
            assertThat(texts(pdf)).containsExactly("Annual report 2023");
        }
    }

    @Test
    void aWebPageIsReadAsHtmlWhateverItStartsWith() {
        for (String page : List.of(
                "<!DOCTYPE html><html><body><p>正文</p></body></html>",
                "  <!-- saved from url -->\n<!-- another -->\n<HTML><p>正文</p></HTML>",
                "<div>\n<p>正文</p></div>",
                "<p class=x>正文</p>",
                "<meta charset=\"utf-8\"><p>正文</p>",
                "前言\n<TABLE><tr><td>正文</td></tr></TABLE>")) {
            ImportInput in = ImportInput.text("a.html", page);
            assertThat(in.kind()).as(page).isEqualTo(InputKind.HTML);
            assertThat(texts(in)).as(page).last().isEqualTo("正文");
        }
        // a tag after text, or a word that begins like a tag, is no page
        assertThat(ImportInput.text("a.txt", "见 <p>正文</p>").kind()).isEqualTo(InputKind.PDF_TEXT);
        assertThat(ImportInput.text("a.txt", "<pre>正文").kind()).isEqualTo(InputKind.PDF_TEXT);
    }

    @Test
    void pdfTextDropsPageNumbersAndRepeatedRunningHeadersButKeepsLineNumbers() {
        String text = "某某县2023年政府信息公开工作年度报告\r\n"
                + "正文第一页\n"
                + "- 1 -\n"
                + "\f某某县2023年政府信息公开工作年度报告\n"
                + "   缩进的正文\r"
                + "第 2 页\n";
        ImportInput in = ImportInput.text("r.txt", text);
        assertThat(in.kind()).isEqualTo(InputKind.PDF_TEXT);
        assertThat(in.lines())
                .extracting(
                        ImportLine::line, ImportLine::column, ImportLine::text, ImportLine::cells, ImportLine::where)
                .containsExactly(
                        tuple(1, 1, "某某县2023年政府信息公开工作年度报告", null, ""),
                        tuple(2, 1, "正文第一页", null, ""),
                        tuple(5, 4, "   缩进的正文", null, ""),
                        tuple(7, 1, "", null, ""));
    }

    @Test
    void aRepeatedLineIsARunningHeaderOnlyWhenLongAndNeitherHeadingNorFigures() {
        String text = String.join(
                "\n",
                "单位年度报告",
                "一二三四五",
                "一、总体情况 {#s1}",
                "二、主动公开政府信息情况",
                "行政许可 0 0 0",
                "  单位年度报告  ",
                "一二三四五",
                "一、总体情况 {#s1}",
                "二、主动公开政府信息情况",
                "行政许可 0 0 0",
                "------",
                "单位年度报告");
        ImportInput in = ImportInput.text("r.txt", text);
        assertThat(in.kind()).isEqualTo(InputKind.PDF_TEXT);
        assertThat(texts(in))
                .containsExactly(
                        "单位年度报告",
                        "一二三四五",
                        "一、总体情况 {#s1}",
                        "二、主动公开政府信息情况",
                        "行政许可 0 0 0",
                        "一二三四五",
                        "一、总体情况 {#s1}",
                        "二、主动公开政府信息情况",
                        "行政许可 0 0 0",
                        "------");
    }

    @Test
    void copiedTextKeepsRepeatedLinesAndSplitsCellsAtTabs() {
        String text = "单位年度报告\n行政许可\t1\t\t2\t\n单位年度报告\n文字 | 一个竖线\n";
        ImportInput in = ImportInput.text("r.txt", text);
        assertThat(in.kind()).isEqualTo(InputKind.COPIED_TEXT);
        assertThat(texts(in)).containsExactly("单位年度报告", "行政许可\t1\t\t2\t", "单位年度报告", "文字 | 一个竖线", "");
        assertThat(cells(in)).containsExactly(null, List.of("行政许可", "1", "", "2", ""), null, null, null);
    }

    @Test
    void aPipeTableSplitsAtEveryPipeAndKeepsEmptyEndCells() {
        String text = "标题\n| 行政许可 | 1 |  | 2\n甲 ｜ 乙 ｜ 丙 |\n甲 | 乙\n------\n制表\t符 | x\n";
        ImportInput in = ImportInput.text("r.txt", text);
        assertThat(in.kind()).isEqualTo(InputKind.COPIED_TEXT);
        assertThat(cells(in))
                .containsExactly(
                        null,
                        List.of("", "行政许可", "1", "", "2"),
                        List.of("甲", "乙", "丙", ""),
                        List.of("甲", "乙"),
                        null,
                        List.of("制表", "符 | x"),
                        null);
    }

    @Test
    void oneLineWithTwoPipesOrALeadingPipeMakesAPipeTable() {
        assertThat(ImportInput.text("r.txt", "正文\n甲|乙|丙\n").kind()).isEqualTo(InputKind.COPIED_TEXT);
        assertThat(ImportInput.text("r.txt", "正文\n  ｜甲\n").kind()).isEqualTo(InputKind.COPIED_TEXT);
        assertThat(cells(ImportInput.text("r.txt", "正文\n  ｜甲\n"))).containsExactly(null, List.of("", "甲"), null);
        ImportInput one = ImportInput.text("r.txt", "正文\n甲 | 乙\n");
        assertThat(one.kind()).isEqualTo(InputKind.PDF_TEXT);
        assertThat(cells(one)).containsOnlyNulls();
    }

    @Test
    void aMarkdownTableDropsItsRuleAndItsOuterPipes() {
        String text = "标题\n| 信息内容 | 本年制发件数 |\n| :--- | ---: |\n| 规章 |  |\n|行政许可|3|\n| 单独 | 2\n单独 | 3 |\n------\n";
        ImportInput in = ImportInput.text("r.md", text);
        assertThat(in.kind()).isEqualTo(InputKind.COPIED_TEXT);
        assertThat(texts(in))
                .containsExactly(
                        "标题", "| 信息内容 | 本年制发件数 |", "| 规章 |  |", "|行政许可|3|", "| 单独 | 2", "单独 | 3 |", "------", "");
        assertThat(cells(in))
                .containsExactly(
                        null,
                        List.of("信息内容", "本年制发件数"),
                        List.of("规章", ""),
                        List.of("行政许可", "3"),
                        List.of("单独", "2"),
                        List.of("单独", "3"),
                        null,
                        null);
        assertThat(in.lines()).extracting(ImportLine::line).containsExactly(1, 2, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void theLinesAreTheInputsOwnCopy() {
        List<ImportLine> lines = new ArrayList<>(List.of(ImportLine.text(1, 1, "a")));
        ImportInput in = new ImportInput("f", InputKind.COPIED_TEXT, lines);
        lines.clear();
        assertThat(in.lines()).hasSize(1);
    }
}
