package cn.gov.jinjiang.gksite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.UrlSchemes;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The raw-HTML policy: what it lets through, what it refuses (the injection attempts of issue 14 and much of
 * OWASP's XSS filter-evasion list), and, over many random pieces of markup, that whatever it lets through is
 * also harmless in the tree an HTML5 parser (jsoup's, which follows the WHATWG tokenizer) builds from it, and
 * leaves that parser reading ordinary content after it.
 */
class RawHtmlPolicyTest {
    private final RawHtmlPolicy policy = new RawHtmlPolicy();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<div class=\"note\" id=\"n1\" lang=\"en\" title=\"说明\">文字</div>",
                "<br>",
                "<br/>",
                "<span>a</span>",
                "<!-- 注释 -->",
                "<!---->",
                "<!-- a - b -- c -->",
                "<p>a<!-- x -->b</p>",
                "<a href=\"/xxgk/\">站内</a>",
                "<a href=\"a.pdf#p2\">附件</a>",
                "<a href=\"https://www.gov.cn/\">外链</a>",
                "<a href=\"mailto:a@b.cn\">信</a>",
                "<a href=\"tel:0595-1\">电</a>",
                "<a href=\"#s1\">锚</a>",
                "<a href='/javascript:x'>路径</a>",
                "<img src=\"/img/a.png\" alt=\"图\" width=\"10\" height=\"10\">",
                "<table><tr><th scope=\"col\" colspan=\"2\">表头</th></tr><tr><td rowspan=2 headers=h>格</td></tr></table>",
                "<blockquote cite=\"https://x.cn/\">引</blockquote>",
                "<time datetime=\"2026-01-01\">元旦</time>",
                "<ol start=\"3\"><li value=\"3\">三</li></ol>",
                "<B TITLE=X>大写</B>",
                "a < b 与 c > d",
                "<3",
                "文字",
                "<abbr title=\"政府信息公开\">政务公开</abbr>",
                "<b title='&#34; onclick=alert(1)'>值里的引号</b>",
                "<div title=\"<script>alert(1)</script>\">属性值里的标签</div>",
                "</div>",
                "</p >"
            })
    void allows(String html) {
        assertThat(policy.check(html)).as(html).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // issue 14
                "<!-- a --> <script>alert(1)</script>",
                "<!--> <script>alert(1)</script>",
                "<!---> <script>alert(1)</script>",
                "<!-- x --!> <script>alert(1)</script>",
                "<!-- <!-- --> <script>alert(1)</script>",
                "<!-- 没有结束",
                "<![CDATA[ > <script>alert(1)</script> ]]>",
                "<!DOCTYPE html>",
                "<!x> <script>alert(1)</script>",
                "<?php > <script>alert(1)</script> ?>",
                "</ x> <script>alert(1)</script>",
                "</>",
                "</b onclick=x>",
                "<b title=\"x",
                "<b title='x'",
                "<b",
                "a <",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<a href=\"vbscript:x\">x</a>",
                "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
                "<a href=\"file:///etc/passwd\">x</a>",
                "<img src=\"data:image/svg+xml,<svg onload=alert(1)>\">",
                // OWASP XSS filter evasion cheat sheet (a selection)
                "<SCRIPT SRC=//xss.example/xss.js></SCRIPT>",
                "<IMG SRC=\"javascript:alert('XSS');\">",
                "<IMG SRC=javascript:alert('XSS')>",
                "<IMG SRC=JaVaScRiPt:alert('XSS')>",
                "<IMG SRC=`javascript:alert(1)`>",
                "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\">",
                "<IMG SRC=# onmouseover=\"alert('xxs')\">",
                "<IMG SRC= onmouseover=\"alert('xxs')\">",
                "<IMG onmouseover=\"alert('xxs')\">",
                "<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>",
                "<img src=x onerror=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041\">",
                "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
                "<IMG SRC=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041>",
                "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>",
                "<IMG SRC=\"jav\tascript:alert('XSS');\">",
                "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
                "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
                "<IMG SRC=\"jav&#x0D;ascript:alert('XSS');\">",
                "<IMG SRC=java\0script:alert(\"XSS\")>",
                "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
                "<a href=\"&#14;javascript:alert(1)\">x</a>",
                "<a href=\"java&Tab;script&colon;alert(1)\">x</a>",
                "<a href=\"&#106avascript:alert(1)\">x</a>",
                "<a href=\"&#x6a;avascript:alert(1)\">x</a>",
                "<SCRIPT/XSS SRC=\"http://xss.example/xss.js\"></SCRIPT>",
                "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>",
                "<<SCRIPT>alert(\"XSS\");//<</SCRIPT>",
                "<SCRIPT SRC=http://xss.example/xss.js?< B >",
                "<IMG SRC=\"`<javascript:alert>`('XSS')\"",
                "<iframe src=http://xss.example/scriptlet.html <",
                "</TITLE><SCRIPT>alert(\"XSS\");</SCRIPT>",
                "<INPUT TYPE=\"IMAGE\" SRC=\"javascript:alert('XSS');\">",
                "<BODY BACKGROUND=\"javascript:alert('XSS')\">",
                "<IMG DYNSRC=\"javascript:alert('XSS')\">",
                "<IMG LOWSRC=\"javascript:alert('XSS')\">",
                "<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><UL><LI>XSS</br>",
                "<svg/onload=alert('XSS')>",
                "<BODY ONLOAD=alert('XSS')>",
                "<BGSOUND SRC=\"javascript:alert('XSS');\">",
                "<LINK REL=\"stylesheet\" HREF=\"javascript:alert('XSS');\">",
                "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
                "<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>",
                "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
                "<FRAMESET><FRAME SRC=\"javascript:alert('XSS');\"></FRAMESET>",
                "<TABLE BACKGROUND=\"javascript:alert('XSS')\">",
                "<TABLE><TD BACKGROUND=\"javascript:alert('XSS')\">",
                "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">",
                "<DIV STYLE=\"width: expression(alert('XSS'));\">",
                "<BASE HREF=\"javascript:alert('XSS');//\">",
                "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"http://xss.example/scriptlet.html\"></OBJECT>",
                "<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv\" type=\"image/svg+xml\" AllowScriptAccess=\"always\"></EMBED>",
                "<details open ontoggle=alert(1)>",
                "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
                "<form action=\"javascript:alert(1)\"><button>x</button></form>",
                "<button formaction=javascript:alert(1)>x</button>",
                "<video poster=javascript:alert(1)>",
                "<img srcset=\"javascript:alert(1)\">",
                "<a href=/ ping=http://x>x</a>",
                "<a href=/ target=_blank>x</a>",
                "<marquee onstart=alert(1)>",
                "<xss onafterscriptexecute=alert(1)>",
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
                "<textarea><script>alert(1)</script>",
                "<title><script>alert(1)</script>",
                "<xmp><script>alert(1)</script></xmp>",
                "<plaintext>",
                "<template><script>alert(1)</script></template>",
                "<div style=\"color:red\">x</div>",
                "<p onclick=alert(1)>x</p>",
                "<p/onclick=alert(1)>x</p>",
                "<p\nonclick=alert(1)>x</p>",
                "<p title=x\"onclick=alert(1)>x</p>",
                "<p title=\"x\"onclick=alert(1)>x</p>",
                "<p =onclick=alert(1)>x</p>",
                "<p ONCLICK=alert(1)>x</p>",
                "<img src=x:alert(alt) onerror=eval(src) alt=0>",
                "<a href=\"\\u006Aavascript:x\" onclick=x>x</a>",
                "<span tabindex=0 autofocus onfocus=alert(1)>x</span>"
            })
    void refuses(String html) {
        assertThat(policy.check(html)).as(html).isNotEmpty();
    }

    @Test
    void saysWhatAndWhere() {
        List<RawHtmlPolicy.Refusal> r = policy.check("<p>ok</p> <img src=x onerror=alert(1)>");
        assertThat(r).extracting(RawHtmlPolicy.Refusal::code).containsExactly("markdown.raw-html");
        assertThat(r.get(0).at()).isEqualTo(21);
        assertThat(r.get(0).message()).contains("<img>", "onerror");
        r = policy.check("<a href=\" JaVa&#x09;Script:alert(1)\">x</a>");
        assertThat(r).extracting(RawHtmlPolicy.Refusal::code).containsExactly("markdown.url-scheme");
        assertThat(r.get(0).message()).contains("javascript:");
        assertThat(policy.check("<script>x</script>").get(0).message()).contains("<script>");
        // an end tag of an element the policy does not know is refused as that element, not as an unmatched end
        assertThat(policy.check("文字</script>"))
                .extracting(RawHtmlPolicy.Refusal::message)
                .containsExactly("正文中的 HTML 标签 </script> 不允许使用。");
        assertThat(policy.check("<!--> x").get(0).message()).contains("注释");
    }

    @Test
    void attributesInBracesAreOnlyTheGlobalOnes() {
        for (String ok : List.of("id", "class", "lang", "title", "TITLE")) {
            assertThat(RawHtmlPolicy.attributeAllowed(ok)).as(ok).isTrue();
        }
        for (String no :
                List.of("onclick", "style", "tabindex", "autofocus", "href", "src", "data-x", "\u212Aid", "")) {
            assertThat(RawHtmlPolicy.attributeAllowed(no)).as(no).isFalse();
        }
    }

    // ---- differential: what the policy lets through, an HTML5 parser builds harmlessly --------------------------

    private static final String[] PIECES = {
        "<",
        ">",
        "/",
        "=",
        "\"",
        "'",
        " ",
        "\t",
        "\n",
        "\f",
        "\r",
        "\0",
        "`",
        "&",
        "<!--",
        "-->",
        "--!>",
        "<!",
        "<?",
        "</",
        "-",
        "!",
        "?",
        "[",
        "]]>",
        "<![CDATA[",
        "&quot;",
        "&#34;",
        "&#x22",
        "&#39;",
        "&lt;",
        "&amp",
        "&#106;",
        "&#x6A",
        "&Tab;",
        "&colon;",
        "&#14;",
        "b",
        "a",
        "p",
        "div",
        "img",
        "span",
        "script",
        "style",
        "svg",
        "math",
        "textarea",
        "title",
        "iframe",
        "noscript",
        "table",
        "td",
        "select",
        "option",
        "xmp",
        "plaintext",
        "template",
        "B",
        "IMG",
        "SCRIPT",
        "href",
        "src",
        "cite",
        "class",
        "id",
        "onclick",
        "onerror",
        "ONLOAD",
        "style",
        "formaction",
        "xlink:href",
        "srcset",
        "javascript:",
        "JaVa\tScRiPt:",
        "vbscript:",
        "data:",
        "/ok.html",
        "http://x.cn/",
        "alert(1)",
        "x",
        "文字",
        "\u00a0",
        "\u212A"
    };
    private static final String[] TEMPLATES = {
        "<b>",
        "<a href=\"/\">",
        "<img src=\"a.png\" alt=\"\">",
        "</a>",
        "<!-- c -->",
        "<p title='",
        "<span class=",
        "<div id=x title=\"",
        "</b>",
        "<td>",
        "<table>"
    };

    private static String piece(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1 + r.nextInt(14); i > 0; i--) {
            sb.append(r.nextInt(4) == 0 ? TEMPLATES[r.nextInt(TEMPLATES.length)] : PIECES[r.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    @Test
    void whatItAllowsAnHtml5ParserBuildsHarmlesslyAndLeavesClosed() {
        Random random = new Random(20261202);
        int allowed = 0;
        int tagged = 0;
        int n = Integer.getInteger("gksite.policyPieces", 60_000);
        for (int k = 0; k < n; k++) {
            String html = piece(random);
            if (!policy.check(html).isEmpty()) {
                continue;
            }
            allowed++;
            // A marker after the piece: the parser must still be reading ordinary content when it gets there.
            Document doc = Jsoup.parseBodyFragment(html + "<gksite-end></gksite-end>", "http://base.invalid/");
            assertThat(doc.select("gksite-end")).as("left open: %s", html).hasSize(1);
            boolean anyTag = false;
            for (Element e : doc.body().getAllElements()) {
                if (e == doc.body() || e.tagName().equals("gksite-end")) {
                    continue;
                }
                anyTag = true;
                assertThat(RawHtmlPolicy.TAGS)
                        .as("tag <%s> in %s", e.tagName(), html)
                        .containsKey(e.tagName());
                for (Attribute a : e.attributes()) {
                    assertThat(RawHtmlPolicy.GLOBAL.contains(a.getKey())
                                    || RawHtmlPolicy.TAGS.get(e.tagName()).contains(a.getKey()))
                            .as("attribute %s of <%s> in %s", a.getKey(), e.tagName(), html)
                            .isTrue();
                    if (List.of("href", "src", "cite").contains(a.getKey())) {
                        assertThat(UrlSchemes.allowed(a.getValue()))
                                .as("address %s in %s", a.getValue(), html)
                                .isTrue();
                    }
                }
            }
            if (anyTag) {
                tagged++;
            }
        }
        // The generator must reach both sides often enough to mean something.
        assertThat(allowed).isGreaterThan(n / 12);
        assertThat(tagged).isGreaterThan(n / 60);
    }

    /** Mutation testing (issue 15): only address attributes are read as addresses; {…} names ignore ASCII case. */
    @Test
    void onlyAddressAttributesAreCheckedForSchemesAndBracedNamesIgnoreCase() {
        assertThat(policy.check("<p title=\"javascript:说明\">文字</p>")).isEmpty();
        assertThat(policy.check("<abbr title=\"data:x\">缩写</abbr>")).isEmpty();
        assertThat(RawHtmlPolicy.attributeAllowed("CLASS")).isTrue();
        assertThat(RawHtmlPolicy.attributeAllowed("LANG")).isTrue();
        assertThat(RawHtmlPolicy.attributeAllowed("Title")).isTrue();
        assertThat(RawHtmlPolicy.attributeAllowed("STYLE")).isFalse();
    }
}
