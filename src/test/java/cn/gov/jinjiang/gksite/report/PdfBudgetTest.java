package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Each count of the budget allows exactly its maximum, and refuses one more; the counts are apart. */
class PdfBudgetTest {
    @Test
    void operatorsUpToTheMaximumAreAllowed() {
        PdfBudget b = new PdfBudget();
        for (long i = 0; i < PdfBudget.MAX_OPERATORS; i++) {
            b.operator();
        }
        assertThatCode(b::glyph).doesNotThrowAnyException();
        assertThatCode(b::form).doesNotThrowAnyException();
        assertThatThrownBy(b::operator).isInstanceOf(PdfBudget.Exceeded.class).hasMessage("PDF too complex");
    }

    @Test
    void glyphsUpToTheMaximumAreAllowed() {
        PdfBudget b = new PdfBudget();
        for (long i = 0; i < PdfBudget.MAX_GLYPHS; i++) {
            b.glyph();
        }
        assertThatCode(b::operator).doesNotThrowAnyException();
        assertThatCode(b::form).doesNotThrowAnyException();
        assertThatThrownBy(b::glyph).isInstanceOf(PdfBudget.Exceeded.class);
    }

    @Test
    void formsUpToTheMaximumAreAllowed() {
        PdfBudget b = new PdfBudget();
        for (long i = 0; i < PdfBudget.MAX_FORMS; i++) {
            b.form();
        }
        assertThatCode(b::operator).doesNotThrowAnyException();
        assertThatCode(b::glyph).doesNotThrowAnyException();
        assertThatThrownBy(b::form).isInstanceOf(PdfBudget.Exceeded.class);
        assertThatThrownBy(b::form).isInstanceOf(PdfBudget.Exceeded.class);
    }
}
