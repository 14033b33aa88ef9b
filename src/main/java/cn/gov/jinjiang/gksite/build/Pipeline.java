package cn.gov.jinjiang.gksite.build;

import cn.gov.jinjiang.gksite.check.CheckOptions;
import cn.gov.jinjiang.gksite.check.Scanned;
import cn.gov.jinjiang.gksite.check.SiteChecker;
import cn.gov.jinjiang.gksite.config.ConfigLoader;
import cn.gov.jinjiang.gksite.config.Placeholders;
import cn.gov.jinjiang.gksite.config.SiteConfig;
import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.content.ContentLoader;
import cn.gov.jinjiang.gksite.content.ContentMemo;
import cn.gov.jinjiang.gksite.content.ContentTree;
import cn.gov.jinjiang.gksite.content.Drafts;
import cn.gov.jinjiang.gksite.content.FileDigests;
import cn.gov.jinjiang.gksite.content.Page;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.InternalErrors;
import cn.gov.jinjiang.gksite.diag.Severity;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.markdown.MarkdownStage;
import cn.gov.jinjiang.gksite.markdown.RenderedMarkdown;
import cn.gov.jinjiang.gksite.output.OutputClaim;
import cn.gov.jinjiang.gksite.output.OutputManifest;
import cn.gov.jinjiang.gksite.output.OutputWriter;
import cn.gov.jinjiang.gksite.output.Staged;
import cn.gov.jinjiang.gksite.parallel.Tasks;
import cn.gov.jinjiang.gksite.render.RenderedFile;
import cn.gov.jinjiang.gksite.render.Theme;
import cn.gov.jinjiang.gksite.report.AnnualReport;
import cn.gov.jinjiang.gksite.report.ReportLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Runs a whole build. Problems in the user's files are collected and returned in the
 * {@link BuildResult}; environment failures (unreadable folders, a full disk) are thrown as
 * {@link DiagnosticException}. When any stage before output reports an
 * error, nothing is written and the previous site stays as it was. A stage that fails unexpectedly (a defect of
 * gksite) reports an {@code internal.error} naming the file or folder it was working on, and the build ends as one
 * with errors: the stages that work per file (content, Markdown, reports, pages) report the file and go on.
 * The steps it shares with the preview's {@link IncrementalBuild} are {@link Stages}'.
 */
public final class Pipeline {
    private final Clock clock;
    private final Progress progress;
    /** Whether to use the build cache, whose key ({@link CacheKey}) is found when the build gets that far. */
    private final boolean cached;

    public Pipeline(Clock clock, Progress progress) {
        this(clock, progress, false);
    }

    private Pipeline(Clock clock, Progress progress, boolean cached) {
        this.clock = clock;
        this.progress = progress;
        this.cached = cached;
    }

    public Pipeline(Clock clock) {
        this(clock, Progress.NONE);
    }

    public Pipeline() {
        this(Clock.systemUTC());
    }

    /**
     * This pipeline with the build cache ({@link MarkdownCache}, in {@code .gksite/cache/} of the source folder):
     * what the commands {@code build} and {@code publish} run. Without it a build converts every page.
     */
    public Pipeline withCache() {
        return new Pipeline(clock, progress, true);
    }

    /**
     * Builds the site. Once site.yaml is read (a folder without one is {@code config.missing}, and nothing is
     * created beside its output) the output folder is claimed ({@link OutputClaim#take}): a folder gksite may
     * not replace is refused ({@code output.refused}) before anything is written, and what a killed build
     * left there is recovered and cleaned.
     */
    public BuildResult run(BuildRequest request) {
        Instant start = clock.instant();
        Stopwatch watch = new Stopwatch(clock);
        SourceLayout layout = SourceLayout.of(request.source(), request.output());

        Diagnostics configDiags = new Diagnostics();
        SiteConfig config = InternalErrors.contain(
                SourcePos.of("site.yaml"),
                "读取 site.yaml",
                configDiags,
                () -> new ConfigLoader().load(layout, configDiags),
                null);
        if (config == null) {
            return result(false, 0, new OutputManifest(List.of()), configDiags, start, watch, null);
        }
        try (OutputClaim output = OutputClaim.take(layout.root(), layout.output())) {
            return run(request, layout, output.folder(), config, configDiags, start, watch);
        }
    }

