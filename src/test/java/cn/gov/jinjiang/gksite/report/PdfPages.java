package cn.gov.jinjiang.gksite.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Small A4 PDFs in Helvetica for the PDF readers' tests: text at a point, cell borders, a font whose
 * ToUnicode map gives some letters no text (X: U+E000, Y: U+F8FF, W: U+FFFD, Z: U+F900 still text).
 */
final class PdfPages implements AutoCloseable {
    static final float HEIGHT = PDRectangle.A4.getHeight();
    final PDDocument doc = new PDDocument();
    final PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    final PDType1Font garbled = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    PDPageContentStream out;
    PDPage page;

    PdfPages() {
        try {
            COSStream cmap = doc.getDocument().createCOSStream();
            try (OutputStream w = cmap.createOutputStream()) {
                w.write(("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
                                + "/CMapName /Garbled def /CMapType 2 def\n"
                                + "1 begincodespacerange <00> <FF> endcodespacerange\n"
                                + "4 beginbfchar\n<58> <E000>\n<59> <F8FF>\n<57> <FFFD>\n<5A> <F900>\nendbfchar\n"
                                + "endcmap CMapName currentdict /CMap defineresource pop end end\n")
                        .getBytes(StandardCharsets.US_ASCII));
            }
            garbled.getCOSObject().setItem(COSName.TO_UNICODE, cmap);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PdfPages page() throws IOException {
        return page(0);
    }

    PdfPages page(int rotation) throws IOException {
        if (out != null) {
            out.close();
        }
        page = new PDPage(PDRectangle.A4);
        page.setRotation(rotation);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        return this;
    }

    /** Text in 10 pt Helvetica with its baseline {@code top} points from the top of the page. */
    PdfPages text(float x, float top, String s) throws IOException {
        return text(font, x, top, s);
    }

    PdfPages text(PDType1Font f, float x, float top, String s) throws IOException {
        out.beginText();
        out.setFont(f, 10);
        out.newLineAtOffset(x, HEIGHT - top);
        out.showText(s);
        out.endText();
        return this;
    }

    /** A grid of borders: a line at each x over the height, at each y (from the top) over the width. */
    PdfPages grid(float[] xs, float[] ys) throws IOException {
        for (float y : ys) {
            out.moveTo(xs[0], HEIGHT - y);
            out.lineTo(xs[xs.length - 1], HEIGHT - y);
        }
        for (float x : xs) {
            out.moveTo(x, HEIGHT - ys[0]);
            out.lineTo(x, HEIGHT - ys[ys.length - 1]);
        }
        out.stroke();
        return this;
    }

    byte[] bytes() throws IOException {
        out.close();
        out = null;
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        doc.save(b);
        return b.toByteArray();
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
