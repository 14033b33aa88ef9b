package cn.gov.jinjiang.gksite.report;

import static cn.gov.jinjiang.gksite.report.PdfGridTest.h;
import static cn.gov.jinjiang.gksite.report.PdfGridTest.v;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;

/**
 * The borders drawn on a page: stroked lines and rectangle edges, thin filled rectangles (as Word draws
 * them), nothing else; in points from the top left of a page whose box starts at (10, 20), so a line
 * drawn at (110, 720) stands at (100, 100).
 */
class PdfRulesTest {
    /** Drawing on a page. */
    interface Draw {
        void on(PDPageContentStream s, PDDocument doc) throws IOException;
    }

    private static PdfRules engine;

    private static List<PdfGrid.Rule> rules(Draw draw) throws IOException {
        return rules(new PdfBudget(), draw);
    }

    private static List<PdfGrid.Rule> rules(PdfBudget budget, Draw draw) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(10, 20, 600, 800));
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                draw.on(s, doc);
            }
            engine = new PdfRules(page, budget);
            return engine.read();
        }
    }

    private static void line(PDPageContentStream s, float x0, float y0, float x1, float y1) throws IOException {
        s.moveTo(x0, y0);
        s.lineTo(x1, y1);
        s.stroke();
    }

    @Test
    void strokedLinesAreBordersEitherWay() throws IOException {
        assertThat(rules((s, d) -> {
                    line(s, 110, 720, 210, 720);
                    line(s, 210, 620, 110, 620);
                    line(s, 110, 720, 110, 620);
                    line(s, 310, 620, 310, 720);
                }))
                .containsExactly(h(100, 100, 200), h(200, 100, 200), v(100, 100, 200), v(300, 100, 200));
        assertThat(engine.images()).isZero();
    }

    @Test
    void aLineAPointAslantAndThreePointsLongIsABorderLessIsNot() throws IOException {
        assertThat(rules((s, d) -> {
                    line(s, 110, 720, 113, 721);
                    line(s, 110, 520, 111, 517);
                    line(s, 110, 420, 112.9f, 420);
                    line(s, 110, 320, 110, 317.1f);
                    line(s, 110, 220, 160, 221.5f);
                    line(s, 110, 220, 111.5f, 170);
                    line(s, 110, 120, 160, 170);
                }))
                .containsExactly(h(99.5f, 100, 103), v(100.5f, 300, 303));
    }

    @Test
    void aStrokedRectangleIsItsFourEdges() throws IOException {
        assertThat(rules((s, d) -> {
                    s.addRect(110, 620, 100, 100);
                    s.stroke();
                }))
                .containsExactly(h(100, 100, 200), h(200, 100, 200), v(100, 100, 200), v(200, 100, 200));
        assertThat(rules((s, d) -> {
                    s.addRect(110, 620, 100, 100);
                    s.fillAndStroke();
                }))
                .hasSize(4);
    }

    @Test
    void closingAPathDrawsItsLastSide() throws IOException {
        assertThat(rules((s, d) -> {
                    s.moveTo(110, 670);
                    s.lineTo(110, 620);
                    s.lineTo(210, 620);
                    s.lineTo(210, 670);
                    s.closeAndStroke();
                }))
                .containsExactly(v(100, 150, 200), h(200, 100, 200), v(200, 150, 200), h(150, 100, 200));
    }

    @Test
    void aLineAfterACurveStartsWhereTheCurveEnds() throws IOException {
        assertThat(rules((s, d) -> {
                    s.moveTo(110, 720);
                    s.curveTo(130, 760, 180, 760, 210, 720);
                    s.lineTo(310, 720);
                    s.curveTo1(330, 700, 350, 600);
                    s.lineTo(350, 500);
                    s.stroke();
                }))
                .containsExactly(h(100, 200, 300), v(340, 220, 320));
    }

    @Test
    void aClippingPathAndAPathEndedUnpaintedAreNoBorders() throws IOException {
        assertThat(rules((s, d) -> {
                    s.addRect(110, 620, 100, 100);
                    s.clip();
                    s.moveTo(110, 520);
                    s.lineTo(210, 520);
                    s.closePath();
                    s.addRect(110, 420, 100, 1);
                    s.clip();
                    line(s, 110, 320, 210, 320);
                }))
                .containsExactly(h(500, 100, 200));
    }

    @Test
    void aThinFilledRectangleIsABorderAlongItsMiddle() throws IOException {
        assertThat(rules((s, d) -> {
                    s.addRect(110, 700, 100, 2.5f);
                    s.fill();
                    s.addRect(300, 500, 2.5f, 3);
                    s.fill();
                    s.addRect(400, 500, 3, 2.5f);
                    s.addRect(450, 500, 2.5f, 2.5f);
                    s.addRect(500, 500, 2.6f, 50);
                    s.addRect(500, 400, 50, 2.6f);
                    s.addRect(110, 100, 200, 50);
                    s.fill();
                    line(s, 110, 720, 210, 720);
                }))
                .containsExactly(h(118.75f, 100, 200), v(291.25f, 317, 320), h(318.75f, 390, 393), h(100, 100, 200));
    }

    @Test
    void picturesAreCounted() throws IOException {
        rules((s, d) -> {
            BufferedImage img = new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB);
            s.drawImage(LosslessFactory.createFromImage(d, img), 50, 500);
            s.drawImage(LosslessFactory.createFromImage(d, img), 150, 500);
        });
        assertThat(engine.images()).isEqualTo(2);
    }

    private static PDFormXObject form(PDDocument doc, boolean group) throws IOException {
        PDFormXObject f = new PDFormXObject(doc);
        f.setBBox(new PDRectangle(0, 0, 600, 800));
        f.setResources(new PDResources());
        if (group) {
            COSDictionary g = new COSDictionary();
            g.setItem(COSName.S, COSName.TRANSPARENCY);
            f.getCOSObject().setItem(COSName.GROUP, g);
        }
        try (OutputStream out = f.getCOSObject().createOutputStream()) {
            out.write("110 720 m 210 720 l S".getBytes(StandardCharsets.US_ASCII));
        }
        return f;
    }

    @Test
    void bordersDrawnInAFormOrATransparencyGroupCount() throws IOException {
        assertThat(rules((s, d) -> s.drawForm(form(d, false)))).containsExactly(h(100, 100, 200));
        assertThat(rules((s, d) -> s.drawForm(form(d, true)))).containsExactly(h(100, 100, 200));
    }

    @Test
    void drawingPastTheBudgetIsStopped() throws IOException {
        PdfBudget forms = new PdfBudget();
        for (long i = 0; i < PdfBudget.MAX_FORMS; i++) {
            forms.form();
        }
        assertThat(rules(forms, (s, d) -> line(s, 110, 720, 210, 720))).hasSize(1);
        assertThatThrownBy(() -> rules(forms, (s, d) -> s.drawForm(form(d, false))))
                .isInstanceOf(PdfBudget.Exceeded.class);
        assertThatThrownBy(() -> rules(forms, (s, d) -> s.drawForm(form(d, true))))
                .isInstanceOf(PdfBudget.Exceeded.class);
        PdfBudget operators = new PdfBudget();
        for (long i = 0; i < PdfBudget.MAX_OPERATORS; i++) {
            operators.operator();
        }
        assertThatThrownBy(() -> rules(operators, (s, d) -> line(s, 110, 720, 210, 720)))
                .isInstanceOf(PdfBudget.Exceeded.class);
    }

    @Test
    void pastTwentyThousandLinesNoMoreAreKept() throws IOException {
        // 20 001 thin rectangles filled as one path: 20 000 kept; then one more border, and no more
        List<PdfGrid.Rule> filled = rules((s, d) -> {
            for (int i = 0; i <= 20000; i++) {
                s.addRect(110, 700, 100, 1);
            }
            s.fill();
            s.addRect(110, 600, 100, 1);
            s.addRect(110, 500, 100, 1);
            s.fill();
            line(s, 110, 400, 210, 400);
        });
        assertThat(filled).hasSize(20001).endsWith(h(219.5f, 100, 200));
        List<PdfGrid.Rule> stroked = rules((s, d) -> {
            for (int i = 0; i <= 20000; i++) {
                s.moveTo(110, 500);
                s.lineTo(210, 500);
            }
            s.stroke();
            s.addRect(110, 600, 100, 100);
            s.stroke();
        });
        assertThat(stroked).hasSize(20001).endsWith(h(120, 100, 200));
        List<PdfGrid.Rule> edges = rules((s, d) -> {
            for (int i = 0; i < 6000; i++) {
                s.addRect(110, 600, 100, 100);
            }
            s.stroke();
        });
        assertThat(edges).hasSize(20001);
    }
}
