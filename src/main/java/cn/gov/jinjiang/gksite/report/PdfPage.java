package cn.gov.jinjiang.gksite.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One PDF page as lines, top to bottom: a table row is a line of cells (a merged label carried into
 * each row it spans, an empty cell a blank), any other text a line of running text, its words split by
 * the gaps between them.
 */
final class PdfPage {
    /**
     * A line of the page.
     *
     * @param top      its top, in points from the top of the page
     * @param text     its text (a row's cells joined by tabs)
     * @param cells    a table row's cells, or null
     * @param x        its left edge
     * @param size     its font size
     * @param tableRow the row's number in its table (1-based), 0 for running text
     */
    record Line(float top, String text, List<String> cells, float x, float size, int tableRow) {}

    private PdfPage() {}

    /** The lines of a page from its glyphs and border rules. */
    static List<Line> lines(List<PdfGlyphs.Glyph> glyphs, List<PdfGrid.Rule> rules) {
        List<PdfGrid.Table> tables = PdfGrid.tables(rules);
        List<List<List<PdfGlyphs.Glyph>>> inCells = new ArrayList<>();
        for (PdfGrid.Table t : tables) {
            List<List<PdfGlyphs.Glyph>> cells = new ArrayList<>();
            t.cells().forEach(c -> cells.add(new ArrayList<>()));
            inCells.add(cells);
        }
        List<PdfGlyphs.Glyph> free = new ArrayList<>();
        for (PdfGlyphs.Glyph g : glyphs) {
            boolean placed = false;
            for (int k = 0; k < tables.size() && !placed; k++) {
                int c = tables.get(k).cellAt(g.cx(), g.cy());
                if (c >= 0) {
                    inCells.get(k).get(c).add(g);
                    placed = true;
                }
            }
            if (!placed) {
                free.add(g);
            }
        }
        List<Line> out = new ArrayList<>();
        for (List<PdfGlyphs.Glyph> line : rows(free)) {
            out.add(new Line(top(line), words(line), null, line.get(0).x(), size(line), 0));
        }
        for (int k = 0; k < tables.size(); k++) {
            rowsOf(tables.get(k), inCells.get(k), out);
        }
        out.sort(Comparator.comparingDouble(Line::top));
        return out;
    }

    /** A table's rows: each grid row where a cell begins, with the cells covering it, left to right. */
    private static void rowsOf(PdfGrid.Table t, List<List<PdfGlyphs.Glyph>> glyphs, List<Line> out) {
        List<String> texts = new ArrayList<>();
        for (List<PdfGlyphs.Glyph> g : glyphs) {
            List<String> lines = new ArrayList<>();
            for (List<PdfGlyphs.Glyph> line : rows(g)) {
                lines.add(words(line));
            }
            texts.add(LabelText.joinWrapped(lines));
        }
        int number = 0;
        for (int j = 0; j < t.rows(); j++) {
            // left to right already: PdfGrid numbers the cells column by column
            List<Integer> covering = new ArrayList<>();
            boolean begins = false;
            for (int k = 0; k < t.cells().size(); k++) {
                PdfGrid.Cell c = t.cells().get(k);
                if (c.r0() <= j && j <= c.r1()) {
                    covering.add(k);
                    begins |= c.r0() == j;
                }
            }
            if (!begins) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (int k : covering) {
                PdfGrid.Cell c = t.cells().get(k);
                String text = texts.get(k);
                // a merged label carries into each row it spans; a merged figure counts once, in its first row
                if (c.r0() == j || !LabelText.split(text).label().isEmpty()) {
                    cells.add(text);
                }
            }
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            number++;
            out.add(new Line(t.ys()[j], String.join("\t", cells), cells, t.xs()[0], 0, number));
        }
    }

    /** Glyphs grouped into lines by their baselines, each line left to right, lines top to bottom. */
    static List<List<PdfGlyphs.Glyph>> rows(List<PdfGlyphs.Glyph> glyphs) {
        List<PdfGlyphs.Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(PdfGlyphs.Glyph::y).thenComparingDouble(PdfGlyphs.Glyph::x));
        List<List<PdfGlyphs.Glyph>> lines = new ArrayList<>();
        List<PdfGlyphs.Glyph> line = new ArrayList<>();
        float base = 0;
        for (PdfGlyphs.Glyph g : sorted) {
            if (!line.isEmpty() && Math.abs(g.y() - base) > Math.max(1f, 0.4f * g.h())) {
                lines.add(line);
                line = new ArrayList<>();
            }
            if (line.isEmpty()) {
                base = g.y();
            }
            line.add(g);
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        lines.forEach(l -> l.sort(Comparator.comparingDouble(PdfGlyphs.Glyph::x)));
        return lines;
    }

    /** A line's text, a space where the gap between two characters is wider than a third of the font size. */
    static String words(List<PdfGlyphs.Glyph> line) {
        StringBuilder sb = new StringBuilder();
        PdfGlyphs.Glyph prev = null;
        for (PdfGlyphs.Glyph g : line) {
            if (prev != null && g.x() - (prev.x() + prev.w()) > Math.max(prev.h(), g.h()) / 3) {
                sb.append(' ');
            }
            sb.append(g.text());
            prev = g;
        }
        return sb.toString();
    }

    private static float top(List<PdfGlyphs.Glyph> line) {
        float top = Float.MAX_VALUE;
        for (PdfGlyphs.Glyph g : line) {
            top = Math.min(top, g.y() - g.h());
        }
        return top;
    }

    private static float size(List<PdfGlyphs.Glyph> line) {
        float size = 0;
        for (PdfGlyphs.Glyph g : line) {
            size = Math.max(size, g.h());
        }
        return size;
    }
}
