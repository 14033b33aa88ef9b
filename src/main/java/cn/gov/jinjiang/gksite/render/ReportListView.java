package cn.gov.jinjiang.gksite.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.List;

/**
 * The year list of annual reports: one entry per report, newest first, with the key figures compared
 * across years: as an SVG chart drawn at build time ({@link KeyFiguresChart}, markup already escaped) and as
 * the table that is the chart's text alternative. A central column (its folder holds more than one body's reports)
 * also lists them by year and, within a year, by 市政府 / 部门 / 镇街道 ({@code years}), each year with its overview;
 * its key figures are the holding body's own.
 */
public record ReportListView(List<Entry> reports, Views.Table figures, SafeString chart, List<Year> years) {
    public ReportListView {
        reports = List.copyOf(reports);
        years = List.copyOf(years);
    }

    /** One report in the list; a draft (only a build with drafts lists it) is marked 草稿. {@code body}: its unit. */
    public record Entry(int year, String title, String url, String date, boolean draft, String body) {}

    /**
     * One year of a central column: its overview page and its reports by kind of body.
     *
     * @param summary e.g. 应公开 5 个单位，已公开 4 个，逾期 1 个，未公开 1 个
     */
    public record Year(int year, String overview, String summary, List<Group> groups) {
        public Year {
            groups = List.copyOf(groups);
        }
    }

    /** The reports of one kind of body (市政府, 部门 or 镇街道) in a year. */
    public record Group(String label, List<Entry> entries) {
        public Group {
            entries = List.copyOf(entries);
        }
    }
}
