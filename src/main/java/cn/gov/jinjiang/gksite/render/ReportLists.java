package cn.gov.jinjiang.gksite.render;

import cn.gov.jinjiang.gksite.report.AnnualReport;
import cn.gov.jinjiang.gksite.report.KeyFigures;
import cn.gov.jinjiang.gksite.report.ReportScope;
import cn.gov.jinjiang.gksite.report.YearOverview;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a 年度报告 list page shows ({@link ReportListView}) and, in a central column, each year's overview
 * ({@link OverviewView}). Which reports and bodies a list covers is {@link ReportScope}'s rule.
 */
final class ReportLists {
    /** The overview page of a year, beside the list page. */
    static final String OVERVIEW = YearOverview.FILE;

    private ReportLists() {}

    /** The list of a page of layout {@code reports}: {@code scope} is what it covers, {@code overviews} its years'. */
    static ReportListView of(ReportScope scope, List<YearOverview> overviews) {
        List<AnnualReport> newest = newestFirst(scope.listed());
        List<ReportListView.Entry> entries = new ArrayList<>();
        for (AnnualReport r : newest) {
            entries.add(entry(r, scope.central() ? scope.bodyOf(r).name() : ""));
        }
        List<ReportListView.Year> years = new ArrayList<>();
        for (YearOverview o : overviews) {
            Map<String, List<ReportListView.Entry>> groups = new LinkedHashMap<>();
            for (YearOverview.Row row : o.rows()) {
                if (!row.missing()) {
                    groups.computeIfAbsent(row.body().kindLabel(), k -> new ArrayList<>())
                            .add(entry(row.report(), row.body().name()));
                }
            }
            years.add(new ReportListView.Year(
                    o.year(),
                    OVERVIEW + o.year() + ".html",
                    summary(o),
                    groups.entrySet().stream()
                            .map(e -> new ReportListView.Group(e.getKey(), e.getValue()))
                            .toList()));
        }
        List<AnnualReport> own = newestFirst(scope.ownReports());
        List<KeyFigures> all = own.stream().map(KeyFigures::of).toList();
        return new ReportListView(entries, figures(own), new SafeString(KeyFiguresChart.svg(all)), years);
    }

    private static List<AnnualReport> newestFirst(List<AnnualReport> reports) {
        List<AnnualReport> newest = new ArrayList<>(reports);
        newest.sort(Comparator.comparingInt(AnnualReport::year)
                .reversed()
                .thenComparing(r -> r.page().source()));
        return newest;
    }

    /** A report in a list; in a central column its title names its body when it does not already. */
    private static ReportListView.Entry entry(AnnualReport r, String body) {
        LocalDate d = r.page().meta().displayDate();
        String title = r.page().meta().title();
        return new ReportListView.Entry(
                r.year(),
                body.isEmpty() || title.contains(body) ? title : body + "：" + title,
                r.page().url(),
                d == null ? "" : d.toString(),
                r.page().meta().draft(),
                body);
    }

    /** The key figures of {@code reports} (newest first) as a table, one row per year. */
    private static Views.Table figures(List<AnnualReport> reports) {
        List<List<Views.Cell>> body = new ArrayList<>();
        List<Views.Cell> head = new ArrayList<>();
        head.add(Views.Cell.th("年度", 1, 1, "kf-year", "col"));
        for (int i = 0; i < KeyFigures.LABELS.size(); i++) {
            head.add(Views.Cell.th(KeyFigures.LABELS.get(i), 1, 1, "kf-c" + i, "col"));
        }
        for (AnnualReport r : reports) {
            List<Views.Cell> row = new ArrayList<>();
            row.add(Views.Cell.th(r.year() + "年" + (r.page().meta().draft() ? "（草稿）" : ""), 1, 1, "", "row"));
            for (var v : KeyFigures.of(r).values()) {
                row.add(Views.Cell.td(ReportTables.number(v), "", "num"));
            }
            body.add(row);
        }
        return new Views.Table("key-figures", "历年年度报告主要数据（单位：件）", List.of(head), body, "");
    }

    /** The sum's tables, captioned as the sum (合计) so they are not taken for one unit's. */
    private static ReportView totalTables(AnnualReport total) {
        ReportView v = ReportTables.view(total);
        return new ReportView(
                v.year(),
                v.formatSource(),
                asTotal(v.disclosure()),
                asTotal(v.applications()),
                asTotal(v.reviews()),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    private static Views.Table asTotal(Views.Table t) {
        return new Views.Table(t.id(), "各单位合计：" + t.caption(), t.head(), t.body(), t.note());
    }

    static String summary(YearOverview o) {
        long missing = o.rows().stream().filter(YearOverview.Row::missing).count();
        long late = o.rows().stream().filter(YearOverview.Row::late).count();
        return "应公开 " + o.rows().size() + " 个单位，已公开 " + (o.rows().size() - missing) + " 个（其中逾期 " + late + " 个），未公开 "
                + missing + " 个";
    }

    /** The overview page of one year. */
    static OverviewView overview(YearOverview o) {
        List<OverviewView.Row> rows = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> late = new ArrayList<>();
        for (YearOverview.Row r : o.rows()) {
            String deadline = r.deadline().toString();
            if (r.missing()) {
                missing.add(r.body().name() + "（" + r.body().kindLabel() + "，公开期限 " + deadline + "）");
                rows.add(new OverviewView.Row(
                        r.body().name(),
                        r.body().kindLabel(),
                        "",
                        "未公开",
                        "",
                        deadline,
                        false,
                        true,
                        "",
                        "",
                        "",
                        "",
                        "",
                        ""));
                continue;
            }
            String date = r.published() == null ? "" : r.published().toString();
            if (r.late()) {
                late.add(r.body().name() + "（" + date + " 发布，期限 " + deadline + "）");
            }
            KeyFigures k = r.figures();
            rows.add(new OverviewView.Row(
                    r.body().name(),
                    r.body().kindLabel(),
                    r.report().page().url(),
                    r.draft() ? "草稿" : r.late() ? "逾期公开" : r.published() == null ? "已公开（未填发布日期）" : "按期公开",
                    date,
                    deadline,
                    r.late(),
                    false,
                    String.valueOf(r.errors()),
                    String.valueOf(r.warnings()),
                    ReportTables.number(k.newApplications()),
                    r.disclosed() == null ? "—" : r.disclosed().toPlainString() + "%",
                    ReportTables.number(k.reviews()),
                    ReportTables.number(k.lawsuits())));
        }
        return new OverviewView(
                o.year(),
                OVERVIEW + o.year() + ".csv",
                summary(o),
                rows,
                missing,
                late,
                o.total().map(ReportLists::totalTables).orElse(null),
                o.totalFound());
    }
}
