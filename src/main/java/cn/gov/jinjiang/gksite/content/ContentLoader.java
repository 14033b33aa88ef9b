package cn.gov.jinjiang.gksite.content;

import cn.gov.jinjiang.gksite.parallel.Tasks;
import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.config.SourceTree;
import cn.gov.jinjiang.gksite.config.YamlDoc;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Walks content/ in sorted order and builds the {@link ContentTree}. Markdown and YAML files are read
 * and parsed in parallel; every problem is collected into {@link Diagnostics} so the editor sees all of
 * them in one run. Hidden files and editors' temporary files are skipped.
 */
public final class ContentLoader {
    private final TextDecoder decoder = new TextDecoder();
    private final FrontMatterSplitter splitter = new FrontMatterSplitter();
    private final MetaBinder binder = new MetaBinder();

    /** The code of a symbolic link in content/ that is refused (see {@link SourceTree}). */
    public static final String SYMLINK = "content.symlink";

    public ContentTree load(SourceLayout layout, Diagnostics diags) {
        Path content = layout.content();
        SourceTree.Listing listing = list(layout);
        diags.addAll(listing.refused());
        List<SourceTree.Entry> files = listing.files();
        Map<String, Page> pages = new ConcurrentHashMap<>();
        Map<String, DataFile> data = new ConcurrentHashMap<>();
        java.util.Set<String> unreadable = ConcurrentHashMap.newKeySet();
        List<String> assets = new ArrayList<>();
        for (SourceTree.Entry e : files) {
            String name = e.path().getFileName().toString();
            if (!name.endsWith(".md") && !name.endsWith(".yaml") && !name.endsWith(".yml")) {
                if (OutputPaths.asset(rel(content, e.path()), diags)) {
                    assets.add(rel(content, e.path()));
                } else {
                    unreadable.add(layout.relative(e.path()));
                }
            }
        }
        Tasks.forEach(files, e -> {
            String name = e.path().getFileName().toString();
            String relContent = rel(content, e.path());
            if (name.endsWith(".md")) {
                readPage(layout, relContent, e.real(), diags).ifPresentOrElse(pg -> {
                    if (!pg.meta().draft()) {
                        pages.put(relContent, pg);
                    }
                },
                        () -> unreadable.add(layout.relative(e.path())));
            } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                readData(layout, relContent, e.real(), diags).ifPresentOrElse(d -> data.put(relContent, d),
                        () -> unreadable.add(layout.relative(e.path())));
            }
        });
        return tree(pages, data, assets, unreadable, diags);
    }

    /**
     * Assembles a tree from files already read (paths relative to content/), reporting pages that claim
     * one output path. Used by {@link #load} and by the preview, which re-reads only the files that changed.
     */
    public ContentTree tree(Map<String, Page> pages, Map<String, DataFile> data, java.util.Collection<String> assets,
                            java.util.Set<String> unreadable, Diagnostics diags) {
        OutputPaths.check(pages, assets, diags);
        return new ContentTree(assemble("", new TreeMap<>(pages), new TreeMap<>(data)), List.copyOf(assets),
                unreadable);
    }

    /**
     * Whether the file at content/{@code relContent} may be copied to the site as it is: its path is a valid
     * address ({@link Addresses}); otherwise a {@code content.filename} error at it.
     */
    public static boolean assetAllowed(String relContent, Diagnostics diags) {
        return OutputPaths.asset(relContent, diags);
    }

    /** Whether a path below content/ is skipped: hidden files and editors' temporary and backup files. */
    public static boolean ignored(Path relative) {
        for (Path part : relative) {
            String s = part.toString();
            if (s.startsWith(".") || s.startsWith("~$") || s.endsWith("~") || s.endsWith(".swp")
                    || s.endsWith(".tmp")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every file below content/ by the rule for symbolic links ({@link SourceTree}), hidden and temporary files
     * left out. A missing content/, or one that is a link the rule refuses, stops the build.
     */
    public static SourceTree.Listing list(SourceLayout layout) {
        SourceTree.Listing listing = new SourceTree(layout).walk(layout.content(), SYMLINK, ContentLoader::ignored);
        if (listing.missing()) {
            if (!listing.refused().isEmpty()) {
                throw new DiagnosticException(listing.refused(), null);
            }
            throw new DiagnosticException(Diagnostic.error("content.missing", SourcePos.of("content"),
                    "找不到内容目录 content/（在 " + layout.root() + " 中）。",
                    "在站点根目录运行 gksite，或用 --source 指定站点目录。"));
        }
        return listing;
    }

    private static String rel(Path base, Path p) {
        return base.relativize(p).toString().replace('\\', '/');
    }

    /** Reads {@code p}, the file the site sees at content/{@code relContent} (a link's target is read directly). */
    private Optional<SourceFile> readText(SourceLayout layout, String relContent, Path p, Diagnostics diags) {
        String source = layout.relative(layout.content().resolve(relContent));
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(p);
        } catch (IOException e) {
            diags.error("io.read", SourcePos.of(source), "无法读取文件：" + e.getMessage(), "检查文件权限。");
            return Optional.empty();
        }
        TextDecoder.Result r = decoder.decode(source, bytes);
        r.error().ifPresent(diags::add);
        return Optional.ofNullable(r.file());
    }

    /**
     * Reads one Markdown page ({@code relContent} is its path relative to content/). Empty when it could
     * not be read or parsed; the reasons are in {@code diags}. Draft pages are returned: callers skip them.
     */
    public Optional<Page> readPage(SourceLayout layout, String relContent, Path p, Diagnostics diags) {
        Optional<SourceFile> file = readText(layout, relContent, p, diags);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        SourceFile sf = file.get();
        try {
            FrontMatter fm = splitter.split(sf.path(), sf.text());
            YamlDoc doc = YamlDoc.parse(sf.path(), fm.yamlLine() - 1, fm.yaml());
            PageMeta meta = binder.bind(doc, diags);
            boolean isIndex = relContent.equals("index.md") || relContent.endsWith("/index.md");
            int slash = relContent.lastIndexOf('/');
            String dir = slash < 0 ? "" : relContent.substring(0, slash);
            return OutputPaths.page(relContent, meta, sf.path(), diags)
                    .map(output -> new Page(sf.path(), dir, output, isIndex, meta, fm.body(), fm.bodyLine()));
        } catch (DiagnosticException e) {
            diags.addAll(e.diagnostics());
            return Optional.empty();
        }
    }

    /**
     * Reads one YAML data file ({@code relContent} is its path relative to content/, {@code p} the file to read);
     * empty when it could not be read or parsed (the reasons are in {@code diags}).
     */
    public Optional<DataFile> readData(SourceLayout layout, String relContent, Path p, Diagnostics diags) {
        Optional<SourceFile> file = readText(layout, relContent, p, diags);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        SourceFile sf = file.get();
        try {
            String name = Path.of(relContent).getFileName().toString().replaceFirst("\\.ya?ml$", "");
            return Optional.of(new DataFile(sf.path(), name, YamlDoc.parse(sf.path(), 0, sf.text()), sf.text()));
        } catch (DiagnosticException e) {
            diags.addAll(e.diagnostics());
            return Optional.empty();
        }
    }

    /** Builds the section for {@code dir} from the pages and data files below it (paths relative to content/). */
    private static Section assemble(String dir, TreeMap<String, Page> pages, TreeMap<String, DataFile> data) {
        String prefix = dir.isEmpty() ? "" : dir + "/";
        Optional<Page> index = Optional.ofNullable(pages.get(prefix + "index.md"));
        List<Page> own = new ArrayList<>();
        TreeMap<String, Boolean> childDirs = new TreeMap<>();
        for (String path : pages.subMap(prefix, prefix + Character.MAX_VALUE).keySet()) {
            String rest = path.substring(prefix.length());
            int slash = rest.indexOf('/');
            if (slash >= 0) {
                childDirs.put(prefix + rest.substring(0, slash), true);
            } else if (!rest.equals("index.md")) {
                own.add(pages.get(path));
            }
        }
        Map<String, DataFile> ownData = new HashMap<>();
        for (Map.Entry<String, DataFile> e : data.subMap(prefix, prefix + Character.MAX_VALUE).entrySet()) {
            String rest = e.getKey().substring(prefix.length());
            int slash = rest.indexOf('/');
            if (slash < 0) {
                ownData.put(e.getValue().name(), e.getValue());
            } else {
                childDirs.put(prefix + rest.substring(0, slash), true);
            }
        }
        own.sort(PAGE_ORDER);
        List<Section> children = new ArrayList<>();
        for (String child : childDirs.keySet()) {
            children.add(assemble(child, pages, data));
        }
        return new Section(dir, index, own, children, ownData);
    }

    /** Weight ascending, then newest first, then source path: the list order editors expect. */
    static final Comparator<Page> PAGE_ORDER = Comparator.<Page>comparingInt(p -> p.meta().weight())
            .thenComparing(p -> p.meta().displayDate(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Page::source);
}
