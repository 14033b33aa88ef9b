package cn.gov.jinjiang.gksite.config.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A mapping's keys: their names, the required ones, lookup by name, and a key listed twice refused. */
class ShapeTest {
    private static final ValueType TEXT = ValueType.Text.ANY;

    @Test
    void aClosedShapeKnowsExactlyItsKeysInOrder() {
        Shape s = Shape.closed(
                "page",
                "页面",
                "一页。",
                Key.optional("title", "标题", "标题。", TEXT),
                Key.required("date", "日期", "日期。", new ValueType.Day()),
                Key.required("id", "编号", "编号。", TEXT));
        assertThat(s.id()).isEqualTo("page");
        assertThat(s.others()).isNull();
        assertThat(s.names()).containsExactly("title", "date", "id");
        assertThat(s.known()).containsExactly("title", "date", "id");
        assertThat(s.requiredKeys()).extracting(Key::name).containsExactly("date", "id");
        assertThat(s.key("date")).map(Key::title).contains("日期");
        assertThat(s.key("dat")).isEmpty();
        assertThat(s.get("id").title()).isEqualTo("编号");
        assertThatThrownBy(() -> s.get("nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no key nope in page");
    }

    @Test
    void aShapeTakingOtherKeysKnowsNoListOfThem() {
        Shape s = new Shape("checks", "检查", "各项检查。", List.of(Key.optional("ignore", "忽略", "忽略。", TEXT)), TEXT);
        assertThat(s.known()).isNull();
        assertThat(s.names()).containsExactly("ignore");
        assertThat(s.requiredKeys()).isEmpty();
    }

    @Test
    void aKeyListedTwiceIsADefect() {
        Key a = Key.optional("a", "甲", "甲。", TEXT);
        assertThatThrownBy(() -> Shape.closed("x", "叉", "叉。", a, Key.required("a", "甲", "又一个甲。", TEXT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a key is listed twice in x");
        assertThat(Shape.closed("y", "乙", "乙。", a, Key.optional("b", "乙", "乙。", TEXT))
                        .keys())
                .hasSize(2);
    }
}
