package cn.gov.jinjiang.gksite.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.List;

/**
 * The year list of annual reports: one entry per report, newest first, with the key figures compared
 * across years: as an SVG chart drawn at build time ({@link KeyFiguresChart}, markup already escaped) and as
 * the table that is the chart's text alternative.
 */
public record ReportListView(List<Entry> reports, Views.Table figures, SafeString chart) {
    public ReportListView {
        reports = List.copyOf(reports);
    }

    /** One report in the list; a draft (only a build with drafts lists it) is marked 草稿. */
    public record Entry(int year, String title, String url, String date, boolean draft) {}
}
