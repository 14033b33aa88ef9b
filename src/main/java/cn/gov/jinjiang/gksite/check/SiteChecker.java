package cn.gov.jinjiang.gksite.check;

import cn.gov.jinjiang.gksite.config.SiteConfig;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.output.OutputManifest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * Checks every HTML page of a site folder in two passes: first all pages are parsed in parallel and
 * reduced to {@link PageFacts} (ids and references), then every internal reference is resolved
 * against the file set and the ids of its target page.
 */
public final class SiteChecker {
    private static final String[][] REF_ATTRS = {{"a", "href"}, {"area", "href"}, {"link", "href"},
        {"img", "src"}, {"script", "src"}, {"iframe", "src"}, {"source", "src"}, {"video", "src"},
        {"audio", "src"}, {"track", "src"}, {"embed", "src"}, {"object", "data"}, {"form", "action"},
        {"video", "poster"}};

    public void check(Path site, OutputManifest manifest, SiteConfig config, Diagnostics diags) {
        Set<String> files = new HashSet<>();
        List<String> pages = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            walk.filter(Files::isRegularFile).forEach(p -> {
                String rel = site.relativize(p).toString().replace('\\', '/');
                files.add(rel);
                if (rel.endsWith(".html") || rel.endsWith(".htm")) {
                    pages.add(rel);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, PageFacts> facts = new ConcurrentHashMap<>();
        pages.parallelStream().forEach(p -> facts.put(p, parse(site, p)));
        Map<String, OutputManifest.Entry> sources = manifest.byPath();
        String base = config.baseUrl();
        for (String page : pages.stream().sorted().toList()) {
            PageFacts f = facts.get(page);
            String from = sourceNote(sources.get(page));
            for (PageFacts.Problem pr : f.problems()) {
                diags.error(pr.code(), new SourcePos("site/" + page, pr.line(), pr.column()), pr.message() + from, "");
            }
            for (PageFacts.Ref ref : f.refs()) {
                checkRef(page, ref, base, files, facts, from, diags);
            }
        }
    }

    private static String sourceNote(OutputManifest.Entry e) {
        if (e == null || e.source().isEmpty()) {
            return "";
        }
        return "（来自 " + e.source() + (e.template().isEmpty() ? "" : "，模板 " + e.template()) + "）";
    }

    private static PageFacts parse(Path site, String page) {
        String html;
        try {
            html = Files.readString(site.resolve(page), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document doc = Jsoup.parse(html, "", parser);
        Set<String> ids = new HashSet<>();
        List<PageFacts.Problem> problems = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Element e : doc.select("[id]")) {
            if (!seen.add(e.id())) {
                Range.Position p = e.sourceRange().start();
                problems.add(new PageFacts.Problem("check.duplicate-id", "页面中 id=\"" + e.id() + "\" 重复。",
                        p.lineNumber(), p.columnNumber()));
            }
            ids.add(e.id());
        }
        doc.select("a[name]").forEach(a -> ids.add(a.attr("name")));
        List<PageFacts.Ref> refs = new ArrayList<>();
        for (String[] ta : REF_ATTRS) {
            for (Element e : doc.getElementsByTag(ta[0])) {
                if (e.hasAttr(ta[1])) {
                    Range.Position p = e.sourceRange().start();
                    refs.add(new PageFacts.Ref(e.attr(ta[1]), ta[0], p.lineNumber(), p.columnNumber()));
                }
            }
        }
        if (doc.select("h1").size() != 1) {
            problems.add(new PageFacts.Problem("check.h1", "页面应有且只有一个一级标题 h1，实有 " + doc.select("h1").size()
                    + " 个。", 1, 1));
        }
        if (doc.selectFirst("html[lang]") == null) {
            problems.add(new PageFacts.Problem("check.lang", "页面缺少 lang 属性。", 1, 1));
        }
        for (Element img : doc.select("img:not([alt])")) {
            Range.Position p = img.sourceRange().start();
            problems.add(new PageFacts.Problem("check.img-alt", "图片缺少替代文字（alt）。", p.lineNumber(),
                    p.columnNumber()));
        }
        return new PageFacts(page, ids, refs, problems);
    }

    private static void checkRef(String page, PageFacts.Ref ref, String base, Set<String> files,
                                 Map<String, PageFacts> facts, String from, Diagnostics diags) {
        String url = ref.url().strip();
        SourcePos at = new SourcePos("site/" + page, ref.line(), ref.column());
        if (url.isEmpty() && !ref.element().equals("form")) {
            diags.error("check.link-empty", at, "<" + ref.element() + "> 的链接地址为空。" + from, "");
            return;
        }
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("javascript:")) {
            diags.error("check.link-javascript", at, "不允许 javascript: 链接：" + url + from, "改用普通链接或按钮。");
            return;
        }
        if (!base.isEmpty() && url.startsWith(base)) {
            url = "/" + url.substring(base.length());
        } else if (lower.matches("^[a-z][a-z0-9+.-]*:.*") || url.startsWith("//")) {
            return;
        }
        String fragment = null;
        int hash = url.indexOf('#');
        if (hash >= 0) {
            fragment = url.substring(hash + 1);
            url = url.substring(0, hash);
        }
        int q = url.indexOf('?');
        if (q >= 0) {
            url = url.substring(0, q);
        }
        String target;
        if (url.isEmpty()) {
            target = page;
        } else {
            String decoded = URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
            Path resolved = decoded.startsWith("/") ? Path.of(decoded.substring(1))
                    : Path.of(page).resolveSibling(decoded);
            target = resolved.normalize().toString().replace('\\', '/');
            if (target.startsWith("..")) {
                diags.error("check.link-broken", at, "链接指向站点之外：" + ref.url() + from, "");
                return;
            }
            if (target.isEmpty() || decoded.endsWith("/")) {
                target = target.isEmpty() ? "index.html" : target + "/index.html";
            } else if (!files.contains(target) && files.contains(target + "/index.html")) {
                target = target + "/index.html";
            }
        }
        if (!files.contains(target)) {
            diags.error("check.link-broken", at, "链接的目标不存在：" + ref.url() + from,
                    "检查链接地址，或补上被链接的页面、文件。");
            return;
        }
        if (fragment != null && !fragment.isEmpty() && facts.containsKey(target)) {
            String id = URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
            if (!facts.get(target).ids().contains(id)) {
                diags.error("check.fragment-missing", at, "链接的锚点 #" + id + " 在 /" + target + " 中不存在。" + from,
                        "检查标题的 id（可在标题后写 {#id} 固定它）。");
            }
        }
    }
}
