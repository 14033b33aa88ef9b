package cn.gov.jinjiang.gksite.diag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextEscapesTest {
    @Test
    void aTextIsWellFormedWhenItHasNoLoneSurrogate() {
        assertThat(TextEscapes.wellFormed("")).isTrue();
        assertThat(TextEscapes.wellFormed("标题😀a")).isTrue();
        assertThat(TextEscapes.wellFormed("半个\uD800")).isFalse();
        assertThat(TextEscapes.wellFormed("\uDC00后")).isFalse();
        assertThat(TextEscapes.wellFormed("\uD83D\uD83D\uDE00")).isFalse();
    }

    @Test
    void jsonEscapesOnlyWhatItMust() {
        assertThat(TextEscapes.json("")).isEqualTo("\"\"");
        assertThat(TextEscapes.json("规范性文件 abc，。/<>")).isEqualTo("\"规范性文件 abc，。/<>\"");
        assertThat(TextEscapes.json("a\"b\\c\nd\te\u0001\u007f")).isEqualTo("\"a\\\"b\\\\c\\nd\\te\\u0001\\u007f\"");
        assertThat(TextEscapes.json("\u2028\u2029\u0085\uFEFF")).isEqualTo("\"\\u2028\\u2029\\u0085\\ufeff\"");
        assertThat(TextEscapes.json("𠀀 \uD800 \uDC00")).isEqualTo("\"𠀀 \\ud800 \\udc00\"");
    }
}
