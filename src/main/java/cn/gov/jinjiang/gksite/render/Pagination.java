package cn.gov.jinjiang.gksite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * How a long list is cut into pages, for a column's list and for the catalogue's facet lists alike: page 1 at
 * the list's own address, page n+1 at {@code index_n.html} (the TRS portal's scheme).
 */
final class Pagination {
    /** Items per list page when the list's page sets no page_size. */
    static final int PAGE_SIZE = 20;

    private Pagination() {}

    /** How many pages {@code items} entries make at {@code size} a page; an empty list is one page. */
    static int pages(int items, int size) {
        return Math.max(1, (items + size - 1) / size);
    }

    /** The entries on page {@code k} (0-based) of {@code pages}; a list of one page keeps all its entries. */
    static <T> List<T> slice(List<T> items, int k, int pages, int size) {
        return pages == 1 ? items : items.subList(k * size, Math.min(items.size(), (k + 1) * size));
    }

    /** Output path of page {@code k} (0-based) of a list: index.html, index_1.html, index_2.html, … */
    static String pagePath(String output, int k) {
        if (k == 0) {
            return output;
        }
        int dot = output.lastIndexOf('.');
        int slash = output.lastIndexOf('/');
        return dot > slash ? output.substring(0, dot) + "_" + k + output.substring(dot) : output + "_" + k;
    }

    /** The pager of page {@code k} (0-based) of {@code count}, with {@code urlOf} giving each page's address. */
    static Views.Pager pager(IntFunction<String> urlOf, int k, int count) {
        List<Views.PagerLink> links = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            links.add(new Views.PagerLink(i + 1, urlOf.apply(i), i == k));
        }
        return new Views.Pager(
                k + 1,
                count,
                k == 0 ? "" : urlOf.apply(0),
                k == 0 ? "" : urlOf.apply(k - 1),
                k == count - 1 ? "" : urlOf.apply(k + 1),
                k == count - 1 ? "" : urlOf.apply(count - 1),
                links);
    }
}
