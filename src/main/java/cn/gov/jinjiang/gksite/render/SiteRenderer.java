package cn.gov.jinjiang.gksite.render;

import cn.gov.jinjiang.gksite.config.SiteConfig;
import cn.gov.jinjiang.gksite.content.ContentTree;
import cn.gov.jinjiang.gksite.content.Page;
import cn.gov.jinjiang.gksite.content.Section;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.InternalErrors;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.markdown.RenderedMarkdown;
import cn.gov.jinjiang.gksite.parallel.Tasks;
import cn.gov.jinjiang.gksite.report.AnnualReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * Renders a site through its theme: the pages of content/ ({@link ContentPages}), in parallel, then the pages
 * the theme makes, the catalogue's lists ({@link FacetPages}) and the theme's own pages ({@link ThemePages}) at
 * addresses content does not take. Output is deterministic whatever the order pages finish in.
 */
public final class SiteRenderer {
    private final TemplateEngine engine;
    private final SiteConfig config;
    private final ToLongFunction<String> assetSize;

    /**
     * @param assetSize size in bytes of a file in content/ (path relative to content/), or -1 when there
     *                  is no such file; used to show attachments' size next to their links
     */
    public SiteRenderer(TemplateEngine engine, SiteConfig config, ToLongFunction<String> assetSize) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.config = Objects.requireNonNull(config, "config");
        this.assetSize = Objects.requireNonNull(assetSize, "assetSize");
    }

    /**
     * Renders every page in parallel and hands each file to {@code sink} as soon as it is rendered (from
     * several threads at once), so the caller can write it out and let it go; then the pages the theme makes.
     * {@code bodies} gives a page's rendered Markdown (it may convert on demand). Problems go to {@code diags}
     * as {@link RenderDiagnostics#oncePerPlace} lets them through. Returns the number of content pages rendered.
     */
    public int render(
            ContentTree tree,
            Function<Page, RenderedMarkdown> bodies,
            List<AnnualReport> reports,
            Diagnostics diags,
            Consumer<RenderedFile> sink) {
        Predicate<Diagnostic> once = RenderDiagnostics.oncePerPlace();
        return render(
                tree,
                bodies,
                reports,
                p -> true,
                (p, d) -> {
                    if (once.test(d)) {
                        diags.add(d);
                    }
                },
                (p, files) -> files.forEach(sink),
                sink);
    }

    /**
     * Renders the pages {@code only} accepts in parallel, handing all files of one page to {@code pageFiles} as
     * soon as they are rendered (from several threads at once), then the pages the theme makes to {@code generated}.
     * Every problem goes to {@code problems} with the page being rendered (null for problems of no single page),
     * unfiltered. A build that keeps the pages of its last build an edit left as they were renders only the others.
     * Returns the number of content pages rendered.
     */
    public int render(
            ContentTree tree,
            Function<Page, RenderedMarkdown> bodies,
            List<AnnualReport> reports,
            Predicate<Page> only,
            BiConsumer<Page, Diagnostic> problems,
            BiConsumer<Page, List<RenderedFile>> pageFiles,
            Consumer<RenderedFile> generated) {
        Map<String, Section> sections = tree.sections();
        ColumnMenus menus = ColumnMenus.read(sections, problems);
        int n = contentPages(tree, sections, menus, bodies, reports, only, problems, pageFiles);
        generatedPages(tree, menus, problems).forEach(generated);
        return n;
    }

    /**
     * Renders only the pages {@code only} accepts (the preview re-renders the pages an edit affects), in the
     * tree's page order, followed by the pages the theme makes. Every problem goes to {@code sink} with the page
     * being rendered (null for problems of no single page), unfiltered: a template error comes once per page
     * that hits it. {@code sink} must be thread-safe.
     */
    public List<RenderedFile> render(
            ContentTree tree,
            Map<String, RenderedMarkdown> bodies,
            List<AnnualReport> reports,
            Predicate<Page> only,
            BiConsumer<Page, Diagnostic> sink) {
        Map<String, Integer> order = new HashMap<>();
        List<Page> all = tree.pages();
        for (int i = 0; i < all.size(); i++) {
            order.put(all.get(i).source(), i);
        }
        AtomicReferenceArray<List<RenderedFile>> out = new AtomicReferenceArray<>(all.size());
        Map<String, Section> sections = tree.sections();
        ColumnMenus menus = ColumnMenus.read(sections, sink);
        contentPages(
                tree,
                sections,
                menus,
                p -> bodies.get(p.source()),
                reports,
                only,
                sink,
                (p, list) -> out.set(order.get(p.source()), list));
        List<RenderedFile> files = new ArrayList<>();
        for (int i = 0; i < out.length(); i++) {
            List<RenderedFile> f = out.get(i);
            if (f != null) {
                files.addAll(f);
            }
        }
        files.addAll(generatedPages(tree, menus, sink));
        return files;
    }

    /**
     * The one loop over content pages behind both variants: {@code files} gets all files of one page at once.
     * Returns how many pages were rendered.
     */
    private int contentPages(
            ContentTree tree,
            Map<String, Section> sections,
            ColumnMenus menus,
            Function<Page, RenderedMarkdown> bodies,
            List<AnnualReport> reports,
            Predicate<Page> only,
            BiConsumer<Page, Diagnostic> problems,
            BiConsumer<Page, List<RenderedFile>> files) {
        ContentPages pages = new ContentPages(engine, config, tree, sections, reports, assetSize, menus);
        List<Page> chosen = tree.pages().stream().filter(only).toList();
        AtomicInteger count = new AtomicInteger();
        Tasks.forEach(chosen.size(), i -> {
            Page p = chosen.get(i);
            // An unexpected failure is an internal error of this page; the others go on.
            Diagnostics own = new Diagnostics();
            InternalErrors.contain(SourcePos.of(p.source()), "生成页面", own, () -> {
                List<RenderedFile> made = pages.render(p, bodies, problems);
                if (made != null) {
                    files.accept(p, made);
                    count.incrementAndGet();
                }
            });
            own.sorted().forEach(d -> problems.accept(p, d));
        });
        return count.get();
    }

    /**
     * The pages the theme makes: the catalogue's lists by 主题分类, 发布机构 and year at addresses no content page
     * or file takes, then 404, search and 无障碍 (always).
     */
    private List<RenderedFile> generatedPages(
            ContentTree tree, ColumnMenus menus, BiConsumer<Page, Diagnostic> problems) {
        Set<String> taken = new HashSet<>(tree.assets());
        tree.pages().forEach(p -> taken.add(p.output()));
        List<RenderedFile> out = new ArrayList<>();
        new FacetPages(engine, config, menus).render(tree, taken, problems, out);
        new ThemePages(engine, config).render(problems, out);
        return out;
    }
}