    /** @param output the real path of the claimed output folder (layout's, with symbolic links resolved) */
    private BuildResult run(
            BuildRequest request,
            SourceLayout layout,
            Path output,
            SiteConfig config,
            Diagnostics configDiags,
            Instant start,
            Stopwatch watch) {
        var levels =
                Diagnostics.levels(config.checks().overrides(), config.checks().off());
        // A placeholder never reaches the portal: for publish it is an error, and checks: cannot lower it.
        Diagnostics diags = new Diagnostics(
                request.publish()
                        ? d -> Placeholders.CODES.contains(d.code()) ? Severity.ERROR : levels.apply(d)
                        : levels);
        diags.addAll(configDiags.sorted());

        watch.lap("config");
        FileDigests digests = cached ? new FileDigests() : null;
        // The pages the last build remembered, if the user's secret is there already (made only below).
        String known = cached ? CacheKey.existing(Pipeline.class) : null;
        // Read on threads of their own while content/ is listed: what the last build remembered of the pages, and
        // the state it kept of the site.
        Tasks.Background<RenderState> state =
                Tasks.start("gksite-read-state", () -> Caches.readState(layout.root(), output, known));
        ContentMemo memo = cached ? Caches.memo(layout.root(), known) : null;
        // And the built-in theme's folder opened in gksite's jar (reading its directory of 16,000 entries).
        Tasks.Background<Boolean> themeJar = Tasks.start("gksite-open-theme", Stages::openBuiltinTheme);
        ContentTree read = InternalErrors.contain(
                SourcePos.of("content"),
                "读取 content/",
                diags,
                () -> new ContentLoader(digests, memo).load(layout, diags, request.drafts()),
                null);
        if (read == null) {
            return result(false, 0, new OutputManifest(List.of()), diags, start, watch, null);
        }
        Stages.checkTree(read, config, clock, diags);
        themeJar.join();
        watch.lap("content");
        // The key (and the user's secret it needs) only now: a build refused before this creates nothing anywhere.
        String key = !cached ? null : known != null ? known : CacheKey.of(Pipeline.class);
        try (MarkdownCache cache = MarkdownCache.open(layout.root(), key)) {
            if (cache.warning() != null) {
                diags.add(cache.warning());
            }
            Caches caches = new Caches(cache, key, digests, state::join);
            Tasks.Background<Boolean> remembered = caches.remember(layout.root(), memo, diags);
            try {
                return run(request, layout, output, config, diags, read, caches, start, watch);
            } finally {
                remembered.join();
            }
        }
    }

