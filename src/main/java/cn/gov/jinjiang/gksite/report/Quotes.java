package cn.gov.jinjiang.gksite.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table figures a narrative sentence quotes, found by keyword: a number counts only when it follows
 * its keyword within a few characters of the same clause (no comma, full stop or other number between),
 * so that other figures of the sentence (主动公开 467 份, 解读材料 29 份) are never taken for table figures.
 */
final class Quotes {
    /** What a quoted number stands for. */
    enum Kind {
        NEW,
        ACCEPTED,
        HANDLED,
        CARRIED_OUT,
        REVIEWS,
        LAWSUITS,
        NORMATIVE
    }

    /** A number quoted in {@code sentence} at {@code index} (of its digits), standing for {@code kind}. */
    record Quote(Kind kind, BigDecimal value, Narrative.Sentence sentence, int index, String text) {}

    private static final String GAP = "[^，,。；;：:、\\d]";
    private static final String N = "(\\d+)\\s*件";
    private static final List<Object[]> PATTERNS = List.of(
            new Object[] {Kind.NEW, Pattern.compile("(?:新收|收到)" + GAP + "{0,10}?申请\\s*" + N)},
            new Object[] {Kind.ACCEPTED, Pattern.compile("受理" + GAP + "{0,10}?" + N)},
            new Object[] {Kind.HANDLED, Pattern.compile("(?:办结|答复)" + GAP + "{0,6}?" + N)},
            new Object[] {Kind.CARRIED_OUT, Pattern.compile("(?<!上年|上一年)结转" + GAP + "{0,8}?" + N)},
            new Object[] {Kind.REVIEWS, Pattern.compile("行政复议" + GAP + "{0,8}?" + N)},
            new Object[] {Kind.LAWSUITS, Pattern.compile("行政诉讼" + GAP + "{0,8}?" + N)},
            new Object[] {Kind.NORMATIVE, Pattern.compile("(?:制发|印发|出台)" + GAP + "{0,10}?规范性文件\\s*(\\d+)\\s*[件份]")},
            new Object[] {
                Kind.NORMATIVE, Pattern.compile("(?:制发|印发|出台)" + GAP + "{0,4}?(\\d+)\\s*[件份]" + GAP + "{0,8}?规范性文件")
            });

    private Quotes() {}

    /** Every quote of the sentence, in the order of the patterns. */
    static List<Quote> in(Narrative.Sentence s) {
        List<Quote> out = new ArrayList<>();
        for (Object[] p : PATTERNS) {
            Kind kind = (Kind) p[0];
            Matcher m = ((Pattern) p[1]).matcher(s.text());
            while (m.find()) {
                String hit = m.group();
                boolean appeal = hit.contains("复议") || hit.contains("诉讼");
                if (appeal && kind != Kind.REVIEWS && kind != Kind.LAWSUITS) {
                    continue;
                }
                out.add(new Quote(kind, new BigDecimal(m.group(1)), s, m.start(1), hit));
            }
        }
        return out;
    }
}
