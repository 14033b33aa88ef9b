package cn.gov.jinjiang.gksite.render;

import cn.gov.jinjiang.gksite.parallel.Tasks;
import cn.gov.jinjiang.gksite.config.Placeholders;
import cn.gov.jinjiang.gksite.config.NavItem;
import cn.gov.jinjiang.gksite.config.SiteConfig;
import cn.gov.jinjiang.gksite.content.ContentTree;
import cn.gov.jinjiang.gksite.content.Page;
import cn.gov.jinjiang.gksite.content.PageMeta;
import cn.gov.jinjiang.gksite.content.Section;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.markdown.Heading;
import cn.gov.jinjiang.gksite.markdown.RenderedMarkdown;
import cn.gov.jinjiang.gksite.report.AnnualReport;
import cn.gov.jinjiang.gksite.report.KeyFigures;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * Renders every page of the content tree through the theme. Pages render in parallel; the result is in
 * the tree's fixed page order, so output is deterministic. A template error is reported once per
 * template and line (not once per page) and the page is left out.
 */
public final class SiteRenderer {
    /** Layout used when a page names none: the site root, a folder's index, or any other page. */
    static final String HOME = "home";
    static final String SECTION = "section";
    static final String PAGE = "page";
    static final String REPORTS = "reports";
    /** The 规范性文件库: its folder's documents, those in force apart from the others. */
    static final String LIBRARY = "library";

    /** Items per list page when the list's page sets no page_size. */
    static final int PAGE_SIZE = 20;

    /**
     * Pages the theme provides for every site: the 404 page, the target of the header's search form and the
     * 无障碍 page the top bar links to. Output path, layout, title. Their addresses are reserved: a content page
     * there is an {@code output.conflict} (a site changes them through its theme's templates).
     */
    static final List<List<String>> THEME_PAGES = List.of(
            List.of("404.html", "notfound", "页面未找到"),
            List.of("search.html", "search", "站内搜索"),
            List.of("wza.html", "accessibility", "无障碍说明"));

    private final TemplateEngine engine;
    private final SiteConfig config;
    private final ToLongFunction<String> assetSize;

    public SiteRenderer(TemplateEngine engine, SiteConfig config) {
        this(engine, config, path -> -1);
    }

