package cn.gov.jinjiang.gksite.render;

import cn.gov.jinjiang.gksite.config.SiteConfig;
import cn.gov.jinjiang.gksite.content.ContentTree;
import cn.gov.jinjiang.gksite.content.DocumentLinks;
import cn.gov.jinjiang.gksite.content.Page;
import cn.gov.jinjiang.gksite.content.Section;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.markdown.RenderedMarkdown;
import cn.gov.jinjiang.gksite.report.AnnualReport;
import cn.gov.jinjiang.gksite.report.ReportScope;
import cn.gov.jinjiang.gksite.report.YearOverview;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Renders the pages of content/, each through its layout: a list page as several files (its pagination), a
 * column's front page with what is new below it, a report page with its tables. Made once per render from the
 * whole tree (what a page shows of others is looked up here); {@link #render} is thread-safe.
 */
final class ContentPages {
    private final TemplateEngine engine;
    private final SiteConfig config;
    private final Map<String, Section> sections;
    private final ColumnMenus menus;
    private final List<AnnualReport> reports;
    private final Map<String, AnnualReport> reportBySource = new HashMap<>();
    private final DocumentLinks links;
    private final Map<String, Page> bySource = new HashMap<>();
    private final PageViews views;

    /**
     * @param assetSize size in bytes of a file in content/ (path relative to content/), or -1 when there is no
     *                  such file; shown next to the links to attachments
     */
    ContentPages(
            TemplateEngine engine,
            SiteConfig config,
            ContentTree tree,
            Map<String, Section> sections,
            List<AnnualReport> reports,
            ToLongFunction<String> assetSize,
            ColumnMenus menus) {
        this.engine = engine;
        this.config = config;
        this.sections = sections;
        this.menus = menus;
        this.reports = reports;
        reports.forEach(r -> reportBySource.put(r.page().source(), r));
        this.links = DocumentLinks.of(tree, null);
        tree.pages().forEach(x -> bySource.put(x.source(), x));
        Set<String> assets = Set.copyOf(tree.assets());
        this.views = new PageViews(
                sections, links, bySource, path -> assets.contains(path) ? assetSize.applyAsLong(path) : -1);
    }

    /**
     * The files of one page, or null when it cannot be rendered: its layout is not in the theme, or a template
     * failed (reported to {@code problems} with the page). Its Markdown is asked of {@code bodies} only when
     * the layout is there.
     */
    List<RenderedFile> render(Page p, Function<Page, RenderedMarkdown> bodies, BiConsumer<Page, Diagnostic> problems) {
        String layout = Layouts.of(p);
        if (!engine.hasLayout(layout)) {
            problems.accept(
                    p,
                    Diagnostic.error(
                            RenderDiagnostics.LAYOUT_UNKNOWN,
                            p.meta().pos("layout", p.source()),
                            "主题中没有名为“" + layout + "”的版式（layout）。",
                            "可用的版式：home、section、page、report、reports、library；或在主题 templates/ 中添加 " + layout + ".peb。"));
            return null;
        }
        RenderedMarkdown body = bodies.apply(p);
        AnnualReport report = reportBySource.get(p.source());
        List<Views.Link> children = Lists.children(p, sections);
        if (Layouts.SECTION.equals(layout) && children.isEmpty() && p.body().isBlank()) {
            problems.accept(
                    p,
                    Diagnostic.warning(
                            "render.empty-column",
                            p.meta().pos("title", p.source()),
                            "栏目“" + p.meta().title() + "”既没有正文也没有任何条目，生成的是一个空栏目。",
                            "检查条目是否都标了 draft: true；空栏目会在检查中扣分，应补充内容或从导航和菜单中移除。"));
        }
        Views.Menu menu = menus.at(p.dir(), p.url());
        int size = p.meta().pageSize() == null ? Pagination.PAGE_SIZE : p.meta().pageSize();
        Section folder = p.isIndex() && Layouts.LISTS.contains(layout) ? sections.get(p.dir()) : null;
        FrontPage.View front = folder == null ? null : FrontPage.of(folder, layout, sections, reports);
        // A front page shows its sub-columns itself, on one page.
        int n = Layouts.SECTION.equals(layout) && front == null ? Pagination.pages(children.size(), size) : 1;
        Views.Library library = Layouts.LIBRARY.equals(layout) ? Lists.library(p, sections, links, bySource) : null;
        ReportScope scope = Layouts.REPORTS.equals(layout) ? new ReportScope(p.dir(), reports, config.bodies()) : null;
        List<YearOverview> overviews = scope == null ? List.of() : scope.overviews();
        ReportListView reportList = scope == null ? null : ReportLists.of(scope, overviews);
        List<RenderedFile> made = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            Views.Pager pager = n == 1 ? null : Pagination.pager(i -> pageUrl(p, i), k, n);
            PageView view = views.of(
                    p, layout, body, report != null, Pagination.slice(children, k, n, size), menu, pager, library);
            TemplateContext ctx = new TemplateContext(
                    SiteView.of(config, p.url()),
                    view,
                    report == null ? null : ReportTables.view(report),
                    reportList,
                    front,
                    feedOf(folder),
                    null);
            try {
                made.add(ctx.render(engine, layout, Pagination.pagePath(p.output(), k), p.source(), p.source()));
            } catch (TemplateEngine.TemplateFailure e) {
                problems.accept(p, e.diagnostic());
                return null;
            }
        }
        for (YearOverview o : overviews) {
            try {
                made.add(overviewPage(p, view(p, layout, body, menu), o));
            } catch (TemplateEngine.TemplateFailure e) {
                problems.accept(p, e.diagnostic());
                return null;
            }
        }
        return made;
    }

    private PageView view(Page p, String layout, RenderedMarkdown body, Views.Menu menu) {
        return views.of(p, layout, body, false, List.of(), menu, null, null);
    }

    /** One year's overview, beside the list page {@code list} (whose view is {@code listView}). */
    private RenderedFile overviewPage(Page list, PageView listView, YearOverview o) {
        String dir = list.output().substring(0, list.output().lastIndexOf('/') + 1);
        String url = "/" + dir + ReportLists.OVERVIEW + o.year() + ".html";
        List<Views.Crumb> crumbs = new ArrayList<>(listView.crumbs());
        if (!crumbs.isEmpty()) {
            Views.Crumb last = crumbs.remove(crumbs.size() - 1);
            crumbs.add(new Views.Crumb(last.title(), list.url()));
        }
        String title = o.year() + "年度各单位政府信息公开工作年度报告公开情况";
        crumbs.add(new Views.Crumb(title, ""));
        PageView view = PageView.generated(title, url, Layouts.OVERVIEW, crumbs, List.of(), listView.menu(), null);
        TemplateContext ctx =
                new TemplateContext(SiteView.of(config, url), view, null, null, null, "", ReportLists.overview(o));
        return ctx.render(engine, Layouts.OVERVIEW, url.substring(1), list.source(), list.source());
    }

    private static String pageUrl(Page p, int k) {
        return k == 0 ? p.url() : "/" + Pagination.pagePath(p.output(), k);
    }

    /**
     * The address of the Atom feed of a list page's folder ({@code output.FeedWriter} writes one for every
     * folder with dated pages below it), or "" for a page that is not a folder's index or has no such feed.
     */
    static String feedOf(Section folder) {
        if (folder == null || folder.datedPages().isEmpty()) {
            return "";
        }
        return "/" + (folder.dir().isEmpty() ? "" : folder.dir() + "/") + "atom.xml";
    }
}
