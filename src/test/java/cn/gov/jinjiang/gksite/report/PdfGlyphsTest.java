package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;

/** The characters of a page with their boxes; blanks left out, characters without text counted apart. */
class PdfGlyphsTest {
    private static List<PdfGlyphs.Glyph> glyphs(PdfGlyphs reader, byte[] pdf, int page) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return reader.read(doc, page);
        }
    }

    @Test
    void eachCharacterWithItsBoxFromTheTopLeft() throws IOException {
        byte[] pdf;
        try (PdfPages p = new PdfPages()) {
            pdf = p.page().text(100, 150, "Ab c").page().text(50, 60, "i").bytes();
        }
        PdfGlyphs reader = new PdfGlyphs(new PdfBudget());
        List<PdfGlyphs.Glyph> one = glyphs(reader, pdf, 1);
        assertThat(one).extracting(PdfGlyphs.Glyph::text).containsExactly("A", "b", "c");
        PdfGlyphs.Glyph a = one.get(0);
        assertThat(a.x()).isCloseTo(100f, within(0.01f));
        assertThat(a.y()).isCloseTo(150f, within(0.01f));
        assertThat(a.w()).isCloseTo(6.67f, within(0.01f));
        assertThat(a.h()).isCloseTo(7f, within(0.3f));
        assertThat(a.cx()).isCloseTo(103.335f, within(0.01f));
        assertThat(a.cy()).isCloseTo(150 - a.h() / 2, within(0.001f));
        assertThat(one.get(2).x()).isCloseTo(100 + 6.67f + 5.56f + 2.78f, within(0.01f));
        assertThat(reader.unmapped()).isZero();
        List<PdfGlyphs.Glyph> two = glyphs(reader, pdf, 2);
        assertThat(two).extracting(PdfGlyphs.Glyph::text).containsExactly("i");
        assertThat(two.get(0).y()).isCloseTo(60f, within(0.01f));
    }

    @Test
    void charactersComeInReadingOrderHoweverDrawn() throws IOException {
        byte[] pdf;
        try (PdfPages p = new PdfPages()) {
            pdf = p.page()
                    .text(200, 150, "B")
                    .text(100, 150, "A")
                    .text(100, 100, "T")
                    .bytes();
        }
        assertThat(glyphs(new PdfGlyphs(new PdfBudget()), pdf, 1))
                .extracting(PdfGlyphs.Glyph::text)
                .containsExactly("T", "A", "B");
    }

    /** A page drawing a form (a transparency group if {@code group}) that writes "F". */
    private static byte[] withForm(boolean group) throws IOException {
        try (PdfPages p = new PdfPages()) {
            PDFormXObject form = new PDFormXObject(p.doc);
            form.setBBox(new PDRectangle(0, 0, 595, 842));
            PDResources resources = new PDResources();
            COSName font = resources.add(p.font);
            form.setResources(resources);
            if (group) {
                COSDictionary g = new COSDictionary();
                g.setItem(COSName.S, COSName.TRANSPARENCY);
                form.getCOSObject().setItem(COSName.GROUP, g);
            }
            try (OutputStream out = form.getCOSObject().createOutputStream()) {
                out.write(
                        ("BT /" + font.getName() + " 10 Tf 100 700 Td (F) Tj ET").getBytes(StandardCharsets.US_ASCII));
            }
            p.page().out.drawForm(form);
            return p.bytes();
        }
    }

    @Test
    void charactersDrawnInAFormCountEachFormAgainstTheBudget() throws IOException {
        for (boolean group : new boolean[] {false, true}) {
            byte[] pdf = withForm(group);
            assertThat(glyphs(new PdfGlyphs(new PdfBudget()), pdf, 1))
                    .extracting(PdfGlyphs.Glyph::text)
                    .containsExactly("F");
            PdfBudget budget = new PdfBudget();
            for (long i = 0; i < PdfBudget.MAX_FORMS; i++) {
                budget.form();
            }
            assertThatThrownBy(() -> glyphs(new PdfGlyphs(budget), pdf, 1)).isInstanceOf(PdfBudget.Exceeded.class);
        }
    }

    @Test
    void charactersWithoutTextAreCountedNotKept() throws IOException {
        byte[] pdf;
        try (PdfPages p = new PdfPages()) {
            pdf = p.page().text(p.garbled, 100, 150, "XAYZ WB").bytes();
        }
        PdfGlyphs reader = new PdfGlyphs(new PdfBudget());
        assertThat(glyphs(reader, pdf, 1)).extracting(PdfGlyphs.Glyph::text).containsExactly("A", "\uF900", "B");
        assertThat(reader.unmapped()).isEqualTo(3);
    }

    @Test
    void everyCharacterCountsAgainstTheBudget() throws IOException {
        byte[] pdf;
        try (PdfPages p = new PdfPages()) {
            pdf = p.page().text(100, 150, "A").bytes();
        }
        PdfBudget budget = new PdfBudget();
        for (long i = 1; i < PdfBudget.MAX_GLYPHS; i++) {
            budget.glyph();
        }
        PdfGlyphs reader = new PdfGlyphs(budget);
        assertThat(glyphs(reader, pdf, 1)).hasSize(1);
        assertThatThrownBy(() -> glyphs(reader, pdf, 1)).isInstanceOf(PdfBudget.Exceeded.class);
    }

    @Test
    void everyOperatorCountsAgainstTheBudget() throws IOException {
        byte[] pdf;
        try (PdfPages p = new PdfPages()) {
            pdf = p.page().text(100, 150, "A").bytes();
        }
        PdfBudget budget = new PdfBudget();
        for (long i = 0; i < PdfBudget.MAX_OPERATORS; i++) {
            budget.operator();
        }
        assertThatThrownBy(() -> glyphs(new PdfGlyphs(budget), pdf, 1)).isInstanceOf(PdfBudget.Exceeded.class);
    }
}
