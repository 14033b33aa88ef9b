package cn.gov.jinjiang.gksite.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/** A mapping read against its known keys: unknown keys and values of the wrong kind at their own place. */
class YamlMapTest {
    private static final List<String> KNOWN = List.of("title", "description", "menu");

    private final Diagnostics diags = new Diagnostics();

    private YamlMap read(String yaml, List<String> known) {
        YamlDoc doc = YamlDoc.parse("site.yaml", 1, yaml);
        return YamlMap.read(doc, doc.root().orElse(null), "site.yaml", known, "site", diags);
    }

    private static String shown(Diagnostic d) {
        return d.severity() + " " + d.code() + " " + d.pos() + " " + d.message() + " | " + d.hint();
    }

    @Test
    void valuesAndTheirPlacesAreRead() {
        YamlMap m = read("title: 标题\nmenu:\n  - a\n", KNOWN);
        assertThat(m.has("title")).isTrue();
        assertThat(m.has("description")).isFalse();
        assertThat(m.string("title", "无", "site")).isEqualTo("标题");
        assertThat(m.string("description", "无", "site")).isEqualTo("无");
        assertThat(m.node("title"))
                .hasValueSatisfying(n -> assertThat(YamlDoc.text(n)).isEqualTo("标题"));
        assertThat(m.node("description")).isEmpty();
        // each key's value and key; an absent key is placed at the document's start
        assertThat(KNOWN.stream().map(k -> k + " " + m.pos(k) + " " + m.keyPos(k)))
                .containsExactly(
                        "title site.yaml:2:8 site.yaml:2:1",
                        "description site.yaml:2:1 site.yaml:2:1",
                        "menu site.yaml:4:3 site.yaml:3:1");
        assertThat(m.entries().keySet()).containsExactly("title", "menu");
        assertThat(m.doc().file()).isEqualTo("site.yaml");
        assertThat(diags.sorted()).isEmpty();
    }

    @Test
    void aListOrMappingWhereTextBelongsIsAnErrorAndTheFallbackIsUsed() {
        YamlMap m = read("title:\n  - a\n", KNOWN);
        assertThat(m.string("title", "无", "site.title")).isEqualTo("无");
        assertThat(diags.sorted())
                .extracting(YamlMapTest::shown)
                .containsExactly("ERROR site.title.type site.yaml:3:3 site.yaml 中“title”应为一段文字，实为列表。"
                        + " | 写成“title: 文字”，不要缩进或加“-”。");
    }

    @Test
    void unknownKeysAreWarnedAboutWithTheClosestKnownOrAllKnown() {
        read("titl: a\nzzz: b\ntitle: c\n", KNOWN);
        assertThat(diags.sorted())
                .extracting(YamlMapTest::shown)
                .containsExactly(
                        "WARNING site.unknown-key site.yaml:2:1 site.yaml 中有未知的键“titl”，它将被忽略。 | 是否想写“title”？",
                        "WARNING site.unknown-key site.yaml:3:1 site.yaml 中有未知的键“zzz”，它将被忽略。"
                                + " | 可用的键：title、description、menu");
    }

    @Test
    void withoutKnownKeysEveryKeyIsTaken() {
        YamlMap m = read("anything: 1\n", null);
        assertThat(m.has("anything")).isTrue();
        assertThat(diags.sorted()).isEmpty();
    }

    @Test
    void anEmptyOrNullDocumentIsAnEmptyMapping() {
        YamlMap empty = read("", KNOWN);
        assertThat(empty.entries()).isEmpty();
        assertThat(empty.pos("title")).hasToString("site.yaml:2:1");
        YamlMap tilde = read("~\n", KNOWN);
        assertThat(tilde.entries()).isEmpty();
        YamlDoc doc = YamlDoc.parse("site.yaml", 0, "a: 1\n");
        assertThat(YamlMap.read(doc, null, "site.yaml", KNOWN, "site", diags).entries())
                .isEmpty();
        assertThat(diags.sorted()).isEmpty();
    }

    @Test
    void aDocumentThatIsNoMappingIsAnError() {
        YamlMap list = read("- a\n- b\n", KNOWN);
        assertThat(list.entries()).isEmpty();
        assertThat(list.has("title")).isFalse();
        YamlDoc doc = YamlDoc.parse("f.yaml", 0, "x: 文字\n");
        Node text =
                YamlDoc.entries((MappingNode) doc.root().orElseThrow()).get("x").getValueNode();
        YamlMap.read(doc, text, "页面头部（front matter）", KNOWN, "front", diags);
        assertThat(diags.sorted())
                .extracting(YamlMapTest::shown)
                .containsExactly(
                        "ERROR front.type f.yaml:1:4 页面头部（front matter） 应为“键: 值”的映射，实为文本或数字。"
                                + " | 每行写成“名称: 值”，冒号后留一个空格。",
                        "ERROR site.type site.yaml:2:1 site.yaml 应为“键: 值”的映射，实为列表。 | 每行写成“名称: 值”，冒号后留一个空格。");
    }
}
