package cn.gov.jinjiang.gksite.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelBreaksTest {
    @Test
    void wrapsOnlyBetweenWordsOfTheFormat() {
        assertThat(LabelBreaks.html("结果维持")).isEqualTo("结果<wbr>维持");
        assertThat(LabelBreaks.html("尚未审结")).isEqualTo("尚未<wbr>审结");
        assertThat(LabelBreaks.html("自然人")).isEqualTo("自然人");
        assertThat(LabelBreaks.html("总计")).isEqualTo("总计");
        assertThat(LabelBreaks.html("法人或其他组织")).isEqualTo("法人<wbr>或<wbr>其他<wbr>组织");
        // The longest word wins: 行政复议 never splits into 行政 / 复议.
        assertThat(LabelBreaks.html("未经复议直接起诉")).isEqualTo("未经复议<wbr>直接起诉");
        assertThat(LabelBreaks.html("行政复议")).isEqualTo("行政复议");
    }

    @Test
    void wrapsAtPunctuationButNeverAfterANumbersFullStop() {
        assertThat(LabelBreaks.html("（二）部分公开（区分处理的，只计这一情形）"))
                .isEqualTo("（二）<wbr>部分<wbr>公开<wbr>（区分<wbr>处理<wbr>的，<wbr>只计<wbr>这一<wbr>情形）");
        assertThat(LabelBreaks.html("1.属于国家秘密")).isEqualTo("1.属于<wbr>国家秘密");
        assertThat(LabelBreaks.html("四、结转下年度继续办理")).isEqualTo("四、<wbr>结转<wbr>下年度<wbr>继续<wbr>办理");
    }

    @Test
    void unknownWordsStickTogetherAndTextIsEscaped() {
        // Characters outside the vocabulary never get a wrap point between them: a label only wraps less.
        assertThat(LabelBreaks.html("甲乙丙丁")).isEqualTo("甲乙丙丁");
        assertThat(LabelBreaks.html("结果甲乙")).isEqualTo("结果甲乙");
        assertThat(LabelBreaks.html("<script>&\"结果维持")).isEqualTo("&lt;script&gt;&amp;&quot;结果<wbr>维持");
        assertThat(LabelBreaks.html("")).isEmpty();
    }
}
