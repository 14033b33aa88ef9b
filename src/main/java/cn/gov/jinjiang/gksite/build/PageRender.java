package cn.gov.jinjiang.gksite.build;

import cn.gov.jinjiang.gksite.check.Scanned;
import cn.gov.jinjiang.gksite.content.ContentTree;
import cn.gov.jinjiang.gksite.content.DocumentLinks;
import cn.gov.jinjiang.gksite.content.FileDigests;
import cn.gov.jinjiang.gksite.content.Page;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.markdown.RenderedMarkdown;
import cn.gov.jinjiang.gksite.output.OutputManifest;
import cn.gov.jinjiang.gksite.output.OutputWriter;
import cn.gov.jinjiang.gksite.output.SearchIndexWriter;
import cn.gov.jinjiang.gksite.parallel.Tasks;
import cn.gov.jinjiang.gksite.render.RenderDiagnostics;
import cn.gov.jinjiang.gksite.render.RenderedFile;
import cn.gov.jinjiang.gksite.report.AnnualReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * The pages of one build: those it keeps from its last build ({@link RenderPlan}) and those it renders, and what it
 * records of each for the next build ({@link #state}). A kept page's problems (of its conversion and its render) are
 * reported as the last build found them, so a build that keeps pages reports what a build that renders all of them
 * reports. Thread-safe where the renderer calls it from several threads.
 */
final class PageRender {
    private final RenderState last;
    private RenderPlan plan = RenderPlan.everything();
    private final Predicate<Diagnostic> once = RenderDiagnostics.oncePerPlace();
    private final Map<String, RenderState.PageRecord> kept = new ConcurrentHashMap<>();
    private final Map<String, List<Diagnostic>> converted = new ConcurrentHashMap<>();
    private final Map<String, List<Diagnostic>> rendered = new ConcurrentHashMap<>();
    /** The paths of the files each rendered page made, in order (their entries are the written site's manifest's). */
    private final Map<String, List<String>> outputs = new ConcurrentHashMap<>();

    private final Map<String, Long> sizes = new ConcurrentHashMap<>();
    private final List<String> search = Collections.synchronizedList(new ArrayList<>());

    /** @param last what the last build recorded (null when nothing is known of it) */
    PageRender(RenderState last) {
        this.last = last;
    }

    /** {@code convert}, noting the problems it finds per page (it converts a page at most once a build). */
    BiFunction<Page, Diagnostics, RenderedMarkdown> conversions(
            BiFunction<Page, Diagnostics, RenderedMarkdown> convert) {
        return (p, diags) -> {
            Diagnostics own = new Diagnostics();
            RenderedMarkdown html = convert.apply(p, own);
            List<Diagnostic> found = own.sorted();
            converted.put(p.source(), found);
            diags.addAll(found);
            return html;
        };
    }

    /** {@code sizes}, noting the size of each attachment a page shows. */
    ToLongFunction<String> assetSizes(ToLongFunction<String> size) {
        return path -> {
            long s = size.applyAsLong(path);
            sizes.put(path, s);
            return s;
        };
    }

    /**
     * Keeps in {@code staging} the files of every page {@code chosen} lets it keep and that are still as the last build
     * made them; the cache's entries of their conversions are kept too. Before any page is written.
     */
    void keep(RenderPlan chosen, ContentTree tree, OutputWriter.Staging staging, MarkdownCache cache) {
        this.plan = chosen;
        if (plan.rendersAll()) {
            return;
        }
        Tasks.forEach(tree.pages(), p -> {
            RenderState.PageRecord r = plan.keepable(p);
            if (r != null && staging.keep(r.outputs(), last.written())) {
                kept.put(p.source(), r);
                cache.keep(p.source());
            }
        });
    }

    /**
     * Gives {@code scanned} what the last build's checks found in the kept pages' files (the same bytes), so that
     * the checks do not read and scan them again.
     */
    void keptFacts(Scanned scanned) {
        if (last != null && !kept.isEmpty()) {
            scanned.restore(last.facts(), outputPaths(kept));
        }
    }

    /** Whether {@code p} is rendered (not kept). */
    boolean renders(Page p) {
        return !kept.containsKey(p.source());
    }

    int keptCount() {
        return kept.size();
    }

    /** Where the renderer's problems go: noted per page, and into {@code diags} once per place. */
    BiConsumer<Page, Diagnostic> problems(Diagnostics diags) {
        return (p, d) -> {
            if (p != null) {
                rendered.computeIfAbsent(p.source(), k -> Collections.synchronizedList(new ArrayList<>()))
                        .add(d);
            }
            if (once.test(d)) {
                diags.add(d);
            }
        };
    }

    /** Where the renderer's files of a page go: noted for the state, then to {@code sink}. */
    BiConsumer<Page, List<RenderedFile>> pageFiles(Consumer<RenderedFile> sink) {
        return (p, files) -> {
            outputs.put(p.source(), files.stream().map(RenderedFile::path).toList());
            files.forEach(sink);
        };
    }

    private static List<String> outputPaths(Map<String, RenderState.PageRecord> pages) {
        List<String> paths = new ArrayList<>();
        pages.values().forEach(r -> r.outputs().forEach(e -> paths.add(e.path())));
        return paths;
    }

    /** Notes the files of the search index among the files made from the whole tree; returns them. */
    List<RenderedFile> generated(List<RenderedFile> files) {
        for (RenderedFile f : files) {
            if (f.path().startsWith(SearchIndexWriter.DIR)) {
                search.add(f.path());
            }
        }
        return files;
    }

    /** Reports the problems of the kept pages, as the last build found them (after the render's own). */
    void keptProblems(ContentTree tree, Diagnostics diags) {
        for (Page p : tree.pages()) {
            RenderState.PageRecord r = kept.get(p.source());
            if (r == null) {
                continue;
            }
            if (!converted.containsKey(p.source())) {
                diags.addAll(r.markdown());
            }
            r.rendered().stream().filter(once).forEach(diags::add);
        }
    }

    /**
     * What to record of this build, which wrote its site: every page with the digest of its file, its files and
     * problems, the files of the search index ({@link #generated}) and what the checks found in the pages' files.
     * Null when a page's file was not read by this build's loader (then no state is kept).
     *
     * @param written the manifest of the site the build wrote (each file with its CRC-32C)
     * @param scanned the checks' facts (null: the build did not check)
     */
    RenderState state(
            byte[] inputs,
            ContentTree tree,
            FileDigests digests,
            List<AnnualReport> reports,
            OutputManifest written,
            Scanned scanned) {
        Map<String, OutputManifest.Entry> files = written.byPath();
        if (!files.keySet().containsAll(search) || !outputs.values().stream().allMatch(files.keySet()::containsAll)) {
            return null; // not the site this build wrote
        }
        DocumentLinks links = DocumentLinks.of(tree, null);
        Map<String, RenderState.PageRecord> pages = new LinkedHashMap<>();
        for (Page p : tree.pages()) {
            byte[] digest = digests.of(p.source());
            if (digest == null) {
                return null;
            }
            RenderState.PageRecord k = kept.get(p.source());
            List<Diagnostic> markdown = converted.get(p.source());
            if (markdown == null) {
                markdown = k != null ? k.markdown() : List.of();
            }
            pages.put(
                    p.source(),
                    new RenderState.PageRecord(
                            digest,
                            Affected.Before.of(p, links),
                            k != null
                                    ? k.outputs()
                                    : outputs.getOrDefault(p.source(), List.of()).stream()
                                            .map(files::get)
                                            .toList(),
                            k != null ? k.rendered() : rendered.getOrDefault(p.source(), List.of()),
                            markdown));
        }
        Map<String, Long> asked = new HashMap<>();
        if (!plan.rendersAll() && last != null) {
            asked.putAll(last.assetSizes());
        }
        asked.putAll(sizes);
        return new RenderState(
                inputs,
                RenderPlan.dataDigests(digests),
                asked,
                reports.stream().map(r -> Affected.Before.of(r.page(), links)).toList(),
                pages,
                search.stream()
                        .collect(Collectors.toMap(
                                path -> path, path -> files.get(path).crc())),
                scanned == null ? new byte[0] : scanned.save(outputPaths(pages)),
                0);
    }
}
