package cn.gov.jinjiang.gksite.build;

import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.content.ContentLoader;
import cn.gov.jinjiang.gksite.content.ContentTree;
import cn.gov.jinjiang.gksite.content.DataFile;
import cn.gov.jinjiang.gksite.content.Page;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * What {@link IncrementalBuild} has read from content/: pages, data files and assets by path relative to
 * content/, with the diagnostics each file gave when it was read. A file is re-read only when the watcher
 * names it (or a folder above it). Not thread-safe; owned by one {@link IncrementalBuild}.
 */
final class SourceFiles {
    /** A page before and after a change; either side is null when the page appeared or went away. */
    record PageChange(Page before, Page after) {
    }

    private final SourceLayout layout;
    private final ContentLoader loader = new ContentLoader();
    private final TreeMap<String, Page> pages = new TreeMap<>();
    private final TreeMap<String, DataFile> data = new TreeMap<>();
    private final TreeSet<String> assets = new TreeSet<>();
    private final Set<String> unreadable = new HashSet<>();
    private final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();

    SourceFiles(SourceLayout layout) {
        this.layout = layout;
    }

    /** Forgets everything and reads all of content/ (in parallel). */
    void readAll() {
        pages.clear();
        data.clear();
        assets.clear();
        unreadable.clear();
        diagnostics.clear();
        Path content = layout.content();
        if (!Files.isDirectory(content)) {
            throw new DiagnosticException(Diagnostic.error("content.missing", SourcePos.of("content"),
                    "找不到内容目录 content/（在 " + layout.root() + " 中）。",
                    "在站点根目录运行 gksite，或用 --source 指定站点目录。"));
        }
        List<Path> files = walk(content);
        Map<String, Object> read = new ConcurrentHashMap<>();
        files.parallelStream().forEach(p -> {
            String rel = rel(p);
            Object o = readOne(rel, p);
            if (o != null) {
                read.put(rel, o);
            }
        });
        for (Path p : files) {
            place(rel(p), read.get(rel(p)));
        }
    }

    /**
     * Re-reads the changed paths (files or folders, existing or gone) and returns how pages changed.
     * Changed data files and assets are added to {@code dataDirs} (their folder, relative to content/) and
     * {@code assetPaths}.
     */
    List<PageChange> update(Set<Path> changed, Set<String> dataDirs, Set<String> assetPaths) {
        Map<String, Page> before = new TreeMap<>();
        Set<String> touched = new TreeSet<>();
        for (Path path : changed) {
            Path abs = path.toAbsolutePath().normalize();
            if (!abs.startsWith(layout.content()) || abs.equals(layout.content())
                    || ContentLoader.ignored(layout.content().relativize(abs))) {
                if (abs.equals(layout.content())) {
                    touched.addAll(removeUnder("", before, dataDirs, assetPaths));
                    walk(abs).forEach(p -> touched.add(reload(rel(p), p, before, dataDirs, assetPaths)));
                }
                continue;
            }
            String rel = rel(abs);
            touched.addAll(removeUnder(rel + "/", before, dataDirs, assetPaths));
            if (Files.isDirectory(abs)) {
                walk(abs).forEach(p -> touched.add(reload(rel(p), p, before, dataDirs, assetPaths)));
            } else {
                touched.add(reload(rel, abs, before, dataDirs, assetPaths));
            }
        }
        List<PageChange> out = new ArrayList<>();
        for (String rel : touched) {
            if (before.containsKey(rel) || pages.containsKey(rel)) {
                Page b = before.get(rel);
                Page a = pages.get(rel);
                if ((b != null || a != null) && (b == null || !b.equals(a))) {
                    out.add(new PageChange(b, a));
                }
            }
        }
        return out;
    }

    /** The tree of what is read now; duplicate output paths are reported into {@code diags}. */
    ContentTree tree(Diagnostics diags) {
        return loader.tree(pages, data, assets, unreadable, diags);
    }

    /** Every diagnostic of reading, by file. */
    Iterable<List<Diagnostic>> diagnostics() {
        return diagnostics.values();
    }

    private String reload(String rel, Path p, Map<String, Page> before, Set<String> dataDirs, Set<String> assetPaths) {
        remember(rel, before);
        remove(rel);
        place(rel, Files.isRegularFile(p) ? readOne(rel, p) : null);
        noteFolder(rel, dataDirs, assetPaths);
        return rel;
    }

    private Set<String> removeUnder(String prefix, Map<String, Page> before, Set<String> dataDirs,
                                    Set<String> assetPaths) {
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
            return new TreeSet<>(sorted.subMap(prefix, prefix + Character.MAX_VALUE).keySet());
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
            out = loader.readData(layout, p, d).orElse(null);
        } else {
            out = rel;
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
            if (!page.meta().draft()) {
                pages.put(rel, page);
            }
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
        return layout.content().relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private List<Path> walk(Path dir) {
        Path content = layout.content();
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !ContentLoader.ignored(content.relativize(p.toAbsolutePath().normalize())))
                    .sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            if (!Files.exists(dir)) {
                return List.of();
            }
            throw new DiagnosticException(Diagnostic.error("io.read", SourcePos.of(layout.relative(dir)),
                    "无法遍历目录：" + e.getMessage(), "检查目录权限。"), e);
        }
    }
}
