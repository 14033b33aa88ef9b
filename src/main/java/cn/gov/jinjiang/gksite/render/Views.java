package cn.gov.jinjiang.gksite.render;

import cn.gov.jinjiang.gksite.content.Page;
import java.util.List;

/**
 * Small view records the templates read. Kept in one file because each is a few fields; the big views
 * ({@link SiteView}, {@link PageView}, {@link ReportView}) have their own files.
 */
public final class Views {
    private Views() {}

    /** A main-navigation entry; {@code current} marks the section the page is in. */
    public record Nav(String label, String url, boolean current) {}

    /** A breadcrumb step; the last one (the page itself) has no url. */
    public record Crumb(String title, String url) {}

    /**
     * A link in a list page: title, URL, its date as YYYY-MM-DD (or ""), whether the target is sample content
     * (marked 样例 in lists, so invented documents are never shown as real ones) and whether it is a draft
     * (marked 草稿: only a build with drafts lists it).
     */
    public record Link(String title, String url, String date, boolean sample, boolean draft) {
        public Link(String title, String url, String date, boolean sample) {
            this(title, url, date, sample, false);
        }

        /** The link to a page, as lists show it. */
        public static Link of(Page p) {
            return of(Listed.of(p));
        }

        static Link of(Listed l) {
            return new Link(l.title(), l.url(), l.dateText(), l.sample(), l.draft());
        }
    }

    /**
     * The left menu of a column (e.g. 政府信息公开), read from the column's menu.yaml.
     *
     * @param title shown above the menu and used as its accessible name
     */
    public record Menu(String title, List<MenuItem> items) {
        public Menu {
            items = List.copyOf(items);
        }
    }

    /**
     * A menu entry. {@code current} is "page" when it is the page shown, "true" when the page lies below
     * it (the value of aria-current), "" otherwise.
     */
    public record MenuItem(String label, String url, String current, List<MenuItem> children) {
        public MenuItem {
            children = List.copyOf(children);
        }
    }

    /**
     * Pagination of a list, in the manner of the TRS portal: page 1 at index.html, page n+1 at
     * index_n.html. URLs are "" where a step does not apply (首页/上一页 on the first page, …).
     *
     * @param page  1-based number of this page
     * @param pages number of pages
     */
    public record Pager(
            int page, int pages, String first, String prev, String next, String last, List<PagerLink> links) {
        public Pager {
            links = List.copyOf(links);
        }
    }

    /** One numbered page link of a {@link Pager}. */
    public record PagerLink(int number, String url, boolean current) {}

    /** A metadata line of a document page (索引号, 发布机构, …). */
    public record MetaItem(String label, String value) {}

    /** A heading of the page body, for a table of contents. */
    public record Toc(int level, String text, String id) {}

    /**
     * A table cell. {@code header} cells render as th with {@code scope} when the header structure is
     * simple, and every cell carries {@code id} / {@code headers} for the nested headers of the report
     * tables.
     */
    public record Cell(
            String text,
            boolean header,
            int rowspan,
            int colspan,
            String id,
            String headers,
            String scope,
            String cls) {
        public static Cell th(String text, int rowspan, int colspan, String id, String scope) {
            return new Cell(text, true, rowspan, colspan, id, "", scope, "");
        }

        public static Cell td(String text, String headers, String cls) {
            return new Cell(text, false, 1, 1, "", headers, "", cls);
        }
    }

    /** A data table: caption, header rows and body rows of cells. */
    public record Table(String id, String caption, List<List<Cell>> head, List<List<Cell>> body, String note) {
        public Table {
            head = List.copyOf(head);
            body = List.copyOf(body);
        }
    }

    /**
     * How a document is linked with others. {@code interprets} (for a 政策解读: the document it explains)
     * and {@code replaces} (for a new version: the one it replaces) are null when absent.
     */
    public record Relations(Link interprets, List<Link> interpretations, Link replaces, List<Link> replacedBy) {
        public static final Relations NONE = new Relations(null, List.of(), null, List.of());

        public Relations {
            interpretations = List.copyOf(interpretations);
            replacedBy = List.copyOf(replacedBy);
        }
    }

    /** A document of the 规范性文件库: its 文号, dates and 有效性, the versions that replace it, and its marks. */
    public record LibraryEntry(
            String title,
            String url,
            String docNo,
            String date,
            String validity,
            List<Link> replacedBy,
            boolean sample,
            boolean draft) {
        public LibraryEntry {
            replacedBy = List.copyOf(replacedBy);
        }
    }

    /** The 规范性文件库: documents in force (现行有效, not replaced) and the abolished or replaced ones. */
    public record Library(List<LibraryEntry> current, List<LibraryEntry> other) {
        public Library {
            current = List.copyOf(current);
            other = List.copyOf(other);
        }
    }
}
