package cn.gov.jinjiang.gksite.report;

import static cn.gov.jinjiang.gksite.report.PdfGridTest.grid;
import static cn.gov.jinjiang.gksite.report.PdfGridTest.h;
import static cn.gov.jinjiang.gksite.report.PdfGridTest.v;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A page's glyphs and borders as lines: running text grouped by baseline with spaces at wide gaps, table
 * rows with their cells (a merged label carried down, a merged figure once), all top to bottom.
 */
class PdfPageTest {
    private static final List<PdfGrid.Rule> NO_RULES = List.of();

    private static PdfGlyphs.Glyph g(float x, float y, String text) {
        return new PdfGlyphs.Glyph(x, y, 6, 10, text);
    }

    /** A word set from {@code x} on baseline {@code y}, 6 wide and 10 high a character. */
    private static List<PdfGlyphs.Glyph> word(float x, float y, String text) {
        List<PdfGlyphs.Glyph> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            out.add(g(x + 6 * i, y, text.substring(i, i + 1)));
        }
        return out;
    }

    private static PdfPage.Line text(float top, String text, float x, float size) {
        return new PdfPage.Line(top, text, null, x, size, 0);
    }

    private static PdfPage.Line row(float top, float x, int number, String... cells) {
        return new PdfPage.Line(top, String.join("\t", cells), List.of(cells), x, 0, number);
    }

    @Test
    void runningTextIsGroupedByBaselineTopToBottomLeftToRight() {
        List<PdfGlyphs.Glyph> glyphs = new ArrayList<>();
        glyphs.addAll(word(40, 200, "low"));
        glyphs.add(new PdfGlyphs.Glyph(30, 100.5f, 6, 12, "T"));
        glyphs.addAll(word(36, 100, "op"));
        assertThat(PdfPage.lines(glyphs, NO_RULES))
                .containsExactly(text(88.5f, "Top", 30, 12), text(190, "low", 40, 10));
    }

    @Test
    void aBaselineWithinTwoFifthsOfTheSizeIsTheSameLine() {
        // glyphs 10 high: 4 below the line's first baseline is on it, 5 is a new line
        List<PdfGlyphs.Glyph> glyphs = List.of(g(0, 100, "a"), g(6, 104, "b"), g(12, 109, "c"));
        assertThat(PdfPage.lines(glyphs, NO_RULES))
                .extracting(PdfPage.Line::text)
                .containsExactly("ab", "c");
        // measured from the line's first baseline, not from the glyph before
        List<PdfGlyphs.Glyph> drifting = List.of(g(0, 100, "a"), g(6, 103, "b"), g(12, 106, "c"));
        assertThat(PdfPage.lines(drifting, NO_RULES))
                .extracting(PdfPage.Line::text)
                .containsExactly("ab", "c");
        // in any order
        List<PdfGlyphs.Glyph> mixed = List.of(g(6, 100, "b"), g(0, 200, "c"), g(0, 100, "a"));
        assertThat(PdfPage.lines(mixed, NO_RULES))
                .extracting(PdfPage.Line::text)
                .containsExactly("ab", "c");
        // tiny glyphs: a point apart is still one line
        List<PdfGlyphs.Glyph> tiny =
                List.of(new PdfGlyphs.Glyph(0, 50, 1, 1, "x"), new PdfGlyphs.Glyph(2, 51, 1, 1, "y"));
        assertThat(PdfPage.lines(tiny, NO_RULES)).extracting(PdfPage.Line::text).containsExactly("x y");
    }

    @Test
    void aGapWiderThanAThirdOfTheSizeIsASpace() {
        List<PdfGlyphs.Glyph> line = List.of(
                new PdfGlyphs.Glyph(0, 50, 10, 9, "a"),
                new PdfGlyphs.Glyph(13, 50, 10, 9, "b"),
                new PdfGlyphs.Glyph(26.5f, 50, 10, 9, "c"),
                new PdfGlyphs.Glyph(36.5f, 50, 10, 6, "d"));
        assertThat(PdfPage.words(line)).isEqualTo("ab cd");
        assertThat(PdfPage.words(List.of())).isEmpty();
    }

    @Test
    void tableRowsCarryAMergedLabelDownAndAMergedFigureOnce() {
        // 2 columns x 4 rows: the label merged over rows 0-1, the figure merged over rows 2-3
        List<PdfGrid.Rule> rules = new ArrayList<>();
        rules.add(h(100, 10, 110));
        rules.add(h(120, 60, 110));
        rules.add(h(140, 10, 110));
        rules.add(h(160, 10, 60));
        rules.add(h(180, 10, 110));
        rules.add(v(10, 100, 180));
        rules.add(v(60, 100, 180));
        rules.add(v(110, 100, 180));
        List<PdfGlyphs.Glyph> glyphs = new ArrayList<>();
        glyphs.addAll(word(20, 125, "Total"));
        glyphs.addAll(word(80, 115, "1"));
        glyphs.addAll(word(80, 135, "2"));
        glyphs.addAll(word(20, 155, "a"));
        glyphs.addAll(word(20, 175, "b"));
        glyphs.addAll(word(80, 165, "5"));
        glyphs.addAll(word(10, 60, "Above"));
        glyphs.addAll(word(10, 300, "Below"));
        assertThat(PdfPage.lines(glyphs, rules))
                .containsExactly(
                        text(50, "Above", 10, 10),
                        row(100, 10, 1, "Total", "1"),
                        row(120, 10, 2, "Total", "2"),
                        row(140, 10, 3, "a", "5"),
                        row(160, 10, 4, "b"),
                        text(290, "Below", 10, 10));
    }

    @Test
    void aBlankRowIsLeftOutAndNotCounted() {
        List<PdfGlyphs.Glyph> glyphs = new ArrayList<>();
        glyphs.addAll(word(2, 15, "x"));
        glyphs.addAll(word(2, 55, "y"));
        glyphs.addAll(word(42, 55, "3"));
        assertThat(PdfPage.lines(glyphs, grid(new float[] {0, 40, 80}, new float[] {0, 20, 40, 60})))
                .containsExactly(row(0, 0, 1, "x", ""), row(40, 0, 2, "y", "3"));
    }

    @Test
    void aGridRowWhereNoCellBeginsIsNoRow() {
        // a stub of a border at y = 40 on the right edge makes a grid line that no cell follows
        List<PdfGrid.Rule> rules = new ArrayList<>();
        rules.add(h(0, 0, 100));
        rules.add(h(20, 0, 100));
        rules.add(h(40, 100, 101.5f));
        rules.add(h(60, 0, 100));
        rules.add(v(0, 0, 60));
        rules.add(v(50, 0, 60));
        rules.add(v(100, 0, 60));
        List<PdfGlyphs.Glyph> glyphs = new ArrayList<>();
        glyphs.addAll(word(2, 15, "Item"));
        glyphs.addAll(word(60, 15, "7"));
        glyphs.addAll(word(2, 45, "Label"));
        glyphs.addAll(word(60, 45, "8"));
        assertThat(PdfPage.lines(glyphs, rules))
                .containsExactly(row(0, 0, 1, "Item", "7"), row(20, 0, 2, "Label", "8"));
    }

    @Test
    void aCellsWrappedLinesAreJoinedAndEachGlyphCountsInOneTableOnly() {
        // a small table drawn inside the big cell of another: the glyphs belong to the first (upper) table
        List<PdfGrid.Rule> rules = new ArrayList<>(grid(new float[] {0, 200}, new float[] {0, 200}));
        rules.addAll(grid(new float[] {50, 150}, new float[] {50, 150}));
        List<PdfGlyphs.Glyph> glyphs = new ArrayList<>();
        glyphs.addAll(word(60, 80, "信息公开"));
        glyphs.addAll(word(60, 95, "申请"));
        assertThat(PdfPage.lines(glyphs, rules)).containsExactly(row(0, 0, 1, "信息公开申请"));
    }
}
