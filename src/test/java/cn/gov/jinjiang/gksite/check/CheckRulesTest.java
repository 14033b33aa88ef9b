package cn.gov.jinjiang.gksite.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The checks of a page, on small pages written for each rule: what each rule reports, at which line and column,
 * with which message, and what it leaves alone; and on random pages, what the oracle finds.
 */
class CheckRulesTest {
    private static final String HEAD = "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><title>t</title></head><body>\n";

    /** A page: the head, then {@code body} from line 3 on, with one h1 before it unless the body has its own. */
    private static PageFacts scan(String body) {
        String h1 = body.contains("<h1") ? "" : "<h1>题</h1>";
        return RandomPages.assertAsOracle(HEAD + h1 + body + "\n</body></html>\n");
    }

    private static List<String> problems(PageFacts f) {
        return f.problems().stream()
                .map(p -> p.code() + " " + p.line() + ":" + p.column() + " " + p.message())
                .toList();
    }

    private static List<String> refs(PageFacts f) {
        return f.refs().stream()
                .map(r -> r.element() + " " + r.url() + " " + r.line() + ":" + r.column() + (r.inMain() ? " main" : ""))
                .toList();
    }

    @Test
    void aCleanPageHasNoProblems() {
        PageFacts f = scan("<main><p id=\"a\">文<a href=\"x.html\" name=\"n\">链接</a></p></main>");
        assertThat(f.problems()).isEmpty();
        assertThat(f.ids()).containsExactlyInAnyOrder("a", "n");
        assertThat(refs(f)).containsExactly("a[href] x.html 3:28 main");
        assertThat(f.path()).isEqualTo("p.html");
    }

