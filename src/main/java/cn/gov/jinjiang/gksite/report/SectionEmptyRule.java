package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.markdown.Heading;
import java.util.HashMap;
import java.util.Map;

/**
 * Warning {@code report.section-empty}: section 五 or 六 of the narrative is empty or says only “无”.
 * Evaluators criticise an empty 五 (problems and how last year's were fixed); 六 should at least state
 * the 信息处理费 position. Reported at the section's heading.
 */
public final class SectionEmptyRule implements Rule {
    @Override
    public void check(ReportContext ctx, Diagnostics diags) {
        AnnualReport r = ctx.report();
        Map<Integer, Heading> headingAt = new HashMap<>();
        for (Heading h : ctx.narrative().headings()) {
            headingAt.put(h.line(), h);
        }
        // A section runs from its heading to the next heading of level 1 or 2; subheadings are no content.
        Heading section = null;
        StringBuilder content = new StringBuilder();
        for (Narrative.Line l : new Narrative(r).lines()) {
            Heading h = headingAt.get(l.line());
            if (h != null && h.level() <= 2) {
                report(r, section, content.toString(), diags);
                section = fiveOrSix(h) ? h : null;
                content.setLength(0);
            } else if (!l.text().strip().startsWith("#")) {
                content.append(l.text());
            }
        }
        report(r, section, content.toString(), diags);
    }

    private static boolean fiveOrSix(Heading h) {
        String text = StructureRule.norm(h.text());
        return h.level() == 2 && (text.startsWith("五") || text.startsWith("六"));
    }

    /** Warns when {@code section} (五 or 六; null for any other) has nothing but “无” in {@code content}. */
    private static void report(AnnualReport r, Heading section, String content, Diagnostics diags) {
        if (section == null) {
            return;
        }
        String text = StructureRule.norm(section.text());
        String c = content.replaceAll("[\\s　。.]", "");
        if (c.isEmpty() || c.equals("无")) {
            diags.warning(
                    "report.section-empty",
                    new SourcePos(r.page().source(), section.line(), 1),
                    "“" + text + "”" + (c.isEmpty() ? "下没有内容。" : "下只写了“无”。"),
                    text.startsWith("五")
                            ? "写明本年度存在的主要问题、改进措施，以及上一年度报告所列问题的整改情况。"
                            : "至少写明收取信息处理费的情况（没有收取也应说明），以及落实上级政务公开工作要点等事项。");
        }
    }
}
