package cn.gov.jinjiang.gksite.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.List;

/**
 * A page as templates see it.
 *
 * @param content      the rendered Markdown body (safe HTML); for a report, the part before section 五
 * @param contentAfter for a report, the narrative from section 五 on; otherwise empty
 * @param meta         metadata lines present on the page, in the portal's order
 * @param children     for section pages: the pages and subsections listed, newest first
 * @param root         relative path from this page to the site root ("" or "../../"), for assets
 * @param menu         the left menu of the column the page is in, or null outside such a column
 * @param pager        for a list longer than one page: its pagination, else null
 * @param relations    the documents this page is linked with (政策解读, earlier and later versions)
 * @param library      for the 规范性文件库 (layout {@code library}): the documents in force and the others, else null
 * @param draft        the page is a draft (only a build with drafts has it): the theme marks it on the page
 */
public record PageView(String title, String url, String layout, SafeString content, SafeString contentAfter,
                       List<Views.Toc> toc, List<Views.MetaItem> meta, String date, String dateChinese,
                       List<Views.Crumb> crumbs, List<Views.Link> children, boolean sample, String description,
                       String root, Views.Menu menu, Views.Pager pager,
                       Views.Relations relations, Views.Library library, boolean draft) {
    public PageView {
        toc = List.copyOf(toc);
        meta = List.copyOf(meta);
        crumbs = List.copyOf(crumbs);
        children = List.copyOf(children);
        java.util.Objects.requireNonNull(relations, "relations");
    }

    /** A page that is not a draft (the theme's own pages and lists). */
    public PageView(String title, String url, String layout, SafeString content, SafeString contentAfter,
                    List<Views.Toc> toc, List<Views.MetaItem> meta, String date, String dateChinese,
                    List<Views.Crumb> crumbs, List<Views.Link> children, boolean sample, String description,
                    String root, Views.Menu menu, Views.Pager pager, Views.Relations relations, Views.Library library) {
        this(title, url, layout, content, contentAfter, toc, meta, date, dateChinese, crumbs, children, sample,
                description, root, menu, pager, relations, library, false);
    }
}
