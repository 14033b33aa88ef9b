package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.diag.Diagnostics;
import java.util.List;

/**
 * R2: in every column of 表三, 三（七）总计 = (一) + (二) + Σ(三) + Σ(四) + Σ(五) + Σ(六): each application
 * is counted in exactly one outcome row.
 *
 * <p>One cause, one error: in the 总计 column every cell is also a row's total, already checked by R1. When one
 * of the cells this column adds up fails R1, the column is not checked here: its sum would be wrong because of
 * that row, and the R1 error already names it.
 */
public final class OutcomesRule implements Rule {
    private static final String TOTAL_ROW = ReportFormat.OUTCOMES + "." + ReportFormat.TOTAL;

    @Override
    public void check(ReportContext ctx, Diagnostics diags) {
        AnnualReport r = ctx.report();
        ReportFormat f = r.format();
        for (Column c : f.applicantColumns()) {
            if (c.key().equals(ReportFormat.TOTAL) && !rowTotalsHold(r)) {
                continue;
            }
            Sums.expectSum(
                    r,
                    "report.R2",
                    "三",
                    TOTAL_ROW,
                    c.key(),
                    parts(f, c),
                    "表三“三（七）总计” / " + c.key(),
                    "(一)+(二)+(三)+(四)+(五)+(六)",
                    "每件申请只计入一种办理结果；核对各办理结果或总计。",
                    diags);
        }
    }

    /**
     * Whether R2 holds for {@code column} (or cannot be checked, or is not checked because R1 fails in the 总计
     * column): when it does not, the column's 三（七）总计 is suspect and R3 leaves that column alone.
     */
    static boolean holds(AnnualReport r, Column column) {
        if (column.key().equals(ReportFormat.TOTAL) && !rowTotalsHold(r)) {
            return true;
        }
        return Sums.holds(r, "三", TOTAL_ROW, column.key(), parts(r.format(), column));
    }

    /** Whether R1 holds for every outcome row and for 三（七）总计 itself. */
    private static boolean rowTotalsHold(AnnualReport r) {
        if (!TotalsRule.holds(r, TOTAL_ROW)) {
            return false;
        }
        return r.format().outcomeKeys().stream().allMatch(k -> TotalsRule.holds(r, k));
    }

    private static List<String[]> parts(ReportFormat f, Column c) {
        return f.outcomeKeys().stream().map(k -> new String[] {k, c.key()}).toList();
    }
}
