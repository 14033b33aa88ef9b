package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tables rebuilt from border rules: the grid lines, the cells (merged where no border is drawn between
 * two units), which cell a point falls in, and the limits beyond which a page is read as text.
 */
class PdfGridTest {
    static PdfGrid.Rule h(float y, float x0, float x1) {
        return new PdfGrid.Rule(true, y, x0, x1);
    }

    static PdfGrid.Rule v(float x, float y0, float y1) {
        return new PdfGrid.Rule(false, x, y0, y1);
    }

    /** A full grid: a vertical rule at each x over the height, a horizontal one at each y over the width. */
    static List<PdfGrid.Rule> grid(float[] xs, float[] ys) {
        List<PdfGrid.Rule> rules = new ArrayList<>();
        for (float y : ys) {
            rules.add(h(y, xs[0], xs[xs.length - 1]));
        }
        for (float x : xs) {
            rules.add(v(x, ys[0], ys[ys.length - 1]));
        }
        return rules;
    }

    private static PdfGrid.Cell cell(int c0, int c1, int r0, int r1, float x0, float x1, float y0, float y1) {
        return new PdfGrid.Cell(c0, c1, r0, r1, x0, x1, y0, y1);
    }

    @Test
    void aFullGridIsOneCellPerUnitWithItsBox() {
        List<PdfGrid.Table> tables = PdfGrid.tables(grid(new float[] {10, 50, 90}, new float[] {100, 130, 160}));
        assertThat(tables).hasSize(1);
        PdfGrid.Table t = tables.get(0);
        assertThat(t.xs()).containsExactly(10, 50, 90);
        assertThat(t.ys()).containsExactly(100, 130, 160);
        assertThat(t.rows()).isEqualTo(2);
        assertThat(t.cells())
                .containsExactly(
                        cell(0, 0, 0, 0, 10, 50, 100, 130),
                        cell(0, 0, 1, 1, 10, 50, 130, 160),
                        cell(1, 1, 0, 0, 50, 90, 100, 130),
                        cell(1, 1, 1, 1, 50, 90, 130, 160));
        assertThat(t.cellAt(20, 110)).isZero();
        assertThat(t.cellAt(20, 140)).isEqualTo(1);
        assertThat(t.cellAt(60, 110)).isEqualTo(2);
        assertThat(t.cellAt(89, 159)).isEqualTo(3);
        // on the last lines: still the last cell; beyond them: none
        assertThat(t.cellAt(90, 160)).isEqualTo(3);
        assertThat(t.cellAt(10, 100)).isZero();
        assertThat(t.cellAt(50, 130)).isEqualTo(3);
        assertThat(t.cellAt(9.9f, 110)).isEqualTo(-1);
        assertThat(t.cellAt(90.1f, 110)).isEqualTo(-1);
        assertThat(t.cellAt(20, 99.9f)).isEqualTo(-1);
        assertThat(t.cellAt(20, 160.1f)).isEqualTo(-1);
    }

    @Test
    void aSingleCellIsATable() {
        List<PdfGrid.Table> tables = PdfGrid.tables(grid(new float[] {0, 40}, new float[] {0, 20}));
        assertThat(tables)
                .singleElement()
                .satisfies(t -> assertThat(t.cells()).containsExactly(cell(0, 0, 0, 0, 0, 40, 0, 20)));
    }

    @Test
    void rulesThatCrossNothingOrOnlyOneWayAreNoTable() {
        // one vertical crossing two horizontals: a single column line, no cell
        assertThat(PdfGrid.tables(List.of(h(0, 0, 100), h(50, 0, 100), v(50, -10, 60))))
                .isEmpty();
        // parallel rules only
        assertThat(PdfGrid.tables(List.of(h(0, 0, 100), h(50, 0, 100), h(80, 0, 100))))
                .isEmpty();
        // one horizontal crossing two verticals: a single row line, no cell
        assertThat(PdfGrid.tables(List.of(h(0, 0, 100), v(10, -10, 10), v(90, -10, 10))))
                .isEmpty();
        assertThat(PdfGrid.tables(List.of())).isEmpty();
    }

    @Test
    void tablesSideBySideAreTwoTheOneStartingHigherFirst() {
        // the right table starts higher but ends lower; its borders reach the left one's rows but do not cross them
        List<PdfGrid.Rule> rules = new ArrayList<>(grid(new float[] {0, 50, 100}, new float[] {10, 30, 50}));
        rules.addAll(grid(new float[] {200, 300}, new float[] {0, 100}));
        List<PdfGrid.Table> tables = PdfGrid.tables(rules);
        assertThat(tables).hasSize(2);
        assertThat(tables.get(0).xs()).containsExactly(200, 300);
        assertThat(tables.get(0).ys()).containsExactly(0, 100);
        assertThat(tables.get(1).xs()).containsExactly(0, 50, 100);
        assertThat(tables.get(1).ys()).containsExactly(10, 30, 50);
    }

