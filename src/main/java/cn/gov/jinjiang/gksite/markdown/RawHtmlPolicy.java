package cn.gov.jinjiang.gksite.markdown;

import cn.gov.jinjiang.gksite.diag.UrlSchemes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What HTML an editor may write inside Markdown, and which attributes in {@code {…}}: an allowlist. Tags are
 * the structural and text elements (paragraphs, lists, tables, emphasis, quotes, images, links); every tag may
 * carry {@code id}, {@code class}, {@code lang} and {@code title}, some a few more ({@link #TAGS}); addresses in
 * {@code href}, {@code src} and {@code cite} must pass {@link UrlSchemes}. No scripts, styles, event handlers,
 * frames, objects, forms, SVG or MathML, {@code <meta>}, {@code <base>} or {@code <link>}: those belong to the
 * theme. The HTML is read by {@link HtmlScanner}, as a browser reads it.
 *
 * <p>This replaces jsoup's {@code Safelist}, which judges the tree jsoup builds from the piece alone; the
 * piece is written among other markup, so what matters is also how it ends (an open comment or tag swallows
 * what follows), and an address must be judged as the browser decodes it.
 */
public final class RawHtmlPolicy {
    /** Attributes every allowed tag may carry, and the only ones allowed in Markdown's {@code {…}}. */
    static final Set<String> GLOBAL = Set.of("id", "class", "lang", "title");
    /** Allowed tags, each with the attributes it may carry beyond {@link #GLOBAL}. */
    static final Map<String, Set<String>> TAGS = tags();
    /** Attributes holding an address, checked against {@link UrlSchemes}. */
    private static final Set<String> URLS = Set.of("href", "src", "cite");

    private static final String TAG_HINT =
            "正文请用 Markdown 书写；脚本、样式、表单、内嵌框架、对象、SVG 等由主题提供，不能写在正文里。" + "允许的标签和属性见 README 的“正文中的 HTML、属性和链接”。";
    static final String ATTRIBUTE_HINT = "标签只能带 id、class、lang、title（以及链接的 href、图片的 src/alt/width/height、"
            + "表格的 colspan/rowspan/headers/scope 等）；on… 事件属性和 style 都不允许。";

    /**
     * A refused part of a piece of HTML: offset into the piece, code, message and hint. A quiet one is the end
     * tag of an element whose start was refused already: taken out like the start, reported with it.
     */
    record Refusal(int at, String code, String message, String hint, boolean quiet) {
        Refusal(int at, String code, String message, String hint) {
            this(at, code, message, hint, false);
        }
    }

    /** Marks, in a block's open tags, an element whose start tag was refused (shown as text). */
    static final String REFUSED = "-";

    private static Map<String, Set<String>> tags() {
        Map<String, Set<String>> t = new HashMap<>();
        for (String tag : List.of(
                "abbr",
                "b",
                "br",
                "caption",
                "cite",
                "code",
                "dd",
                "div",
                "dl",
                "dt",
                "em",
                "figcaption",
                "figure",
                "h1",
                "h2",
                "h3",
                "h4",
                "h5",
                "h6",
                "hr",
                "i",
                "kbd",
                "mark",
                "p",
                "pre",
                "s",
                "samp",
                "section",
                "small",
                "span",
                "strike",
                "strong",
                "sub",
                "sup",
                "tbody",
                "tfoot",
                "thead",
                "tr",
                "u",
                "ul",
                "var",
                "table")) {
            t.put(tag, Set.of());
        }
        t.put("a", Set.of("href"));
        t.put("img", Set.of("src", "alt", "width", "height"));
        t.put("blockquote", Set.of("cite"));
        t.put("q", Set.of("cite"));
        t.put("del", Set.of("cite", "datetime"));
        t.put("ins", Set.of("cite", "datetime"));
        t.put("time", Set.of("datetime"));
        t.put("ol", Set.of("start", "type", "reversed"));
        t.put("li", Set.of("value"));
        t.put("col", Set.of("span"));
        t.put("colgroup", Set.of("span"));
        t.put("td", Set.of("colspan", "rowspan", "headers"));
        t.put("th", Set.of("colspan", "rowspan", "headers", "scope", "abbr"));
        return Map.copyOf(t);
    }

    /** Elements without an end tag: {@code </br>} is a {@code <br>} to a browser, never the end of one. */
    private static final Set<String> VOID = Set.of("br", "hr", "img", "col");

    /** Every part of {@code html} the policy refuses, in order; empty when it may be written as it is. */
    List<Refusal> check(String html) {
        return check(html, null);
    }

    /**
     * As {@link #check(String)}, and every end tag must close an element opened before it in {@code open} (the
     * tags raw HTML opened earlier in the same Markdown block, innermost last): an end tag with no such start
     * would close what surrounds the editor's text — the theme's {@code </main>}, a list or quote Markdown wrote —
     * and move the rest of the page. {@code open} is updated only when nothing in the piece is refused.
     */
    List<Refusal> check(String html, OpenTags open) {
        List<Refusal> out = new ArrayList<>();
        List<String> starts = new ArrayList<>();
        List<String> endsOfRefused = new ArrayList<>();
        HtmlScanner.scan(html, new HtmlScanner.Handler() {
            @Override
            public void startTag(String name, int at, List<HtmlScanner.Attr> attrs) {
                Set<String> own = TAGS.get(name);
                if (own == null) {
                    out.add(tag("<" + name + ">", at));
                    return;
                }
                if (open != null && !VOID.contains(name)) {
                    open.push(name, at);
                    starts.add(name);
                }
                for (HtmlScanner.Attr a : attrs) {
                    if (!GLOBAL.contains(a.name()) && !own.contains(a.name())) {
                        out.add(new Refusal(
                                a.at(),
                                "markdown.raw-html",
                                "HTML 标签 <" + name + "> 的属性 " + a.name() + " 不允许使用。",
                                ATTRIBUTE_HINT));
                    } else if (URLS.contains(a.name()) && !UrlSchemes.allowed(a.value())) {
                        out.add(url("HTML 标签 <" + name + "> 的 " + a.name() + " 地址", a.value(), a.at()));
                    }
                }
            }

            @Override
            public void endTag(String name, int at) {
                if (!TAGS.containsKey(name)) {
                    out.add(tag("</" + name + ">", at));
                } else if (open != null && !open.has(name) && open.has(REFUSED + name)) {
                    endsOfRefused.add(REFUSED + name);
                    out.add(new Refusal(at, "markdown.raw-html", "", "", true));
                } else if (open != null && !open.has(name)) {
                    out.add(new Refusal(
                            at,
                            "markdown.raw-html",
                            "结束标签 </" + name + "> 前面没有对应的开始标签 <" + name + ">（在同一段落、列表项或引用中）。",
                            "删去这个结束标签；它会提前结束正文外面的页面结构或 Markdown 生成的" + "列表、引用。开始和结束标签要写在同一个段落（或同一个 HTML 块、列表项、引用）里。"));
                } else if (open != null) {
                    open.closeTo(name);
                }
            }

            @Override
            public void malformed(int at, String what) {
                out.add(new Refusal(
                        at,
                        "markdown.raw-html",
                        "正文中的 HTML " + what + "。",
                        "删去它，或改用 Markdown 书写；要显示“<”本身时写成 \\< 或 &lt;。"));
            }
        });
        if (open != null && out.isEmpty()) {
            open.commit();
        } else if (open != null) {
            // The piece is shown as text: its start tags open nothing, and their end tags are taken out quietly.
            open.undo();
            // what this piece opened or closed is taken back, but a refused start it ended stays ended (a second
            // end tag of it in the same piece finds it ended already)
            for (String refused : endsOfRefused) {
                if (open.has(refused)) {
                    open.closeTo(refused);
                }
            }
            starts.forEach(t -> open.push(REFUSED + t, -1));
            open.commit();
        }
        return out;
    }

    /** Whether an attribute written in Markdown's {@code {…}} may be kept (ASCII case ignored, as HTML does). */
    static boolean attributeAllowed(String name) {
        // Browsers lower-case ASCII only; Locale.ROOT also folds a few other letters (K KELVIN SIGN to k, İ to i
        // and a dot), which makes no name of GLOBAL, so the answer is the browser's.
        return GLOBAL.contains(name.toLowerCase(Locale.ROOT));
    }

    /** A refused address; {@code what} names it ("链接地址", "图片地址" …). */
    static Refusal url(String what, String url, int at) {
        return new Refusal(
                at,
                "markdown.url-scheme",
                what + "“" + UrlSchemes.shown(url) + "”使用了不允许的协议“" + UrlSchemes.scheme(url) + ":”。",
                UrlSchemes.HINT);
    }

    private static Refusal tag(String tag, int at) {
        return new Refusal(at, "markdown.raw-html", "正文中的 HTML 标签 " + tag + " 不允许使用。", TAG_HINT);
    }
}
