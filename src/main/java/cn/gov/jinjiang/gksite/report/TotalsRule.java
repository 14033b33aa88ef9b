package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;

/**
 * R1: in every numeric row of 表三, 总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他.
 */
public final class TotalsRule implements Rule {
    @Override
    public void check(ReportContext ctx, Diagnostics diags) {
        AnnualReport r = ctx.report();
        ReportFormat f = r.format();
        List<Column> cols = f.applicantColumns();
        for (String row : f.applicationRowKeys()) {
            List<String[]> parts = new ArrayList<>();
            for (Column c : cols.subList(0, cols.size() - 1)) {
                parts.add(new String[] {row, c.key()});
            }
            Sums.expectSum(r, "report.R1", "三", row, ReportFormat.TOTAL, parts,
                    "表三“" + f.applicationLabel(row) + "” / 总计", "自然人+商业企业+科研机构+社会公益组织+法律服务机构+其他",
                    "总计列等于这一行前六列之和；核对这一行的各列或总计。", diags);
        }
    }
}
