package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A line of an imported report: running text, or a row whose cells are known. */
class ImportLineTest {
    @Test
    void runningTextHasNoCellsAndNoWordsForItsPlace() {
        ImportLine l = ImportLine.text(12, 5, "行政许可 1 2");
        assertThat(l.line()).isEqualTo(12);
        assertThat(l.column()).isEqualTo(5);
        assertThat(l.text()).isEqualTo("行政许可 1 2");
        assertThat(l.cells()).isNull();
        assertThat(l.positional()).isFalse();
        assertThat(l.where()).isEmpty();
        assertThat(new ImportLine(1, 1, "x", null, null).where()).isEmpty();
    }

    @Test
    void aRowIsItsCellsJoinedByTabsAndKeepsItsEmptyCells() {
        List<String> cells = new ArrayList<>(Arrays.asList("行政许可", "", "7"));
        ImportLine l = ImportLine.row(3, 1, cells, "第 2 张表格第 5 行");
        assertThat(l.text()).isEqualTo("行政许可\t\t7");
        assertThat(l.cells()).containsExactly("行政许可", "", "7");
        assertThat(l.positional()).isTrue();
        assertThat(l.where()).isEqualTo("第 2 张表格第 5 行");
        assertThat(ImportLine.row(1, 1, List.of(), "").positional()).isTrue();
    }

    @Test
    void theCellsAreTheLinesOwnAndCannotBeChanged() {
        List<String> cells = new ArrayList<>(List.of("a", "1"));
        ImportLine l = new ImportLine(1, 1, "a\t1", cells, "");
        cells.set(1, "2");
        assertThat(l.cells()).containsExactly("a", "1");
        assertThatThrownBy(() -> l.cells().add("3")).isInstanceOf(UnsupportedOperationException.class);
        // a blank cell may be null in a caller's list: it stays a position
        assertThat(new ImportLine(1, 1, "", Arrays.asList("a", null), "").cells())
                .containsExactly("a", null);
    }
}
