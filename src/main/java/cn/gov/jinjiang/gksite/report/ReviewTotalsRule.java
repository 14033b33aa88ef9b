package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.diag.Diagnostics;
import java.util.List;

/** R4: in 表四, each group's 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
public final class ReviewTotalsRule implements Rule {
    @Override
    public void check(ReportContext ctx, Diagnostics diags) {
        AnnualReport r = ctx.report();
        List<Column> cols = r.format().reviewColumns();
        for (String g : r.format().reviewGroups()) {
            List<String[]> parts = cols.subList(0, cols.size() - 1).stream()
                    .map(c -> new String[] {g, c.key()})
                    .toList();
            Sums.expectSum(
                    r,
                    "report.R4",
                    "四",
                    g,
                    ReportFormat.TOTAL,
                    parts,
                    "表四“" + g + "” / 总计",
                    "结果维持+结果纠正+其他结果+尚未审结",
                    "总计等于前四列之和。",
                    diags);
        }
    }
}
