package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.diag.Diagnostics;
import java.util.List;

/** Runs every consistency rule, in a fixed order, over one report. */
public final class ReportValidator {
    private final List<Rule> rules = List.of(new TotalsRule(), new OutcomesRule(), new BalanceRule(),
            new ReviewTotalsRule());

    public void validate(ReportContext ctx, Diagnostics diags) {
        for (Rule rule : rules) {
            rule.check(ctx, diags);
        }
    }
}
