package cn.gov.jinjiang.gksite.content;

import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.config.SourceTree;
import cn.gov.jinjiang.gksite.config.YamlLimits;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.InternalErrors;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.parallel.Tasks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Walks content/ in sorted order and builds the {@link ContentTree}. Markdown and YAML files are read
 * and parsed in parallel; every problem is collected into {@link Diagnostics} so the editor sees all of
 * them in one run. Hidden files and editors' temporary files are skipped.
 */
public final class ContentLoader {
    /**
     * Most bytes in a Markdown page: 8 MiB, about 2.8 million Chinese characters. The longest real documents of a
     * 公开目录 (regulations, work reports, budget tables) are a few hundred thousand characters; a larger file is
     * refused ({@code content.too-large}) before it is read. YAML files have {@link YamlLimits#MAX_BYTES}.
     */
    public static final long MAX_PAGE_BYTES = 8L * 1024 * 1024;

    private final SourceReader reader;

    public ContentLoader() {
        this(null, null);
    }

    /**
     * @param digests where to record the fingerprint of every Markdown page and YAML data file read (null: nowhere)
     * @param memo    what the last build remembered of its pages, to take the pages whose files are as they were from,
     *                and where this one's are remembered (null: every page is read; needs {@code digests})
     */
    public ContentLoader(FileDigests digests, ContentMemo memo) {
        this.reader = new SourceReader(digests, memo);
    }

    /** The code of a symbolic link in content/ that is refused (see {@link SourceTree}). */
    public static final String SYMLINK = "content.symlink";

    /** Loads content/ without its drafts (what {@code build} and {@code publish} read). */
    public ContentTree load(SourceLayout layout, Diagnostics diags) {
        return load(layout, diags, false);
    }

    /**
     * Loads content/. With {@code drafts} the drafts are in the tree, marked ({@link Drafts}); without, they
     * and every problem found in their files are left out, as if they were not there.
     */
    public ContentTree load(SourceLayout layout, Diagnostics diags, boolean drafts) {
        Path content = layout.content();
        SourceTree.Listing listing = list(layout);
        diags.addAll(listing.refused());
        List<SourceTree.Entry> files = listing.files();
        Map<String, Page> pages = new ConcurrentHashMap<>();
        Map<String, DataFile> data = new ConcurrentHashMap<>();
        Set<String> unreadable = ConcurrentHashMap.newKeySet();
        Set<String> saidDraft = ConcurrentHashMap.newKeySet();
        // Each file's problems are kept apart until it is known whether the file is part of a draft.
        Map<String, List<Diagnostic>> found = new ConcurrentHashMap<>();
        List<String> assets = new ArrayList<>();
        for (SourceTree.Entry e : files) {
            String name = e.path().getFileName().toString();
            if (!name.endsWith(".md") && !name.endsWith(".yaml") && !name.endsWith(".yml")) {
                Diagnostics d = new Diagnostics();
                if (OutputPaths.asset(rel(content, e.path()), d)) {
                    assets.add(rel(content, e.path()));
                } else {
                    unreadable.add(layout.relative(e.path()));
                }
                keep(found, rel(content, e.path()), d);
            }
        }
        Tasks.forEach(files, e -> {
            String name = e.path().getFileName().toString();
            String relContent = rel(content, e.path());
            Diagnostics d = new Diagnostics();
            InternalErrors.contain(SourcePos.of(layout.relative(e.path())), "读取文件", d, () -> {
                if (name.endsWith(".md")) {
                    SourceReader.PageRead read = reader.recall(layout, relContent, e.real(), d);
                    if (read.page() != null) {
                        pages.put(relContent, read.page());
                    } else {
                        unreadable.add(layout.relative(e.path()));
                        if (read.saysDraft()) {
                            saidDraft.add(relContent);
                        }
                    }
                } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                    reader.readData(layout, relContent, e.real(), d)
                            .ifPresentOrElse(
                                    x -> data.put(relContent, x), () -> unreadable.add(layout.relative(e.path())));
                }
            });
            keep(found, relContent, d);
        });
        Drafts scope = Drafts.of(pages, saidDraft);
        found.forEach((rel, list) -> {
            if (drafts || !scope.covers(rel)) {
                diags.addAll(list);
            }
        });
        return tree(pages, data, assets, unreadable, scope, drafts, diags);
    }

    private static void keep(Map<String, List<Diagnostic>> found, String rel, Diagnostics d) {
        List<Diagnostic> list = d.sorted();
        if (!list.isEmpty()) {
            found.put(rel, list);
        }
    }

    /**
     * Assembles a tree from files already read (paths relative to content/), with their drafts, reporting
     * pages that claim one output path; every draft among them is in the tree, marked. For readers of a few files.
     */
    public ContentTree tree(
            Map<String, Page> pages,
            Map<String, DataFile> data,
            Collection<String> assets,
            Set<String> unreadable,
            Diagnostics diags) {
        return tree(pages, data, assets, unreadable, Drafts.of(pages, Set.of()), true, diags);
    }

    /**
     * Assembles a tree from files already read (paths relative to content/; {@code unreadable} relative to the
     * source root), reporting pages that claim one output path. With {@code drafts} the pages of {@code scope}
     * are marked as drafts; without, every page, data file, file and unreadable file of it is left out and
     * recorded in {@link Drafts#leftOut}. Used by {@link #load} and by the preview, which re-reads only the
     * files that changed.
     */
    public ContentTree tree(
            Map<String, Page> pages,
            Map<String, DataFile> data,
            Collection<String> assets,
            Set<String> unreadable,
            Drafts scope,
            boolean drafts,
            Diagnostics diags) {
        Drafts.Kept kept = scope.keep(pages, data, assets, unreadable, drafts);
        OutputPaths.check(kept.pages(), kept.assets(), diags);
        return new ContentTree(
                SectionTree.assemble("", new TreeMap<>(kept.pages()), new TreeMap<>(kept.data())),
                kept.assets(),
                kept.unreadable(),
                kept.drafts());
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
            if (s.startsWith(".")
                    || s.startsWith("~$")
                    || s.endsWith("~")
                    || s.endsWith(".swp")
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
            throw new DiagnosticException(Diagnostic.error(
                    "content.missing",
                    SourcePos.of("content"),
                    "找不到内容目录 content/（在 " + layout.root() + " 中）。",
                    "在站点根目录运行 gksite，或用 --source 指定站点目录。"));
        }
        return listing;
    }

    private static String rel(Path base, Path p) {
        String below = SourceLayout.below(base, p);
        return below != null ? below : base.relativize(p).toString().replace('\\', '/');
    }

    /**
     * Reads one Markdown page ({@code relContent} is its path relative to content/). Empty when it could
     * not be read or parsed; the reasons are in {@code diags}. Drafts are returned like any page: the tree
     * decides what to do with them ({@link Drafts}).
     */
    public Optional<Page> readPage(SourceLayout layout, String relContent, Path p, Diagnostics diags) {
        return Optional.ofNullable(reader.read(layout, relContent, p, diags).page());
    }

    /**
     * Reads one YAML data file ({@code relContent} is its path relative to content/, {@code p} the file to read);
     * empty when it could not be read or parsed (the reasons are in {@code diags}).
     */
    public Optional<DataFile> readData(SourceLayout layout, String relContent, Path p, Diagnostics diags) {
        return reader.readData(layout, relContent, p, diags);
    }
}
