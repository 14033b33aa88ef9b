package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The kinds of imported file, as the import summary names them. */
class InputKindTest {
    @Test
    void eachKindHasItsChineseName() {
        assertThat(InputKind.HTML.chinese()).isEqualTo("网页");
        assertThat(InputKind.COPIED_TEXT.chinese()).isEqualTo("复制的文字");
        assertThat(InputKind.PDF_TEXT.chinese()).isEqualTo("PDF 提取的文字");
        assertThat(InputKind.DOCX.chinese()).isEqualTo("Word 文档");
        assertThat(InputKind.PDF.chinese()).isEqualTo("PDF");
    }

    @Test
    void onlyAPdfAndItsTextAreWrappedIntoLines() {
        assertThat(InputKind.PDF.wrapped()).isTrue();
        assertThat(InputKind.PDF_TEXT.wrapped()).isTrue();
        assertThat(InputKind.HTML.wrapped()).isFalse();
        assertThat(InputKind.COPIED_TEXT.wrapped()).isFalse();
        assertThat(InputKind.DOCX.wrapped()).isFalse();
    }
}
