package cn.gov.jinjiang.gksite.build;

import cn.gov.jinjiang.gksite.config.ConfigLoader;
import cn.gov.jinjiang.gksite.config.SiteConfig;
import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.content.ContentTree;
import cn.gov.jinjiang.gksite.content.DocumentLinks;
import cn.gov.jinjiang.gksite.content.Page;
import cn.gov.jinjiang.gksite.content.Section;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.markdown.MarkdownStage;
import cn.gov.jinjiang.gksite.markdown.RenderedMarkdown;
import cn.gov.jinjiang.gksite.output.InPlaceWriter;
import cn.gov.jinjiang.gksite.output.OutputManifest;
import cn.gov.jinjiang.gksite.output.Conflicts;
import cn.gov.jinjiang.gksite.output.OutputWriter;
import cn.gov.jinjiang.gksite.output.StaticFiles;
import cn.gov.jinjiang.gksite.render.RenderedFile;
import cn.gov.jinjiang.gksite.render.SiteRenderer;
import cn.gov.jinjiang.gksite.render.TemplateEngine;
import cn.gov.jinjiang.gksite.render.Theme;
import cn.gov.jinjiang.gksite.report.AnnualReport;
import cn.gov.jinjiang.gksite.report.ReportLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A build that stays alive between edits, for the preview server. It keeps what it read, converted and
 * rendered, so an edit re-reads only the changed files and re-renders only the pages that show them:
 * <ul>
 *   <li>a page: itself and the list page of its folder; an index page also the list above it, and the
 *   pages below it when its title or address changed (their breadcrumbs name it); when its entry in lists
 *   changed, also the index pages of every folder above it (front pages list the newest documents below them);</li>
 *   <li>a data file: the pages of its folder; any change to the reports: every report page and year list, and
 *   the index pages above each report (front pages show the latest report's key figures);</li>
 *   <li>a template: every page ({@link #templatesChanged}); a theme's static file: only the copies;</li>
 *   <li>site.yaml: everything ({@link #full}), reusing converted Markdown whose text did not change.</li>
 * </ul>
 * The result is what {@link Pipeline} would write with drafts ({@code build --drafts}, without the checker):
 * the preview always shows drafts, marked as such. It is written in place into a private output folder, never
 * site/. Unlike {@link Pipeline} it renders and writes the pages it can even
 * when some file has errors; the result reports them all, and the preview shows them instead of pages.
 * Not thread-safe: one thread calls it.
 */
public final class IncrementalBuild {
    private static final String REPORTS_LAYOUT = "reports";

    private final SourceLayout layout;
    private final Clock clock;
    private final SourceFiles files;
    private final MarkdownStage markdown = new MarkdownStage();
    private final InPlaceWriter writer;
    /** Keeps each page's search tokens while the page is unchanged. */
    private final cn.gov.jinjiang.gksite.output.SearchIndexWriter search = new cn.gov.jinjiang.gksite.output.SearchIndexWriter();

    private boolean ready;
    private SiteConfig config;
    private List<Diagnostic> configDiags = List.of();
    private Theme theme;
    private TemplateEngine engine;
    private ContentTree tree;
    private List<AnnualReport> reports = List.of();
    private List<Diagnostic> treeDiags = List.of();
    private List<Diagnostic> reportDiags = List.of();
    /** The static files of the last walk (theme static/ and content assets), in precedence order. */
    private List<OutputWriter.Copy> statics = List.of();
    /** The template each written output path was rendered with ("" for generated files). */
    private final Map<String, String> templates = new ConcurrentHashMap<>();
    /** Refused links of the theme's templates and of its static files. */
    private List<Diagnostic> themeDiags = List.of();
    private List<Diagnostic> staticDiags = List.of();
    private final Map<String, Converted> bodies = new ConcurrentHashMap<>();
    /** The HTML of {@link #bodies}, kept beside it so stages can take it without copying. */
    private final Map<String, RenderedMarkdown> html = new ConcurrentHashMap<>();
    /** The manifest of what is in the output folder; null when it has to be listed again. */
    private OutputManifest manifest;
    private final Map<String, List<Diagnostic>> renderDiags = new ConcurrentHashMap<>();
    /** Page source → the output path written for it. */
    /** Output paths of each source (a list page writes several: its pagination; theme pages have source ""). */
    private final Map<String, Set<String>> outputs = new HashMap<>();
    private Map<String, String> downloads = Map.of();
    /** Set when an edit left the generated files for {@link #refreshGenerated()}. */
    private boolean generatedStale;
    /** The bytes last written for each generated file, so an edit rewrites only the files it changes. */
    private final Map<String, byte[]> generatedBytes = new java.util.concurrent.ConcurrentHashMap<>();
    private Map<String, OutputWriter.Copy> copies = Map.of();

    private record Converted(String body, int bodyLine, RenderedMarkdown html, List<Diagnostic> diags) {
    }

    /**
     * @param source the source folder (site.yaml, content/, themes/)
     * @param output a private folder to write to; it is replaced on {@link #full} and updated in place after
     */
    public IncrementalBuild(Path source, Path output, Clock clock) {
        this.layout = SourceLayout.of(Objects.requireNonNull(source, "source"), Objects.requireNonNull(output, "output"));
        this.clock = Objects.requireNonNull(clock, "clock");
        this.files = new SourceFiles(layout);
        this.writer = new InPlaceWriter(layout.output());
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
        tree.pages().parallelStream().forEach(this::convert);
        reports = loadReports();
        renderDiags.clear();
        outputs.clear();
        manifest = null;
        List<RenderedFile> rendered = render(p -> true, false);
        List<RenderedFile> all = new ArrayList<>(rendered);
        List<RenderedFile> generated = downloadFiles();
        all.addAll(generated);
        downloads = byPath(generated);
        generatedStale = false;
        generatedBytes.clear();
        generated.forEach(f -> generatedBytes.put(f.path(), f.bytes()));
        Diagnostics linkDiags = new Diagnostics();
        statics = StaticFiles.of(layout, theme, tree.assets(), linkDiags);
        staticDiags = linkDiags.sorted();
        Diagnostics stageDiags = new Diagnostics();
        // The preview's private folder is replaced like site/: claimed (guarded, recovered) and swapped whole.
        try (cn.gov.jinjiang.gksite.output.OutputClaim claim =
                     cn.gov.jinjiang.gksite.output.OutputClaim.take(layout.root(), layout.output())) {
            OutputWriter.Staged staged = new OutputWriter().stage(claim.folder(), all, statics,
                    Pipeline.addressLines(tree), stageDiags);
            // Its conflicts are found again from the same outputs by result(), as after every in-place update.
            if (staged != null) {
                staged.commit();
                copies = desiredCopies(statics);
            }
        }
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
        DocumentLinks linksBefore = DocumentLinks.of(tree, null);
        Map<String, Page> pagesBefore = new HashMap<>();
        tree.pages().forEach(p -> pagesBefore.put(p.source(), p));
        assemble();
        DocumentLinks linksAfter = DocumentLinks.of(tree, null);
        Map<String, Section> sections = tree.sections();
        Set<String> render = new HashSet<>();
        for (SourceFiles.PageChange c : changes) {
            Page any = c.after() != null ? c.after() : c.before();
            // Linked documents (政策解读, earlier and later versions) show this page's title and address, and a
            // folder's list (the 规范性文件库) shows which of its documents are replaced.
            Set<String> linked = new HashSet<>(linksBefore.neighbours(any.source()));
            linked.addAll(linksAfter.neighbours(any.source()));
            for (String n : linked) {
                render.add(n);
                Page np = pagesBefore.get(n);
                indexOf(sections, np != null ? np.dir() : any.dir()).ifPresent(render::add);
                tree.pages().stream().filter(x -> x.source().equals(n)).findFirst()
                        .flatMap(x -> indexOf(sections, x.dir())).ifPresent(render::add);
            }
            if (c.after() != null) {
                render.add(c.after().source());
                convert(c.after());
            } else {
                bodies.remove(c.before().source());
                html.remove(c.before().source());
                renderDiags.remove(c.before().source());
                manifest = null;
                Set<String> old = outputs.remove(c.before().source());
                if (old != null) {
                    Set<String> live = allOutputs();
                    old.stream().filter(x -> !live.contains(x) && !othersOwn(x)).forEach(writer::delete);
                }
            }
            if (!any.isIndex()) {
                // A list shows its entries' titles, addresses, dates and order: a change of the text alone
                // leaves the list (and its pagination) as it was.
                if (!sameListing(c.before(), c.after())) {
                    indexOf(sections, any.dir()).ifPresent(render::add);
                    // Front pages above (home, 专栏) list the newest documents below them, and whether a list
                    // page announces a feed depends on the dated pages below it.
                    foldersAbove(sections, any.dir(), render);
                }
            } else {
                if (!sameListing(c.before(), c.after())) {
                    foldersAbove(sections, any.dir(), render);
                }
                if (!any.dir().isEmpty()) {
                    int slash = any.dir().lastIndexOf('/');
                    indexOf(sections, slash < 0 ? "" : any.dir().substring(0, slash)).ifPresent(render::add);
                }
                // Pages below show the index's title in their breadcrumbs, and are drafts when it is one.
                if (c.before() == null || c.after() == null || !c.before().meta().title().equals(c.after().meta().title())
                        || !c.before().url().equals(c.after().url())
                        || c.before().meta().draft() != c.after().meta().draft()) {
                    String prefix = any.dir().isEmpty() ? "" : any.dir() + "/";
                    tree.pages().stream().filter(p -> p.dir().equals(any.dir()) || p.dir().startsWith(prefix))
                            .forEach(p -> render.add(p.source()));
                }
            }
        }
        for (String dir : dataDirs) {
            // A folder's data (its menu.yaml among them) shows on the pages of that folder and below it.
            String prefix = dir.isEmpty() ? "" : dir + "/";
            tree.pages().stream().filter(p -> p.dir().equals(dir) || p.dir().startsWith(prefix))
                    .forEach(p -> render.add(p.source()));
        }
        List<AnnualReport> now = loadReports();
        if (!now.equals(reports) || !dataDirs.isEmpty()) {
            reports.forEach(r -> render.add(r.page().source()));
            now.forEach(r -> render.add(r.page().source()));
            // The front pages above a report show the latest report's key figures.
            now.forEach(r -> foldersAbove(sections, r.page().dir(), render));
            reports.forEach(r -> foldersAbove(sections, r.page().dir(), render));
            tree.pages().stream().filter(p -> REPORTS_LAYOUT.equals(p.meta().layout())).forEach(p -> render.add(p.source()));
            reports = now;
        }
        // Downloads, sitemap, feeds and the search index follow the pages' set, titles, dates and text.
        if (deferGenerated) {
            generatedStale = true;
        } else {
            writeDownloads();
        }
        List<RenderedFile> rendered = render(p -> render.contains(p.source()), true);
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

    private void loadConfig() {
        Diagnostics d = new Diagnostics();
        config = new ConfigLoader().load(layout, d);
        configDiags = d.sorted();
        loadTheme();
    }

    private void loadTheme() {
        Diagnostics d = new Diagnostics();
        theme = Theme.resolve(layout, config.theme(), d);
        themeDiags = d.sorted();
        engine = new TemplateEngine(theme, layout::relative);
    }

    private void assemble() {
        Diagnostics d = new Diagnostics();
        tree = files.tree(d);
        new cn.gov.jinjiang.gksite.content.CatalogueRules(config.catalogue(), clock).check(tree, d);
        cn.gov.jinjiang.gksite.content.UnlistedPages.check(tree, d);
        treeDiags = d.sorted();
    }

    private void convert(Page p) {
        Converted c = bodies.get(p.source());
        if (c != null && c.body().equals(p.body()) && c.bodyLine() == p.bodyLine()) {
            return;
        }
        Diagnostics d = new Diagnostics();
        RenderedMarkdown converted = markdown.convert(p, d);
        bodies.put(p.source(), new Converted(p.body(), p.bodyLine(), converted, d.sorted()));
        html.put(p.source(), converted);
    }

    private Map<String, RenderedMarkdown> html() {
        return java.util.Collections.unmodifiableMap(html);
    }

    private List<AnnualReport> loadReports() {
        Diagnostics d = new Diagnostics();
        List<AnnualReport> out = new ReportLoader().load(tree, html(), config.bodyType(), d);
        reportDiags = d.sorted();
        return out;
    }

    /** Renders the accepted pages, and writes them in place when asked; returns what was rendered. */
    private List<RenderedFile> render(java.util.function.Predicate<Page> only, boolean write) {
        if (theme.folders().isEmpty()) {
            return List.of();
        }
        Map<String, List<Diagnostic>> found = new ConcurrentHashMap<>();
        Set<String> attempted = ConcurrentHashMap.newKeySet();
        List<RenderedFile> out = new SiteRenderer(engine, config, Pipeline.assetSizes(layout)).render(tree, html(), reports, p -> {
            boolean yes = only.test(p);
            if (yes) {
                attempted.add(p.source());
            }
            return yes;
        }, (p, d) -> found.computeIfAbsent(p == null ? "" : p.source(),
                k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(d));
        attempted.forEach(renderDiags::remove);
        found.forEach((k, v) -> renderDiags.put(k, List.copyOf(v)));
        Map<String, Set<String>> bySource = new HashMap<>();
        out.forEach(f -> bySource.computeIfAbsent(f.source(), k -> new java.util.TreeSet<>()).add(f.path()));
        out.forEach(f -> templates.put(f.path(), f.template()));
        // The theme's own pages (source "") come with every render; when content takes their address they go.
        bySource.putIfAbsent("", new java.util.TreeSet<>());
        if (write) {
            // A page never writes over a file another source has at its address (a theme file, the search index, a
            // theme page, another page): that is an output conflict, reported by result().
            Map<String, String> owner = new HashMap<>();
            outputs.forEach((source, paths) -> paths.forEach(p -> owner.putIfAbsent(p, source)));
            out.parallelStream().filter(f -> !othersOwn(f.path()) && owner.getOrDefault(f.path(), f.source())
                    .equals(f.source())).forEach(writer::write);
            List<String> stale = new ArrayList<>();
            bySource.forEach((source, paths) -> {
                Set<String> old = outputs.put(source, paths);
                if (!paths.equals(old)) {
                    manifest = null;
                }
                if (old != null) {
                    old.stream().filter(x -> !paths.contains(x)).forEach(stale::add);
                }
            });
            Set<String> live = allOutputs();
            stale.stream().filter(x -> !live.contains(x) && !othersOwn(x)).forEach(writer::delete);
        } else {
            outputs.putAll(bySource);
            manifest = null;
        }
        return out;
    }

    /** Whether a static file or a generated file is at {@code path}. */
    private boolean othersOwn(String path) {
        return copies.containsKey(path) || downloads.containsKey(path);
    }

    private Set<String> allOutputs() {
        Set<String> all = new HashSet<>();
        outputs.values().forEach(all::addAll);
        return all;
    }

    private List<RenderedFile> downloadFiles() {
        return GeneratedFiles.of(tree, reports, config, search);
    }

    /** Whether a list shows the page the same before and after an edit. */
    private static boolean sameListing(Page before, Page after) {
        if (before == null || after == null) {
            return false;
        }
        var a = before.meta();
        var b = after.meta();
        return a.title().equals(b.title()) && before.url().equals(after.url())
                && java.util.Objects.equals(a.displayDate(), b.displayDate()) && a.weight() == b.weight()
                && a.sample() == b.sample() && a.draft() == b.draft() && a.layout() == null == (b.layout() == null)
                && java.util.Objects.equals(a.layout(), b.layout()) && a.docNo().equals(b.docNo())
                && a.indexNo().equals(b.indexNo()) && a.publisher().equals(b.publisher())
                && a.topic().equals(b.topic()) && a.validity().equals(b.validity())
                && java.util.Objects.equals(a.written(), b.written());
    }

    /** Brings the generated files up to date after a deferred {@link #contentChanged(Set, boolean)}. */
    public void refreshGenerated() {
        if (generatedStale) {
            generatedStale = false;
            writeDownloads();
        }
    }

    private void writeDownloads() {
        List<RenderedFile> now = downloadFiles();
        Map<String, String> paths = byPath(now);
        // Most generated files (search shards, feeds) are unchanged by one edit: write only those that differ.
        now.parallelStream().filter(f -> !java.util.Arrays.equals(generatedBytes.get(f.path()), f.bytes()))
                .forEach(writer::write);
        generatedBytes.keySet().retainAll(paths.keySet());
        now.forEach(f -> generatedBytes.put(f.path(), f.bytes()));
        Set<String> live = allOutputs();
        downloads.keySet().stream().filter(p -> !paths.containsKey(p) && !live.contains(p)).forEach(writer::delete);
        if (!paths.equals(downloads)) {
            manifest = null;
        }
        downloads = paths;
    }

    private static Map<String, String> byPath(List<RenderedFile> files) {
        Map<String, String> out = new TreeMap<>();
        files.forEach(f -> out.put(f.path(), f.source()));
        return out;
    }

    /** Copies what is new or changed among theme static files and content assets, removes what went away. */
    private void syncStatics() {
        Diagnostics d = new Diagnostics();
        statics = StaticFiles.of(layout, theme, tree.assets(), d);
        staticDiags = d.sorted();
        Map<String, OutputWriter.Copy> now = desiredCopies(statics);
        now.values().forEach(c -> writer.copy(c.from(), c.path()));
        Set<String> live = allOutputs();
        copies.keySet().stream().filter(p -> !now.containsKey(p) && !live.contains(p) && !downloads.containsKey(p))
                .forEach(writer::delete);
        if (!now.keySet().equals(copies.keySet())) {
            manifest = null;
        }
        copies = now;
    }

    /** The static files no written file takes (a conflict is reported by {@link #outputConflicts}). */
    private Map<String, OutputWriter.Copy> desiredCopies(List<OutputWriter.Copy> statics) {
        Map<String, OutputManifest.Entry> first = new HashMap<>();
        written().forEach((path, claims) -> first.put(path, claims.get(0)));
        return Conflicts.unclaimed(statics, first, Pipeline.addressLines(tree), new Diagnostics());
    }

    /** Every file written in place, by output path: pages and theme pages, and the generated files. */
    private Map<String, List<OutputManifest.Entry>> written() {
        Map<String, List<OutputManifest.Entry>> out = new HashMap<>();
        outputs.forEach((source, paths) -> paths.forEach(p -> out.computeIfAbsent(p, k -> new ArrayList<>())
                .add(new OutputManifest.Entry(p, source, templates.getOrDefault(p, "")))));
        downloads.forEach((path, source) -> out.computeIfAbsent(path, k -> new ArrayList<>())
                .add(new OutputManifest.Entry(path, source, "")));
        return out;
    }

    /**
     * The output conflicts of the folder as it is now, found afresh after every change as a full build finds
     * them: two files for one address, a static file whose address a page took, a file where a folder is.
     */
    private List<Diagnostic> outputConflicts() {
        Diagnostics d = new Diagnostics();
        Map<String, List<OutputManifest.Entry>> written = written();
        Map<String, OutputManifest.Entry> first = new HashMap<>();
        written.forEach((path, claims) -> first.put(path, claims.get(0)));
        var where = Pipeline.addressLines(tree);
        Conflicts.inPlace(written, Conflicts.unclaimed(statics, first, where, d), where, d);
        return d.sorted();
    }

    /** Adds the index pages of {@code dir} and of every folder above it, up to the site root. */
    private static void foldersAbove(Map<String, Section> sections, String dir, Set<String> render) {
        for (String d = dir; ; d = d.substring(0, Math.max(0, d.lastIndexOf('/')))) {
            indexOf(sections, d).ifPresent(render::add);
            if (d.isEmpty()) {
                return;
            }
        }
    }

    private static java.util.Optional<String> indexOf(Map<String, Section> sections, String dir) {
        Section s = sections.get(dir);
        return s == null ? java.util.Optional.empty() : s.index().map(Page::source);
    }

    private BuildResult result(int rendered, Instant start) {
        Diagnostics all = Diagnostics.withOverrides(config.checks().overrides(), config.checks().off());
        all.addAll(configDiags);
        files.diagnostics().forEach(all::addAll);
        all.addAll(treeDiags);
        bodies.values().forEach(c -> all.addAll(c.diags()));
        all.addAll(reportDiags);
        Pipeline.reportMissingTheme(theme, config, all);
        Set<String> seen = new HashSet<>();
        renderDiags.values().forEach(list -> list.forEach(d -> {
            if (d.code().equals("render.layout-unknown") || seen.add(d.pos() + d.code())) {
                all.add(d);
            }
        }));
        all.addAll(outputConflicts());
        all.addAll(themeDiags);
        all.addAll(staticDiags);
        if (manifest == null) {
            List<OutputManifest.Entry> entries = new ArrayList<>();
            outputs.forEach((source, paths) -> paths.forEach(path -> entries.add(new OutputManifest.Entry(path, source, ""))));
            downloads.forEach((path, source) -> entries.add(new OutputManifest.Entry(path, source, "")));
            copies.values().forEach(c -> entries.add(new OutputManifest.Entry(c.path(), c.label(), "")));
            entries.sort(java.util.Comparator.comparing(OutputManifest.Entry::path));
            manifest = new OutputManifest(entries);
        }
        return new BuildResult(true, rendered, manifest, all.sorted(),
                Duration.between(start, clock.instant()), Map.of(), tree.drafts());
    }
}
