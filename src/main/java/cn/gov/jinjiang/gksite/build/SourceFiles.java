package cn.gov.jinjiang.gksite.build;

import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.config.SourceTree;
import cn.gov.jinjiang.gksite.content.ContentLoader;
import cn.gov.jinjiang.gksite.content.ContentTree;
import cn.gov.jinjiang.gksite.content.DataFile;
import cn.gov.jinjiang.gksite.content.Drafts;
import cn.gov.jinjiang.gksite.content.Page;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What {@link IncrementalBuild} has read from content/: pages (drafts included), data files and assets by path
 * relative to content/, with the diagnostics each file gave when it was read. A file is re-read only when the
 * watcher names it (or a folder above it). Not thread-safe; owned by one {@link IncrementalBuild}.
 */
final class SourceFiles {
    /** A page before and after a change; either side is null when the page appeared or went away. */
    record PageChange(Page before, Page after) {}

    private final SourceLayout layout;
    private final ContentLoader loader = new ContentLoader();
    private final TreeMap<String, Page> pages = new TreeMap<>();
    private final TreeMap<String, DataFile> data = new TreeMap<>();
    private final TreeSet<String> assets = new TreeSet<>();
    private final Set<String> unreadable = new HashSet<>();
    private final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();
    /** Every file of content/ (path relative to content/) and where its bytes are: a link's target. */
    private final TreeMap<String, Path> files = new TreeMap<>();
    /** Paths relative to content/ of links, followed or refused: a change at or below one means walking again. */
    private final Set<String> links = new HashSet<>();
    /** Linked files by their target, so an edit of the target reaches the link too. */
    private final Map<Path, Set<String>> linkedFiles = new HashMap<>();
    /** The refused links of the last walk. */
    private List<Diagnostic> refused = List.of();
    /** The last tree made, and the problems of its addresses; null when the next one is made from everything. */
    private ContentTree last;

    private List<Diagnostic> lastDiags = List.of();
    /** Pages changed in place since {@link #last}: same file, same address, same draft mark. */
    private final List<Page> replaced = new ArrayList<>();

    SourceFiles(SourceLayout layout) {
        this.layout = layout;
    }

    /** Forgets everything and reads all of content/ (in parallel). */
    void readAll() {
        last = null;
        pages.clear();
        data.clear();
        assets.clear();
        unreadable.clear();
        diagnostics.clear();
        list();
        Map<String, Object> read = new ConcurrentHashMap<>();
        files.entrySet().parallelStream().forEach(e -> {
            Object o = readOne(e.getKey(), e.getValue());
            if (o != null) {
                read.put(e.getKey(), o);
            }
        });
        for (String rel : files.keySet()) {
            place(rel, read.get(rel));
        }
    }

    /** Walks content/ again (without reading), by the rule for symbolic links. */
    private void list() {
        SourceTree.Listing listing = ContentLoader.list(layout);
        files.clear();
        links.clear();
        linkedFiles.clear();
        Path content = listing.folders().get(0).real();
        for (SourceTree.Entry e : listing.folders()) {
            String rel = rel(e.path());
            if (!rel.isEmpty() && !e.real().equals(content.resolve(rel))) {
                links.add(rel);
            }
        }
        for (SourceTree.Entry e : listing.files()) {
            String rel = rel(e.path());
            files.put(rel, e.real());
            if (!e.real().equals(content.resolve(rel))) {
                links.add(rel);
                linkedFiles.computeIfAbsent(e.real(), k -> new TreeSet<>()).add(rel);
            }
        }
        for (Diagnostic d : listing.refused()) {
            String file = d.pos().file();
            if (file.startsWith("content/")) {
                links.add(file.substring("content/".length()));
            }
        }
        refused = listing.refused();
    }

