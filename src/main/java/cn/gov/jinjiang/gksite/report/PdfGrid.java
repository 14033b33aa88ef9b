package cn.gov.jinjiang.gksite.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The tables of a PDF page, rebuilt from the lines drawn for their borders: the rules that cross each
 * other form a table; the rule positions cut it into a grid; two neighbouring grid units whose shared
 * edge has no rule drawn are one merged cell. So a label merged down over 22 rows, or across two
 * columns, is one cell, as in the Word document the PDF was made from. Coordinates are in points from
 * the top left of the page.
 */
final class PdfGrid {
    private static final float TOLERANCE = 2f;
    /** More rules than this on a page is no report table: the page is read as text (bounds the work). */
    static final int MAX_RULES = 2000;

    private static final int MAX_UNITS = 20000;

    /** A border line: horizontal at {@code pos} from {@code from} to {@code to} along x, or vertical. */
    record Rule(boolean horizontal, float pos, float from, float to) {
        boolean covers(float at) {
            return at >= from - TOLERANCE && at <= to + TOLERANCE;
        }
    }

    /** A cell: its columns and rows in the grid (inclusive) and its box. */
    record Cell(int c0, int c1, int r0, int r1, float x0, float x1, float y0, float y1) {}

    /** One table: grid lines, cells, and the cell of each grid unit. */
    record Table(float[] xs, float[] ys, List<Cell> cells, int[][] unitCell) {
        /** The index of the cell holding the point, or -1 outside the table. */
        int cellAt(float x, float y) {
            int i = slot(xs, x);
            int j = slot(ys, y);
            return i < 0 || j < 0 ? -1 : unitCell[i][j];
        }

        int rows() {
            return ys.length - 1;
        }

        private static int slot(float[] lines, float v) {
            if (v < lines[0] || v > lines[lines.length - 1]) {
                return -1;
            }
            int k = Arrays.binarySearch(lines, v);
            int i = k >= 0 ? k : -k - 2;
            return Math.min(Math.max(i, 0), lines.length - 2);
        }
    }

    private PdfGrid() {}

    /** The tables formed by {@code rules} (each with at least two rules each way). */
    static List<Table> tables(List<Rule> rules) {
        if (rules.size() > MAX_RULES * 10) {
            return List.of();
        }
        List<Rule> merged = merge(rules);
        int n = merged.size();
        if (n > MAX_RULES) {
            return List.of();
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                // a horizontal and a vertical rule cross where each covers the other's position
                Rule r = merged.get(a);
                Rule s = merged.get(b);
                if (r.horizontal() != s.horizontal() && r.covers(s.pos()) && s.covers(r.pos())) {
                    union(parent, a, b);
                }
            }
        }
        List<Table> out = new ArrayList<>();
        for (int root = 0; root < n; root++) {
            List<Rule> part = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (find(parent, i) == root) {
                    part.add(merged.get(i));
                }
            }
            Table t = table(part);
            if (t != null) {
                out.add(t);
            }
        }
        out.sort(Comparator.comparingDouble(t -> t.ys()[0]));
        return out;
    }

    private static Table table(List<Rule> rules) {
        float[] xs = positions(rules, false);
        float[] ys = positions(rules, true);
        if (xs.length < 2 || ys.length < 2 || (long) xs.length * ys.length > MAX_UNITS) {
            return null;
        }
        int nx = xs.length - 1;
        int ny = ys.length - 1;
        int[] parent = new int[nx * ny];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                float xm = (xs[i] + xs[i + 1]) / 2;
                float ym = (ys[j] + ys[j + 1]) / 2;
                if (i + 1 < nx && !ruled(rules, false, xs[i + 1], ym)) {
                    union(parent, i * ny + j, (i + 1) * ny + j);
                }
                if (j + 1 < ny && !ruled(rules, true, ys[j + 1], xm)) {
                    union(parent, i * ny + j, i * ny + j + 1);
                }
            }
        }
        List<Cell> cells = new ArrayList<>();
        int[][] unitCell = new int[nx][ny];
        int[] cellOfRoot = new int[parent.length];
        Arrays.fill(cellOfRoot, -1);
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                int r = find(parent, i * ny + j);
                if (cellOfRoot[r] < 0) {
                    cellOfRoot[r] = cells.size();
                    cells.add(new Cell(i, i, j, j, 0, 0, 0, 0));
                }
                Cell c = cells.get(cellOfRoot[r]);
                cells.set(
                        cellOfRoot[r],
                        new Cell(
                                Math.min(c.c0(), i),
                                Math.max(c.c1(), i),
                                Math.min(c.r0(), j),
                                Math.max(c.r1(), j),
                                0,
                                0,
                                0,
                                0));
                unitCell[i][j] = cellOfRoot[r];
            }
        }
        cells.replaceAll(
                c -> new Cell(c.c0(), c.c1(), c.r0(), c.r1(), xs[c.c0()], xs[c.c1() + 1], ys[c.r0()], ys[c.r1() + 1]));
        return new Table(xs, ys, List.copyOf(cells), unitCell);
    }

    /** Whether a rule runs along {@code pos} (horizontal or not) through {@code at} on the other axis. */
    private static boolean ruled(List<Rule> rules, boolean horizontal, float pos, float at) {
        for (Rule r : rules) {
            if (r.horizontal() == horizontal && Math.abs(r.pos() - pos) <= TOLERANCE && r.covers(at)) {
                return true;
            }
        }
        return false;
    }

    /** The distinct positions of the rules one way, close ones taken as one. */
    private static float[] positions(List<Rule> rules, boolean horizontal) {
        List<Float> all = new ArrayList<>();
        for (Rule r : rules) {
            if (r.horizontal() == horizontal) {
                all.add(r.pos());
            }
        }
        // already in order: the rules come from merge(), sorted by position
        List<Float> out = new ArrayList<>();
        for (float p : all) {
            if (out.isEmpty() || p - out.get(out.size() - 1) > TOLERANCE) {
                out.add(p);
            }
        }
        float[] arr = new float[out.size()];
        for (int i = 0; i < arr.length; i++) {
            arr[i] = out.get(i);
        }
        return arr;
    }

    /** Collinear rules that touch or overlap joined into one (Word draws each cell's border apart). */
    static List<Rule> merge(List<Rule> rules) {
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing(Rule::horizontal).thenComparingDouble(Rule::pos));
        List<Rule> out = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            // the rules along one line: positions within the tolerance of the first
            Rule first = sorted.get(i);
            int j = i;
            while (j < sorted.size()
                    && sorted.get(j).horizontal() == first.horizontal()
                    && sorted.get(j).pos() - first.pos() <= TOLERANCE) {
                j++;
            }
            List<Rule> line = new ArrayList<>(sorted.subList(i, j));
            line.sort(Comparator.comparingDouble(Rule::from));
            Rule open = null;
            for (Rule r : line) {
                if (open != null && r.from() <= open.to() + TOLERANCE) {
                    open = new Rule(open.horizontal(), open.pos(), open.from(), Math.max(open.to(), r.to()));
                } else {
                    if (open != null) {
                        out.add(open);
                    }
                    open = new Rule(r.horizontal(), first.pos(), r.from(), r.to());
                }
            }
            out.add(open);
            i = j;
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