    /**
     * @param assetSize size in bytes of a file in content/ (path relative to content/), or -1 when there
     *                  is no such file; used to show attachments' size next to their links
     */
    public SiteRenderer(TemplateEngine engine, SiteConfig config, ToLongFunction<String> assetSize) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.config = Objects.requireNonNull(config, "config");
        this.assetSize = Objects.requireNonNull(assetSize, "assetSize");
    }

    /** Renders every page (and the theme's own pages) and returns the files in the tree's page order. */
    public List<RenderedFile> render(ContentTree tree, Map<String, RenderedMarkdown> bodies,
                                     List<AnnualReport> reports, Diagnostics diags) {
        return render(tree, bodies, reports, p -> true, deduplicated(diags));
    }

    /**
     * Renders every page in parallel and hands each file to {@code sink} as soon as it is rendered (from
     * several threads at once), so the caller can write it out and let it go; then the theme's own pages
     * (404, search, 无障碍) that content/ does not replace. {@code bodies} gives a page's rendered Markdown
     * (it may convert on demand). A template error is reported once per template and line, not once per
     * page. Returns the number of content pages rendered.
     */
    public int render(ContentTree tree, java.util.function.Function<Page, RenderedMarkdown> bodies,
                      List<AnnualReport> reports, Diagnostics diags, java.util.function.Consumer<RenderedFile> sink) {
        java.util.function.BiConsumer<Page, Diagnostic> problems = deduplicated(diags);
        int n = render(tree, bodies, reports, p -> true, problems, list -> list.forEach(sink));
        themePages(tree, problems).forEach(sink);
        return n;
    }

    /**
     * Renders only the pages {@code only} accepts (the preview re-renders the pages an edit affects), in the
     * tree's page order, followed by the theme's own pages. Every problem goes to {@code sink} with the page
     * being rendered (null for problems of no single page), undeduplicated: a template error comes once per
     * page that hits it. {@code sink} must be thread-safe.
     */
    public List<RenderedFile> render(ContentTree tree, Map<String, RenderedMarkdown> bodies,
                                     List<AnnualReport> reports, java.util.function.Predicate<Page> only,
                                     java.util.function.BiConsumer<Page, Diagnostic> sink) {
        Map<String, Integer> order = new HashMap<>();
        List<Page> all = tree.pages();
        for (int i = 0; i < all.size(); i++) {
            order.put(all.get(i).source(), i);
        }
        @SuppressWarnings("unchecked")
        List<RenderedFile>[] out = new List[all.size()];
        render(tree, p -> bodies.get(p.source()), reports, only, sink,
                list -> out[order.get(list.get(0).source())] = list);
        List<RenderedFile> files = new ArrayList<>();
        for (List<RenderedFile> f : out) {
            if (f != null) {
                files.addAll(f);
            }
        }
        files.addAll(themePages(tree, sink));
        return files;
    }

    private static java.util.function.BiConsumer<Page, Diagnostic> deduplicated(Diagnostics diags) {
        java.util.Set<String> reported = java.util.concurrent.ConcurrentHashMap.newKeySet();
        return (p, d) -> {
            if (d.code().equals("render.layout-unknown") || reported.add(d.pos().toString() + d.code())) {
                diags.add(d);
            }
        };
    }

    /**
     * The one rendering loop behind the public variants. A list page renders as several files (its
     * pagination); {@code files} gets all files of one page at once.
     */
    private int render(ContentTree tree, java.util.function.Function<Page, RenderedMarkdown> bodies,
                       List<AnnualReport> reports, java.util.function.Predicate<Page> only,
                       java.util.function.BiConsumer<Page, Diagnostic> problems,
                       java.util.function.Consumer<List<RenderedFile>> files) {
        Map<String, Section> sections = tree.sections();
        Map<String, ColumnMenu> menus = new HashMap<>();
        sections.values().forEach(s -> {
            var data = s.data().get(ColumnMenu.FILE);
            if (data != null) {
                Diagnostics menuDiags = new Diagnostics();
                menus.put(s.dir(), ColumnMenu.read(data, menuDiags));
                Page owner = s.index().orElse(null);
                menuDiags.sorted().forEach(d -> problems.accept(owner, d));
            }
        });
        java.util.Set<String> assets = java.util.Set.copyOf(tree.assets());
        ToLongFunction<String> sizes = path -> assets.contains(path) ? assetSize.applyAsLong(path) : -1;
        Map<String, AnnualReport> reportBySource = new HashMap<>();
        reports.forEach(r -> reportBySource.put(r.page().source(), r));
        List<Page> pages = tree.pages().stream().filter(only).toList();
        java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
        ReportListView reportList = reportList(reports);
        cn.gov.jinjiang.gksite.content.DocumentLinks links = cn.gov.jinjiang.gksite.content.DocumentLinks.of(tree, null);
        Map<String, Page> bySource = new HashMap<>();
        tree.pages().forEach(x -> bySource.put(x.source(), x));
        Tasks.forEach(pages.size(), i -> contained(pages.get(i), problems, p -> {
            String layout = layoutOf(p);
            if (!engine.hasLayout(layout)) {
                problems.accept(p, Diagnostic.error("render.layout-unknown", p.meta().pos("layout", p.source()),
                        "主题中没有名为“" + layout + "”的版式（layout）。",
                        "可用的版式：home、section、page、report、reports、library；或在主题 templates/ 中添加 " + layout + ".peb。"));
                return;
            }
            RenderedMarkdown body = bodies.apply(p);
            AnnualReport report = reportBySource.get(p.source());
            List<Views.Link> children = children(p, sections);
            if (SECTION.equals(layout) && children.isEmpty() && p.body().isBlank()) {
                problems.accept(p, Diagnostic.warning("render.empty-column", p.meta().pos("title", p.source()),
                        "栏目“" + p.meta().title() + "”既没有正文也没有任何条目，生成的是一个空栏目。",
                        "检查条目是否都标了 draft: true；空栏目会在检查中扣分，应补充内容或从导航和菜单中移除。"));
            }
            Views.Menu menu = menuOf(p, menus);
            int size = p.meta().pageSize() == null ? PAGE_SIZE : p.meta().pageSize();
            int n = SECTION.equals(layout) ? Math.max(1, (children.size() + size - 1) / size) : 1;
            List<RenderedFile> made = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                Views.Pager pager = n == 1 ? null : pager(p, k, n);
                List<Views.Link> slice = n == 1 ? children
                        : children.subList(k * size, Math.min(children.size(), (k + 1) * size));
                Map<String, Object> ctx = new HashMap<>();
                ctx.put("site", siteView(p.url()));
                ctx.put("page", pageView(p, layout, body, report != null, sections, slice, menu, pager, sizes,
                        relations(p, links, bySource), LIBRARY.equals(layout) ? library(p, sections, links, bySource) : null));
                ctx.put("report", report == null ? null : ReportTables.view(report));
                ctx.put("reports", REPORTS.equals(layout) ? reportList : null);
                try {
                    String html = engine.render(layout + ".peb", ctx, p.source());
                    made.add(new RenderedFile(pagePath(p.output(), k), html.getBytes(StandardCharsets.UTF_8),
                            p.source(), layout + ".peb"));
                } catch (TemplateEngine.TemplateFailure e) {
                    problems.accept(p, e.diagnostic());
                    return;
                }
            }
            files.accept(made);
            count.incrementAndGet();
        }));
        return count.get();
    }

    /** Renders one page; an unexpected failure is reported as an internal error of that page, and the others go on. */
    private static void contained(Page p, java.util.function.BiConsumer<Page, Diagnostic> problems,
                                  java.util.function.Consumer<Page> render) {
        Diagnostics own = new Diagnostics();
        cn.gov.jinjiang.gksite.diag.InternalErrors.contain(SourcePos.of(p.source()), "生成页面", own,
                () -> render.accept(p));
        own.sorted().forEach(d -> problems.accept(p, d));
    }

    /**
     * The theme's own pages: 404, search, 无障碍 (always), and the catalogue's lists by 主题分类, 发布机构 and year
     * ({@link Facets}) at addresses no content page or file takes.
     */
    public List<RenderedFile> themePages(ContentTree tree, java.util.function.BiConsumer<Page, Diagnostic> problems) {
        java.util.Set<String> taken = new java.util.HashSet<>(tree.assets());
        tree.pages().forEach(p -> taken.add(p.output()));
        List<RenderedFile> out = new ArrayList<>();
        facetPages(tree, taken, problems, out);
        for (List<String> tp : THEME_PAGES) {
            if (!engine.hasLayout(tp.get(1))) {
                continue;
            }
            Diagnostics d = new Diagnostics();
            RenderedFile f = themePage(tp.get(0), tp.get(1), tp.get(2), d);
            d.sorted().forEach(x -> problems.accept(null, x));
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    private void facetPages(ContentTree tree, java.util.Set<String> taken,
                            java.util.function.BiConsumer<Page, Diagnostic> problems, List<RenderedFile> out) {
        Optional<Section> column = Facets.column(tree);
        if (column.isEmpty() || !engine.hasLayout(SECTION)) {
            return;
        }
        Page columnPage = column.get().index().orElse(null);
        String base = column.get().dir().isEmpty() ? "" : column.get().dir() + "/";
        Map<String, Section> sections = tree.sections();
        Map<String, ColumnMenu> menus = new HashMap<>();
        Diagnostics ignored = new Diagnostics();
        sections.values().forEach(s -> {
            var data = s.data().get(ColumnMenu.FILE);
            if (data != null) {
                menus.put(s.dir(), ColumnMenu.read(data, ignored));
            }
        });
        List<Views.Crumb> columnCrumbs = new ArrayList<>();
        columnCrumbs.add(new Views.Crumb("首页", "/"));
        if (columnPage != null) {
            columnCrumbs.add(new Views.Crumb(columnPage.meta().title(), columnPage.url()));
        }
        for (Facets.Kind kind : Facets.KINDS) {
            List<Facets.Group> groups = Facets.groups(tree, kind);
            if (groups.isEmpty()) {
                continue;
            }
            String kindDir = base + kind.folder() + "/";
            List<Views.Link> overview = groups.stream().map(g -> new Views.Link(g.name() + "（" + g.pages().size() + "）",
                    "/" + kindDir + g.segment() + "/", "", false)).toList();
            List<Views.Crumb> crumbs = new ArrayList<>(columnCrumbs);
            crumbs.add(new Views.Crumb(kind.title(), ""));
            facetPage(kindDir + "index.html", kind.title(), crumbs, overview, menus, taken, problems, out);
            for (Facets.Group g : groups) {
                List<Views.Crumb> gc = new ArrayList<>(columnCrumbs);
                gc.add(new Views.Crumb(kind.title(), "/" + kindDir));
                gc.add(new Views.Crumb(g.name(), ""));
                facetPage(kindDir + g.segment() + "/index.html", kind.title() + "：" + g.name(), gc,
                        g.pages().stream().map(Facets::link).toList(), menus, taken, problems, out);
            }
        }
    }

    /** One list of the catalogue, paginated like a column's list. */
    private void facetPage(String output, String title, List<Views.Crumb> crumbs, List<Views.Link> items,
                           Map<String, ColumnMenu> menus, java.util.Set<String> taken,
                           java.util.function.BiConsumer<Page, Diagnostic> problems, List<RenderedFile> out) {
        if (taken.contains(output)) {
            return;
        }
        String url = "/" + output.substring(0, output.length() - "index.html".length());
        Views.Menu menu = menuOf(output.substring(0, Math.max(0, output.lastIndexOf('/'))), url, menus);
        int n = Math.max(1, (items.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        for (int k = 0; k < n; k++) {
            Views.Pager pager = n == 1 ? null : pager(i -> facetUrl(output, i), k, n);
            List<Views.Link> slice = items.subList(k * PAGE_SIZE, Math.min(items.size(), (k + 1) * PAGE_SIZE));
            PageView view = new PageView(title, url, SECTION, new SafeString(""), new SafeString(""), List.of(),
                    List.of(), "", "", crumbs, slice, false, "", "/", menu, pager, Views.Relations.NONE, null);
            try {
                out.add(renderGenerated(pagePath(output, k), SECTION, view));
            } catch (TemplateEngine.TemplateFailure e) {
                problems.accept(null, e.diagnostic());
                return;
            }
        }
    }

    private static String facetUrl(String output, int k) {
        return k == 0 ? "/" + output.substring(0, output.length() - "index.html".length()) : "/" + pagePath(output, k);
    }

    private RenderedFile themePage(String output, String layout, String title, Diagnostics diags) {
        PageView view = new PageView(title, "/" + output, layout, new SafeString(""), new SafeString(""), List.of(),
                List.of(), "", "", List.of(new Views.Crumb("首页", "/"), new Views.Crumb(title, "")), List.of(), false,
                "", "/", null, null, Views.Relations.NONE, null);
        try {
            return renderGenerated(output, layout, view);
        } catch (TemplateEngine.TemplateFailure e) {
            diags.add(e.diagnostic());
            return null;
        }
    }

    /** A page the theme makes (no source page): rendered with the given view and no report. */
    private RenderedFile renderGenerated(String output, String layout, PageView view) {
        Map<String, Object> ctx = new HashMap<>();
        ctx.put("site", siteView(view.url()));
        ctx.put("page", view);
        ctx.put("report", null);
        ctx.put("reports", null);
        String html = engine.render(layout + ".peb", ctx, "themes/" + layout + ".peb");
        return new RenderedFile(output, html.getBytes(StandardCharsets.UTF_8), "", layout + ".peb");
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

    private static String pageUrl(Page p, int k) {
        return k == 0 ? p.url() : "/" + pagePath(p.output(), k);
    }

    private static Views.Pager pager(Page p, int k, int count) {
        return pager(i -> pageUrl(p, i), k, count);
    }

    /** The pager of page {@code k} (0-based) of {@code count}, with {@code urlOf} giving each page's address. */
    private static Views.Pager pager(java.util.function.IntFunction<String> urlOf, int k, int count) {
        List<Views.PagerLink> links = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            links.add(new Views.PagerLink(i + 1, urlOf.apply(i), i == k));
        }
        return new Views.Pager(k + 1, count, k == 0 ? "" : urlOf.apply(0), k == 0 ? "" : urlOf.apply(k - 1),
                k == count - 1 ? "" : urlOf.apply(k + 1), k == count - 1 ? "" : urlOf.apply(count - 1), links);
    }

    /** The menu of the nearest folder at or above the page's that has a menu.yaml, or null. */
    private static Views.Menu menuOf(Page p, Map<String, ColumnMenu> menus) {
        return menuOf(p.dir(), p.url(), menus);
    }

    /** The menu of the nearest folder at or above {@code dir} that has a menu.yaml, marked for {@code url}. */
    private static Views.Menu menuOf(String dir, String url, Map<String, ColumnMenu> menus) {
        while (true) {
            ColumnMenu m = menus.get(dir);
            if (m != null) {
                return m.view(url);
            }
            if (dir.isEmpty()) {
                return null;
            }
            int slash = dir.lastIndexOf('/');
            dir = slash < 0 ? "" : dir.substring(0, slash);
        }
    }

    static String layoutOf(Page p) {
        if (p.meta().layout() != null) {
            return p.meta().layout();
        }
        if (p.output().equals("index.html")) {
            return HOME;
        }
        return p.isIndex() ? SECTION : PAGE;
    }

    private SiteView siteView(String url) {
        String best = null;
        for (NavItem n : config.nav()) {
            boolean match = n.url().equals("/") ? url.equals("/") : url.startsWith(n.url());
            if (match && (best == null || n.url().length() > best.length())) {
                best = n.url();
            }
        }
        List<Views.Nav> nav = new ArrayList<>();
        for (NavItem n : config.nav()) {
            nav.add(new Views.Nav(n.label(), n.url(), n.url().equals(best)));
        }
        String report = config.footer().errorReportUrl();
        String code = config.footer().siteCode();
        String conac = config.footer().conacUrl();
        return new SiteView(config.name(), config.title(), config.organisation(), config.baseUrl(),
                config.language(), config.footer(), nav, report.startsWith("http://") || report.startsWith("https://") ? report : "",
                Placeholders.contains(code) ? "" : code, conac.startsWith("http://") || conac.startsWith("https://") ? conac : "");
    }

    private PageView pageView(Page p, String layout, RenderedMarkdown body, boolean isReport,
                              Map<String, Section> sections, List<Views.Link> children, Views.Menu menu,
                              Views.Pager pager, ToLongFunction<String> sizes, Views.Relations relations,
                              Views.Library library) {
        String html = body == null ? "" : Attachments.annotate(body.html(), p.url(), sizes);
        String after = "";
        List<Heading> headings = body == null ? List.of() : body.headings();
        if (isReport) {
            // The theme draws sections 二–四 between the editor's 一 and 五: split the narrative at 五.
            for (Heading h : headings) {
                if (h.text().startsWith("五")) {
                    int at = html.indexOf("<h" + h.level() + " id=\"" + h.id() + "\"");
                    if (at >= 0) {
                        after = html.substring(at);
                        html = html.substring(0, at);
                    }
                    break;
                }
            }
        }
        List<Views.Toc> toc = headings.stream().map(h -> new Views.Toc(h.level(), h.text(), h.id())).toList();
        LocalDate d = p.meta().displayDate();
        return new PageView(p.meta().title(), p.url(), layout, new SafeString(html), new SafeString(after), toc,
                metaItems(p.meta()), d == null ? "" : d.toString(), d == null ? "" : chinese(d),
                crumbs(p, sections), children, p.meta().sample(), p.meta().description(), "/", menu, pager, relations,
                library, p.meta().draft());
    }

    private static Views.Link link(Page p) {
        return Views.Link.of(p);
    }

    private static Views.Relations relations(Page p, cn.gov.jinjiang.gksite.content.DocumentLinks links,
                                             Map<String, Page> bySource) {
        String s = p.source();
        String interprets = links.interprets().get(s);
        String replaces = links.replaces().get(s);
        List<String> by = links.interpretedBy().getOrDefault(s, List.of());
        List<String> newer = links.replacedBy().getOrDefault(s, List.of());
        if (interprets == null && replaces == null && by.isEmpty() && newer.isEmpty()) {
            return Views.Relations.NONE;
        }
        return new Views.Relations(interprets == null ? null : link(bySource.get(interprets)),
                by.stream().map(x -> link(bySource.get(x))).toList(),
                replaces == null ? null : link(bySource.get(replaces)),
                newer.stream().map(x -> link(bySource.get(x))).toList());
    }

    /**
     * The documents of the library's folder: in force when 有效性 is 现行有效 and no other document
     * replaces them; the others (abolished, expired, amended or replaced) apart. Newest first within each.
     */
    private static Views.Library library(Page p, Map<String, Section> sections,
                                         cn.gov.jinjiang.gksite.content.DocumentLinks links, Map<String, Page> bySource) {
        Section folder = sections.get(p.dir());
        List<Page> docs = new ArrayList<>(folder == null ? List.of() : folder.pages());
        docs.sort(Comparator.<Page, LocalDate>comparing(x -> x.meta().displayDate(),
                Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(Page::source));
        List<Views.LibraryEntry> current = new ArrayList<>();
        List<Views.LibraryEntry> other = new ArrayList<>();
        for (Page d : docs) {
            List<Views.Link> newer = links.replacedBy().getOrDefault(d.source(), List.of()).stream()
                    .map(x -> link(bySource.get(x))).toList();
            LocalDate date = d.meta().displayDate();
            Views.LibraryEntry e = new Views.LibraryEntry(d.meta().title(), d.url(), d.meta().docNo(),
                    date == null ? "" : date.toString(), d.meta().validity(), newer, d.meta().sample(), d.meta().draft());
            boolean inForce = cn.gov.jinjiang.gksite.config.Catalogue.CURRENT.equals(d.meta().validity()) && newer.isEmpty();
            (inForce ? current : other).add(e);
        }
        return new Views.Library(current, other);
    }

    static String chinese(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** The 公开目录 metadata present on the page, in the portal's order. */
    static List<Views.MetaItem> metaItems(PageMeta m) {
        List<Views.MetaItem> out = new ArrayList<>();
        add(out, "索引号", m.indexNo());
        add(out, "主题分类", m.topic());
        add(out, "发布机构", m.publisher());
        add(out, "成文日期", m.written() == null ? "" : m.written().toString());
        add(out, "发布日期", m.published() == null ? "" : m.published().toString());
        add(out, "文号", m.docNo());
        add(out, "有效性", m.validity());
        return out;
    }

    private static void add(List<Views.MetaItem> out, String label, String value) {
        if (value != null && !value.isBlank()) {
            out.add(new Views.MetaItem(label, value));
        }
    }

    private static List<Views.Crumb> crumbs(Page p, Map<String, Section> sections) {
        List<Views.Crumb> out = new ArrayList<>();
        out.add(new Views.Crumb("首页", p.output().equals("index.html") ? "" : "/"));
        if (p.output().equals("index.html")) {
            return out;
        }
        String dir = p.dir();
        if (!dir.isEmpty()) {
            String[] parts = dir.split("/");
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < parts.length; i++) {
                if (!sb.isEmpty()) {
                    sb.append('/');
                }
                sb.append(parts[i]);
                Section s = sections.get(sb.toString());
                Optional<Page> idx = s == null ? Optional.empty() : s.index();
                boolean self = p.isIndex() && i == parts.length - 1;
                if (idx.isPresent() && !self) {
                    out.add(new Views.Crumb(idx.get().meta().title(), idx.get().url()));
                }
            }
        }
        out.add(new Views.Crumb(p.meta().title(), ""));
        return out;
    }

    private static List<Views.Link> children(Page p, Map<String, Section> sections) {
        if (!p.isIndex()) {
            return List.of();
        }
        Section s = sections.get(p.dir());
        if (s == null) {
            return List.of();
        }
        List<Page> items = new ArrayList<>(s.pages());
        for (Section c : s.children()) {
            c.index().ifPresent(items::add);
        }
        items.sort(Comparator.<Page>comparingInt(x -> x.meta().weight())
                .thenComparing(x -> x.meta().displayDate(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Page::source));
        return items.stream().map(Views.Link::of).toList();
    }

    private static ReportListView reportList(List<AnnualReport> reports) {
        List<AnnualReport> newest = new ArrayList<>(reports);
        newest.sort(Comparator.comparingInt(AnnualReport::year).reversed()
                .thenComparing(r -> r.page().source()));
        List<ReportListView.Entry> entries = new ArrayList<>();
        List<List<Views.Cell>> body = new ArrayList<>();
        List<Views.Cell> head = new ArrayList<>();
        head.add(Views.Cell.th("年度", 1, 1, "kf-year", "col"));
        for (int i = 0; i < KeyFigures.LABELS.size(); i++) {
            head.add(Views.Cell.th(KeyFigures.LABELS.get(i), 1, 1, "kf-c" + i, "col"));
        }
        List<KeyFigures> all = new ArrayList<>();
        for (AnnualReport r : newest) {
            LocalDate d = r.page().meta().displayDate();
            entries.add(new ReportListView.Entry(r.year(), r.page().meta().title(), r.page().url(),
                    d == null ? "" : d.toString(), r.page().meta().draft()));
            KeyFigures k = KeyFigures.of(r);
            all.add(k);
            List<Views.Cell> row = new ArrayList<>();
            row.add(Views.Cell.th(r.year() + "年" + (r.page().meta().draft() ? "（草稿）" : ""), 1, 1, "", "row"));
            for (var v : k.values()) {
                row.add(Views.Cell.td(ReportTables.number(v), "", "num"));
            }
            body.add(row);
        }
        Views.Table figures = new Views.Table("key-figures", "历年年度报告主要数据（单位：件）", List.of(head), body, "");
        return new ReportListView(entries, figures, new SafeString(KeyFiguresChart.svg(all)));
    }
}
