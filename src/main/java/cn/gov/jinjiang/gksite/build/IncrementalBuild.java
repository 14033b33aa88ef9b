package cn.gov.jinjiang.gksite.build;

import cn.gov.jinjiang.gksite.config.ConfigLoader;
import cn.gov.jinjiang.gksite.config.SiteConfig;
import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.content.ContentTree;
import cn.gov.jinjiang.gksite.content.Page;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.markdown.MarkdownStage;
import cn.gov.jinjiang.gksite.markdown.RenderedMarkdown;
import cn.gov.jinjiang.gksite.output.SearchIndexWriter;
import cn.gov.jinjiang.gksite.render.RenderDiagnostics;
import cn.gov.jinjiang.gksite.render.RenderedFile;
import cn.gov.jinjiang.gksite.render.TemplateEngine;
import cn.gov.jinjiang.gksite.render.Theme;
import cn.gov.jinjiang.gksite.report.AnnualReport;
import cn.gov.jinjiang.gksite.report.ReportLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * A build that stays alive between edits, for the preview server. It keeps what it read, converted and
 * rendered, so an edit re-reads only the changed files and re-renders only the pages that show them
 * ({@link Affected} says which); a template change renders every page ({@link #templatesChanged}), a theme's
 * static file only updates the copies, and site.yaml builds everything ({@link #full}), reusing converted
 * Markdown whose text did not change. It takes the steps a full build takes ({@link Stages}).
 *
 * <p>The result is what {@link Pipeline} would write with drafts ({@code build --drafts}, without the checker):
 * the preview always shows drafts, marked as such. It is written in place into a private output folder
 * ({@link PreviewFolder}), never site/. Unlike {@link Pipeline} it renders and writes the pages it can even
 * when some file has errors; the result reports them all, and the preview shows them instead of pages.
 * Not thread-safe: one thread calls it.
 */
public final class IncrementalBuild {
    private final SourceLayout layout;
    private final boolean cached;
    private final Clock clock;
    private final SourceFiles files;
    private final MarkdownStage markdown = new MarkdownStage();
    private final PreviewFolder folder;
    /** Keeps each page's search tokens while the page is unchanged. */
    private final SearchIndexWriter search = new SearchIndexWriter();

    private boolean ready;
    private SiteConfig config;
    private List<Diagnostic> configDiags = List.of();
    private Theme theme;
    private TemplateEngine engine;
    private ContentTree tree;
    private List<AnnualReport> reports = List.of();
    private List<Diagnostic> treeDiags = List.of();
    private List<Diagnostic> reportDiags = List.of();
    /** The theme's problems: refused links of its templates, a theme site.yaml names that is not there. */
    private List<Diagnostic> themeDiags = List.of();
    /** Refused links among the static files. */
    private List<Diagnostic> staticDiags = List.of();
    /** Why the build cache could not be used at the last {@link #full}, if it could not. */
    private List<Diagnostic> cacheDiags = List.of();

    private final Map<String, Converted> bodies = new ConcurrentHashMap<>();
    /** The HTML of {@link #bodies}, kept beside it so stages can take it without copying. */
    private final Map<String, RenderedMarkdown> html = new ConcurrentHashMap<>();
    /** The problems each page's last render met, unfiltered ("" for those of no single page). */
    private final Map<String, List<Diagnostic>> renderDiags = new ConcurrentHashMap<>();
    /** Set when an edit left the generated files for {@link #refreshGenerated()}. */
    private boolean generatedStale;

    private record Converted(String body, int bodyLine, RenderedMarkdown html, List<Diagnostic> diags) {}

    /**
     * @param source the source folder (site.yaml, content/, themes/)
     * @param output a private folder to write to; it is replaced on {@link #full} and updated in place after
     */
    public IncrementalBuild(Path source, Path output, Clock clock) {
        this(source, output, clock, false);
    }

    /**
     * As {@link #IncrementalBuild(Path, Path, Clock)}; a whole build ({@link #full}) takes the conversions it can
     * from the build cache of {@code build} and {@code publish} ({@link MarkdownCache}) and adds its own, so the
     * preview of a site built before starts fast.
     *
     * @param cached whether to use the build cache (its key, {@link CacheKey}, is found at each whole build)
     */
    public IncrementalBuild(Path source, Path output, Clock clock, boolean cached) {
        this.layout =
                SourceLayout.of(Objects.requireNonNull(source, "source"), Objects.requireNonNull(output, "output"));
        this.cached = cached;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.files = new SourceFiles(layout);
        this.folder = new PreviewFolder(layout);
    }

    public SourceLayout layout() {
        return layout;
    }

    /** Reads and renders everything; converted Markdown is reused where the text is unchanged. */
    public BuildResult full() {
        Instant start = clock.instant();
        ready = false;
        loadConfig();
        files.readAll();
        assemble();
        Set<String> live = new HashSet<>();
        tree.pages().forEach(p -> live.add(p.source()));
        bodies.keySet().retainAll(live);
        html.keySet().retainAll(live);
        try (MarkdownCache cache = cached
                ? MarkdownCache.open(layout.root(), CacheKey.of(IncrementalBuild.class))
                : MarkdownCache.none()) {
            cacheDiags = cache.warning() == null ? List.of() : List.of(cache.warning());
            tree.pages().parallelStream().forEach(p -> convert(p, cache));
        }
        reports = loadReports();
        renderDiags.clear();
        folder.reset();
        List<RenderedFile> rendered = render(p -> true, false);
        generatedStale = false;
        Diagnostics linkDiags = new Diagnostics();
        var statics = Stages.staticFiles(layout, theme, tree, linkDiags);
        staticDiags = linkDiags.sorted();
        // Its conflicts are found again from the same outputs by result(), as after every in-place update.
        folder.replace(rendered, generatedFiles(), statics, Stages.addressLines(tree));
        ready = true;
        return result(rendered.size(), start);
    }

    /** Content files or folders changed (added, edited, removed, renamed). */
    public BuildResult contentChanged(Set<Path> changed) {
        return contentChanged(changed, false);
    }

    /**
     * As {@link #contentChanged(Set)}; with {@code deferGenerated} the site-wide generated files (search
     * index, feeds, sitemap, downloads) are left for {@link #refreshGenerated()}, so the preview can show the
     * edited page first: regenerating the search index of 10,000 pages takes most of a second.
     */
    public BuildResult contentChanged(Set<Path> changed, boolean deferGenerated) {
        Instant start = clock.instant();
        if (!ready) {
            return full();
        }
        Set<String> dataDirs = new HashSet<>();
        Set<String> assetPaths = new HashSet<>();
        List<SourceFiles.PageChange> changes = files.update(changed, dataDirs, assetPaths);
        ContentTree before = tree;
        assemble();
        for (SourceFiles.PageChange c : changes) {
            if (c.after() != null) {
                convert(c.after());
            } else {
                String gone = c.before().source();
                bodies.remove(gone);
                html.remove(gone);
                renderDiags.remove(gone);
                folder.forget(gone);
            }
        }
        List<AnnualReport> now = loadReports();
        Set<String> stale = Affected.pages(Affected.Edit.of(before, tree, changes, dataDirs, reports, now));
        reports = now;
        // Downloads, sitemap, feeds and the search index follow the pages' set, titles, dates and text.
        if (deferGenerated) {
            generatedStale = true;
        } else {
            folder.writeGenerated(generatedFiles());
        }
        List<RenderedFile> rendered = render(p -> stale.contains(p.source()), true);
        if (!assetPaths.isEmpty()) {
            syncStatics();
        }
        return result(rendered.size(), start);
    }

    /** A template (or anything else of a theme but its static files) changed: every page is rendered again. */
    public BuildResult templatesChanged() {
        Instant start = clock.instant();
        if (!ready) {
            return full();
        }
        loadTheme();
        renderDiags.clear();
        List<RenderedFile> rendered = render(p -> true, true);
        syncStatics();
        return result(rendered.size(), start);
    }

    /** A theme's static file changed: the copies are brought up to date, nothing is rendered. */
    public BuildResult staticFilesChanged() {
        Instant start = clock.instant();
        if (!ready) {
            return full();
        }
        syncStatics();
        return result(0, start);
    }

    /** Brings the generated files up to date after a deferred {@link #contentChanged(Set, boolean)}. */
    public void refreshGenerated() {
        if (generatedStale) {
            generatedStale = false;
            folder.writeGenerated(generatedFiles());
        }
    }

    /**
     * A task that readies this JVM for the first edit after {@link #full}: when the build cache held every page's
     * conversion, the Markdown converter has not run yet ({@link MarkdownStage#warmUp}). For any thread.
     */
    public Runnable warmUp() {
        return MarkdownStage.warmUp(tree == null ? List.of() : tree.pages());
    }

    private void loadConfig() {
        Diagnostics d = new Diagnostics();
        config = new ConfigLoader().load(layout, d);
        configDiags = d.sorted();
        loadTheme();
    }

    private void loadTheme() {
        Diagnostics d = new Diagnostics();
        theme = Stages.theme(layout, config, d);
        themeDiags = d.sorted();
        engine = Stages.engine(layout, theme);
    }

    private void assemble() {
        Diagnostics d = new Diagnostics();
        tree = files.tree(d);
        Stages.checkTree(tree, config, clock, d);
        treeDiags = d.sorted();
    }

    private void convert(Page p) {
        convert(p, MarkdownCache.none());
    }

    private void convert(Page p, MarkdownCache cache) {
        Converted c = bodies.get(p.source());
        if (c != null && c.body().equals(p.body().text()) && c.bodyLine() == p.bodyLine()) {
            return;
        }
        Diagnostics d = new Diagnostics();
        RenderedMarkdown converted = cache.convert(p, d, markdown::convert);
        bodies.put(p.source(), new Converted(p.body().text(), p.bodyLine(), converted, d.sorted()));
        html.put(p.source(), converted);
    }

    private List<AnnualReport> loadReports() {
        Diagnostics d = new Diagnostics();
        List<AnnualReport> out = new ReportLoader().load(tree, Collections.unmodifiableMap(html), config.bodies(), d);
        reportDiags = d.sorted();
        return out;
    }

    private List<RenderedFile> generatedFiles() {
        return GeneratedFiles.of(tree, reports, config, search);
    }

    /** Renders the accepted pages, and writes them in place when asked; returns what was rendered. */
    private List<RenderedFile> render(Predicate<Page> only, boolean write) {
        if (theme.folders().isEmpty()) {
            return List.of();
        }
        Map<String, List<Diagnostic>> found = new ConcurrentHashMap<>();
        Set<String> attempted = ConcurrentHashMap.newKeySet();
        List<RenderedFile> out = Stages.renderer(layout, engine, config)
                .render(
                        tree,
                        Collections.unmodifiableMap(html),
                        reports,
                        p -> {
                            boolean yes = only.test(p);
                            if (yes) {
                                attempted.add(p.source());
                            }
                            return yes;
                        },
                        (p, d) -> found.computeIfAbsent(
                                        p == null ? "" : p.source(),
                                        k -> Collections.synchronizedList(new ArrayList<>()))
                                .add(d));
        attempted.forEach(renderDiags::remove);
        found.forEach((k, v) -> renderDiags.put(k, List.copyOf(v)));
        folder.rendered(out, write);
        return out;
    }

    private void syncStatics() {
        Diagnostics d = new Diagnostics();
        var statics = Stages.staticFiles(layout, theme, tree, d);
        staticDiags = d.sorted();
        folder.syncStatics(statics, Stages.addressLines(tree));
    }

    private BuildResult result(int rendered, Instant start) {
        Diagnostics all = Diagnostics.withOverrides(
                config.checks().overrides(), config.checks().off());
        all.addAll(configDiags);
        files.diagnostics().forEach(all::addAll);
        all.addAll(treeDiags);
        bodies.values().forEach(c -> all.addAll(c.diags()));
        all.addAll(reportDiags);
        Predicate<Diagnostic> once = RenderDiagnostics.oncePerPlace();
        renderDiags.values().forEach(list -> list.stream().filter(once).forEach(all::add));
        all.addAll(folder.conflicts(Stages.addressLines(tree)));
        all.addAll(themeDiags);
        all.addAll(staticDiags);
        all.addAll(cacheDiags);
        return new BuildResult(
                true,
                rendered,
                folder.manifest(),
                all.sorted(),
                Duration.between(start, clock.instant()),
                Map.of(),
                tree.drafts());
    }
}