    private BuildResult run(
            BuildRequest request,
            SourceLayout layout,
            Path output,
            SiteConfig config,
            Diagnostics diags,
            ContentTree read,
            Caches caches,
            Instant start,
            Stopwatch watch) {
        RenderState last = caches.state(layout.root(), output, diags);
        PageRender pages = new PageRender(last);
        // Reports need their narrative now (for the rules); every other page is converted while it renders.
        MarkdownStage stage = new MarkdownStage();
        Function<Page, RenderedMarkdown> bodies = stage.convertLazily(
                read,
                p -> ReportLoader.LAYOUT.equals(p.meta().layout()),
                diags,
                pages.conversions((p, d) -> caches.markdown().convert(p, d, stage::convert)));
        watch.lap("markdown");
        List<AnnualReport> reports = new ReportLoader().load(read, p -> bodies.apply(p), config.bodies(), diags);
        // The reports' tables are read and checked: their parsed YAML (every value with its position, most of the
        // heap of a platform with thousands of reports) is let go; no later stage reads it.
        ContentTree tree = read.withoutData(ReportLoader.tableFiles(read));
        watch.lap("report");

        Theme theme = Stages.theme(layout, config, diags);
        if (diags.hasErrors()) {
            watch.lap("render");
            return result(false, 0, new OutputManifest(List.of()), diags, start, watch, tree);
        }
        byte[] inputs =
                caches.on() ? RenderPlan.inputs(layout, theme, output, request.drafts(), request.publish()) : null;
        ToLongFunction<String> sizes = Stages.assetSizes(layout);
        RenderPlan plan = RenderPlan.of(last, inputs, layout, tree, caches.digests(), reports, sizes);
        // Pages are written into the staging folder (and scanned for the checks) as they are rendered, so the
        // build never holds every page in memory. Pages an edit left as they were are kept from the last build.
        OutputWriter.Staging staging = new OutputWriter().open(output);
        Scanned scanned = new Scanned();
        AtomicInteger done = new AtomicInteger();
        int rendered;
        try {
            pages.keep(plan, tree, staging, caches.markdown());
            if (request.check()) {
                pages.keptFacts(scanned);
            }
            int total = tree.pages().size() - pages.keptCount();
            Consumer<RenderedFile> sink = f -> {
                staging.write(f);
                if (request.check()) {
                    scanned.scan(f.path(), f.bytes());
                }
                progress.update("生成页面", Math.min(done.incrementAndGet(), total), total);
            };
            // The files made from the whole tree (search index, feeds, sitemap, data downloads) do not depend on
            // the rendered pages: they are made on a thread of their own while the pages render, so the cores
            // stay busy through the index's less parallel steps.
            Tasks.Background<List<RenderedFile>> generated = Tasks.start(
                    "gksite-generated-files",
                    () -> GeneratedFiles.of(tree, reports, config, plan.search(tree, staging::previous)));
            rendered = Stages.renderer(Stages.engine(layout, theme), config, pages.assetSizes(sizes))
                    .render(tree, bodies, reports, pages::renders, pages.problems(diags), pages.pageFiles(sink), sink);
            pages.keptProblems(tree, diags);
            InternalErrors.contain(
                    SourcePos.of("content"),
                    "生成搜索索引、订阅和站点地图",
                    diags,
                    () -> pages.generated(generated.join()).forEach(sink));
        } catch (RuntimeException | Error e) {
            staging.discard();
            throw e;
        }
        int pageCount = rendered + pages.keptCount();
        watch.lap("render+write");
        if (diags.hasErrors()) {
            staging.discard();
            return result(false, pageCount, new OutputManifest(List.of()), diags, start, watch, tree);
        }
        Staged staged =
                staging.finish(Stages.staticFiles(layout, theme, tree, diags), Stages.addressLines(tree), diags);
        watch.lap("static");
        if (staged == null) {
            return result(false, pageCount, new OutputManifest(List.of()), diags, start, watch, tree);
        }
        if (request.check()) {
            try {
                InternalErrors.contain(
                        SourcePos.of(layout.relative(layout.output())),
                        "检查生成的站点",
                        diags,
                        () -> new SiteChecker()
                                .check(
                                        staged.folder(),
                                        staged.manifest(),
                                        config,
                                        CheckOptions.staged(layout.root(), layout.relative(layout.output()))
                                                .withDrafts(tree.drafts().leftOut()),
                                        diags,
                                        scanned));
            } catch (RuntimeException | Error e) {
                staged.discard();
                throw e;
            }
        }
        watch.lap("check");
        if (diags.hasErrors()) {
            // A site that fails its checks is never put in place of the previous one.
            staged.discard();
            return result(false, pageCount, staged.manifest(), diags, start, watch, tree);
        }
        // What to record for the next build is made while the swap waits on the disk, and while the old site is
        // removed (which touches every file kept from it); recorded, with the time, once that is done.
        OutputManifest written = staged.manifest();
        Scanned facts = request.check() ? scanned : null;
        Tasks.Background<RenderStateFile.Sealing> state = Tasks.start(
                "gksite-render-state",
                () -> inputs == null
                        ? null
                        : caches.seal(() -> pages.state(inputs, tree, caches.digests(), reports, written, facts)));
        staged.commitLeavingOld().run();
        // The time is taken now, after the old site's links are gone (unlinking sets the ctime of every kept file).
        // Left open: a hand edit that keeps a file's CRC-32C, made while the build ran, or after the clock was set
        // back, is not seen by the next build.
        caches.save(layout.root(), output, state.join());
        watch.lap("swap");
        return result(true, pageCount, staged.manifest(), diags, start, watch, tree);
    }

    private BuildResult result(
            boolean written,
            int pages,
            OutputManifest manifest,
            Diagnostics diags,
            Instant start,
            Stopwatch watch,
            ContentTree tree) {
        return new BuildResult(
                written,
                pages,
                manifest,
                diags.sorted(),
                Duration.between(start, clock.instant()),
                watch.laps(),
                tree == null ? Drafts.NONE : tree.drafts());
    }

    /** Wall time per stage, for the build summary and profiling. */
    private static final class Stopwatch {
        private final Clock clock;
        private final Map<String, Duration> laps = new LinkedHashMap<>();
        private Instant last;

        Stopwatch(Clock clock) {
            this.clock = clock;
            this.last = clock.instant();
        }

        void lap(String stage) {
            Instant now = clock.instant();
            laps.put(stage, Duration.between(last, now));
            last = now;
        }

        Map<String, Duration> laps() {
            return laps;
        }
    }
}
