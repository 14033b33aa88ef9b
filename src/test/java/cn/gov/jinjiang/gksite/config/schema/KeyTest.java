package cn.gov.jinjiang.gksite.config.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A key: required or optional, and mandatory when it or the mapping it holds needs a value. */
class KeyTest {
    private static final Shape WITH_REQUIRED =
            Shape.closed("s", "甲", "甲。", Key.required("name", "名称", "名称。", ValueType.Text.ANY));
    private static final Shape ALL_OPTIONAL =
            Shape.closed("o", "乙", "乙。", Key.optional("name", "名称", "名称。", ValueType.Text.ANY));

    @Test
    void aRequiredKeyIsMandatoryAndAnOptionalOneIsNot() {
        Key required = Key.required("base_url", "网站地址", "地址。", ValueType.Text.ANY);
        Key optional = Key.optional("language", "页面语言", "语言。", ValueType.Text.ANY);
        assertThat(required.name()).isEqualTo("base_url");
        assertThat(required.title()).isEqualTo("网站地址");
        assertThat(required.required()).isTrue();
        assertThat(required.mandatory()).isTrue();
        assertThat(optional.required()).isFalse();
        assertThat(optional.mandatory()).isFalse();
    }

    @Test
    void anOptionalMappingIsMandatoryWhenItHasRequiredKeysOfItsOwn() {
        assertThat(Key.optional("site", "站点", "站点。", new ValueType.Mapping(WITH_REQUIRED))
                        .mandatory())
                .isTrue();
        assertThat(Key.optional("more", "更多", "更多。", new ValueType.Mapping(ALL_OPTIONAL))
                        .mandatory())
                .isFalse();
        assertThat(Key.optional("list", "列表", "列表。", new ValueType.Items(WITH_REQUIRED))
                        .mandatory())
                .isFalse();
    }
}
