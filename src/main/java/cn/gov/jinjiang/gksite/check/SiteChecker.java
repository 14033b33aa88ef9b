package cn.gov.jinjiang.gksite.check;

import cn.gov.jinjiang.gksite.config.SiteConfig;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.output.OutputManifest;
import cn.gov.jinjiang.gksite.parallel.Tasks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks a site folder. Pass one scans every HTML page and stylesheet in parallel into {@link PageFacts}
 * (DOMs are not kept); pass two resolves every reference against the file set and the ids of its target
 * page. Each problem is reported at the source line the link came from when the build manifest can
 * name it (the Markdown file of the page), otherwise at the output page and line.
 */
public final class SiteChecker {

    public void check(Path site, OutputManifest manifest, SiteConfig config, CheckOptions options, Diagnostics diags) {
        check(site, manifest, config, options, diags, new Scanned());
    }

    public void check(
            Path site,
            OutputManifest manifest,
            SiteConfig config,
            CheckOptions options,
            Diagnostics diags,
            Scanned scanned0) {
        Map<String, OutputManifest.Entry> sources = manifest.byPath();
        Set<String> files = options.listed() ? sources.keySet() : files(site, options);
        List<String> scanned = new ArrayList<>();
        files.forEach(rel -> {
            if (isHtml(rel) || rel.endsWith(".css")) {
                scanned.add(rel);
            }
        });
        scanned.sort(null);
        Map<String, PageFacts> facts = scanned0.facts;
        Set<String> fast = scanned0.fast;
        List<String> unscanned =
                scanned.stream().filter(p -> !facts.containsKey(p)).toList();
        Tasks.forEach(unscanned, p -> facts.put(p, scan(site, p, sources.get(p), fast)));

        LinkResolver resolver = new LinkResolver(config.baseUrl(), files);
        SourceLocator locator = new SourceLocator(options.sourceRoot());
        List<Pattern> ignore =
                config.checks().ignore().stream().map(SiteChecker::pattern).toList();
        // Pages are checked in parallel; diagnostics are sorted in the end, and the external links are
        // gathered in page order, so the outcome does not depend on the order of the threads.
        Checks checks = new Checks(
                site, facts, fast, resolver, locator, sources, ignore, options.outputLabel(), diags, options.drafts());
        Map<String, List<Found>> external = new LinkedHashMap<>();
        Tasks.map(scanned, checks::page)
                .forEach(list ->
                        list.forEach(x -> external.computeIfAbsent(x.ref().url().strip(), k -> new ArrayList<>())
                                .add(x)));
        if (options.external() && !external.isEmpty()) {
            probeExternal(options.probe(), external);
        }
    }

    /** Every file below {@code site}, as paths relative to it with '/'. */
    private static Set<String> files(Path site, CheckOptions options) {
        Set<String> files = new HashSet<>();
        try (Stream<Path> walk = Files.walk(site)) {
            walk.filter(Files::isRegularFile)
                    .forEach(p -> files.add(site.relativize(p).toString().replace('\\', '/')));
        } catch (IOException | UncheckedIOException e) {
            throw new DiagnosticException(
                    Diagnostic.error(
                            "io.read",
                            SourcePos.of(options.outputLabel()),
                            "无法读取要检查的目录：" + e.getMessage(),
                            "确认目录存在；先运行 gksite build。"),
                    e);
        }
        return files;
    }

    /** What checking one page needs; {@link #page} is thread-safe. */
    private record Checks(
            Path site,
            Map<String, PageFacts> facts,
            Set<String> fast,
            LinkResolver resolver,
            SourceLocator locator,
            Map<String, OutputManifest.Entry> sources,
            List<Pattern> ignore,
            String outputLabel,
            Diagnostics diags,
            Map<String, String> drafts) {
        /** Reports the problems of one page and returns its links to other sites, for probing. */
        List<Found> page(String page) {
            List<Found> external = new ArrayList<>();
            PageFacts f = facts.get(page);
            OutputManifest.Entry entry = sources.get(page);
            PageReporter rep = new PageReporter(
                    outputLabel + "/" + page,
                    entry,
                    locator,
                    diags,
                    f,
                    new PositionScan(site, page, fast.contains(page)));
            for (PageFacts.Problem pr : f.problems()) {
                rep.problem(pr);
            }
            for (PageFacts.Ref ref : f.refs()) {
                if (ignored(ref.url())) {
                    continue;
                }
                LinkResolver.Resolved r = resolver.resolve(page, ref.url());
                switch (r.kind()) {
                    case EMPTY -> {
                        if (!ref.element().startsWith("form")) {
                            rep.ref(ref, "check.link-empty", "<" + ref.element() + "> 的地址为空。", "写上链接地址，或去掉这个链接。");
                        }
                    }
                    case JAVASCRIPT ->
                        rep.ref(
                                ref,
                                "check.link-javascript",
                                "不允许使用会执行脚本的链接（javascript:、vbscript:）：" + ref.url(),
                                "改用指向页面的普通链接；交互由主题脚本提供。");
                    case MAILTO -> {
                        if (r.problem() != null) {
                            rep.ref(
                                    ref,
                                    "check.mailto",
                                    r.problem() + "（" + ref.url() + "）",
                                    "写成 mailto:name@example.gov.cn");
                        }
                    }
                    case TEL -> {
                        if (r.problem() != null) {
                            rep.ref(ref, "check.tel", r.problem() + "（" + ref.url() + "）", "写成 tel:0595-85662126");
                        }
                    }
                    case EXTERNAL -> external.add(new Found(rep, ref));
                    case INTERNAL -> internal(facts, rep, ref, r, drafts);
                    default -> {}
                }
            }
            return external;
        }

        /** Whether an ignore pattern matches the URL (a loop: this runs for every reference of the site). */
        private boolean ignored(String url) {
            for (Pattern p : ignore) {
                if (p.matcher(url).find()) {
                    return true;
                }
            }
            return false;
        }
    }