    @Test
    void duplicateIdsAreReportedAtTheSecond() {
        PageFacts f = scan(
                "<p id=\"a\">一</p><p id=\"\">二</p><p id=\"\">三</p>\n<div id=\"a\"></div><a name=\"b\" id=\"b\">x</a>");
        assertThat(problems(f)).containsExactly("check.duplicate-id 4:1 页面中 id=\"a\" 重复出现。");
        assertThat(f.ids()).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void linksWithoutTextAreReportedUnlessSomethingNamesThem() {
        PageFacts f = scan("<a href=\"e1\"></a>\n"
                + "<a href=\"e2\">  \n </a>\n"
                + "<a href=\"e3\" aria-label=\" \"><img src=\"i.png\" alt=\"\"></a>\n"
                + "<a href=\"n1\" aria-label=\"名\"></a><a href=\"n2\" title=\"名\"></a><a href=\"n3\" aria-labelledby=\"x\"></a>\n"
                + "<a href=\"n4\"><img src=\"i.png\" alt=\"图\"></a><a href=\"n5\"><svg aria-label=\"s\"></svg></a>\n"
                + "<a href=\"n6\"><svg><title aria-label=\"t\">t</title></svg></a><a href=\"n7\"><b>粗</b></a>\n"
                + "<a>no href</a><a href=\"e4\"><svg></svg><span></span></a>");
        assertThat(problems(f))
                .containsExactly(
                        "check.link-text-empty 3:11 链接没有文字，读屏软件无法说明它指向哪里：e1",
                        "check.link-text-empty 4:1 链接没有文字，读屏软件无法说明它指向哪里：e2",
                        "check.link-text-empty 6:1 链接没有文字，读屏软件无法说明它指向哪里：e3",
                        "check.link-text-empty 10:15 链接没有文字，读屏软件无法说明它指向哪里：e4");
        assertThat(refs(f)).filteredOn(s -> s.startsWith("a[href]")).hasSize(11);
    }

    @Test
    void imagesWithoutAltAndFramesWithoutTitle() {
        PageFacts f = scan("<img src=\"a.png\">\n<img alt=\"\" src=\"b.png\"><img>\n<iframe src=\"f.html\"></iframe>"
                + "<iframe title=\"t\" src=\"g.html\"></iframe>");
        assertThat(problems(f))
                .containsExactly(
                        "check.img-alt 3:11 图片缺少替代文字 alt：a.png",
                        "check.img-alt 4:25 图片缺少替代文字 alt：",
                        "check.iframe-title 5:1 内嵌框架 iframe 缺少 title。");
        assertThat(refs(f))
                .containsExactly(
                        "img[src] a.png 3:11",
                        "img[src] b.png 4:1",
                        "iframe[src] f.html 5:1",
                        "iframe[src] g.html 5:31");
    }

    @Test
    void dataTablesNeedAHeaderCell() {
        PageFacts f = scan(
                "<table><tr><td>1</td></tr></table>\n"
                        + "<table role=\"presentation\"><tr><td>1</td></tr></table><table role=\"none\"><tr><td>1</td></tr></table>\n"
                        + "<table><tr><th>h</th></tr></table>\n"
                        + "<table><tr><td><table><tr><th>内</th></tr></table></td></tr></table>\n"
                        + "<table><tr><th>外</th><td><table><tr><td>内</td></tr></table></td></tr></table>\n"
                        + "<table><tr><td><table><tr><td><table><tr><th>深</th></tr></table></td></tr></table></td></tr></table>");
        assertThat(problems(f))
                .containsExactly("check.table-th 3:11 数据表格没有表头单元格 th。", "check.table-th 7:26 数据表格没有表头单元格 th。");
    }

    @Test
    void headingsMayNotSkipALevel() {
        PageFacts f = scan(
                "<h3>先</h3><h1>题</h1><h2>二</h2><h3>三</h3><h2>二</h2>\n<h4 id=\"x\">跳 <em>级</em></h4><h6>再跳</h6><h5>五</h5>");
        assertThat(problems(f))
                .containsExactly(
                        "check.heading-skip 4:1 标题层级跳级：h2 之后直接是 h4（“跳 级”）。",
                        "check.heading-skip 4:29 标题层级跳级：h4 之后直接是 h6（“再跳”）。");
        assertThat(f.problems().get(0).heading()).isEqualTo("#### 跳 级");
    }

    @Test
    void onePageOneH1() {
        assertThat(problems(scan("<h2>二</h2><h1 class=\"c\">题</h1>"))).isEmpty();
        assertThat(problems(RandomPages.assertAsOracle(HEAD + "<p>文</p></body></html>")))
                .containsExactly("check.h1 1:1 页面没有一级标题 h1。");
        assertThat(problems(scan("<h1>一</h1>\n<h1>二</h1><h1>三</h1>")))
                .containsExactly("check.h1 4:1 页面有 3 个一级标题 h1，应只有一个。");
        assertThat(problems(scan("<h1>一</h1>\n  <h1>二</h1>"))).containsExactly("check.h1 4:3 页面有 2 个一级标题 h1，应只有一个。");
    }

    @Test
    void thePageNeedsALanguage() {
        String body = "<body><h1>题</h1></body></html>";
        String missing = "check.lang 1:1 页面缺少 lang 属性，读屏软件无法确定朗读语言。";
        assertThat(problems(RandomPages.assertAsOracle("<html>" + body))).containsExactly(missing);
        assertThat(problems(RandomPages.assertAsOracle("<html lang=\" \">" + body)))
                .containsExactly(missing);
        assertThat(problems(RandomPages.assertAsOracle("<h1>题</h1>"))).containsExactly(missing);
        assertThat(problems(RandomPages.assertAsOracle("<html lang=\"zh\">" + body)))
                .isEmpty();
        assertThat(problems(RandomPages.assertAsOracle("<html lang=\"zh\"><body><html lang=\"en\"><h1>题</h1>")))
                .isEmpty();
        // jsoup merges a later html tag's attributes into the first
        assertThat(problems(RandomPages.assertAsOracle("<html><body><html lang=\"en\"><h1>题</h1>")))
                .isEmpty();
        assertThat(problems(RandomPages.assertAsOracle("<html><body><p>x</p>")))
                .containsExactly(missing, "check.h1 1:1 页面没有一级标题 h1。");
    }

    @Test
    void referencesOfElementsInAndOutOfMain() {
        PageFacts f = scan("<img src=\"o.png\" alt=\"\"><main><main><a href=\"a.html\">a</a></main>"
                + "<img src=\"i.png\" alt=\"\"></main>\n<a href=\"b.html\">b</a><svg><a href=\"s.svg\">s</a></svg>"
                + "<a href=\"c.html\">c</a>");
        assertThat(refs(f))
                .containsExactly(
                        "img[src] o.png 3:11",
                        "a[href] a.html 3:47 main",
                        "img[src] i.png 3:76 main",
                        "a[href] b.html 4:1",
                        "a[href] s.svg 4:28",
                        "a[href] c.html 4:55");
    }

    @Test
    void stylesheetsInStyleElementsAreReadAtTheirPlace() {
        PageFacts f = scan("<p>x</p><style>a{background:url(a.png)}\nb{background:url( \"b.png\" )}</style>"
                + "<img src=\"after.png\" alt=\"\">\n"
                + "<svg><style><![CDATA[c{background:url(c.png)}]]><!--url(d.png)--></style></svg>");
        assertThat(refs(f))
                .containsExactly(
                        "style a.png 3:43",
                        "style b.png 4:20",
                        "img[src] after.png 4:37",
                        "style c.png 5:30",
                        "style d.png 5:41");
    }

    @Test
    void nestedStylesBeyondTheLimitAreDataOfTheOuterOnes() {
        String open = "<style>".repeat(CheckRules.MAX_NESTED_STYLES + 1);
        String close = "</style>".repeat(CheckRules.MAX_NESTED_STYLES + 1);
        String html = HEAD + "<h1>题</h1><svg>" + open + "<![CDATA[url(x.png)]]>" + close + "</svg></body></html>";
        PageFacts f = PageScanner.jsoup("p.html", html, true);
        assertThat(refs(f))
                .containsExactly("style x.png 3:27", "style x.png 3:34", "style x.png 3:41", "style x.png 3:48");
        assertThat(PageScanner.fast("p.html", html.getBytes(StandardCharsets.UTF_8), true))
                .isEqualTo(f);
    }

    @Test
    void misnestedLinksAreCopiedWhereTheTreeCopiesThem() {
        PageFacts f = scan("<main><p><a href=\"a.html\"><b>粗</p><p>外</a></b></p></main>\n"
                + "<a href=\"x.html\"><div></a>文</div><a href=\"y.html\"><p>甲<a href=\"z.html\">乙</a></p>");
        assertThat(refs(f))
                .containsExactly(
                        "a[href] a.html 3:20 main",
                        "a[href] a.html 3:20 main",
                        "a[href] x.html 4:1",
                        "a[href] x.html 4:1",
                        "a[href] y.html 4:34",
                        "a[href] y.html 4:34",
                        "a[href] z.html 4:55");
        assertThat(problems(f)).contains("check.link-text-empty 4:1 链接没有文字，读屏软件无法说明它指向哪里：x.html");
    }

    @Test
    void randomPagesAreCheckedAsTheOracleChecks() {
        String[] pieces = {
            "<h1>一</h1>",
            "<h2>二</h2>",
            "<h3 id=\"h\">三 <b>粗</b></h3>",
            "<h4>四<br>行</h4>",
            "<h6>六</h6>",
            "<main>",
            "</main>",
            "<a href=\"l.html\">",
            "<a href=\"m.html\" title=\"t\">",
            "<a name=\"n\">",
            "</a>",
            "<img src=\"i.png\">",
            "<img alt=\"图\" src=\"j.png\" srcset=\"k.png 2x, l.png 3x\">",
            "<img alt=\" \">",
            "<table>",
            "<table role=\"none\">",
            "<tr><th>头</th>",
            "<td>格</td>",
            "</table>",
            "<iframe src=\"f.html\"></iframe>",
            "<style>p{background:url(s.png)}</style>",
            "<svg aria-label=\"s\">",
            "<svg><title aria-label=\"t\">t</title>",
            "</svg>",
            "<p id=\"a\">",
            "</p>",
            "文字",
            " ",
            "\n",
            "<div style=\"background:url(d.png)\">",
            "</div>",
            "<!-- 注 -->",
            "<pre>\n 空 </pre>",
            "<meta http-equiv=\"refresh\" content=\"0; url='r.html'\">",
            "<b>",
            "</b>"
        };
        Random r = new Random(7);
        for (int i = 0; i < 300; i++) {
            RandomPages.assertAsOracle(RandomPages.page(r, HEAD, pieces, r.nextInt(30)), false);
        }
    }

    @Test
    void onlyWhatNamesALinkNamesIt() {
        PageFacts f = scan("<svg></svg><a href=\"e1\"><title aria-label=\"t\"></title></a>\n"
                + "<a href=\"e2\"><span aria-label=\"s\"></span></a><a href=\"e3\"><svg><g aria-label=\"g\"></g></svg></a>\n"
                + "<a href=\"e4\"><svg aria-label=\" \"></svg></a><a href=\"n1\"><svg><title aria-label=\"t\"></title></svg></a>\n"
                + "<iframe></iframe><img>");
        assertThat(problems(f))
                .containsExactly(
                        "check.link-text-empty 3:22 链接没有文字，读屏软件无法说明它指向哪里：e1",
                        "check.link-text-empty 4:1 链接没有文字，读屏软件无法说明它指向哪里：e2",
                        "check.link-text-empty 4:46 链接没有文字，读屏软件无法说明它指向哪里：e3",
                        "check.link-text-empty 5:1 链接没有文字，读屏软件无法说明它指向哪里：e4",
                        "check.iframe-title 6:1 内嵌框架 iframe 缺少 title。",
                        "check.img-alt 6:18 图片缺少替代文字 alt：");
    }

    @Test
    void theFirstLanguageCounts() {
        assertThat(problems(RandomPages.assertAsOracle("<html lang=\"zh\"><body><html lang=\" \"><h1>题</h1>")))
                .isEmpty();
        assertThat(problems(RandomPages.assertAsOracle("<body><html lang=\"zh\"><h1>题</h1>")))
                .isEmpty();
    }

    @Test
    void linksCopiedOutOfMainAreOutOfIt() {
        PageFacts f = scan("<main><p><a href=\"a.html\">甲</main>乙<img src=\"i.png\" alt=\"\">\n" + "<main>丙</main>");
        assertThat(refs(f)).containsExactly("a[href] a.html 3:20 main", "a[href] a.html 3:20", "img[src] i.png 3:46");
    }

    @Test
    void linksCopiedInsideMainAreInIt() {
        PageFacts f = scan("<main><p><a href=\"a.html\">甲<p>乙</a></p></main>");
        assertThat(refs(f)).containsExactly("a[href] a.html 3:20 main", "a[href] a.html 3:20 main");
    }
}
