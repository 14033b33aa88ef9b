package cn.gov.jinjiang.gksite.content;

import cn.gov.jinjiang.gksite.parallel.Tasks;
import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.config.YamlDoc;
import cn.gov.jinjiang.gksite.config.YamlLimits;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.InternalErrors;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.stream.Stream;

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

    public ContentTree load(SourceLayout layout, Diagnostics diags) {
        Path content = layout.content();
        if (!Files.isDirectory(content)) {
            throw new DiagnosticException(Diagnostic.error("content.missing", SourcePos.of("content"),
                    "找不到内容目录 content/（在 " + layout.root() + " 中）。",
                    "在站点根目录运行 gksite，或用 --source 指定站点目录。"));
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(content)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !ignored(content.relativize(p)))
                    .sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new DiagnosticException(Diagnostic.error("io.read", SourcePos.of("content"),
                    "无法遍历 content/：" + e.getMessage(), "检查目录权限。"), e);
        }
        Map<String, Page> pages = new ConcurrentHashMap<>();
        Map<String, DataFile> data = new ConcurrentHashMap<>();
        java.util.Set<String> unreadable = ConcurrentHashMap.newKeySet();
        List<String> assets = new ArrayList<>();
        for (Path p : files) {
            String name = p.getFileName().toString();
            if (!name.endsWith(".md") && !name.endsWith(".yaml") && !name.endsWith(".yml")) {
                assets.add(rel(content, p));
            }
        }
        Tasks.forEach(files, p -> InternalErrors.contain(SourcePos.of(layout.relative(p)), "读取文件", diags, () -> {
            String name = p.getFileName().toString();
            String relContent = rel(content, p);
            if (name.endsWith(".md")) {
                readPage(layout, relContent, p, diags).ifPresentOrElse(pg -> {
                    if (!pg.meta().draft()) {
                        pages.put(relContent, pg);
                    }
                },
                        () -> unreadable.add(layout.relative(p)));
            } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                readData(layout, p, diags).ifPresentOrElse(d -> data.put(relContent, d),
                        () -> unreadable.add(layout.relative(p)));
            }
        }));
        return tree(pages, data, assets, unreadable, diags);
    }

    /**
     * Assembles a tree from files already read (paths relative to content/), reporting pages that claim
     * one output path. Used by {@link #load} and by the preview, which re-reads only the files that changed.
     */
    public ContentTree tree(Map<String, Page> pages, Map<String, DataFile> data, java.util.Collection<String> assets,
                            java.util.Set<String> unreadable, Diagnostics diags) {
        checkDuplicateOutputs(pages, diags);
        return new ContentTree(assemble("", new TreeMap<>(pages), new TreeMap<>(data)), List.copyOf(assets),
                unreadable);
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

    private static String rel(Path base, Path p) {
        return base.relativize(p).toString().replace('\\', '/');
    }

    private Optional<SourceFile> readText(SourceLayout layout, Path p, Diagnostics diags) {
        String source = layout.relative(p);
        byte[] bytes;
        try {
            long limit = p.getFileName().toString().endsWith(".md") ? MAX_PAGE_BYTES : YamlLimits.MAX_BYTES;
            long size = Files.size(p);
            if (size > limit) {
                diags.error("content.too-large", new SourcePos(source, 1, 1), "文件有 " + size + " 字节，超过了 " + limit
                        + " 字节（" + limit / 1024 / 1024 + " MiB）的上限。", limit == MAX_PAGE_BYTES
                        ? "把内容拆成几个页面，或把大表格、长附录作为附件（PDF 等）链接。"
                        : "YAML 只用来写配置和统计表；大量数据请拆成几个文件。");
                return Optional.empty();
            }
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
        Optional<SourceFile> file = readText(layout, p, diags);
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
            String output = outputPath(relContent, meta, sf.path(), diags);
            return Optional.of(new Page(sf.path(), dir, output, isIndex, meta, fm.body(), fm.bodyLine()));
        } catch (DiagnosticException e) {
            diags.addAll(e.diagnostics());
            return Optional.empty();
        }
    }

    private static String outputPath(String relContent, PageMeta meta, String source, Diagnostics diags) {
        String def = relContent.substring(0, relContent.length() - 3) + ".html";
        String url = meta.url();
        if (url == null) {
            return def;
        }
        if (!url.startsWith("/") || url.contains("..") || url.contains("\\") || url.contains("?") || url.contains("#")
                || url.contains("//") || url.chars().anyMatch(Character::isISOControl)) {
            diags.error("content.url", meta.pos("url", source), "url 应为以“/”开头的站内路径（不含 ..、?、#、控制字符），实为“" + printable(url) + "”。",
                    "例如：url: /xxgk/zfxxgkzl/ml/02/202008/t20200817_2406219.htm");
            return def;
        }
        String path = url.substring(1);
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    /** {@code s} with control characters written as {@code \\uXXXX}, so a message shows where they are. */
    private static String printable(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.chars().forEach(c -> sb.append(Character.isISOControl(c) ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return sb.toString();
    }

    private static void checkDuplicateOutputs(Map<String, Page> pages, Diagnostics diags) {
        Map<String, Page> seen = new HashMap<>();
        pages.values().stream().sorted(Comparator.comparing(Page::source)).forEach(p -> {
            Page other = seen.putIfAbsent(p.output(), p);
            if (other != null) {
                diags.error("content.url-duplicate", p.meta().pos("url", p.source()),
                        "两个页面都要写到 /" + p.output() + "：" + other.source() + " 和 " + p.source() + "。",
                        "修改其中一个页面的 url，或重命名文件。");
            }
        });
    }

    /** Reads one YAML data file; empty when it could not be read or parsed (the reasons are in {@code diags}). */
    public Optional<DataFile> readData(SourceLayout layout, Path p, Diagnostics diags) {
        Optional<SourceFile> file = readText(layout, p, diags);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        SourceFile sf = file.get();
        try {
            String name = p.getFileName().toString().replaceFirst("\\.ya?ml$", "");
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
