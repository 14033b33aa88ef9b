package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CellMapTest {
    private static Cell cell(String raw) {
        return new Cell(raw, new BigDecimal(raw), new SourcePos("content/data.yaml", 1, 1));
    }

    @Test
    void aCellIsFoundByItsPartsAsByItsKeyAndTheOrderIsKept() {
        Map<String, Cell> given = new LinkedHashMap<>();
        given.put(AnnualReport.key("三", "本年新收", "自然人"), cell("3"));
        given.put(AnnualReport.key("二", "规章", "本年制发件数"), cell("1"));
        given.put(AnnualReport.key("三", "本年新收", "总计"), cell("5"));
        CellMap m = CellMap.of(given);

        assertThat(m).isEqualTo(given);
        assertThat(m.keySet()).containsExactlyElementsOf(given.keySet());
        for (Map.Entry<String, Cell> e : given.entrySet()) {
            String[] p = e.getKey().split("\\|");
            assertThat(m.get(p[0], p[1], p[2])).isSameAs(e.getValue());
            assertThat(m.get(e.getKey())).isSameAs(e.getValue());
        }
        assertThat(m.get("三", "本年新收", "其他")).isNull();
        assertThat(m.get("三", "上年结转", "自然人")).isNull();
        assertThat(m.get("四", "本年新收", "自然人")).isNull();
        assertThat(CellMap.of(m)).isSameAs(m);
    }

    @Test
    void aRowWithABarIsStillFoundAndAKeyOfFewerPartsByItsKeyOnly() {
        Map<String, Cell> given = new HashMap<>();
        Cell barred = cell("7");
        Cell odd = cell("8");
        given.put(AnnualReport.key("三", "a|b", "自然人"), barred);
        given.put("三|总计", odd);
        CellMap m = CellMap.of(given);
        assertThat(m.get("三", "a|b", "自然人")).isSameAs(barred);
        assertThat(m.get("三", "a", "自然人")).isNull();
        assertThat(m.get("三", "b", "自然人")).isNull();
        assertThat(m.get("三|总计")).isSameAs(odd);
        assertThat(m.get("三", "", "总计")).isNull();
        // an empty table is a part like any other
        CellMap empty = CellMap.of(Map.of("|a|b", odd));
        assertThat(empty.get("", "a", "b")).isSameAs(odd);
    }

    @Test
    void theMapIsACopyAndReadOnlyAndRefusesNulls() {
        Map<String, Cell> given = new HashMap<>();
        given.put("三|x|y", cell("1"));
        CellMap m = CellMap.of(given);
        given.put("三|x|z", cell("2"));
        assertThat(m).hasSize(1).doesNotContainKey("三|x|z");
        assertThat(m.get("三", "x", "z")).isNull();
        assertThatThrownBy(() -> m.put("三|x|z", cell("2"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.entrySet().clear()).isInstanceOf(UnsupportedOperationException.class);
        Map<String, Cell> withNull = new HashMap<>();
        withNull.put("三|x|y", null);
        assertThatThrownBy(() -> CellMap.of(withNull)).isInstanceOf(NullPointerException.class);
    }
}
