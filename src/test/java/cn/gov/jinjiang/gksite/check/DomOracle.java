package cn.gov.jinjiang.gksite.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The test oracle of the checks: the checker's rules as they were written before they were written once over
 * events ({@link CheckRules}), as queries of jsoup's DOM ({@code Element.text()}, {@code select("img[alt]")},
 * {@code getElementsByTag("th")}, {@code data()}). The differential test holds the rules, fed by jsoup or by
 * the byte scanner, to what these queries find on the same pages. Kept as it was on purpose: its messages
 * repeat {@link Problems}' so that a changed message is seen.
 */
final class DomOracle {
    /** Elements and the attributes that hold a single URL. */
    private static final String[][] URL_ATTRS = {
        {"a", "href"},
        {"area", "href"},
        {"link", "href"},
        {"img", "src"},
        {"script", "src"},
        {"iframe", "src"},
        {"source", "src"},
        {"video", "src"},
        {"video", "poster"},
        {"audio", "src"},
        {"track", "src"},
        {"embed", "src"},
        {"object", "data"},
        {"form", "action"},
        {"input", "src"}
    };

    private DomOracle() {}

    /** Scans with positions tracked. */
    static PageFacts scan(String path, String html) {
        return scan(path, html, true);
    }

    /**
     * Scans a page. Without {@code track} every position is 0: parsing is a quarter faster, and the checker
     * re-scans with positions only the few pages it has something to report on (the order of refs and
     * problems is the same both ways).
     */
    static PageFacts scan(String path, String html, boolean track) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(track));
        Walker w = new Walker(track);
        NodeTraversor.traverse(w, doc);
        if (w.h1s != 1) {
            w.problems.add(
                    w.h1s == 0
                            ? new PageFacts.Problem("check.h1", "页面没有一级标题 h1。", "每个页面应有且只有一个 h1（页面标题）。", 1, 1)
                            : problem(
                                    "check.h1",
                                    "页面有 " + w.h1s + " 个一级标题 h1，应只有一个。",
                                    "正文中的标题从“##”（h2）开始，“#”留给页面标题。",
                                    w.secondH1,
                                    track));
        }
        Element html0 = doc.selectFirst("html");
        if (html0 == null || html0.attr("lang").isBlank()) {
            w.problems.add(
                    0,
                    new PageFacts.Problem(
                            "check.lang",
                            "页面缺少 lang 属性，读屏软件无法确定朗读语言。",
                            "在 <html> 上写 lang=\"zh-CN\"（主题的 base 模板）。",
                            1,
                            1));
        }
        return new PageFacts(path, w.ids, w.refs, w.problems);
    }

    /** One pass over the DOM collecting everything the checks need. */
    private static final class Walker implements NodeVisitor {
        final boolean track;
        final Set<String> ids = new HashSet<>();
        final List<PageFacts.Ref> refs = new ArrayList<>();
        final List<PageFacts.Problem> problems = new ArrayList<>();
        int h1s;
        Element secondH1;
        int lastHeading;
        int mainDepth;

        Walker(boolean track) {
            this.track = track;
        }

        private PageFacts.Problem problem(String code, String message, String hint, Element e) {
            return DomOracle.problem(code, message, hint, e, track);
        }

        private PageFacts.Ref ref(String url, String element, Element e, boolean inMain) {
            return DomOracle.ref(url, element, e, inMain, track);
        }

        @Override
        public void head(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return;
            }
            String tag = e.normalName();
            if (tag.equals("main")) {
                mainDepth++;
            }
            String id = e.id();
            if (!id.isEmpty() && !ids.add(id)) {
                problems.add(problem(
                        "check.duplicate-id", "页面中 id=\"" + id + "\" 重复出现。", "同一页面中的 id 必须唯一；给标题写不同的 {#id}。", e));
            }
            switch (tag) {
                case "a" -> {
                    if (e.hasAttr("name")) {
                        ids.add(e.attr("name"));
                    }
                    if (e.hasAttr("href")) {
                        refs.add(ref(e.attr("href"), "a[href]", e, mainDepth > 0));
                        if (accessibleName(e).isBlank()) {
                            problems.add(problem(
                                    "check.link-text-empty",
                                    "链接没有文字，读屏软件无法说明它指向哪里：" + e.attr("href"),
                                    "给链接写上文字，或给其中的图片写 alt。",
                                    e));
                        }
                    }
                }
                case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                    int level = tag.charAt(1) - '0';
                    if (level == 1 && ++h1s == 2) {
                        secondH1 = e;
                    }
                    if (lastHeading > 0 && level > lastHeading + 1) {
                        problems.add(problem(
                                        "check.heading-skip",
                                        "标题层级跳级：h" + lastHeading + " 之后直接是 h" + level + "（“" + abbreviate(e.text())
                                                + "”）。",
                                        "标题应逐级使用：## 之下用 ###，不要跳过层级。",
                                        e)
                                .about(level, abbreviate(e.text())));
                    }
                    lastHeading = level;
                }
                case "img" -> {
                    if (!e.hasAttr("alt")) {
                        problems.add(problem(
                                "check.img-alt",
                                "图片缺少替代文字 alt：" + e.attr("src"),
                                "Markdown 中写成 ![图片内容的说明](图片地址)；纯装饰图片写 alt=\"\"。",
                                e));
                    }
                }
                case "table" -> {
                    String role = e.attr("role");
                    if (!role.equals("presentation")
                            && !role.equals("none")
                            && e.getElementsByTag("th").isEmpty()) {
                        problems.add(problem(
                                "check.table-th", "数据表格没有表头单元格 th。", "Markdown 表格的第一行是表头；HTML 表格用 <th> 标出行或列的标题。", e));
                    }
                }
                case "iframe" -> {
                    if (!e.hasAttr("title")) {
                        problems.add(problem("check.iframe-title", "内嵌框架 iframe 缺少 title。", "写上 title 说明框架的内容。", e));
                    }
                }
                case "meta" -> {
                    if (e.attr("http-equiv").equalsIgnoreCase("refresh")) {
                        String content = e.attr("content");
                        int i = content.toLowerCase(Locale.ROOT).indexOf("url=");
                        if (i >= 0) {
                            refs.add(ref(
                                    content.substring(i + 4).strip().replaceAll("^['\"]|['\"]$", ""),
                                    "meta[refresh]",
                                    e,
                                    false));
                        }
                    }
                }
                case "style" -> {
                    Range.Position p = e.sourceRange().end();
                    refs.addAll(CssScanner.refs(
                            e.data(), "style", track ? p.lineNumber() : 0, track ? p.columnNumber() : 0));
                }
                default -> {}
            }
            for (String[] ta : URL_ATTRS) {
                if (ta[0].equals(tag) && !tag.equals("a") && e.hasAttr(ta[1])) {
                    refs.add(ref(e.attr(ta[1]), tag + "[" + ta[1] + "]", e, mainDepth > 0));
                }
            }
            if ((tag.equals("img") || tag.equals("source")) && e.hasAttr("srcset")) {
                for (String candidate : e.attr("srcset").split(",")) {
                    String url = candidate.strip().split("\\s+")[0];
                    if (!url.isEmpty()) {
                        refs.add(ref(url, tag + "[srcset]", e, mainDepth > 0));
                    }
                }
            }
            if (e.hasAttr("style")) {
                Range.Position p = e.sourceRange().start();
                refs.addAll(CssScanner.refs(
                        e.attr("style"), tag + "[style]", track ? p.lineNumber() : 0, track ? p.columnNumber() : 0));
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && e.normalName().equals("main")) {
                mainDepth--;
            }
        }
    }

    private static PageFacts.Ref ref(String url, String element, Element e, boolean inMain, boolean track) {
        if (!track) {
            return new PageFacts.Ref(url, element, 0, 0, inMain);
        }
        Range.Position p = e.sourceRange().start();
        return new PageFacts.Ref(url, element, p.lineNumber(), p.columnNumber(), inMain);
    }

    private static PageFacts.Problem problem(String code, String message, String hint, Element e, boolean track) {
        if (!track) {
            return new PageFacts.Problem(code, message, hint, 0, 0);
        }
        Range.Position p = e.sourceRange().start();
        return new PageFacts.Problem(code, message, hint, Math.max(1, p.lineNumber()), Math.max(1, p.columnNumber()));
    }

    private static String accessibleName(Element a) {
        String text = a.text();
        if (!text.isBlank()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text);
        sb.append(a.attr("aria-label")).append(a.attr("aria-labelledby")).append(a.attr("title"));
        for (Element img : a.select("img[alt]")) {
            sb.append(img.attr("alt"));
        }
        for (Element svg : a.select("svg[aria-label], svg title")) {
            sb.append(svg.attr("aria-label")).append(svg.text());
        }
        return sb.toString();
    }

    private static String abbreviate(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }
}
