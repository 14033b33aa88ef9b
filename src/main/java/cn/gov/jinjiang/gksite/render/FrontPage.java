package cn.gov.jinjiang.gksite.render;

import cn.gov.jinjiang.gksite.content.Page;
import cn.gov.jinjiang.gksite.content.Section;
import cn.gov.jinjiang.gksite.report.AnnualReport;
import cn.gov.jinjiang.gksite.report.KeyFigures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What a column's front page (the home page, the 政府信息公开专栏 page) shows of what is new: the newest documents
 * below it with their dates and columns, each sub-column with its newest documents and a link to it, and the
 * latest annual report with its key figures (../shared/portal.md: a county portal's column front page shows the
 * newest documents of each category with their dates). Everything is sorted by date, then by source path, so
 * the page is the same for the same content.
 */
public final class FrontPage {
    /** Documents in the "最新信息" list. */
    static final int LATEST = 8;
    /** Documents shown under each sub-column. */
    static final int PER_COLUMN = 5;

    private static final Comparator<Page> NEWEST = Comparator.comparing(
                    (Page p) -> p.meta().displayDate(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Page::source);

    private FrontPage() {}

    /** A document in a front page's list, with the column it belongs to (its category). */
    public record Item(
            String title, String url, String date, boolean sample, boolean draft, String column, String columnUrl) {}

    /** A sub-column: its title, address and newest documents (possibly none: a column like 指南 is one page). */
    public record Column(String title, String url, List<Item> items) {
        public Column {
            items = List.copyOf(items);
        }
    }

    /** The latest annual report: its title, address, date and key figures (label, value with unit or 未填). */
    public record Report(
            String title, String url, String date, boolean draft, List<Views.MetaItem> figures, String listUrl) {
        public Report {
            figures = List.copyOf(figures);
        }
    }

    /** The front page view; {@code report} is null when the site has no annual report. */
    public record View(List<Item> latest, List<Column> columns, Report report) {
        public View {
            latest = List.copyOf(latest);
            columns = List.copyOf(columns);
        }
    }

    /**
     * The front page view of {@code folder}, or null when it is not a column front page. Front pages are the
     * site root's and those of plain column pages (layout {@code section}) whose folder holds sub-columns and no
     * documents of its own: their list would only repeat the sub-columns the front page shows with their newest
     * documents. {@code sections} maps every folder to its section (for the columns' titles).
     */
    static View of(Section folder, String layout, Map<String, Section> sections, List<AnnualReport> reports) {
        boolean root = folder.dir().isEmpty();
        if (!root && (folder.children().isEmpty() || !folder.pages().isEmpty() || !Layouts.SECTION.equals(layout))) {
            return null;
        }
        List<Page> dated = new ArrayList<>(folder.datedPages());
        dated.sort(NEWEST);
        List<Item> latest =
                dated.stream().limit(LATEST).map(p -> item(p, sections)).toList();
        // The home page's only child is often a folder holding just the 专栏: list the 专栏's columns instead.
        Section top = folder;
        while (top.children().size() == 1 && top.pages().isEmpty()) {
            top = top.children().get(0);
        }
        List<Section> subs = new ArrayList<>(top.children());
        subs.removeIf(s -> s.index().isEmpty());
        subs.sort(Comparator.comparingInt((Section s) -> s.index().get().meta().weight())
                .thenComparing(Section::dir));
        List<Column> columns = new ArrayList<>();
        for (Section s : subs) {
            List<Page> docs = new ArrayList<>(s.datedPages());
            docs.sort(NEWEST);
            Page index = s.index().get();
            columns.add(new Column(
                    index.meta().title(),
                    index.url(),
                    docs.stream().limit(PER_COLUMN).map(p -> item(p, sections)).toList()));
        }
        // Only the reports published below this page: the 目录 shows no report, the 专栏 and the home page do.
        List<AnnualReport> below = reports.stream()
                .filter(r -> root || r.page().dir().startsWith(folder.dir() + "/"))
                .toList();
        return new View(latest, columns, report(below, sections));
    }

    private static Item item(Page p, Map<String, Section> sections) {
        // A folder's index page (a report's year folder) belongs to the folder above; any other page to its own.
        String dir = p.isIndex() ? parent(p.dir()) : p.dir();
        Section column = sections.get(dir);
        Page index = column == null ? null : column.index().orElse(null);
        Listed l = Listed.of(p);
        return new Item(
                l.title(),
                l.url(),
                l.dateText(),
                l.sample(),
                l.draft(),
                index == null ? "" : index.meta().title(),
                index == null ? "" : index.url());
    }

    private static String parent(String dir) {
        int slash = dir.lastIndexOf('/');
        return slash < 0 ? "" : dir.substring(0, slash);
    }

    /** The newest year's report (the central body's before another body's of the same year: shortest path). */
    private static Report report(List<AnnualReport> reports, Map<String, Section> sections) {
        AnnualReport newest = reports.stream()
                .min(Comparator.comparingInt(AnnualReport::year)
                        .reversed()
                        .thenComparing((AnnualReport r) -> r.page().source().length())
                        .thenComparing(r -> r.page().source()))
                .orElse(null);
        if (newest == null) {
            return null;
        }
        KeyFigures k = KeyFigures.of(newest);
        List<Views.MetaItem> figures = new ArrayList<>();
        for (int i = 0; i < KeyFigures.LABELS.size(); i++) {
            BigDecimal v = k.values().get(i);
            figures.add(new Views.MetaItem(KeyFigures.LABELS.get(i), v == null ? "未填" : v.toPlainString() + " 件"));
        }
        Page p = newest.page();
        Section list = sections.get(parent(p.dir()));
        String listUrl = list == null ? "" : list.index().map(Page::url).orElse("");
        LocalDate d = p.meta().displayDate();
        return new Report(
                p.meta().title(),
                p.url(),
                d == null ? "" : d.toString(),
                p.meta().draft(),
                figures,
                listUrl);
    }
}
