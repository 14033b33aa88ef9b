package cn.gov.jinjiang.gksite.render;

import java.util.List;

/**
 * The year list of annual reports: one entry per report, newest first, with the key figures compared
 * across years.
 */
public record ReportListView(List<Entry> reports, Views.Table figures) {
    public ReportListView {
        reports = List.copyOf(reports);
    }

    /** One report in the list. */
    public record Entry(int year, String title, String url, String date) {
    }
}
