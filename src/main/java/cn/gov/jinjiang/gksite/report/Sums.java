package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.diag.Diagnostics;
import java.math.BigDecimal;
import java.util.List;

/** Shared arithmetic for the sum rules: compare a total cell with the sum of its parts. */
final class Sums {
    private Sums() {}

    /**
     * Reports {@code code} at the total cell when it differs from the sum of the part cells. Skips silently
     * when any cell is missing or blank.
     *
     * @param what    Chinese name of the total cell, e.g. 三（七）总计 / 自然人
     * @param formula Chinese formula, e.g. (一)+…+(六)
     */
    static void expectSum(
            AnnualReport r,
            String code,
            String table,
            String totalRow,
            String totalCol,
            List<String[]> parts,
            String what,
            String formula,
            String hint,
            Diagnostics diags) {
        Cell total = r.cell(table, totalRow, totalCol).orElse(null);
        BigDecimal sum = sum(r, table, parts);
        if (total == null || total.value() == null || sum == null) {
            return;
        }
        if (sum.compareTo(total.value()) != 0) {
            diags.error(
                    code,
                    total.pos(),
                    what + "：应为 " + formula + " = " + sum.toPlainString() + "，实为 "
                            + total.value().toPlainString(),
                    hint);
        }
    }

    /**
     * Whether the total cell equals the sum of the part cells, or cannot be compared (a cell missing or blank):
     * false exactly when {@link #expectSum} reports. The later rules ask it so that a wrong total is reported
     * once, by its own rule, and not again by every rule that adds it up.
     */
    static boolean holds(AnnualReport r, String table, String totalRow, String totalCol, List<String[]> parts) {
        BigDecimal total = r.value(table, totalRow, totalCol);
        BigDecimal sum = sum(r, table, parts);
        return total == null || sum == null || sum.compareTo(total) == 0;
    }

    /** The sum of the part cells, or null when one is missing or blank. */
    private static BigDecimal sum(AnnualReport r, String table, List<String[]> parts) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String[] p : parts) {
            BigDecimal v = r.value(table, p[0], p[1]);
            if (v == null) {
                return null;
            }
            sum = sum.add(v);
        }
        return sum;
    }
}
