package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;

/**
 * A PDF read as lines: running text (a paragraph's indented first line marked), table rows with their
 * cells, positions as page and line; page numbers and running headers left out; and the PDFs refused.
 */
class PdfLinesTest {
    private static ImportLine text(int page, int n, String text) {
        return new ImportLine(page, n, text, null, "第 " + page + " 页第 " + n + " 行");
    }

    private static ImportLine row(int page, int n, int row, String... cells) {
        return ImportLine.row(page, n, List.of(cells), "第 " + page + " 页第 " + n + " 行（表格第 " + row + " 行）");
    }

    private static void refused(byte[] pdf, String code, String words) {
        assertThatThrownBy(() -> PdfLines.read("r.pdf", pdf))
                .isInstanceOf(DiagnosticException.class)
                .satisfies(e -> {
                    var d = ((DiagnosticException) e).diagnostics().get(0);
                    assertThat(d.code()).isEqualTo(code);
                    assertThat(d.message()).contains(words);
                    assertThat(d.pos().file()).isEqualTo("r.pdf");
                });
    }

    @Test
    void linesOfTextAndTableRowsByPageAndLine() throws IOException {
        byte[] pdf;
        try (PdfPages p = new PdfPages()) {
            p.page()
                    .text(100, 50, "Annual Report")
                    .text(100, 150, "First line")
                    .text(121, 165, "Indented para")
                    .text(105, 172, "Barely")
                    .text(110.5f, 179, "Just")
                    .text(100, 186, "42")
                    .grid(new float[] {60, 90, 140}, new float[] {200, 220, 240})
                    .text(65, 215, "Item")
                    .text(95, 215, "7")
                    .text(65, 235, "Other")
                    .text(300, 815, "- 1 -");
            p.page()
                    .text(100, 50, "Annual Report")
                    .text(100, 150, "Second page")
                    .text(300, 815, "2");
            p.page()
                    .text(100, 50, "Annual Report")
                    .grid(new float[] {100, 140}, new float[] {20, 40})
                    .text(105, 35, "5")
                    .text(100, 150, "Last")
                    .text(100, 800, "Draft 3")
                    .text(100, 815, "Page 3/3");
            pdf = p.bytes();
        }
        assertThat(PdfLines.read("r.pdf", pdf))
                .containsExactly(
                        text(1, 1, "Annual Report"),
                        text(1, 2, "First line"),
                        text(1, 3, "\u3000\u3000Indented para"),
                        text(1, 4, "Barely"),
                        text(1, 5, "\u3000\u3000Just"),
                        text(1, 6, "42"),
                        row(1, 7, 1, "Item", "7"),
                        row(1, 8, 2, "Other", ""),
                        text(2, 2, "Second page"),
                        row(3, 1, 1, "5"),
                        text(3, 3, "Last"),
                        text(3, 4, "Draft 3"),
                        text(3, 5, "Page 3/3"));
    }

    @Test
    void aRunningFooterLeftOutOnlyFromItsSecondPage() throws IOException {
        byte[] pdf;
        try (PdfPages p = new PdfPages()) {
            p.page().text(100, 150, "Body").text(100, 815, "Office 1");
            p.page().text(100, 150, "More").text(100, 815, "Office 2");
            p.page().text(100, 150, "Annual").text(100, 815, "Other 3");
            pdf = p.bytes();
        }
        assertThat(PdfLines.read("r.pdf", pdf))
                .containsExactly(
                        text(1, 1, "Body"),
                        text(1, 2, "Office 1"),
                        text(2, 1, "More"),
                        text(3, 1, "Annual"),
                        text(3, 2, "Other 3"));
    }

    @Test
    void aMarginLineRepeatedOnOnePageOrInTheBodyIsKept() throws IOException {
        byte[] pdf;
        try (PdfPages p = new PdfPages()) {
            p.page().text(100, 50, "Report 1").text(100, 815, "Report 2");
            p.page().text(100, 150, "Report 3");
            p.page().text(100, 50, "Title").text(100, 150, "Body");
            p.page().text(100, 50, "Title");
            p.page().text(100, 150, "Title");
            pdf = p.bytes();
        }
        assertThat(PdfLines.read("r.pdf", pdf))
                .extracting(ImportLine::text)
                .containsExactly("Report 1", "Report 2", "Report 3", "Title", "Body", "Title");
    }

