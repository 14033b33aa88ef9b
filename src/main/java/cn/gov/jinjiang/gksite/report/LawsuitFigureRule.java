package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.diag.Diagnostics;
import java.math.BigDecimal;

/**
 * R11 (warning): a 行政诉讼 count quoted in the narrative (行政诉讼…N 件) = 表四 未经复议直接起诉 / 总计 +
 * 复议后起诉 / 总计 (the table has no overall 行政诉讼 total). Reported at the quoted number.
 */
public final class LawsuitFigureRule implements Rule {
    @Override
    public void check(ReportContext ctx, Diagnostics diags) {
        AnnualReport r = ctx.report();
        BigDecimal direct = r.value("四", "未经复议直接起诉", ReportFormat.TOTAL);
        BigDecimal after = r.value("四", "复议后起诉", ReportFormat.TOTAL);
        if (direct == null || after == null) {
            return;
        }
        BigDecimal total = direct.add(after);
        for (Narrative.Sentence s : new Narrative(r).sentences()) {
            for (Quotes.Quote q : Quotes.in(s)) {
                if (q.kind() == Quotes.Kind.LAWSUITS && q.value().compareTo(total) != 0) {
                    diags.warning(
                            "report.R11",
                            s.pos(q.index()),
                            "正文“" + q.text() + "”与统计表不符：行政诉讼应为 表四 未经复议直接起诉 / 总计"
                                    + " + 复议后起诉 / 总计 = " + direct.toPlainString() + "+" + after.toPlainString() + " = "
                                    + total.toPlainString() + "，实为 " + q.value().toPlainString(),
                            "行政诉讼件数为表四两组起诉的总计之和。");
                }
            }
        }
    }
}
