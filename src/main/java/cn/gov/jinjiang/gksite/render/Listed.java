package cn.gov.jinjiang.gksite.render;

import cn.gov.jinjiang.gksite.content.Page;
import java.time.LocalDate;

/**
 * What a list shows of a page, and what it sorts and groups the page by: a column's list, a front page's newest
 * documents and sub-columns, the 规范性文件库 and the catalogue's facet lists read a listed page through this
 * record only. The preview renders the lists above an edited page again only when the page's {@code Listed}
 * changed ({@code equals}), so a field a list comes to show is a new component here and can never leave the
 * preview's lists stale.
 *
 * @param date the display date (发布日期, else date), or null
 */
public record Listed(
        String title,
        String url,
        LocalDate date,
        int weight,
        boolean sample,
        boolean draft,
        String docNo,
        String validity,
        String indexNo,
        String topic,
        String publisher) {
    public static Listed of(Page p) {
        var m = p.meta();
        return new Listed(
                m.title(),
                p.url(),
                m.displayDate(),
                m.weight(),
                m.sample(),
                m.draft(),
                m.docNo(),
                m.validity(),
                m.indexNo(),
                m.topic(),
                m.publisher());
    }

    /** The date as YYYY-MM-DD, or "" when the page has none. */
    String dateText() {
        return date == null ? "" : date.toString();
    }
}
