package cn.gov.jinjiang.gksite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.LineIndex;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The converter applies the raw-HTML policy to every way HTML can take into a page (raw blocks and inline tags
 * whatever they start with, {@code {…}} attributes, link, image, autolink and reference addresses), reports each
 * refusal at its line and column, and never writes what it refused, even when the report is switched off.
 */
class PageSanitizerTest {
    private final MarkdownConverter converter = new MarkdownConverter();

    private record Result(String html, List<Diagnostic> diags) {}

    private Result convert(String md, Diagnostics diags) {
        RenderedMarkdown r = converter.convert("content/a.md", md, 5, diags);
        return new Result(r.html(), diags.sorted());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "<!-- a --> <script>alert(1)</script>                 | markdown.raw-html   | 1 | 12",
                "<!--> <script>alert(1)</script>                      | markdown.raw-html   | 1 | 1",
                "<!-- x --!> <script>alert(1)</script>                | markdown.raw-html   | 1 | 1",
                "<!-- <!-- --> <script>alert(1)</script>              | markdown.raw-html   | 1 | 1",
                "文字 <!-- a --> <img src=x onerror=alert(1)> 文字       | markdown.raw-html   | 1 | 26",
                "<![CDATA[ > <script>alert(1)</script> ]]>            | markdown.raw-html   | 1 | 1",
                "<?x > <script>alert(1)</script> ?>                   | markdown.raw-html   | 1 | 1",
                "文字 <b onclick=alert(1)>粗</b>                         | markdown.raw-html   | 1 | 7",
                "## 标题 {#s9 tabindex=0 autofocus onfocus=\"alert(1)\"} | markdown.attribute  | 1 | 7",
                "[x](/){onmouseover=alert(1)}                         | markdown.attribute  | 1 | 7",
                "文字{style=\"color:red\"}                                | markdown.attribute  | 1 | 3",
                "[x](javascript:alert(1))                             | markdown.url-scheme | 1 | 5",
                "[x](JaVaScRiPt:alert(1))                             | markdown.url-scheme | 1 | 5",
                "[x](vbscript:msgbox(1))                              | markdown.url-scheme | 1 | 5",
                "[x](data:text/html;base64,PHNjcmlwdD4=)              | markdown.url-scheme | 1 | 5",
                "[x](file:///etc/passwd)                              | markdown.url-scheme | 1 | 5",
                "[x](&#106;avascript:alert(1))                        | markdown.url-scheme | 1 | 5",
                "[x](&amp;#106;avascript:alert(1))                    | markdown.url-scheme | 1 | 5",
                "[x](java&#x09;script:alert(1))                       | markdown.url-scheme | 1 | 5",
                "[x](<&#14;javascript:alert(1)>)                      | markdown.url-scheme | 1 | 6",
                "![图](javascript:alert(1))                            | markdown.url-scheme | 1 | 6",
                "<javascript:alert(1)>                                | markdown.url-scheme | 1 | 2",
                "<a href=\"java&#x09;script:alert(1)\">x</a>            | markdown.url-scheme | 1 | 4",
                "[x][r] 与 ![y][r]\\n\\n[r]: javascript:alert(1)          | markdown.url-scheme | 3 | 6",
                "> <div title=a\\n> onclick=alert(1)>\\n> x             | markdown.raw-html   | 2 | 3",
                "- <div title=\"b\\n  \" onmouseover=alert(1)>\\n  y       | markdown.raw-html   | 2 | 5",
            })
    void refusedAtItsLineAndNeverWritten(String written, String code, int line, int column) {
        String md = written.replace("\\n", "\n");
        Result r = convert(md, new Diagnostics());
        assertThat(r.diags()).extracting(Diagnostic::code).containsExactly(code);
        Diagnostic d = r.diags().get(0);
        assertThat(d.pos().file()).isEqualTo("content/a.md");
        assertThat(d.pos().line()).isEqualTo(line + 4);
        assertThat(d.pos().column()).isEqualTo(column);
        assertThat(d.isError()).isTrue();
        assertThat(d.message()).isNotBlank();
        assertThat(d.hint()).isNotBlank();
        assertHarmless(r.html());
        // The same page with every code switched off: nothing reported, nothing refused written either.
        Result off = convert(md, Diagnostics.withOverrides(Map.of(), Set.of("markdown.")));
        assertThat(off.diags()).isEmpty();
        assertThat(off.html()).isEqualTo(r.html());
    }

    /** Every element and attribute of the written HTML is on the allowlist, with the attributes flexmark writes. */
    private static void assertHarmless(String html) {
        Document doc = Jsoup.parseBodyFragment(html + "<gksite-end></gksite-end>");
        assertThat(doc.select("gksite-end")).as(html).hasSize(1);
        for (Element e : doc.body().getAllElements()) {
            if (e == doc.body() || e.tagName().equals("gksite-end")) {
                continue;
            }
            assertThat(RawHtmlPolicy.TAGS).as(html).containsKey(e.tagName());
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey()).as(html).isIn("id", "class", "lang", "title", "href", "src", "alt");
                assertThat(a.getValue().toLowerCase()).as(html).doesNotContain("script:", "data:", "file:");
            }
        }
    }

    @Test
    void refusedMarkupIsShownAsCodeAndRefusedLinksAsTheirText() {
        Result r = convert(
                "文字 <b onclick=alert(1)>粗</b> [链接](javascript:x) ![图](data:x) <javascript:y>\n", new Diagnostics());
        assertThat(r.html())
                .isEqualTo(
                        "<p>文字 <code>&lt;b onclick=alert(1)&gt;</code>粗<code>&lt;/b&gt;</code> 链接 图 javascript:y</p>\n");
        r = convert("<script>\nalert(1)\n</script>\n", new Diagnostics());
        assertThat(r.html()).isEqualTo("<p><code>&lt;script&gt; alert(1) &lt;/script&gt;</code></p>\n");
        r = convert("## 标题 {#s1 .c lang=en title=t onclick=x style=y}\n", new Diagnostics());
        assertThat(r.html()).isEqualTo("<h2 id=\"s1\" class=\"c\" lang=\"en\" title=\"t\">标题</h2>\n");
        assertThat(r.diags())
                .singleElement()
                .satisfies(d -> assertThat(d.message()).contains("onclick、style"));
    }

    @Test
    void whatThePolicyAllowsIsWrittenAsItStands() {
        String md = """
                <!-- 编者注释 -->

                <div class="note" lang="en">Note <abbr title="政府信息公开">政务公开</abbr></div>

                ## 标题 {#s1 .c}

                [站内](/xxgk/) [附件](a.pdf#p2) [外链](https://www.gov.cn/) [信](mailto:a@b.cn) [电](tel:0595-1)
                <https://www.jinjiang.gov.cn/> [锚](#s1) [引用][r] ![图](/img/a.png "图题") 文字{title="说明"}

                <table><tr><th scope="col" colspan="2">表头</th></tr></table>

                [r]: /ref.html
                """;
        Result r = convert(md, new Diagnostics());
        assertThat(r.diags()).isEmpty();
        assertThat(r.html())
                .contains(
                        "<!-- 编者注释 -->",
                        "<div class=\"note\" lang=\"en\">",
                        "<abbr title=",
                        "href=\"/xxgk/\"",
                        "href=\"a.pdf#p2\"",
                        "href=\"https://www.gov.cn/\"",
                        "href=\"mailto:a@b.cn\"",
                        "href=\"tel:0595-1\"",
                        "href=\"https://www.jinjiang.gov.cn/\"",
                        "href=\"#s1\"",
                        "href=\"/ref.html\"",
                        "src=\"/img/a.png\"",
                        "<span title=\"说明\"> 文字</span>",
                        "<th scope=\"col\" colspan=\"2\">",
                        "<h2 id=\"s1\" class=\"c\">");
    }

    @Test
    void oneReportPerLineAndCode() {
        Result r = convert(
                "[a](javascript:1) [b](vbscript:2) <i onclick=x>i</i> <b onclick=y>b</b>\n" + "[c](data:3)\n",
                new Diagnostics());
        assertThat(r.diags())
                .extracting(d -> d.pos().line() + " " + d.code())
                .containsExactly("5 markdown.url-scheme", "5 markdown.raw-html", "6 markdown.url-scheme");
    }

    /**
     * The sanitizer alone, rendered by flexmark's own renderer with no second guard: what it leaves in the tree is
     * what a page gets.
     */
    private static Result sanitized(String md) {
        MutableDataSet options = MarkdownConverter.options();
        com.vladsch.flexmark.util.ast.Document doc =
                Parser.builder(options).build().parse(md);
        Diagnostics diags = new Diagnostics();
        PageSanitizer.apply(new RawHtmlPolicy(), doc, "content/a.md", 1, new LineIndex(md), diags);
        return new Result(HtmlRenderer.builder(options).build().render(doc), diags.sorted());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "[x][r]\\n\\n[r]: javascript:alert(1)                | 3 | 链接定义 [r] 的地址",
                "[x][r]\\n\\n> [r]: javascript:alert(1)              | 3 | 链接定义 [r] 的地址",
                "[x][r]\\n\\n- a\\n\\n  [r]: javascript:alert(1)       | 5 | 链接定义 [r] 的地址",
                "- [x][r]\\n\\n> - [r]: vbscript:alert(1)            | 3 | 链接定义 [r] 的地址",
                "![y][r]\\n\\n[r]: data:text/html,x                  | 3 | 链接定义 [r] 的地址",
                "[x](javascript:alert(1))                          | 1 | 链接地址",
                "> [x](&#106;avascript:alert(1))                   | 1 | 链接地址",
                "![y](javascript:alert(1))                         | 1 | 图片地址",
                "- ![y](<java&#x09;script:alert(1)>)               | 1 | 图片地址",
                "<javascript:alert(1)>                             | 1 | 自动链接地址",
                "<data:text/html,x>                                | 1 | 自动链接地址",
            })
    void refusedAddressesLeaveTheTreeWhereverTheyAre(String written, int line, String what) {
        Result r = sanitized(written.replace("\\n", "\n"));
        assertThat(r.diags()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("markdown.url-scheme");
            assertThat(d.pos().line()).isEqualTo(line);
            assertThat(d.message()).startsWith(what + "“");
        });
        // the address may stay as text; no element carries it
        assertThat(r.html())
                .doesNotContainPattern("(?i)(href|src)=")
                .doesNotContain("<a ")
                .doesNotContain("<img ");
    }

    @Test
    void allowedAddressesAndUndefinedReferencesStayAsTheyAre() {
        Result r = sanitized("[a][ok] [b][none] ![c](/i.png) <https://x.cn/> [d](a&b.pdf)\n\n[ok]: /p.html\n");
        assertThat(r.diags()).isEmpty();
        assertThat(r.html())
                .contains(
                        "<a href=\"/p.html\">a</a>",
                        "[b][none]",
                        "<img src=\"/i.png\" alt=\"c\" />",
                        "<a href=\"https://x.cn/\">https://x.cn/</a>",
                        "<a href=\"a&amp;b.pdf\">d</a>");
    }

    @Test
    void refusedHtmlInContainersIsShownAsCode() {
        Result r = sanitized("> <div onclick=x>\n> a\n\n- b <i onclick=y>i</i>\n");
        assertThat(r.diags()).extracting(d -> d.pos().line()).containsExactly(1, 4);
        assertThat(r.html())
                .doesNotContain("onclick=x>")
                .doesNotContain("<i onclick")
                .contains("<code>&lt;div onclick=x&gt;")
                .contains("<code>&lt;i onclick=y&gt;</code>");
    }

    @Test
    void anEndTagClosesOnlyWhatRawHtmlOpenedInTheSameBlock() {
        // The theme's </main> and </div>, a quote's end, a list item's: none may be closed from the page's text.
        Result r = convert(
                "<div class=\"a\">\n\n正文\n\n</div>\n\n</div></main><main><h1>假</h1>\n\n"
                        + "> <div>\n\n</div>\n\n- <span>\n\n  项 </span>\n\n文字 <b>粗</b> <i>斜 </b></i>\n",
                new Diagnostics());
        assertThat(r.diags())
                .filteredOn(Diagnostic::isError)
                .extracting(d -> d.pos().line() - 4 + " " + d.code())
                .containsExactly(
                        "7 markdown.raw-html", "11 markdown.raw-html", "15 markdown.raw-html", "17 markdown.raw-html");
        assertThat(r.diags().stream()
                        .filter(Diagnostic::isError)
                        .findFirst()
                        .orElseThrow()
                        .message())
                .contains("</div>")
                .contains("没有对应的开始标签");
        assertThat(r.html())
                .contains("<div class=\"a\">", "<b>粗</b>", "<i>斜 ")
                .doesNotContain("</main>")
                .doesNotContain("<main>")
                .doesNotContain("<h1>");
        Document doc = Jsoup.parseBodyFragment("<div id=theme>" + r.html() + "</div><p id=after>后</p>");
        assertThat(doc.getElementById("after").parent()).isEqualTo(doc.body());
        assertThat(doc.getElementById("theme").nextElementSibling()).isEqualTo(doc.getElementById("after"));
    }

    @Test
    void whatRawHtmlLeavesOpenIsClosedAtTheEndOfItsBlockWithAWarning() {
        Result r = convert("<div class=\"note\">\n\n说明\n\n文字 <b>粗 <i>斜\n\n> <section>\n\n后文\n", new Diagnostics());
        assertThat(r.diags())
                .extracting(d -> d.pos().line() - 4 + ":" + d.pos().column() + " " + d.code() + " " + d.severity())
                .containsExactly(
                        "1:1 markdown.unclosed-html WARNING",
                        "5:4 markdown.unclosed-html WARNING",
                        "7:3 markdown.unclosed-html WARNING");
        assertThat(r.diags().get(1).message()).contains("<b>");
        assertThat(r.html()).contains("<p>文字 <b>粗 <i>斜</i></b></p>", "<section>\n</section>\n</blockquote>");
        assertThat(r.html().strip()).endsWith("<p>后文</p>\n</div>");
        Document doc = Jsoup.parseBodyFragment("<div id=theme>" + r.html() + "</div><p id=after>后</p>");
        assertThat(doc.getElementById("after").parent()).isEqualTo(doc.body());
        assertThat(doc.getElementById("after").select("b, i")).isEmpty();
        assertThat(doc.getElementById("theme").nextElementSibling()).isEqualTo(doc.getElementById("after"));
    }

    @Test
    void whatRawHtmlLeavesOpenInALinksTextIsClosedThereAndTheLinkWrittenWhole() {
        // a link reference that names no definition is written by flexmark from its place in the text: the end
        // tags added must have a place in it too (they had none and ended the page's conversion)
        Result undefined = convert("no: \n_[<div>]]\n", new Diagnostics());
        assertThat(undefined.diags()).extracting(Diagnostic::code).containsExactly("markdown.unclosed-html");
        assertThat(undefined.html()).isEqualTo("<p>no:\n_[<div></div>]]</p>\n");
        Result defined = convert("[<em>甲][r] [<span>乙]\n\n[r]: /x\n", new Diagnostics());
        assertThat(defined.html()).isEqualTo("<p><a href=\"/x\"><em>甲</em></a> [<span>乙</span>]</p>\n");
    }

    @Test
    void theEndTagOfARefusedStartIsTakenOutOnceAndARefusalLaterKeepsItsMark() {
        // the first </span> ends the refused <span>: taken out quietly; a second one has nothing to end
        Result once = convert("<span onclick=x>甲</span>乙\n</span>丙\n", new Diagnostics());
        assertThat(once.diags())
                .filteredOn(Diagnostic::isError)
                .extracting(d -> d.pos().line() - 4 + ":" + d.pos().column() + " " + d.message())
                .containsExactly(
                        "1:7 HTML 标签 <span> 的属性 onclick 不允许使用。", "2:1 结束标签 </span> 前面没有对应的开始标签 <span>（在同一段落、列表项或引用中）。");
        // a second refused piece before the end tag: the first refusal's mark must survive it
        Result twice = convert("<span onclick=x>甲\n<b onclick=y>乙</b>\n</span>丙\n", new Diagnostics());
        assertThat(twice.diags())
                .filteredOn(Diagnostic::isError)
                .extracting(d -> d.pos().line() - 4)
                .containsExactly(1, 2);
        assertThat(twice.html()).doesNotContain("</b>").doesNotContain("</span>");
        // two refused starts ended in one piece, the outer first: the inner one ends with it
        Result nested =
                convert("<div onclick=x>\n\n<span onclick=y>\n\n</div></span>\n\n文字</span>\n", new Diagnostics());
        assertThat(nested.diags())
                .filteredOn(Diagnostic::isError)
                .extracting(d -> d.pos().line() - 4)
                .containsExactly(1, 3, 7);
        // an end tag closes the element the browser sees open, not a refused start shown as text inside it
        Result inside = convert("<span>甲<span onclick=x>乙</span>丙\n</span>丁\n", new Diagnostics());
        assertThat(inside.diags())
                .filteredOn(Diagnostic::isError)
                .extracting(d -> d.pos().line() - 4)
                .containsExactly(1, 2);
    }

    @Test
    void theOpenElementsOfABlockFollowEachPieceAsABrowserWould() {
        // void elements open nothing; an end tag closes what was opened inside its element; a refused piece takes
        // back only itself; the end tag of a refused start, even lines later, is not reported again
        Result r = convert(
                "文字<br>换行<hr><img src=\"/a.png\" alt=\"图\">\n\n<div>\n\n<p onclick=x>\n\n</div>\n\n"
                        + "<section><span></section>\n\n<div onclick=y>\n\n正文\n\n</div>\n\n<ul><li>a</li></ul></ul>\n",
                new Diagnostics());
        assertThat(r.diags())
                .extracting(d -> d.pos().line() - 4 + " " + d.code())
                .containsExactly("5 markdown.raw-html", "11 markdown.raw-html", "17 markdown.raw-html");
        assertThat(r.html())
                .contains(
                        "<div>\n",
                        "</div>\n<section><span></section>",
                        "<code>&lt;ul&gt;&lt;li&gt;a&lt;/li&gt;&lt;/ul&gt;&lt;/ul&gt;</code>",
                        "<code>&lt;/div&gt;</code>");
    }

    @Test
    void whatIsLeftOpenIsClosedInsideItsBlockAsABlockOrInline() {
        assertThat(sanitized("<div>\n\n正文\n").html()).isEqualTo("<div>\n<p>正文</p>\n</div>\n");
        assertThat(sanitized("文字 <b>粗\n").html()).isEqualTo("<p>文字 <b>粗</b></p>\n");
        assertThat(sanitized("> <section>\n").html()).isEqualTo("<blockquote>\n<section>\n</section>\n</blockquote>\n");
    }

    @Test
    void aCommentBlockIsJudgedAsItIsWritten() {
        Result r = sanitized("正文\n\n<!-- a <!-- b -->\n\n> <!-- c --!> -->\n");
        assertThat(r.diags())
                .extracting(d -> d.pos().line() + ":" + d.pos().column() + " " + d.code())
                .containsExactly("3:1 markdown.raw-html", "5:3 markdown.raw-html");
        assertThat(r.html()).doesNotContain("<!--");
        assertThat(sanitized("<!-- 注释 -->\n").html()).isEqualTo("<!-- 注释 -->\n");
    }

    @Test
    void anAutolinkThatStartsWithWwwIsJudgedWithTheSchemeItIsWrittenWith() {
        // "www.a" is a scheme to CommonMark; flexmark writes the link as http://www.a:b, which is allowed
        Result r = sanitized("<www.a:b>\n");
        assertThat(r.diags()).isEmpty();
        assertThat(r.html()).contains("<a href=\"http://www.a:b\">www.a:b</a>");
    }
}
