package cn.gov.jinjiang.gksite.render;

import cn.gov.jinjiang.gksite.config.SiteConfig;
import cn.gov.jinjiang.gksite.content.ContentTree;
import cn.gov.jinjiang.gksite.content.Page;
import cn.gov.jinjiang.gksite.content.Section;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Renders the catalogue's lists by 主题分类, 发布机构 and year ({@link Facets}): for each kind an overview of its
 * groups and one list per group, paginated like a column's list, under every column that has a left menu, each with
 * the column's breadcrumb and the left menu of its folder.
 */
final class FacetPages {
    private final TemplateEngine engine;
    private final SiteConfig config;
    private final ColumnMenus menus;

    FacetPages(TemplateEngine engine, SiteConfig config, ColumnMenus menus) {
        this.engine = engine;
        this.config = config;
        this.menus = menus;
    }

    /**
     * Adds the lists of every column ({@link Facets#columns}) to {@code out}, each at an address no content page or
     * file takes and no list made before it takes ({@code taken}, which grows with each list: an outer column's lists
     * come first); a template error is reported to {@code problems} (with no page) and ends that list.
     */
    void render(ContentTree tree, Set<String> taken, BiConsumer<Page, Diagnostic> problems, List<RenderedFile> out) {
        if (!engine.hasLayout(Layouts.SECTION)) {
            return;
        }
        Map<String, Section> sections = tree.sections();
        Set<String> content = Set.copyOf(taken);
        for (Facets.Column column : Facets.columns(tree)) {
            String dir = column.section().dir();
            String base = dir.isEmpty() ? "" : dir + "/";
            for (Facets.Kind kind : Facets.KINDS) {
                String overview = base + kind.folder() + "/index.html";
                // An outer column's list holds the address: the inner column has no list of this kind (its groups
                // would sit below a list that is not theirs). An editor's page there only replaces the overview.
                if (!taken.contains(overview) || content.contains(overview)) {
                    kind(base, PageViews.trail(sections, dir), column, kind, taken, problems, out);
                }
            }
        }
    }

    /** The lists of one kind of one column, under {@code base} (its folder and "/", or "" at the top). */
    private void kind(
            String base,
            List<Views.Crumb> columnCrumbs,
            Facets.Column column,
            Facets.Kind kind,
            Set<String> taken,
            BiConsumer<Page, Diagnostic> problems,
            List<RenderedFile> out) {
        List<Facets.Group> groups = Facets.groups(column.pages(), kind);
        if (groups.isEmpty()) {
            return;
        }
        String kindDir = base + kind.folder() + "/";
        List<Views.Link> overview = groups.stream()
                .map(g -> new Views.Link(
                        g.name() + "（" + g.pages().size() + "）", "/" + kindDir + g.segment() + "/", "", false))
                .toList();
        List<Views.Crumb> crumbs = new ArrayList<>(columnCrumbs);
        crumbs.add(new Views.Crumb(kind.title(), ""));
        list(kindDir + "index.html", kind.title(), crumbs, overview, taken, problems, out);
        for (Facets.Group g : groups) {
            List<Views.Crumb> gc = new ArrayList<>(columnCrumbs);
            gc.add(new Views.Crumb(kind.title(), "/" + kindDir));
            gc.add(new Views.Crumb(g.name(), ""));
            list(
                    kindDir + g.segment() + "/index.html",
                    kind.title() + "：" + g.name(),
                    gc,
                    g.pages().stream().map(Views.Link::of).toList(),
                    taken,
                    problems,
                    out);
        }
    }

    /** One list of the catalogue, paginated like a column's list. */
    private void list(
            String output,
            String title,
            List<Views.Crumb> crumbs,
            List<Views.Link> items,
            Set<String> taken,
            BiConsumer<Page, Diagnostic> problems,
            List<RenderedFile> out) {
        if (!taken.add(output)) {
            return;
        }
        String url = "/" + output.substring(0, output.length() - "index.html".length());
        Views.Menu menu = menus.at(output.substring(0, Math.max(0, output.lastIndexOf('/'))), url);
        int n = Pagination.pages(items.size(), Pagination.PAGE_SIZE);
        for (int k = 0; k < n; k++) {
            Views.Pager pager = n == 1 ? null : Pagination.pager(i -> listUrl(output, i), k, n);
            if (k > 0) {
                taken.add(Pagination.pagePath(output, k));
            }
            PageView view = PageView.generated(
                    title,
                    url,
                    Layouts.SECTION,
                    crumbs,
                    Pagination.slice(items, k, n, Pagination.PAGE_SIZE),
                    menu,
                    pager);
            try {
                out.add(TemplateContext.generated(SiteView.of(config, url), view)
                        .render(
                                engine,
                                Layouts.SECTION,
                                Pagination.pagePath(output, k),
                                "",
                                "themes/" + Layouts.SECTION + ".peb"));
            } catch (TemplateEngine.TemplateFailure e) {
                problems.accept(null, e.diagnostic());
                return;
            }
        }
    }

    private static String listUrl(String output, int k) {
        return k == 0
                ? "/" + output.substring(0, output.length() - "index.html".length())
                : "/" + Pagination.pagePath(output, k);
    }
}