    /**
     * Re-reads the changed paths (files or folders, existing or gone) and returns how pages changed.
     * Changed data files and assets are added to {@code dataDirs} (their folder, relative to content/) and
     * {@code assetPaths}. A change that involves a folder or a symbolic link walks content/ again, so links
     * are followed or refused exactly as in a full build.
     */
    List<PageChange> update(Set<Path> changed, Set<String> dataDirs, Set<String> assetPaths) {
        Map<String, Page> before = new TreeMap<>();
        Set<String> touched = new TreeSet<>();
        Set<String> walked = new TreeSet<>();
        boolean walk = false;
        for (Path path : changed) {
            Path abs = path.toAbsolutePath().normalize();
            if (abs.equals(layout.content())) {
                walk = true;
                walked.add("");
                continue;
            }
            if (!abs.startsWith(layout.content())
                    || ContentLoader.ignored(layout.content().relativize(abs))) {
                continue;
            }
            String rel = rel(abs);
            if (Files.isDirectory(abs)
                    || Files.isSymbolicLink(abs)
                    || involvesLink(rel)
                    || !linkedFiles.isEmpty()
                            && (linkedFiles.containsKey(abs) || linkedFiles.containsKey(realOrSelf(abs)))) {
                walk = true;
                walked.add(rel);
                linkedFiles.getOrDefault(abs, Set.of()).forEach(walked::add);
                linkedFiles.getOrDefault(realOrSelf(abs), Set.of()).forEach(walked::add);
            } else {
                touched.add(rel);
            }
        }
        if (walk) {
            Map<String, Path> old = new TreeMap<>(files);
            list();
            for (String prefix : walked) {
                touched.addAll(under(old, prefix));
                touched.addAll(under(files, prefix));
            }
            // A link elsewhere may now be refused or followed (its target changed): what came or went counts too.
            old.keySet().stream().filter(k -> !files.containsKey(k)).forEach(touched::add);
            files.keySet().stream().filter(k -> !old.containsKey(k)).forEach(touched::add);
        } else {
            for (String rel : touched) {
                Path abs = layout.content().resolve(rel);
                if (Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS)) {
                    files.put(rel, abs);
                } else {
                    files.remove(rel);
                }
            }
        }
        for (String rel : new TreeSet<>(touched)) {
            touched.addAll(removeUnder(rel + "/", before, dataDirs, assetPaths));
        }
        for (String rel : touched) {
            reload(rel, files.get(rel), before, dataDirs, assetPaths);
        }
        List<PageChange> out = new ArrayList<>();
        boolean inPlace = !walk;
        for (String rel : touched) {
            Page b = before.get(rel);
            Page a = pages.get(rel);
            inPlace &= b != null
                    && a != null
                    && b.output().equals(a.output())
                    && b.meta().draft() == a.meta().draft();
            if ((b != null || a != null) && (b == null || !b.equals(a))) {
                out.add(new PageChange(b, a));
            }
        }
        if (inPlace) {
            out.forEach(c -> replaced.add(c.after()));
        } else {
            last = null;
        }
        return out;
    }

    /** Whether {@code rel} is, or lies below, a link of the last walk. */
    private boolean involvesLink(String rel) {
        for (int slash = rel.indexOf('/'); slash >= 0; slash = rel.indexOf('/', slash + 1)) {
            if (links.contains(rel.substring(0, slash))) {
                return true;
            }
        }
        return links.contains(rel);
    }

    private static Path realOrSelf(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p;
        }
    }

    private static Set<String> under(Map<String, Path> map, String prefix) {
        if (prefix.isEmpty()) {
            return new TreeSet<>(map.keySet());
        }
        Set<String> out = new TreeSet<>();
        if (map.containsKey(prefix)) {
            out.add(prefix);
        }
        out.addAll(keys(map, prefix + "/"));
        return out;
    }

    /**
     * The tree of what is read now, drafts included and marked (the preview always shows drafts); duplicate
     * output paths are reported into {@code diags}.
     */
    ContentTree tree(Diagnostics diags) {
        // Pages that kept their address leave the tree's shape and its address problems as they were (none, here):
        // only their folders are made again, not the whole tree (the preview's most common edit, at every save).
        if (last != null && lastDiags.isEmpty()) {
            replaced.forEach(p -> last = last.withPage(p));
        } else {
            Diagnostics found = new Diagnostics();
            last = loader.tree(pages, data, assets, unreadable, Drafts.of(pages, Set.of()), true, found);
            lastDiags = found.sorted();
            diags.addAll(lastDiags);
        }
        replaced.clear();
        return last;
    }

    /** Every diagnostic of reading, by file, and the refused links. */
    Iterable<List<Diagnostic>> diagnostics() {
        List<List<Diagnostic>> all = new ArrayList<>(diagnostics.values());
        all.add(refused);
        return all;
    }

    /** Reads {@code rel} again from {@code p} (its file, or null when it is gone or refused). */
    private void reload(String rel, Path p, Map<String, Page> before, Set<String> dataDirs, Set<String> assetPaths) {
        remember(rel, before);
        remove(rel);
        place(rel, p != null && Files.isRegularFile(p) ? readOne(rel, p) : null);
        noteFolder(rel, dataDirs, assetPaths);
    }

    private Set<String> removeUnder(
            String prefix, Map<String, Page> before, Set<String> dataDirs, Set<String> assetPaths) {
        Set<String> gone = new TreeSet<>();
        gone.addAll(keys(pages, prefix));
        gone.addAll(keys(data, prefix));
        gone.addAll(keys(diagnostics, prefix));
        assets.subSet(prefix, prefix + Character.MAX_VALUE).forEach(gone::add);
        for (String rel : gone) {
            remember(rel, before);
            noteFolder(rel, dataDirs, assetPaths);
            remove(rel);
        }
        return gone;
    }

    private static Set<String> keys(Map<String, ?> map, String prefix) {
        if (map instanceof SortedMap<String, ?> sorted) {
            return new TreeSet<>(
                    sorted.subMap(prefix, prefix + Character.MAX_VALUE).keySet());
        }
        Set<String> out = new TreeSet<>();
        map.keySet().stream().filter(k -> k.startsWith(prefix)).forEach(out::add);
        return out;
    }

    private void remember(String rel, Map<String, Page> before) {
        if (!before.containsKey(rel)) {
            before.put(rel, pages.get(rel));
        }
    }

    private void noteFolder(String rel, Set<String> dataDirs, Set<String> assetPaths) {
        if (isData(rel)) {
            int slash = rel.lastIndexOf('/');
            dataDirs.add(slash < 0 ? "" : rel.substring(0, slash));
        } else if (!rel.endsWith(".md")) {
            assetPaths.add(rel);
        }
    }

    private void remove(String rel) {
        pages.remove(rel);
        data.remove(rel);
        assets.remove(rel);
        diagnostics.remove(rel);
        unreadable.remove("content/" + rel);
    }

    /** Reads one file: a Page, a DataFile, the asset's path (String), or null when it was unreadable. */
    private Object readOne(String rel, Path p) {
        Diagnostics d = new Diagnostics();
        Object out;
        if (rel.endsWith(".md")) {
            out = loader.readPage(layout, rel, p, d).orElse(null);
        } else if (isData(rel)) {
            out = loader.readData(layout, rel, p, d).orElse(null);
        } else {
            out = ContentLoader.assetAllowed(rel, d) ? rel : null;
        }
        List<Diagnostic> found = d.sorted();
        if (!found.isEmpty()) {
            diagnostics.put(rel, found);
        }
        if (out == null) {
            unreadable.add("content/" + rel);
        }
        return out;
    }

    private void place(String rel, Object o) {
        if (o instanceof Page page) {
            pages.put(rel, page);
        } else if (o instanceof DataFile d) {
            data.put(rel, d);
        } else if (o instanceof String) {
            assets.add(rel);
        }
    }

    private static boolean isData(String rel) {
        return rel.endsWith(".yaml") || rel.endsWith(".yml");
    }

    private String rel(Path p) {
        return layout.content()
                .relativize(p.toAbsolutePath().normalize())
                .toString()
                .replace('\\', '/');
    }
}