    @Test
    void aPdfBombIsRefusedAsOne() throws IOException {
        try (PdfPages p = new PdfPages()) {
            p.page().text(100, 150, "Text");
            COSStream bomb = p.doc.getDocument().createCOSStream();
            try (OutputStream out = bomb.createOutputStream(COSName.FLATE_DECODE)) {
                byte[] blanks = new byte[1 << 20];
                Arrays.fill(blanks, (byte) ' ');
                for (int i = 0; i <= PdfContent.MAX_CONTENT >> 20; i++) {
                    out.write(blanks);
                }
            }
            p.page.getCOSObject().setItem(COSName.CONTENTS, bomb);
            refused(p.bytes(), "import.too-large", "压缩炸弹");
        }
    }

    @Test
    void aRotatedPageIsReadAsText() throws IOException {
        byte[] pdf;
        try (PdfPages p = new PdfPages()) {
            p.page(90)
                    .grid(new float[] {0, 300, 595}, new float[] {0, 421, 842})
                    .text(100, 150, "Sideways");
            pdf = p.bytes();
        }
        List<ImportLine> lines = PdfLines.read("r.pdf", pdf);
        assertThat(lines).extracting(ImportLine::text).containsExactly("Sideways");
        assertThat(lines.get(0).cells()).isNull();
    }

    @Test
    void aPdfOfThreeHundredPagesIsReadOfMoreIsRefused() throws IOException {
        try (PdfPages p = new PdfPages()) {
            p.page().text(100, 150, "Text");
            for (int i = 1; i < PdfLines.MAX_PAGES; i++) {
                p.page();
            }
            assertThat(PdfLines.read("r.pdf", p.bytes())).hasSize(1);
            p.page();
            refused(p.bytes(), "import.too-large", "PDF 有 301 页，超过导入的上限 300 页");
        }
    }

    @Test
    void aFifthOfTheCharactersWithoutTextIsReadAQuarterIsRefused() throws IOException {
        try (PdfPages p = new PdfPages()) {
            p.page().text(p.garbled, 100, 150, "ABCX");
            assertThat(PdfLines.read("r.pdf", p.bytes()))
                    .extracting(ImportLine::text)
                    .containsExactly("ABC");
        }
        try (PdfPages p = new PdfPages()) {
            p.page().text(p.garbled, 100, 150, "ABX");
            refused(p.bytes(), "import.pdf-text", "乱码");
        }
    }

    @Test
    void aPdfWithoutTextIsRefusedAScanSaidToBeOne() throws IOException {
        try (PdfPages p = new PdfPages()) {
            p.page().grid(new float[] {100, 200}, new float[] {100, 200});
            refused(p.bytes(), "import.scanned", "没有文字");
        }
        try (PdfPages p = new PdfPages()) {
            p.page();
            p.out.drawImage(
                    LosslessFactory.createFromImage(p.doc, new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB)),
                    50,
                    500);
            refused(p.bytes(), "import.scanned", "扫描件");
        }
    }

    @Test
    void aDamagedPdfAndOneDrawingForEverAreRefused() throws IOException {
        refused("%PDF-1.4 nothing".getBytes(StandardCharsets.US_ASCII), "import.damaged", "损坏");
        try (PdfPages p = new PdfPages()) {
            p.page().text(100, 150, "Text");
            PDFormXObject empty = new PDFormXObject(p.doc);
            empty.setBBox(new PDRectangle(0, 0, 10, 10));
            for (long i = 0; i <= PdfBudget.MAX_FORMS; i++) {
                p.out.drawForm(empty);
            }
            refused(p.bytes(), "import.too-large", "绘制指令多得异常");
        }
    }
}