    @Test
    void aBorderDrawnInTwoPiecesWithAGapIsOneGridLine() {
        // the row border at y = 20 is missing under the middle column: that cell is merged down
        List<PdfGrid.Rule> rules = new ArrayList<>();
        rules.add(h(0, 0, 90));
        rules.add(h(20, 0, 30));
        rules.add(h(20, 60, 90));
        rules.add(h(40, 0, 90));
        for (float x : new float[] {0, 30, 60, 90}) {
            rules.add(v(x, 0, 40));
        }
        PdfGrid.Table t = PdfGrid.tables(rules).get(0);
        assertThat(t.ys()).containsExactly(0, 20, 40);
        assertThat(t.cells()).hasSize(5).contains(cell(1, 1, 0, 1, 30, 60, 0, 40));
    }

    @Test
    void aMissingBorderMergesCellsAcrossAndDown() {
        // 3 columns x 3 rows; the first column merged down over the three rows; the last row merged across
        // columns 1 and 2
        List<PdfGrid.Rule> rules = new ArrayList<>();
        rules.add(h(0, 0, 90));
        rules.add(h(20, 30, 90));
        rules.add(h(40, 30, 90));
        rules.add(h(60, 0, 90));
        rules.add(v(0, 0, 60));
        rules.add(v(30, 0, 60));
        rules.add(v(60, 0, 40));
        rules.add(v(90, 0, 60));
        PdfGrid.Table t = PdfGrid.tables(rules).get(0);
        assertThat(t.cells())
                .containsExactly(
                        cell(0, 0, 0, 2, 0, 30, 0, 60),
                        cell(1, 1, 0, 0, 30, 60, 0, 20),
                        cell(1, 1, 1, 1, 30, 60, 20, 40),
                        cell(1, 2, 2, 2, 30, 90, 40, 60),
                        cell(2, 2, 0, 0, 60, 90, 0, 20),
                        cell(2, 2, 1, 1, 60, 90, 20, 40));
        assertThat(t.cellAt(5, 55)).isZero();
        assertThat(t.cellAt(80, 50)).isEqualTo(3);
        assertThat(t.unitCell()[2][2]).isEqualTo(3);
    }

    @Test
    void aVerticalRuleIsNoBorderOfARowAndAHorizontalOneNoBorderOfAColumn() {
        // the right column merged down: a vertical rule lies where the row border would be (x = y = 30)
        // and a horizontal one where a column border would be (x = y = 70): neither counts the other way
        List<PdfGrid.Rule> rules = new ArrayList<>();
        rules.add(h(0, 0, 100));
        rules.add(h(30, 0, 30));
        rules.add(h(70, 0, 100));
        rules.add(h(100, 0, 100));
        rules.add(v(0, 0, 100));
        rules.add(v(30, 0, 100));
        rules.add(v(70, 70, 100));
        rules.add(v(100, 0, 100));
        PdfGrid.Table t = PdfGrid.tables(rules).get(0);
        assertThat(t.xs()).containsExactly(0, 30, 70, 100);
        assertThat(t.ys()).containsExactly(0, 30, 70, 100);
        assertThat(t.cells())
                .containsExactly(
                        cell(0, 0, 0, 0, 0, 30, 0, 30),
                        cell(0, 0, 1, 1, 0, 30, 30, 70),
                        cell(0, 0, 2, 2, 0, 30, 70, 100),
                        cell(1, 2, 0, 1, 30, 100, 0, 70),
                        cell(1, 1, 2, 2, 30, 70, 70, 100),
                        cell(2, 2, 2, 2, 70, 100, 70, 100));
    }

    @Test
    void outerBordersThatStopShortLeaveTheUnitsBeyondOpen() {
        // the right border covers only the top row, the bottom border only the left column
        List<PdfGrid.Rule> rules =
                List.of(h(0, 0, 100), h(30, 0, 100), h(60, 0, 50), v(0, 0, 60), v(50, 0, 60), v(100, 0, 30));
        PdfGrid.Table t = PdfGrid.tables(rules).get(0);
        assertThat(t.cells())
                .containsExactly(
                        cell(0, 0, 0, 0, 0, 50, 0, 30),
                        cell(0, 0, 1, 1, 0, 50, 30, 60),
                        cell(1, 1, 0, 0, 50, 100, 0, 30),
                        cell(1, 1, 1, 1, 50, 100, 30, 60));
        List<PdfGrid.Rule> bottom =
                List.of(h(0, 0, 100), h(30, 0, 100), h(60, 0, 50), v(0, 0, 60), v(50, 0, 60), v(100, 0, 60));
        assertThat(PdfGrid.tables(bottom).get(0).cells()).hasSize(4);
        List<PdfGrid.Rule> right =
                List.of(h(0, 0, 100), h(30, 0, 100), h(60, 0, 100), v(0, 0, 60), v(50, 0, 60), v(100, 0, 30));
        assertThat(PdfGrid.tables(right).get(0).cells()).hasSize(4);
    }

