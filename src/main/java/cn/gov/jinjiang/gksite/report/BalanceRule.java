package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.diag.Diagnostics;
import java.math.BigDecimal;

/**
 * R3: in every column of 表三, 一（本年新收）+ 二（上年结转）= 三（七）总计 + 四（结转下年度）, the relation
 * the form's own corner cell states. Reported at the 结转下年度 cell of the column.
 *
 * <p>One cause, one error: a column whose 三（七）总计 fails R2, and the 总计 column when one of its four rows
 * fails R1, are not checked here. Their balance would be off because of that total, and an R3 error would ask the
 * editor to change 结转下年度, a cell that may well be right.
 */
public final class BalanceRule implements Rule {
    @Override
    public void check(ReportContext ctx, Diagnostics diags) {
        AnnualReport r = ctx.report();
        for (Column c : r.format().applicantColumns()) {
            if (!totalsHold(r, c)) {
                continue;
            }
            BigDecimal in1 = r.value("三", ReportFormat.NEW, c.key());
            BigDecimal in2 = r.value("三", ReportFormat.CARRIED_IN, c.key());
            BigDecimal done = r.value("三", ReportFormat.OUTCOMES + "." + ReportFormat.TOTAL, c.key());
            Cell out = r.cell("三", ReportFormat.CARRIED_OUT, c.key()).orElse(null);
            if (in1 == null || in2 == null || done == null || out == null || out.value() == null) {
                continue;
            }
            BigDecimal left = in1.add(in2);
            BigDecimal right = done.add(out.value());
            if (left.compareTo(right) != 0) {
                diags.error(
                        "report.R3",
                        out.pos(),
                        "表三 / " + c.key() + "：一+二 应等于 三（七）+四，但 "
                                + in1.toPlainString() + "+" + in2.toPlainString() + " = " + left.toPlainString() + "，而 "
                                + done.toPlainString() + "+" + out.value().toPlainString() + " = "
                                + right.toPlainString()
                                + "（结转下年度应为 " + left.subtract(done).toPlainString() + "）",
                        "本年新收加上年结转，等于本年办结（总计）加结转下年度；核对这一列的四个数。");
            }
        }
    }

    /** Whether the totals this column's balance adds up are right by their own rules (R1, R2). */
    private static boolean totalsHold(AnnualReport r, Column c) {
        if (!OutcomesRule.holds(r, c)) {
            return false;
        }
        if (!c.key().equals(ReportFormat.TOTAL)) {
            return true;
        }
        for (String row : new String[] {
            ReportFormat.NEW,
            ReportFormat.CARRIED_IN,
            ReportFormat.OUTCOMES + "." + ReportFormat.TOTAL,
            ReportFormat.CARRIED_OUT
        }) {
            if (!TotalsRule.holds(r, row)) {
                return false;
            }
        }
        return true;
    }
}
