package cn.gov.jinjiang.gksite.content;

import cn.gov.jinjiang.gksite.config.Placeholders;
import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.config.YamlDoc;
import cn.gov.jinjiang.gksite.config.YamlLimits;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads one file of content/ for a {@link ContentLoader}: a Markdown page or a YAML data file, fingerprinting its
 * bytes ({@link FileDigests}), or a page from a {@link ContentMemo} when its file is as it was.
 */
final class SourceReader {
    private static final long MAX_PAGE_BYTES = ContentLoader.MAX_PAGE_BYTES;

    private final TextDecoder decoder = new TextDecoder();
    private final FrontMatterSplitter splitter = new FrontMatterSplitter();
    private final MetaBinder binder = new MetaBinder();
    /** Where the bytes of every page and data file read are fingerprinted, or null. */
    private final FileDigests digests;
    /** What the last build remembered of its pages, and what this one will, or null. */
    private final ContentMemo memo;

    SourceReader(FileDigests digests, ContentMemo memo) {
        if (memo != null && digests == null) {
            throw new IllegalArgumentException("a memo needs the fingerprints of the files read");
        }
        this.digests = digests;
        this.memo = memo;
    }

    /** Reads {@code p}, the file the site sees at content/{@code relContent} (a link's target is read directly). */
    private Optional<SourceFile> readText(SourceLayout layout, String relContent, Path p, Diagnostics diags) {
        String source = layout.relative(layout.content().resolve(relContent));
        byte[] bytes;
        try {
            long limit = p.getFileName().toString().endsWith(".md") ? MAX_PAGE_BYTES : YamlLimits.MAX_BYTES;
            // A link's target is read, as before: the caller found it by the rule for links (SourceTree).
            bytes = Body.read(p, limit, new LinkOption[0]);
            if (bytes == null) {
                diags.error(
                        "content.too-large",
                        new SourcePos(source, 1, 1),
                        "文件有 " + Files.size(p) + " 字节，超过了 " + limit + " 字节（" + limit / 1024 / 1024 + " MiB）的上限。",
                        limit == MAX_PAGE_BYTES ? "把内容拆成几个页面，或把大表格、长附录作为附件（PDF 等）链接。" : "YAML 只用来写配置和统计表；大量数据请拆成几个文件。");
                return Optional.empty();
            }
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
     * A page as read: the page, or null when it could not be read or parsed, and then whether its text still
     * says {@code draft: true} (a draft whose front matter is broken is still a draft).
     */
    record PageRead(Page page, boolean saysDraft) {}

    private static final Pattern DRAFT_LINE = Pattern.compile("(?m)^draft\\s*:\\s*(true|True|TRUE)\\s*(#.*)?$");

    PageRead read(SourceLayout layout, String relContent, Path p, Diagnostics diags) {
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
            return new PageRead(
                    OutputPaths.page(relContent, meta, sf.path(), diags)
                            .map(output -> page(sf.path(), relContent, output, meta, Body.of(fm.body()), fm.bodyLine()))
                            .orElse(null),
                    meta.draft());
        } catch (DiagnosticException e) {
            diags.addAll(e.diagnostics());
            return new PageRead(null, DRAFT_LINE.matcher(fm.yaml()).find());
        }
    }

    private static Page page(String source, String relContent, String output, PageMeta meta, Body body, int bodyLine) {
        boolean isIndex = relContent.equals("index.md") || relContent.endsWith("/index.md");
        int slash = relContent.lastIndexOf('/');
        String dir = slash < 0 ? "" : relContent.substring(0, slash);
        return new Page(source, dir, output, isIndex, meta, body, bodyLine);
    }

    /**
     * Reads one Markdown page as {@link #read} does, or takes it from the memo when its file is as it was then (its
     * body is then read only when asked for); a page read is remembered for the next build when it can be.
     */
    PageRead recall(SourceLayout layout, String relContent, Path p, Diagnostics diags) {
        if (memo == null) {
            return read(layout, relContent, p, diags);
        }
        String source = layout.relative(layout.content().resolve(relContent));
        // The identity before the bytes: a write while they are read moves it, and the next build reads the file again.
        ContentMemo.Stat stat = ContentMemo.Stat.of(p);
        ContentMemo.Entry e = memo.find(source, stat);
        if (e != null) {
            diags.addAll(e.problems());
            byte[] digest = e.digest();
            digests.put(source, digest);
            memo.remember(source, e);
            Body body = Body.stored(source, p, digest, e.bodyLine(), e.blank());
            return new PageRead(
                    page(source, relContent, e.output(), e.meta(), body, e.bodyLine()),
                    e.meta().draft());
        }
        Diagnostics found = new Diagnostics();
        PageRead read = read(layout, relContent, p, found);
        List<Diagnostic> problems = found.sorted();
        diags.addAll(problems);
        Page page = read.page();
        if (page != null && stat != null) {
            memo.remember(
                    source,
                    new ContentMemo.Entry(
                            stat,
                            digests.of(source),
                            page.output(),
                            page.meta(),
                            page.bodyLine(),
                            page.body().isBlank(),
                            problems));
        }
        return read;
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
    Optional<DataFile> readData(SourceLayout layout, String relContent, Path p, Diagnostics diags) {
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
