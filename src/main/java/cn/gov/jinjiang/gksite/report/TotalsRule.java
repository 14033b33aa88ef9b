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
        for (String row : f.applicationRowKeys()) {
            Sums.expectSum(
                    r,
                    "report.R1",
                    "三",
                    row,
                    ReportFormat.TOTAL,
                    parts(f, row),
                    "表三“" + f.applicationLabel(row) + "” / 总计",
                    "自然人+商业企业+科研机构+社会公益组织+法律服务机构+其他",
                    "总计列等于这一行前六列之和；核对这一行的各列或总计。这一行的总计列在改正前不再参与表三的" + "其他核对（R2、R3），以免一处错误报成几处。",
                    diags);
        }
    }

    /**
     * Whether R1 holds for {@code row} (or cannot be checked): when it does not, the row's 总计 cell is suspect,
     * and R2 and R3 leave the 总计 column alone rather than blame another cell for it.
     */
    static boolean holds(AnnualReport r, String row) {
        return Sums.holds(r, "三", row, ReportFormat.TOTAL, parts(r.format(), row));
    }

    /** The six applicant cells of {@code row} that its 总计 adds up. */
    private static List<String[]> parts(ReportFormat f, String row) {
        List<Column> cols = f.applicantColumns();
        List<String[]> parts = new ArrayList<>();
        for (Column c : cols.subList(0, cols.size() - 1)) {
            parts.add(new String[] {row, c.key()});
        }
        return parts;
    }
}
