package cn.gov.jinjiang.gksite.report;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** Reports whose every cell is 0 but the few a test sets, for the writers' tests. */
final class ZeroReports {
    private ZeroReports() {}

    /** Every cell of the year's format at 0, then {@code changes} (a null value leaves the cell out: blank). */
    static Map<String, BigDecimal> cells(int year, Map<String, BigDecimal> changes) {
        ReportFormat f = ReportFormat.forYear(year);
        Map<String, BigDecimal> cells = new HashMap<>();
        f.disclosure()
                .forEach(b -> b.rows()
                        .forEach(row -> b.columns()
                                .forEach(c -> cells.put(AnnualReport.key("二", row, c.key()), BigDecimal.ZERO))));
        f.applicationRowKeys()
                .forEach(row -> f.applicantColumns()
                        .forEach(c -> cells.put(AnnualReport.key("三", row, c.key()), BigDecimal.ZERO)));
        f.reviewGroups()
                .forEach(g ->
                        f.reviewColumns().forEach(c -> cells.put(AnnualReport.key("四", g, c.key()), BigDecimal.ZERO)));
        changes.forEach((k, v) -> {
            if (v == null) {
                cells.remove(k);
            } else {
                cells.put(k, v);
            }
        });
        return cells;
    }

    /** The report of {@link #cells} with the samples' index.md of 某局, read as the build reads it. */
    static AnnualReport report(int year, Map<String, BigDecimal> changes) {
        return ReportSamples.report(
                year,
                ReportSamples.indexMd(year, "某局"),
                new ReportYamlWriter().write(year, "某局", cells(year, changes)));
    }

    /** Key figures from whole numbers, null for a blank. */
    static KeyFigures figures(int year, Integer... values) {
        BigDecimal[] v = new BigDecimal[6];
        for (int i = 0; i < 6; i++) {
            v[i] = values[i] == null ? null : BigDecimal.valueOf(values[i]);
        }
        return new KeyFigures(year, v[0], v[1], v[2], v[3], v[4], v[5]);
    }
}
