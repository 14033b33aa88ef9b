package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The figures a sentence of the narrative quotes, by kind, each at the index of its digits; a count of appeals is
 * only ever one of reviews or lawsuits, and last year's carried-over count is not this year's.
 */
class QuotesTest {
    private static List<String> quotes(String text) {
        Narrative.Sentence s = new Narrative.Sentence(text, "index.md", 11, 1);
        return Quotes.in(s).stream()
                .map(q -> {
                    assertThat(q.sentence()).isSameAs(s);
                    return q.kind() + " " + q.value() + " @" + q.index() + " " + q.text();
                })
                .toList();
    }

    @Test
    void eachKindIsFoundAtItsDigits() {
        assertThat(quotes("全年新收申请20件，共受理申请22件，办结21件，答复 5 件，结转下年度办理1件。"))
                .containsExactly(
                        "NEW 20 @6 新收申请20件",
                        "ACCEPTED 22 @15 受理申请22件",
                        "HANDLED 21 @21 办结21件",
                        "HANDLED 5 @28 答复 5 件",
                        "CARRIED_OUT 1 @39 结转下年度办理1件");
        assertThat(quotes("收到信息公开申请3件")).containsExactly("NEW 3 @8 收到信息公开申请3件");
        assertThat(quotes("上年结转2件，上一年结转4件")).isEmpty();
        assertThat(quotes("制发规范性文件14件，印发3份规范性文件"))
                .containsExactly("NORMATIVE 14 @7 制发规范性文件14件", "NORMATIVE 3 @13 印发3份规范性文件");
    }

    @Test
    void anAppealIsAReviewOrALawsuitOnly() {
        assertThat(quotes("收到行政复议申请2件")).containsExactly("REVIEWS 2 @8 行政复议申请2件");
        assertThat(quotes("受理行政诉讼案件1件")).containsExactly("LAWSUITS 1 @8 行政诉讼案件1件");
        assertThat(quotes("办结复议1件")).isEmpty();
        assertThat(quotes("办结诉讼1件")).isEmpty();
        assertThat(quotes("行政复议3件，行政诉讼4件")).containsExactly("REVIEWS 3 @4 行政复议3件", "LAWSUITS 4 @11 行政诉讼4件");
    }
}
