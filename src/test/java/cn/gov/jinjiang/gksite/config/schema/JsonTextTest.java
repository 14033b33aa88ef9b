package cn.gov.jinjiang.gksite.config.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A JSON tree as indented text: sorted keys, plain lists on one line, each scalar in its JSON form. */
class JsonTextTest {
    @Test
    void keysAreSortedAndNestedValuesIndented() {
        Map<String, Object> inner = new HashMap<>();
        inner.put("z", 1);
        inner.put("a", "甲\"乙");
        Map<String, Object> tree = new HashMap<>();
        tree.put("b", inner);
        tree.put("a", true);
        tree.put("c", Map.of());
        assertThat(JsonText.write(tree)).isEqualTo("""
                {
                  "a": true,
                  "b": {
                    "a": "甲\\"乙",
                    "z": 1
                  },
                  "c": {}
                }
                """);
    }

    @Test
    void aListOfPlainValuesStaysOnOneLine() {
        List<Object> plain = Arrays.asList(null, false, 7L, new BigDecimal("99.999999"), new BigDecimal("1E+3"), "x");
        assertThat(JsonText.write(plain)).isEqualTo("[null, false, 7, 99.999999, 1000, \"x\"]\n");
        assertThat(JsonText.write(List.of())).isEqualTo("[]\n");
        assertThat(JsonText.write(List.of("a"))).isEqualTo("[\"a\"]\n");
    }

    @Test
    void aListHoldingAMappingOrAListIsOneItemALine() {
        assertThat(JsonText.write(List.of(Map.of("a", 1), List.of(2, 3), "b"))).isEqualTo("""
                [
                  {
                    "a": 1
                  },
                  [2, 3],
                  "b"
                ]
                """);
        assertThat(JsonText.write(List.of(Map.of(), Map.of()))).isEqualTo("[\n  {},\n  {}\n]\n");
        assertThat(JsonText.write(Map.of("k", List.of(List.of())))).isEqualTo("""
                {
                  "k": [
                    []
                  ]
                }
                """);
    }

    @Test
    void aValueJsonHasNoFormForIsADefectOfGksite() {
        assertThatThrownBy(() -> JsonText.write(List.of(1.5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Double");
        assertThatThrownBy(() -> JsonText.write('c')).isInstanceOf(IllegalArgumentException.class);
    }
}
