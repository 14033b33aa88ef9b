package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What an import read.
 *
 * @param kind        what the input was detected to be
 * @param cells       every figure placed, keyed by {@link AnnualReport#key}
 * @param files       the report folder to write; meaningful only when {@link #ok()}
 * @param diagnostics rows that could not be placed and rows not found, at their input lines
 */
public record ImportResult(InputKind kind, Map<String, BigDecimal> cells, ReportFiles files,
                           List<Diagnostic> diagnostics) {
    public ImportResult {
        cells = Map.copyOf(cells);
        diagnostics = List.copyOf(diagnostics);
    }

    /** True when every cell was filled and nothing was left unplaced. */
    public boolean ok() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }
}
