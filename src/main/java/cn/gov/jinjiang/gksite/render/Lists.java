package cn.gov.jinjiang.gksite.render;

import cn.gov.jinjiang.gksite.config.Catalogue;
import cn.gov.jinjiang.gksite.content.DocumentLinks;
import cn.gov.jinjiang.gksite.content.Page;
import cn.gov.jinjiang.gksite.content.Section;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The lists a page of content/ shows of other pages: a column's entries, the 规范性文件库's documents and the
 * year list of the annual reports ({@link ReportLists}). A listed page is read through {@link Listed} only.
 */
final class Lists {
    /** A listed page and its source path, the last key of every order (so the order is total). */
    private record Entry(Listed listed, String source) {}

    private static final Comparator<Entry> NEWEST = Comparator.comparing(
                    (Entry e) -> e.listed().date(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Entry::source);

    private Lists() {}

    /**
     * The entries of a folder's index page: the folder's pages and its sub-folders' index pages, by weight, then
     * newest first; none for any other page.
     */
    static List<Views.Link> children(Page p, Map<String, Section> sections) {
        if (!p.isIndex()) {
            return List.of();
        }
        Section s = sections.get(p.dir());
        if (s == null) {
            return List.of();
        }
        List<Entry> items = new ArrayList<>();
        s.pages().forEach(x -> items.add(entry(x)));
        for (Section c : s.children()) {
            c.index().ifPresent(x -> items.add(entry(x)));
        }
        items.sort(Comparator.comparingInt((Entry e) -> e.listed().weight()).thenComparing(NEWEST));
        return items.stream().map(e -> Views.Link.of(e.listed())).toList();
    }

    private static Entry entry(Page p) {
        return new Entry(Listed.of(p), p.source());
    }

    /**
     * The documents of the library's folder: in force when 有效性 is 现行有效 and no other document
     * replaces them; the others (abolished, expired, amended or replaced) apart. Newest first within each.
     */
    static Views.Library library(
            Page p, Map<String, Section> sections, DocumentLinks links, Map<String, Page> bySource) {
        Section folder = sections.get(p.dir());
        List<Entry> docs = new ArrayList<>();
        (folder == null ? List.<Page>of() : folder.pages()).forEach(x -> docs.add(entry(x)));
        docs.sort(NEWEST);
        List<Views.LibraryEntry> current = new ArrayList<>();
        List<Views.LibraryEntry> other = new ArrayList<>();
        for (Entry d : docs) {
            List<Views.Link> newer = links.replacedBy().getOrDefault(d.source(), List.of()).stream()
                    .map(x -> Views.Link.of(bySource.get(x)))
                    .toList();
            Listed l = d.listed();
            Views.LibraryEntry e = new Views.LibraryEntry(
                    l.title(), l.url(), l.docNo(), l.dateText(), l.validity(), newer, l.sample(), l.draft());
            boolean inForce = Catalogue.CURRENT.equals(l.validity()) && newer.isEmpty();
            (inForce ? current : other).add(e);
        }
        return new Views.Library(current, other);
    }
}
