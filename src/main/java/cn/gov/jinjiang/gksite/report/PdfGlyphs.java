package cn.gov.jinjiang.gksite.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The characters of one PDF page with their positions, as PDFBox's text extraction places them
 * (overprinted duplicates removed). Points from the top left of the page; {@code y} is the baseline.
 */
final class PdfGlyphs extends PDFTextStripper {
    /** One character: left edge, baseline, width, height (about the font size) and its text. */
    record Glyph(float x, float y, float w, float h, String text) {
        float cx() {
            return x + w / 2;
        }

        float cy() {
            return y - h / 2;
        }
    }

    private final PdfBudget budget;
    private final List<Glyph> glyphs = new ArrayList<>();
    private int unmapped;

    PdfGlyphs(PdfBudget budget) {
        this.budget = budget;
        setSortByPosition(true);
    }

    /** The glyphs of page {@code page} (1-based). */
    List<Glyph> read(PDDocument doc, int page) throws IOException {
        glyphs.clear();
        setStartPage(page);
        setEndPage(page);
        writeText(doc, Writer.nullWriter());
        return List.copyOf(glyphs);
    }

    /** How many characters had no Unicode text (a font without a ToUnicode map): unreadable text. */
    int unmapped() {
        return unmapped;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        for (TextPosition t : positions) {
            String u = t.getUnicode();
            // no text, or only replacement and private-use characters (an empty text is one too)
            if (u == null || u.chars().allMatch(c -> c == 0xFFFD || (c >= 0xE000 && c <= 0xF8FF))) {
                unmapped++;
                continue;
            }
            if (u.isBlank()) {
                continue;
            }
            float h = Math.max(t.getHeightDir(), t.getFontSizeInPt() * 0.7f);
            glyphs.add(
                    new Glyph(t.getXDirAdj(), t.getYDirAdj(), Math.max(t.getWidthDirAdj(), 0.1f), Math.max(h, 1f), u));
            budget.glyph();
        }
    }

    @Override
    public void showForm(PDFormXObject form) throws IOException {
        budget.form();
        super.showForm(form);
    }

    @Override
    public void showTransparencyGroup(PDTransparencyGroup group) throws IOException {
        budget.form();
        super.showTransparencyGroup(group);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        budget.operator();
        super.processOperator(operator, operands);
    }
}
