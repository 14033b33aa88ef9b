package cn.gov.jinjiang.gksite.content;

import cn.gov.jinjiang.gksite.config.Placeholders;
import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.config.SourceTree;
import cn.gov.jinjiang.gksite.config.YamlDoc;
import cn.gov.jinjiang.gksite.config.YamlLimits;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.InternalErrors;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.parallel.Tasks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

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

    private final TextDecoder decoder = new TextDecoder();
    private final FrontMatterSplitter splitter = new FrontMatterSplitter();
    private final MetaBinder binder = new MetaBinder();
    /** Where the bytes of every page and data file read are fingerprinted, or null. */
    private final FileDigests digests;

    public ContentLoader() {
        this(null);
    }

    /** @param digests where to record the fingerprint of every Markdown page and YAML data file read (null: nowhere) */
    public ContentLoader(FileDigests digests) {
        this.digests = digests;
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
                    PageRead read = read(layout, relContent, e.real(), d);
                    if (read.page() != null) {
                        pages.put(relContent, read.page());
                    } else {
                        unreadable.add(layout.relative(e.path()));
                        if (read.saysDraft()) {
                            saidDraft.add(relContent);
                        }
                    }
                } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                    readData(layout, relContent, e.real(), d)
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
        return base.relativize(p).toString().replace('\\', '/');
    }

    /** Reads {@code p}, the file the site sees at content/{@code relContent} (a link's target is read directly). */
    private Optional<SourceFile> readText(SourceLayout layout, String relContent, Path p, Diagnostics diags) {
        String source = layout.relative(layout.content().resolve(relContent));
        byte[] bytes;
        try {
            long limit = p.getFileName().toString().endsWith(".md") ? MAX_PAGE_BYTES : YamlLimits.MAX_BYTES;
            long size = Files.size(p);
            if (size > limit) {
                diags.error(
                        "content.too-large",
                        new SourcePos(source, 1, 1),
                        "文件有 " + size + " 字节，超过了 " + limit + " 字节（" + limit / 1024 / 1024 + " MiB）的上限。",
                        limit == MAX_PAGE_BYTES ? "把内容拆成几个页面，或把大表格、长附录作为附件（PDF 等）链接。" : "YAML 只用来写配置和统计表；大量数据请拆成几个文件。");
                return Optional.empty();
            }
            bytes = Files.readAllBytes(p);
            if (digests != null) {
                digests.add(source, bytes);
            }
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
     * not be read or parsed; the reasons are in {@code diags}. Drafts are returned like any page: the tree
     * decides what to do with them ({@link Drafts}).
     */
    public Optional<Page> readPage(SourceLayout layout, String relContent, Path p, Diagnostics diags) {
        return Optional.ofNullable(read(layout, relContent, p, diags).page());
    }

    /**
     * A page as read: the page, or null when it could not be read or parsed, and then whether its text still
     * says {@code draft: true} (a draft whose front matter is broken is still a draft).
     */
    private record PageRead(Page page, boolean saysDraft) {}

    private static final Pattern DRAFT_LINE = Pattern.compile("(?m)^draft\\s*:\\s*(true|True|TRUE)\\s*(#.*)?$");

    private PageRead read(SourceLayout layout, String relContent, Path p, Diagnostics diags) {
        Optional<SourceFile> file = readText(layout, relContent, p, diags);
        if (file.isEmpty()) {
            return new PageRead(null, false);
        }
        SourceFile sf = file.get();
        FrontMatter fm;
        try {
            fm = splitter.split(sf.path(), sf.text());
        } catch (DiagnosticException e) {
            diags.addAll(e.diagnostics());
            return new PageRead(null, DRAFT_LINE.matcher(head(sf.text())).find());
        }
        Placeholders.report(
                Placeholders.find(fm.yaml(), fm.yamlLine(), true),
                sf.path(),
                Placeholders.CONTENT_CODE,
                PLACEHOLDER_HINT,
                diags);
        Placeholders.report(
                Placeholders.find(fm.body(), fm.bodyLine(), false),
                sf.path(),
                Placeholders.CONTENT_CODE,
                PLACEHOLDER_HINT,
                diags);
        try {
            YamlDoc doc = YamlDoc.parse(sf.path(), fm.yamlLine() - 1, fm.yaml());
            PageMeta meta = binder.bind(doc, diags);
            boolean isIndex = relContent.equals("index.md") || relContent.endsWith("/index.md");
            int slash = relContent.lastIndexOf('/');
            String dir = slash < 0 ? "" : relContent.substring(0, slash);
            return new PageRead(
                    OutputPaths.page(relContent, meta, sf.path(), diags)
                            .map(output -> new Page(sf.path(), dir, output, isIndex, meta, fm.body(), fm.bodyLine()))
                            .orElse(null),
                    meta.draft());
        } catch (DiagnosticException e) {
            diags.addAll(e.diagnostics());
            return new PageRead(null, DRAFT_LINE.matcher(fm.yaml()).find());
        }
    }

    /** The first lines of a text: where an unclosed front matter would have said {@code draft: true}. */
    private static String head(String text) {
        int end = 0;
        for (int i = 0; i < 200 && end >= 0; i++) {
            end = text.indexOf('\n', end + 1);
        }
        return end < 0 ? text : text.substring(0, end);
    }

    private static final String PLACEHOLDER_HINT =
            "换成正式内容后再发布。暂不发布的页面可在头部写 draft: true" + "（草稿只在预览 gksite serve 和 gksite build --drafts 中出现，不会发布）。";

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
            Placeholders.report(
                    Placeholders.find(sf.text(), 1, true),
                    sf.path(),
                    Placeholders.CONTENT_CODE,
                    PLACEHOLDER_HINT,
                    diags);
            return Optional.of(new DataFile(sf.path(), name, YamlDoc.parse(sf.path(), 0, sf.text()), sf.text()));
        } catch (DiagnosticException e) {
            diags.addAll(e.diagnostics());
            return Optional.empty();
        }
    }
}