    private static void internal(
            Map<String, PageFacts> facts,
            PageReporter rep,
            PageFacts.Ref ref,
            LinkResolver.Resolved r,
            Map<String, String> drafts) {
        if (r.problem() != null) {
            rep.ref(ref, "check.link-broken", r.problem(), "");
            return;
        }
        String draft = r.target() == null ? draftOf(r.wanted(), drafts) : null;
        if (draft != null) {
            rep.ref(
                    ref,
                    "check.link-draft",
                    "链接指向草稿 " + draft + "（它或它所在栏目的 index.md 写有 draft: true）：" + "不含草稿的构建和发布都没有它，这个链接在网站上会是坏链接："
                            + ref.url(),
                    "草稿完成后删去它的 draft: true，与这个页面一起发布；或者先去掉这个链接，草稿发布后再加上。"
                            + "用 gksite serve 或 gksite build --drafts 可以预览草稿。");
            return;
        }
        if (r.target() == null) {
            rep.ref(
                    ref,
                    "check.link-broken",
                    "链接的目标不存在：" + ref.url() + "（应为 " + r.wanted() + "）",
                    "检查地址的拼写；页面改名或移动后，同时修改指向它的链接。");
            return;
        }
        if (r.fragment() == null || r.fragment().isEmpty() || r.fragment().equals("top")) {
            return;
        }
        PageFacts target = facts.get(r.target());
        if (target != null && !target.ids().contains(r.fragment())) {
            rep.ref(
                    ref,
                    "check.fragment-missing",
                    "锚点 #" + r.fragment() + " 在 /" + r.target() + " 中不存在：" + ref.url(),
                    "检查锚点名；标题的锚点可在标题后用 {#id} 固定。");
        }
    }

    /** The source of the draft a missing link target would have been (a page, a folder's page, a file), or null. */
    private static String draftOf(String wanted, Map<String, String> drafts) {
        if (drafts.isEmpty() || wanted == null) {
            return null;
        }
        String path = wanted.startsWith("/") ? wanted.substring(1) : wanted;
        String found = drafts.get(path);
        return found != null ? found : drafts.get(path.isEmpty() ? "index.html" : path + "/index.html");
    }

    private record Found(PageReporter rep, PageFacts.Ref ref) {}

    private static void probeExternal(ExternalLinkProbe probe, Map<String, List<Found>> external) {
        Map<String, ExternalLinkProbe.Result> results;
        try {
            results = probe.probe(external.keySet());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        external.forEach((url, founds) -> {
            ExternalLinkProbe.Result r = results.get(url);
            if (r == null) {
                return;
            }
            for (Found f : founds) {
                if (r.status() == 0) {
                    f.rep()
                            .ref(
                                    f.ref(),
                                    "check.external-unreachable",
                                    "外部链接无法访问：" + url + "（" + r.error() + "）",
                                    "稍后再试；若网站已停用，请更换或删除链接。");
                } else if (!r.ok()) {
                    f.rep()
                            .ref(
                                    f.ref(),
                                    "check.external-broken",
                                    "外部链接返回 HTTP " + r.status() + "：" + url
                                            + (r.redirected() ? "（重定向到 " + r.finalUrl() + "）" : ""),
                                    "更换为有效的地址，或删除链接。");
                } else if (r.redirected()) {
                    f.rep()
                            .refWarning(
                                    f.ref(),
                                    "check.external-redirect",
                                    "外部链接已重定向：" + url + " → " + r.finalUrl(),
                                    "把链接改为最终地址。");
                }
            }
        });
    }

    /**
     * Scans a file of the site on disk: a page the build rendered, as it wrote it (its CRC in the manifest), with
     * the byte scanner, which it adds to {@code fast}; any other page (a theme's static page, one changed by
     * hand) with jsoup.
     */
    private static PageFacts scan(Path site, String page, OutputManifest.Entry entry, Set<String> fast) {
        String text;
        try {
            byte[] bytes = Files.readAllBytes(site.resolve(page));
            if (entry != null
                    && !entry.crc().isEmpty()
                    && !entry.template().isEmpty()
                    && isHtml(page)
                    && OutputManifest.Entry.crcOf(bytes).equals(entry.crc())) {
                fast.add(page);
                return PageScanner.fast(page, bytes, false);
            }
            // strictly, as Files.readString reads: bytes that are not UTF-8 are a problem, never replaced
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (MalformedInputException e) {
            return new PageFacts(page, Set.of(), List.of(), List.of(Problems.encoding()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (page.endsWith(".css")) {
            return new PageFacts(page, Set.of(), CssScanner.refs(text, "css url()", 1, 1), List.of());
        }
        return PageScanner.jsoup(page, text, false);
    }

    static boolean isHtml(String path) {
        return path.endsWith(".html") || path.endsWith(".htm");
    }

    /** An ignore pattern: a regular expression when it starts with ^, else a plain substring. */
    private static Pattern pattern(String p) {
        return p.startsWith("^") ? Pattern.compile(p) : Pattern.compile(Pattern.quote(p));
    }
}
