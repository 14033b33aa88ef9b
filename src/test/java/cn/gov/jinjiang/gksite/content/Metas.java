package cn.gov.jinjiang.gksite.content;

import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Front matter for the content package's tests: every value empty but those a test sets, and pages made from it. A
 * key set with {@link #at} has that position; the others have none (a diagnostic about them is at the file's start).
 */
final class Metas {
    private String title = "t";
    private String url;
    private LocalDate date;
    private int weight;
    private boolean draft;
    private String indexNo = "";
    private String publisher = "";
    private String topic = "";
    private LocalDate written;
    private LocalDate published;
    private String docNo = "";
    private String validity = "";
    private String interprets = "";
    private String replaces = "";
    private final Map<String, SourcePos> positions = new HashMap<>();

    static Metas meta() {
        return new Metas();
    }

    Metas title(String t) {
        title = t;
        return this;
    }

    Metas url(String u) {
        url = u;
        return this;
    }

    Metas date(LocalDate d) {
        date = d;
        return this;
    }

    Metas weight(int w) {
        weight = w;
        return this;
    }

    Metas draft(boolean d) {
        draft = d;
        return this;
    }

    Metas indexNo(String n) {
        indexNo = n;
        return this;
    }

    Metas publisher(String p) {
        publisher = p;
        return this;
    }

    Metas topic(String t) {
        topic = t;
        return this;
    }

    Metas written(LocalDate d) {
        written = d;
        return this;
    }

    Metas published(LocalDate d) {
        published = d;
        return this;
    }

    Metas docNo(String n) {
        docNo = n;
        return this;
    }

    Metas validity(String v) {
        validity = v;
        return this;
    }

    Metas interprets(String t) {
        interprets = t;
        return this;
    }

    Metas replaces(String t) {
        replaces = t;
        return this;
    }

    /** {@code key}'s value is at {@code file:line:column}. */
    Metas at(String key, String file, int line, int column) {
        positions.put(key, new SourcePos(file, line, column));
        return this;
    }

    PageMeta build() {
        return new PageMeta(
                title,
                null,
                url,
                date,
                "",
                weight,
                draft,
                false,
                null,
                indexNo,
                publisher,
                topic,
                written,
                published,
                docNo,
                validity,
                null,
                interprets,
                replaces,
                positions);
    }

    /**
     * The page at content/{@code rel} written to {@code output}: its folder from its path, an index page when its
     * file is index.md.
     */
    Page page(String rel, String output) {
        int slash = rel.lastIndexOf('/');
        String dir = slash < 0 ? "" : rel.substring(0, slash);
        return new Page("content/" + rel, dir, output, rel.substring(slash + 1).equals("index.md"), build(), "", 4);
    }

    /** The page at content/{@code rel}, written where its file's path says. */
    Page page(String rel) {
        return page(rel, rel.substring(0, rel.length() - ".md".length()) + ".html");
    }
}
