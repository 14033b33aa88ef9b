package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.markdown.Heading;
import java.util.List;

/**
 * Warning {@code report.section-empty}: section 五 or 六 of the narrative is empty or says only “无”.
 * Evaluators criticise an empty 五 (problems and how last year's were fixed); 六 should at least state
 * the 信息处理费 position. Reported at the section's heading.
 */
public final class SectionEmptyRule implements Rule {
    @Override
    public void check(ReportContext ctx, Diagnostics diags) {
        AnnualReport r = ctx.report();
        List<Heading> hs = ctx.narrative().headings();
        List<Narrative.Line> lines = new Narrative(r).lines();
        for (int i = 0; i < hs.size(); i++) {
            Heading h = hs.get(i);
            String text = StructureRule.norm(h.text());
            if (h.level() != 2 || !(text.startsWith("五") || text.startsWith("六"))) {
                continue;
            }
            int end = Integer.MAX_VALUE;
            for (int j = i + 1; j < hs.size(); j++) {
                if (hs.get(j).level() <= 2) {
                    end = hs.get(j).line();
                    break;
                }
            }
            StringBuilder content = new StringBuilder();
            for (Narrative.Line l : lines) {
                if (l.line() > h.line() && l.line() < end && !l.text().strip().startsWith("#")) {
                    content.append(l.text());
                }
            }
            String c = content.toString().replaceAll("[\\s　。.]", "");
            if (c.isEmpty() || c.equals("无")) {
                diags.warning(
                        "report.section-empty",
                        new SourcePos(r.page().source(), h.line(), 1),
                        "“" + text + "”" + (c.isEmpty() ? "下没有内容。" : "下只写了“无”。"),
                        text.startsWith("五")
                                ? "写明本年度存在的主要问题、改进措施，以及上一年度报告所列问题的整改情况。"
                                : "至少写明收取信息处理费的情况（没有收取也应说明），以及落实上级政务公开工作要点等事项。");
            }
        }
    }
}
