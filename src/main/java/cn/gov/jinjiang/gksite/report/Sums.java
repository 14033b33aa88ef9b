package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.diag.Diagnostics;
import java.math.BigDecimal;
import java.util.List;

/** Shared arithmetic for the sum rules: compare a total cell with the sum of its parts. */
final class Sums {
    private Sums() {
    }

    /**
     * Reports {@code code} at the total cell when it differs from the sum of the part cells. Skips silently
     * when any cell is missing or blank.
     *
     * @param what    Chinese name of the total cell, e.g. 三（七）总计 / 自然人
     * @param formula Chinese formula, e.g. (一)+…+(六)
     */
    static void expectSum(AnnualReport r, String code, String table, String totalRow, String totalCol,
                          List<String[]> parts, String what, String formula, String hint, Diagnostics diags) {
        Cell total = r.cell(table, totalRow, totalCol).orElse(null);
        if (total == null || total.value() == null) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (String[] p : parts) {
            BigDecimal v = r.value(table, p[0], p[1]);
            if (v == null) {
                return;
            }
            sum = sum.add(v);
        }
        if (sum.compareTo(total.value()) != 0) {
            diags.error(code, total.pos(), what + "：应为 " + formula + " = " + sum.toPlainString() + "，实为 "
                    + total.value().toPlainString(), hint);
        }
    }
}
