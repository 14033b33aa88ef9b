package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A row of 表三 and the rows it spans in the printed table. */
class RowSpecTest {
    @Test
    void aGroupSpansItsLeaves() {
        RowSpec a = RowSpec.leaf("a", "1.甲");
        RowSpec b = RowSpec.leaf("b", "2.乙");
        RowSpec inner = RowSpec.group("g", "（一）组", a, b);
        RowSpec outer = RowSpec.group("o", "三、外", inner, RowSpec.leaf("c", "（二）丙"));
        assertThat(a.isLeaf()).isTrue();
        assertThat(a.span()).isEqualTo(1);
        assertThat(inner.isLeaf()).isFalse();
        assertThat(inner.span()).isEqualTo(2);
        assertThat(outer.span()).isEqualTo(3);
        assertThat(outer.children()).extracting(RowSpec::key).containsExactly("g", "c");
        List<RowSpec> list = new ArrayList<>(List.of(a));
        RowSpec copy = new RowSpec("k", "l", list);
        list.add(b);
        assertThat(copy.children()).containsExactly(a);
        assertThat(ReportFormat.forYear(2025).applicationRows().stream()
                        .mapToInt(RowSpec::span)
                        .sum())
                .isEqualTo(25);
    }
}
