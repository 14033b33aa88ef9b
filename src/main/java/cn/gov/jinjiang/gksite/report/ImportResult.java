package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What an import read.
 *
 * @param kind        what the input was detected to be
 * @param year        the report year (0 when it could not be decided: then there is an error)
 * @param title       the report's title, its own or made from the organisation and year
 * @param org         the 发布机构 written into the report ("" for none)
 * @param date        the 发布日期 the source prints (yyyy-MM-dd), or null
 * @param cells       every figure placed, keyed by {@link AnnualReport#key}
 * @param blanks      the cells the source leaves blank (empty, "/" or "-"), written empty into data.yaml
 * @param placed      rows placed per table
 * @param indexMd     the index.md text
 * @param dataYaml    the data.yaml text
 * @param diagnostics rows that could not be placed, rows not found and contradictions, at their input lines;
 *                    the files are meant to be written only when there is no error among them
 */
public record ImportResult(
        InputKind kind,
        int year,
        String title,
        String org,
        String date,
        Map<String, BigDecimal> cells,
        List<String> blanks,
        List<Placed> placed,
        String indexMd,
        String dataYaml,
        List<Diagnostic> diagnostics) {
    /** How many rows of a table were placed, of how many the format has. */
    public record Placed(String table, int rows, int of) {}

    public ImportResult {
        cells = Map.copyOf(cells);
        blanks = List.copyOf(blanks);
        placed = List.copyOf(placed);
        diagnostics = List.copyOf(diagnostics);
    }

    /** True when every row was placed and nothing contradicts: the files may be written. */
    public boolean ok() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }

    /** The report folder to write into {@code dir}. */
    public ReportFiles files(Path dir) {
        return new ReportFiles(dir, indexMd, dataYaml);
    }
}
