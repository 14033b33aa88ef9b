package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.diag.Diagnostics;
import java.math.BigDecimal;

/**
 * R6 (warning): across years, 2021 format in both years: 现行有效件数(Y) = 现行有效件数(Y−1) + 本年制发件数(Y)
 * − 本年废止件数(Y), separately for 规章 and 行政规范性文件. Not checked across 2020→2021 (the 2019 format
 * has different columns). Reported at this year's 现行有效件数 cell.
 */
public final class CurrentDocumentsRule implements Rule {
    static final String ISSUED = "本年制发件数";
    static final String REPEALED = "本年废止件数";
    static final String CURRENT = "现行有效件数";

    @Override
    public void check(ReportContext ctx, Diagnostics diags) {
        AnnualReport r = ctx.report();
        // The 2019 format has no 现行有效件数: in a report of that format (this year's or the previous one) the cells
        // are absent, so nothing is compared across the format change.
        if (ctx.previous().isEmpty()) {
            return;
        }
        AnnualReport prev = ctx.previous().get();
        for (String row : new String[] {"规章", "行政规范性文件"}) {
            Cell now = r.cell("二", row, CURRENT).orElse(null);
            BigDecimal before = prev.value("二", row, CURRENT);
            BigDecimal issued = r.value("二", row, ISSUED);
            BigDecimal repealed = r.value("二", row, REPEALED);
            if (now == null || now.value() == null || before == null || issued == null || repealed == null) {
                continue;
            }
            BigDecimal expected = before.add(issued).subtract(repealed);
            if (expected.compareTo(now.value()) != 0) {
                diags.warning(
                        "report.R6",
                        now.pos(),
                        "表二“" + row + "” / 现行有效件数：应为 上年现行有效件数+本年制发件数−本年废止件数 = "
                                + before.toPlainString() + "+" + issued.toPlainString() + "−" + repealed.toPlainString()
                                + " = "
                                + expected.toPlainString() + "，实为 "
                                + now.value().toPlainString(),
                        "核对本年制发、废止件数和上一年度报告的现行有效件数；因修改、清理、失效等确实不同的，请在正文中说明。");
            }
        }
    }
}
