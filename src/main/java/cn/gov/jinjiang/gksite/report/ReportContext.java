package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.markdown.RenderedMarkdown;
import java.util.Optional;

/**
 * What a rule sees: the report under check; its narrative (index.md rendered, with its headings and
 * their source lines) for the narrative rules; the previous year's report when content/ has it (for the
 * cross-year rules R5 and R6: the same body's report only); and the kind of the body that publishes it
 * ({@code department}, {@code town} or {@code government}, from site.yaml) for the publication deadline (R15).
 */
public record ReportContext(
        AnnualReport report, RenderedMarkdown narrative, Optional<AnnualReport> previous, String bodyType) {}
