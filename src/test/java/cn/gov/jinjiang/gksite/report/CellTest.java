package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The ways a report leaves a cell blank, and what is a figure. */
class CellTest {
    @Test
    void theMarksOfABlankCellAreBlank() {
        for (String s : new String[] {
            "", " ", "\u00A0", "\u3000", "/", "-", "—", "－", "／", "——", "--", "–", " / ", "\u3000-\u00A0"
        }) {
            assertThat(Cell.isPlaceholder(s)).as("“%s”", s).isTrue();
            assertThat(new Cell(s, null, SourcePos.of("d")).isBlank()).isTrue();
        }
        for (String s : new String[] {"0", "-1", "/ /", "---", "无", "0.0"}) {
            assertThat(Cell.isPlaceholder(s)).as("“%s”", s).isFalse();
            assertThat(new Cell(s, null, SourcePos.of("d")).isBlank()).isFalse();
        }
    }

    @Test
    void aCellHasAValueOnlyWhenItWasRead() {
        assertThat(new Cell("3", BigDecimal.valueOf(3), SourcePos.of("d")).hasValue())
                .isTrue();
        assertThat(new Cell("x", null, SourcePos.of("d")).hasValue()).isFalse();
        assertThatThrownBy(() -> new Cell(null, null, SourcePos.of("d"))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Cell("", null, null)).isInstanceOf(NullPointerException.class);
    }
}
