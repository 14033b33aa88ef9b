package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.diag.Diagnostics;
import java.math.BigDecimal;

/**
 * R5 (warning): across years, 表三 二、上年结转 of this year = 四、结转下年度 of last year's report, in every
 * column. Checked only when content/ holds the previous year's report. Reported at this year's 上年结转
 * cell. It can break legitimately (机构改革, a change of scope), hence a warning.
 */
public final class CarryOverRule implements Rule {
    @Override
    public void check(ReportContext ctx, Diagnostics diags) {
        if (ctx.previous().isEmpty()) {
            return;
        }
        AnnualReport r = ctx.report();
        AnnualReport prev = ctx.previous().get();
        for (Column c : r.format().applicantColumns()) {
            Cell in = r.cell("三", ReportFormat.CARRIED_IN, c.key()).orElse(null);
            BigDecimal out = prev.value("三", ReportFormat.CARRIED_OUT, c.key());
            if (in == null || in.value() == null || out == null || in.value().compareTo(out) == 0) {
                continue;
            }
            diags.warning(
                    "report.R5",
                    in.pos(),
                    "表三“二、上年结转政府信息公开申请数量” / " + c.key() + "：应为 "
                            + prev.year() + " 年度报告的“四、结转下年度继续办理” = " + out.toPlainString() + "，实为 "
                            + in.value().toPlainString(),
                    "上年结转的申请应等于上一年度报告结转下年度的申请；因机构改革等原因确实不同的，请在正文中说明。");
        }
    }
}
