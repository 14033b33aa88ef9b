package cn.gov.jinjiang.gksite.render;

import java.util.List;

/**
 * A year's overview page of a central 年度报告 column, as templates see it.
 *
 * @param year       the report year
 * @param csv        the address of its CSV download, relative to the page
 * @param summary    the counts in words
 * @param rows       one per body
 * @param missing    the bodies without a report, each with its deadline in words
 * @param late       the bodies whose report was published after the deadline, with the dates in words
 * @param total      the sum of the year's published tables, or null when none is published
 * @param totalFound what the arithmetic rules find in the sum; empty when it adds up
 */
public record OverviewView(
        int year,
        String csv,
        String summary,
        List<Row> rows,
        List<String> missing,
        List<String> late,
        ReportView total,
        List<String> totalFound) {
    public OverviewView {
        rows = List.copyOf(rows);
        missing = List.copyOf(missing);
        late = List.copyOf(late);
        totalFound = List.copyOf(totalFound);
    }

    /** One body's line of the overview: texts as shown ("" for none). */
    public record Row(
            String body,
            String kind,
            String url,
            String status,
            String date,
            String deadline,
            boolean late,
            boolean missing,
            String errors,
            String warnings,
            String received,
            String rate,
            String reviews,
            String lawsuits) {}
}
