package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;

/**
 * R13 (info): 第二十条第（八）项 行政事业性收费 is not 信息处理费 (which belongs in section 六). Nothing is
 * reported for a 收费 above 0 beside 六's “无收取信息处理费”: the two are unrelated. A note is given only
 * when one sentence of the narrative names both, since that usually ties them together.
 */
public final class FeeLinkRule implements Rule {
    @Override
    public void check(ReportContext ctx, Diagnostics diags) {
        for (Narrative.Sentence s : new Narrative(ctx.report()).sentences()) {
            int at = s.text().indexOf("行政事业性收费");
            if (at >= 0 && s.text().contains("信息处理费")) {
                diags.add(Diagnostic.info(
                        "report.R13",
                        s.pos(at),
                        "正文同一句话提到“行政事业性收费”和“信息处理费”：两者无关。",
                        "表二的行政事业性收费是第二十条第（八）项的主动公开事项；信息处理费在第六部分单独说明。"));
            }
        }
    }
}
