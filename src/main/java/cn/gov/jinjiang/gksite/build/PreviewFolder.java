package cn.gov.jinjiang.gksite.build;

import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.output.Conflicts;
import cn.gov.jinjiang.gksite.output.InPlaceWriter;
import cn.gov.jinjiang.gksite.output.OutputClaim;
import cn.gov.jinjiang.gksite.output.OutputManifest;
import cn.gov.jinjiang.gksite.output.OutputWriter;
import cn.gov.jinjiang.gksite.output.Staged;
import cn.gov.jinjiang.gksite.render.RenderedFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The preview's private output folder as {@link IncrementalBuild} keeps it: which source wrote which files, the
 * bytes last written for each generated file, the static files copied, and the manifest. Replaced whole by a full
 * build, like site/; after that updated in place file by file ({@link InPlaceWriter}). A file never goes over
 * one another source has at its address: that is an {@code output.conflict}, found afresh by {@link #conflicts}
 * as a full build finds it. Not thread-safe: one thread calls it.
 */
final class PreviewFolder {
    private final SourceLayout layout;
    private final InPlaceWriter writer;
    /** Output paths of each source (a list page writes several: its pagination; theme pages have source ""). */
    private final Map<String, Set<String>> outputs = new HashMap<>();
    /** The template each written output path was rendered with ("" for generated files). */
    private final Map<String, String> templates = new ConcurrentHashMap<>();
    /** The generated files (search index, feeds, sitemap, downloads): output path → source. */
    private Map<String, String> generated = Map.of();
    /** The bytes last written for each generated file, so an edit rewrites only the files it changes. */
    private final Map<String, byte[]> generatedBytes = new ConcurrentHashMap<>();
    /** The static files of the last walk (theme static/ and content assets), in precedence order. */
    private List<OutputWriter.Copy> statics = List.of();

    private Map<String, OutputWriter.Copy> copies = Map.of();
    /** The manifest of what is in the folder; null when it has to be listed again. */
    private OutputManifest manifest;

    PreviewFolder(SourceLayout layout) {
        this.layout = layout;
        this.writer = new InPlaceWriter(layout.output());
    }

    /** Forgets which source wrote what, before a full build renders everything again. */
    void reset() {
        outputs.clear();
        manifest = null;
    }

    /**
     * Records what a render made; with {@code write}, writes it in place and deletes what its sources no longer
     * make. A page never writes over a file another source has at its address (a theme file, the search index, a
     * theme page, another page).
     */
    void rendered(List<RenderedFile> out, boolean write) {
        Map<String, Set<String>> bySource = new HashMap<>();
        out.forEach(
                f -> bySource.computeIfAbsent(f.source(), k -> new TreeSet<>()).add(f.path()));
        out.forEach(f -> templates.put(f.path(), f.template()));
        // The theme's own pages (source "") come with every render; when content takes their address they go.
        bySource.putIfAbsent("", new TreeSet<>());
        if (!write) {
            outputs.putAll(bySource);
            manifest = null;
            return;
        }
        // Who had each address written before: of every source that makes it, the first met.
        Set<String> writing = new HashSet<>();
        out.forEach(f -> writing.add(f.path()));
        Map<String, String> owner = new HashMap<>();
        outputs.forEach((source, paths) -> paths.forEach(p -> {
            if (writing.contains(p)) {
                owner.putIfAbsent(p, source);
            }
        }));
        out.parallelStream()
                .filter(f -> !othersOwn(f.path())
                        && owner.getOrDefault(f.path(), f.source()).equals(f.source()))
                .forEach(writer::write);
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
        deleteUnowned(stale);
    }

    /** A page went away: its files go, unless another source has one of them. */
    void forget(String source) {
        manifest = null;
        Set<String> old = outputs.remove(source);
        if (old != null) {
            deleteUnowned(old);
        }
    }

    /**
     * Replaces the whole folder (claimed, staged and swapped in as site/ is) with the last render's pages,
     * {@code generatedFiles} and the static files. When two files claim one address nothing is swapped in; the
     * conflict is found again by {@link #conflicts}.
     */
    void replace(
            List<RenderedFile> pages,
            List<RenderedFile> generatedFiles,
            List<OutputWriter.Copy> statics,
            Function<String, SourcePos> where) {
        List<RenderedFile> all = new ArrayList<>(pages);
        all.addAll(generatedFiles);
        generated = byPath(generatedFiles);
        generatedBytes.clear();
        generatedFiles.forEach(f -> generatedBytes.put(f.path(), f.bytes()));
        this.statics = statics;
        try (OutputClaim claim = OutputClaim.take(layout.root(), layout.output())) {
            Staged staged = new OutputWriter().stage(claim.folder(), all, statics, where, new Diagnostics());
            if (staged != null) {
                staged.commit();
                copies = desiredCopies(where);
            }
        }
    }

    /** Brings the generated files up to date: writes those that differ, deletes those no longer made. */
    void writeGenerated(List<RenderedFile> now) {
        Map<String, String> paths = byPath(now);
        // Most generated files (search shards, feeds) are unchanged by one edit: write only those that differ.
        now.parallelStream()
                .filter(f -> !Arrays.equals(generatedBytes.get(f.path()), f.bytes()))
                .forEach(writer::write);
        generatedBytes.keySet().retainAll(paths.keySet());
        now.forEach(f -> generatedBytes.put(f.path(), f.bytes()));
        Set<String> live = allOutputs();
        generated.keySet().stream()
                .filter(p -> !paths.containsKey(p) && !live.contains(p))
                .forEach(writer::delete);
        if (!paths.equals(generated)) {
            manifest = null;
        }
        generated = paths;
    }

    /** Copies what is new or changed among {@code statics}, removes the copies that went away. */
    void syncStatics(List<OutputWriter.Copy> statics, Function<String, SourcePos> where) {
        this.statics = statics;
        Map<String, OutputWriter.Copy> now = desiredCopies(where);
        now.values().forEach(c -> writer.copy(c.from(), c.path()));
        Set<String> live = allOutputs();
        copies.keySet().stream()
                .filter(p -> !now.containsKey(p) && !live.contains(p) && !generated.containsKey(p))
                .forEach(writer::delete);
        if (!now.keySet().equals(copies.keySet())) {
            manifest = null;
        }
        copies = now;
    }

    /**
     * The output conflicts of the folder as it is now, found afresh after every change as a full build finds
     * them: two files for one address, a static file whose address a page took, a file where a folder is.
     */
    List<Diagnostic> conflicts(Function<String, SourcePos> where) {
        Diagnostics d = new Diagnostics();
        Map<String, List<OutputManifest.Entry>> written = written();
        Conflicts.inPlace(written, Conflicts.unclaimed(statics, firstClaims(written), where, d), where, d);
        return d.sorted();
    }

    /** What is in the folder, by output path. */
    OutputManifest manifest() {
        if (manifest == null) {
            List<OutputManifest.Entry> entries = new ArrayList<>();
            outputs.forEach(
                    (source, paths) -> paths.forEach(path -> entries.add(new OutputManifest.Entry(path, source, ""))));
            generated.forEach((path, source) -> entries.add(new OutputManifest.Entry(path, source, "")));
            copies.values().forEach(c -> entries.add(new OutputManifest.Entry(c.path(), c.label(), "")));
            entries.sort(Comparator.comparing(OutputManifest.Entry::path));
            manifest = new OutputManifest(entries);
        }
        return manifest;
    }

    /** Deletes those of {@code paths} that no source makes any more and that are not a static or generated file. */
    private void deleteUnowned(Collection<String> paths) {
        if (paths.isEmpty()) {
            return;
        }
        Set<String> live = allOutputs();
        for (String x : paths) {
            if (!live.contains(x) && !othersOwn(x)) {
                writer.delete(x);
            }
        }
    }

    /** Whether a static file or a generated file is at {@code path}. */
    private boolean othersOwn(String path) {
        return copies.containsKey(path) || generated.containsKey(path);
    }

    private Set<String> allOutputs() {
        Set<String> all = new HashSet<>();
        outputs.values().forEach(all::addAll);
        return all;
    }

    /** The static files no written file takes (a conflict is reported by {@link #conflicts}). */
    private Map<String, OutputWriter.Copy> desiredCopies(Function<String, SourcePos> where) {
        return Conflicts.unclaimed(statics, firstClaims(written()), where, new Diagnostics());
    }

    private static Map<String, OutputManifest.Entry> firstClaims(Map<String, List<OutputManifest.Entry>> written) {
        Map<String, OutputManifest.Entry> first = new HashMap<>();
        written.forEach((path, claims) -> first.put(path, claims.get(0)));
        return first;
    }

    /** Every file written in place, by output path: pages and theme pages, and the generated files. */
    private Map<String, List<OutputManifest.Entry>> written() {
        Map<String, List<OutputManifest.Entry>> out = new HashMap<>();
        outputs.forEach((source, paths) -> paths.forEach(p -> out.computeIfAbsent(p, k -> new ArrayList<>())
                .add(new OutputManifest.Entry(p, source, templates.getOrDefault(p, "")))));
        generated.forEach((path, source) ->
                out.computeIfAbsent(path, k -> new ArrayList<>()).add(new OutputManifest.Entry(path, source, "")));
        return out;
    }

    private static Map<String, String> byPath(List<RenderedFile> files) {
        Map<String, String> out = new TreeMap<>();
        files.forEach(f -> out.put(f.path(), f.source()));
        return out;
    }
}