    @Test
    void separateTablesComeTopToBottomHoweverTheRulesAreGiven() {
        List<PdfGrid.Rule> rules = new ArrayList<>(grid(new float[] {0, 50, 100}, new float[] {300, 320, 340}));
        rules.addAll(grid(new float[] {0, 100}, new float[] {60, 90}));
        rules.addAll(grid(new float[] {0, 40, 100}, new float[] {0, 20, 50}));
        List<PdfGrid.Table> tables = PdfGrid.tables(rules);
        assertThat(tables).extracting(t -> t.ys()[0]).containsExactly(0f, 60f, 300f);
        assertThat(tables).extracting(t -> t.cells().size()).containsExactly(4, 1, 4);
        assertThat(tables.get(1).xs()).containsExactly(0, 100);
    }

    @Test
    void borderLinesDrawnInPiecesAreJoined() {
        // Word draws each cell's border apart: pieces end to end, a little apart, a little off the line
        List<PdfGrid.Rule> rules =
                List.of(h(100, 50, 100), v(10, 0, 40), h(102, 0, 48), h(100, 150, 200), h(100, 101, 147.5f));
        assertThat(PdfGrid.merge(rules)).containsExactly(v(10, 0, 40), h(100, 0, 147.5f), h(100, 150, 200));
        // 2 apart joins, more does not
        assertThat(PdfGrid.merge(List.of(h(0, 0, 10), h(0, 12, 20)))).containsExactly(h(0, 0, 20));
        assertThat(PdfGrid.merge(List.of(h(0, 0, 10), h(0, 11, 20)))).containsExactly(h(0, 0, 20));
        assertThat(PdfGrid.merge(List.of(h(0, 0, 10), h(0, 12.5f, 20)))).containsExactly(h(0, 0, 10), h(0, 12.5f, 20));
        assertThat(PdfGrid.merge(List.of(h(0, 0, 30), h(0, 5, 10)))).containsExactly(h(0, 0, 30));
        // lines 2 apart are one, more apart two
        assertThat(PdfGrid.merge(List.of(h(0, 0, 10), h(2, 20, 30)))).containsExactly(h(0, 0, 10), h(0, 20, 30));
        assertThat(PdfGrid.merge(List.of(h(0, 0, 10), h(2.5f, 0, 10)))).containsExactly(h(0, 0, 10), h(2.5f, 0, 10));
        assertThat(PdfGrid.merge(List.of(v(0, 0, 10), h(0, 0, 10)))).containsExactly(v(0, 0, 10), h(0, 0, 10));
        assertThat(PdfGrid.merge(List.of())).isEmpty();
    }

    @Test
    void aRuleCoversTwoPointsBeyondItsEnds() {
        assertThat(h(0, 10, 20).covers(8)).isTrue();
        assertThat(h(0, 10, 20).covers(7.9f)).isFalse();
        assertThat(h(0, 10, 20).covers(22)).isTrue();
        assertThat(h(0, 10, 20).covers(22.1f)).isFalse();
    }

    @Test
    void aPageOfMoreThanTwoThousandBordersIsNoTable() {
        // 500 separate single-cell tables: 2000 borders
        List<PdfGrid.Rule> rules = new ArrayList<>();
        for (int k = 0; k < 500; k++) {
            rules.addAll(grid(new float[] {0, 10}, new float[] {k * 20, k * 20 + 10}));
        }
        assertThat(PdfGrid.tables(rules)).hasSize(500);
        rules.add(h(20000, 0, 10));
        assertThat(PdfGrid.tables(rules)).isEmpty();
    }

    @Test
    void aPageOfMoreThanTwentyThousandRulesDrawnIsNoTable() {
        // the same four borders drawn over and over join into one table, up to a point
        List<PdfGrid.Rule> rules = new ArrayList<>();
        List<PdfGrid.Rule> cell = grid(new float[] {0, 10}, new float[] {0, 10});
        while (rules.size() < 20000) {
            rules.addAll(cell);
        }
        assertThat(PdfGrid.tables(rules)).hasSize(1);
        rules.add(cell.get(0));
        assertThat(PdfGrid.tables(rules)).isEmpty();
    }

    @Test
    void aTableOfMoreThanTwentyThousandGridPointsIsNone() {
        assertThat(PdfGrid.tables(grid(steps(100), steps(200)))).hasSize(1);
        assertThat(PdfGrid.tables(grid(steps(100), steps(201)))).isEmpty();
    }

    private static float[] steps(int n) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = i * 5;
        }
        return a;
    }
}
