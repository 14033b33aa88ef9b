package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.diag.Diagnostics;
import java.util.List;

/**
 * Runs every consistency rule over one report, in numeric order (R1–R6, R10–R15), then
 * report.section-empty. R7, R8 and the format-version part of R14 are reported by {@link ReportSchema}
 * while reading data.yaml; report-format.md has no R9.
 */
public final class ReportValidator {
    /** Every rule, in the order they run. Rules keep no state, so one list serves every validator. */
    static final List<Rule> RULES = List.of(
            new TotalsRule(),
            new OutcomesRule(),
            new BalanceRule(),
            new ReviewTotalsRule(),
            new CarryOverRule(),
            new CurrentDocumentsRule(),
            new NarrativeFiguresRule(),
            new LawsuitFigureRule(),
            new PercentageRule(),
            new FeeLinkRule(),
            new StructureRule(),
            new DeadlineRule(),
            new SectionEmptyRule());

    private final List<Rule> rules;

    public ReportValidator() {
        this(RULES);
    }

    /** A validator running only {@code rules} (tests take one out to see that the tests notice). */
    ReportValidator(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public void validate(ReportContext ctx, Diagnostics diags) {
        for (Rule rule : rules) {
            rule.check(ctx, diags);
        }
    }
}
