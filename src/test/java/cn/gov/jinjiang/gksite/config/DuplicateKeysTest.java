package cn.gov.jinjiang.gksite.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** Keys written twice in one mapping, found in SnakeYAML's node tree as YamlDoc composes it. */
class DuplicateKeysTest {

    private static List<String> found(int lineOffset, String yaml) {
        return DuplicateKeys.find("f.yaml", lineOffset, new Yaml().compose(new StringReader(yaml))).stream()
                .map(d -> d.code() + " " + d.pos() + " " + d.message() + " | " + d.hint())
                .toList();
    }

    @Test
    void aRepeatIsNamedAtItsPlaceWithTheFirstOnesLine() {
        assertThat(found(1, "title: 一\ndate: 2025-01-02\n  \ntitle: 二\n"))
                .containsExactly("yaml.duplicate-key f.yaml:5:1 键“title”重复：第 2 行第 1 列已经写过它，后写的值会悄悄覆盖前面的值。"
                        + " | 删除其中一行，或把两处的内容合并到第 2 行；两处都要保留时改用不同的键名。");
        assertThat(found(0, "a:\n  x: 1\n  y: 2\n  x: 3\n"))
                .singleElement()
                .asString()
                .startsWith("yaml.duplicate-key f.yaml:4:3 键“x”重复：第 2 行第 3 列已经写过它");
    }

    @Test
    void keysInsideComplexKeysAndListsAreLookedAt() {
        assertThat(found(0, "? {a: 1, a: 2}\n: x\nl:\n  - {b: 1, b: 2}\n"))
                .extracting(s -> s.substring(0, s.indexOf("重复") + 2))
                .containsExactlyInAnyOrder(
                        "yaml.duplicate-key f.yaml:1:10 键“a”重复", "yaml.duplicate-key f.yaml:4:12 键“b”重复");
    }

    @Test
    void mergeKeysComplexKeysAndDifferentKeysAreNoRepeats() {
        assertThat(found(0, "a: &a {x: 1}\nb: &b {y: 2}\nc:\n  <<: *a\n  <<: *b\n"))
                .isEmpty();
        assertThat(found(0, "? [k]\n: 1\n? [k]\n: 2\n")).isEmpty();
        assertThat(found(0, "a: 1\nb: 1\n")).isEmpty();
    }

    @Test
    void aSharedMappingIsReportedOnce() {
        assertThat(found(0, "base: &m {k: 1, k: 2}\nuses: [*m, *m]\n")).hasSize(1);
    }

    @Test
    void anEmptyDocumentHasNoRepeats() {
        assertThat(DuplicateKeys.find("f.yaml", 0, null)).isEmpty();
        List<Diagnostic> none = DuplicateKeys.find("f.yaml", 0, new Yaml().compose(new StringReader("")));
        assertThat(none).isEmpty();
    }
}
