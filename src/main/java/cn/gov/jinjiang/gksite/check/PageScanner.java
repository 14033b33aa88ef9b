package cn.gov.jinjiang.gksite.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * Parses one HTML page with jsoup (positions tracked) and reduces it to {@link PageFacts}: ids, every
 * reference to another file or fragment, and the accessibility basics a parser can see.
 */
final class PageScanner {
    /** Elements and the attributes that hold a single URL. */
    private static final String[][] URL_ATTRS = {{"a", "href"}, {"area", "href"}, {"link", "href"},
        {"img", "src"}, {"script", "src"}, {"iframe", "src"}, {"source", "src"}, {"video", "src"},
        {"video", "poster"}, {"audio", "src"}, {"track", "src"}, {"embed", "src"}, {"object", "data"},
        {"form", "action"}, {"input", "src"}};

    private PageScanner() {
    }

    static PageFacts scan(String path, String html) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        List<PageFacts.Problem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Element e : doc.select("[id]")) {
            if (!ids.add(e.id())) {
                problems.add(problem("check.duplicate-id", "页面中 id=\"" + e.id() + "\" 重复出现。",
                        "同一页面中的 id 必须唯一；给标题写不同的 {#id}。", e));
            }
        }
        doc.select("a[name]").forEach(a -> ids.add(a.attr("name")));
        List<PageFacts.Ref> refs = new ArrayList<>();
        for (String[] ta : URL_ATTRS) {
            for (Element e : doc.getElementsByTag(ta[0])) {
                if (e.hasAttr(ta[1])) {
                    refs.add(ref(e.attr(ta[1]), ta[0] + "[" + ta[1] + "]", e));
                }
            }
        }
        for (Element e : doc.select("img[srcset], source[srcset]")) {
            for (String candidate : e.attr("srcset").split(",")) {
                String url = candidate.strip().split("\\s+")[0];
                if (!url.isEmpty()) {
                    refs.add(ref(url, e.tagName() + "[srcset]", e));
                }
            }
        }
        for (Element meta : doc.select("meta[http-equiv]")) {
            if (meta.attr("http-equiv").equalsIgnoreCase("refresh")) {
                String content = meta.attr("content");
                int i = content.toLowerCase(Locale.ROOT).indexOf("url=");
                if (i >= 0) {
                    refs.add(ref(content.substring(i + 4).strip().replaceAll("^['\"]|['\"]$", ""),
                            "meta[refresh]", meta));
                }
            }
        }
        for (Element e : doc.select("[style]")) {
            Range.Position p = e.sourceRange().start();
            refs.addAll(CssScanner.refs(e.attr("style"), e.tagName() + "[style]", p.lineNumber(), p.columnNumber()));
        }
        for (Element style : doc.getElementsByTag("style")) {
            Range.Position p = style.sourceRange().end();
            refs.addAll(CssScanner.refs(style.data(), "style", p.lineNumber(), p.columnNumber()));
        }
        accessibility(doc, problems);
        return new PageFacts(path, ids, refs, problems);
    }

    private static PageFacts.Ref ref(String url, String element, Element e) {
        Range.Position p = e.sourceRange().start();
        return new PageFacts.Ref(url, element, p.lineNumber(), p.columnNumber(), e.closest("main") != null);
    }

    private static PageFacts.Problem problem(String code, String message, String hint, Element e) {
        Range.Position p = e.sourceRange().start();
        return new PageFacts.Problem(code, message, hint, Math.max(1, p.lineNumber()), Math.max(1, p.columnNumber()));
    }

    private static void accessibility(Document doc, List<PageFacts.Problem> problems) {
        Element html = doc.selectFirst("html");
        if (html == null || html.attr("lang").isBlank()) {
            problems.add(new PageFacts.Problem("check.lang", "页面缺少 lang 属性，读屏软件无法确定朗读语言。",
                    "在 <html> 上写 lang=\"zh-CN\"（主题的 base 模板）。", 1, 1));
        }
        var h1s = doc.getElementsByTag("h1");
        if (h1s.size() != 1) {
            problems.add(h1s.isEmpty()
                    ? new PageFacts.Problem("check.h1", "页面没有一级标题 h1。", "每个页面应有且只有一个 h1（页面标题）。", 1, 1)
                    : problem("check.h1", "页面有 " + h1s.size() + " 个一级标题 h1，应只有一个。",
                    "正文中的标题从“##”（h2）开始，“#”留给页面标题。", h1s.get(1)));
        }
        int last = 0;
        for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
            int level = h.tagName().charAt(1) - '0';
            if (last > 0 && level > last + 1) {
                problems.add(problem("check.heading-skip", "标题层级跳级：h" + last + " 之后直接是 h" + level + "（“"
                        + abbreviate(h.text()) + "”）。", "标题应逐级使用：## 之下用 ###，不要跳过层级。", h));
            }
            last = level;
        }
        for (Element img : doc.select("img:not([alt])")) {
            problems.add(problem("check.img-alt", "图片缺少替代文字 alt：" + img.attr("src"),
                    "Markdown 中写成 ![图片内容的说明](图片地址)；纯装饰图片写 alt=\"\"。", img));
        }
        for (Element a : doc.select("a[href]")) {
            if (accessibleName(a).isBlank()) {
                problems.add(problem("check.link-text-empty", "链接没有文字，读屏软件无法说明它指向哪里：" + a.attr("href"),
                        "给链接写上文字，或给其中的图片写 alt。", a));
            }
        }
        for (Element t : doc.getElementsByTag("table")) {
            String role = t.attr("role");
            if (!role.equals("presentation") && !role.equals("none") && t.select("th").isEmpty()) {
                problems.add(problem("check.table-th", "数据表格没有表头单元格 th。",
                        "Markdown 表格的第一行是表头；HTML 表格用 <th> 标出行或列的标题。", t));
            }
        }
        for (Element f : doc.select("iframe:not([title])")) {
            problems.add(problem("check.iframe-title", "内嵌框架 iframe 缺少 title。", "写上 title 说明框架的内容。", f));
        }
    }

    private static String accessibleName(Element a) {
        StringBuilder sb = new StringBuilder(a.text());
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
