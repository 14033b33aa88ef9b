package cn.gov.jinjiang.gksite.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.List;
import java.util.Objects;

/**
 * A page as templates see it. A page of content/ gets its view from {@link PageViews}; the pages the theme makes
 * (the catalogue's lists, 404, search, 无障碍) from {@link #generated}.
 *
 * @param content      the rendered Markdown body (safe HTML); for a report, the part before section 五
 * @param contentAfter for a report, the narrative from section 五 on; otherwise empty
 * @param meta         metadata lines present on the page, in the portal's order
 * @param children     for section pages: the pages and subsections listed, newest first
 * @param menu         the left menu of the column the page is in, or null outside such a column
 * @param pager        for a list longer than one page: its pagination, else null
 * @param relations    the documents this page is linked with (政策解读, earlier and later versions)
 * @param library      for the 规范性文件库 (layout {@code library}): the documents in force and the others, else null
 * @param draft        the page is a draft (only a build with drafts has it): the theme marks it on the page
 */
public record PageView(
        String title,
        String url,
        String layout,
        SafeString content,
        SafeString contentAfter,
        List<Views.Toc> toc,
        List<Views.MetaItem> meta,
        String date,
        String dateChinese,
        List<Views.Crumb> crumbs,
        List<Views.Link> children,
        boolean sample,
        String description,
        Views.Menu menu,
        Views.Pager pager,
        Views.Relations relations,
        Views.Library library,
        boolean draft) {
    public PageView {
        toc = List.copyOf(toc);
        meta = List.copyOf(meta);
        crumbs = List.copyOf(crumbs);
        children = List.copyOf(children);
        Objects.requireNonNull(relations, "relations");
    }

    /**
     * A page the theme makes, with no source page and no text of its own: a list of the catalogue or one of the
     * theme's pages. It is never a draft, has no date, metadata or linked documents.
     *
     * @param children the entries it lists (on this page of its pagination), or none
     * @param menu     the column's left menu, or null
     * @param pager    its pagination when it has more than one page, else null
     */
    static PageView generated(
            String title,
            String url,
            String layout,
            List<Views.Crumb> crumbs,
            List<Views.Link> children,
            Views.Menu menu,
            Views.Pager pager) {
        return new PageView(
                title,
                url,
                layout,
                new SafeString(""),
                new SafeString(""),
                List.of(),
                List.of(),
                "",
                "",
                crumbs,
                children,
                false,
                "",
                menu,
                pager,
                Views.Relations.NONE,
                null,
                false);
    }
}
