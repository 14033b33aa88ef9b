package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.content.PageMeta;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.time.LocalDate;

/**
 * R15 (warning, metadata): the 发布日期 in the report's front matter is no later than 1月31日 of the next
 * year for a department and for a town (乡镇人民政府、街道办事处 report to the county's 主管部门 like its departments),
 * 3月31日 for a government's own report (条例第四十九条): the kind of the body whose folder holds the report.
 * Without 发布日期 the deadline cannot be checked: a warning at the front matter's first line.
 */
public final class DeadlineRule implements Rule {
    /** The last day a body of {@code kind} may publish its report of {@code year}: 3月31日 or 1月31日 of the next year. */
    public static LocalDate deadline(String kind, int year) {
        return LocalDate.of(year + 1, "government".equals(kind) ? 3 : 1, 31);
    }

    @Override
    public void check(ReportContext ctx, Diagnostics diags) {
        AnnualReport r = ctx.report();
        boolean government = "government".equals(ctx.bodyType());
        LocalDate deadline = deadline(ctx.bodyType(), r.year());
        String when = (r.year() + 1) + "年" + (government ? "3月31日" : "1月31日");
        String who = government ? "人民政府" : "town".equals(ctx.bodyType()) ? "乡镇（街道）" : "政府部门";
        PageMeta meta = r.page().meta();
        if (meta.published() == null) {
            diags.warning(
                    "report.R15",
                    new SourcePos(r.page().source(), 1, 1),
                    r.year() + " 年度报告的头部没有“发布日期”，无法核对是否在 " + when + "（" + who + "年报的公开期限）前发布。",
                    "在头部加一行“发布日期: " + (r.year() + 1) + "-01-20”（按实际发布日期填写）。");
        } else if (meta.published().isAfter(deadline)) {
            diags.warning(
                    "report.R15",
                    meta.pos("发布日期", r.page().source()),
                    r.year() + " 年度报告的发布日期 " + meta.published() + " 晚于期限 " + when + "（" + who + "，条例第四十九条）。",
                    "核对发布日期；确实逾期的，按实际日期填写，不要改早。");
        }
    }
}
