package cn.gov.jinjiang.gksite.report;

import java.util.Optional;

/**
 * What a rule sees: the report under check and, when content/ has it, the previous year's report (for
 * the cross-year rules R5 and R6).
 */
public record ReportContext(AnnualReport report, Optional<AnnualReport> previous) {
}
