package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.diag.Diagnostics;
import java.util.List;

/**
 * R2: in every column of 表三, 三（七）总计 = (一) + (二) + Σ(三) + Σ(四) + Σ(五) + Σ(六): each application
 * is counted in exactly one outcome row.
 */
public final class OutcomesRule implements Rule {
    @Override
    public void check(ReportContext ctx, Diagnostics diags) {
        AnnualReport r = ctx.report();
        ReportFormat f = r.format();
        String total = ReportFormat.OUTCOMES + "." + ReportFormat.TOTAL;
        for (Column c : f.applicantColumns()) {
            List<String[]> parts = f.outcomeKeys().stream().map(k -> new String[] {k, c.key()}).toList();
            Sums.expectSum(r, "report.R2", "三", total, c.key(), parts, "表三“三（七）总计” / " + c.key(),
                    "(一)+(二)+(三)+(四)+(五)+(六)", "每件申请只计入一种办理结果；核对各办理结果或总计。", diags);
        }
    }
}
