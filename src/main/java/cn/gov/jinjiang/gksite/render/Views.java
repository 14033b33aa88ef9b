package cn.gov.jinjiang.gksite.render;

/**
 * Small view records the templates read. Kept in one file because each is a few fields; the big views
 * ({@link SiteView}, {@link PageView}, {@link ReportView}) have their own files.
 */
public final class Views {
    private Views() {
    }

    /** A main-navigation entry; {@code current} marks the section the page is in. */
    public record Nav(String label, String url, boolean current) {
    }

    /** A breadcrumb step; the last one (the page itself) has no url. */
    public record Crumb(String title, String url) {
    }

    /** A link in a list page: title, URL and its date as YYYY-MM-DD (or ""). */
    public record Link(String title, String url, String date) {
    }

    /** A metadata line of a document page (索引号, 发布机构, …). */
    public record MetaItem(String label, String value) {
    }

    /** A heading of the page body, for a table of contents. */
    public record Toc(int level, String text, String id) {
    }

    /**
     * A table cell. {@code header} cells render as th with {@code scope} when the header structure is
     * simple, and every cell carries {@code id} / {@code headers} for the nested headers of the report
     * tables.
     */
    public record Cell(String text, boolean header, int rowspan, int colspan, String id, String headers,
                       String scope, String cls) {
        public static Cell th(String text, int rowspan, int colspan, String id, String scope) {
            return new Cell(text, true, rowspan, colspan, id, "", scope, "");
        }

        public static Cell td(String text, String headers, String cls) {
            return new Cell(text, false, 1, 1, "", headers, "", cls);
        }
    }

    /** A data table: caption, header rows and body rows of cells. */
    public record Table(String id, String caption, java.util.List<java.util.List<Cell>> head,
                        java.util.List<java.util.List<Cell>> body, String note) {
        public Table {
            head = java.util.List.copyOf(head);
            body = java.util.List.copyOf(body);
        }
    }
}
