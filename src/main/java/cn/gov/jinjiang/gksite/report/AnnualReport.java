package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.content.Page;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One year's annual report: its page (narrative and metadata), its format, and every cell of the tables
 * of sections 二, 三 and 四 keyed by {@link #key(String, String, String)}.
 *
 * @param year     the report year (the statistics period, not the publication year)
 * @param format   the national format for that year
 * @param page     the report's index.md
 * @param dataFile data.yaml's path relative to the source root
 * @param cells    every cell read, keyed by table|row|column
 * @param findings the findings of the report rules an editor may acknowledge, in diagnostic order, each with
 *                 the acknowledgement of the report's ack.yaml that covers it (if any)
 */
public record AnnualReport(
        int year, ReportFormat format, Page page, String dataFile, Map<String, Cell> cells, List<Finding> findings) {
    public AnnualReport {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(page, "page");
        cells = CellMap.of(cells);
        findings = List.copyOf(findings);
    }

    /** A report before its rules have run: no findings yet. */
    public AnnualReport(int year, ReportFormat format, Page page, String dataFile, Map<String, Cell> cells) {
        this(year, format, page, dataFile, cells, List.of());
    }

    /** The same report with the findings of its rules. */
    AnnualReport withFindings(List<Finding> list) {
        return new AnnualReport(year, format, page, dataFile, cells, list);
    }

    /** The findings kept as the original report printed them (acknowledged), for the page and the downloads. */
    public List<Finding> acknowledged() {
        return findings.stream().filter(Finding::acknowledged).toList();
    }

    /** The cell key: table (二|三|四), row key (dotted for 表三), column key. */
    public static String key(String table, String row, String column) {
        return table + "|" + row + "|" + column;
    }

    public Optional<Cell> cell(String table, String row, String column) {
        return Optional.ofNullable(((CellMap) cells).get(table, row, column));
    }

    /** The cell's number, or null when missing or blank. */
    public BigDecimal value(String table, String row, String column) {
        Cell c = ((CellMap) cells).get(table, row, column);
        return c == null ? null : c.value();
    }
}
