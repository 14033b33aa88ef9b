package cn.gov.jinjiang.gksite.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The text quoted for a skipped heading is jsoup's {@code Element.text()} of it, cut to 30 characters: on headings
 * written for each rule of spacing, read by both readers, and on random headings, held to the oracle.
 */
class HeadingTextTest {
    private static final String HEAD =
            "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><title>t</title></head><body>\n<h1>题</h1>";

    /** The quotes of the skipped headings of a page whose body, after an h1, is {@code body}. */
    private static List<String> quotes(String body) {
        PageFacts f = RandomPages.assertAsOracle(HEAD + body + "\n</body></html>\n");
        return f.problems().stream()
                .filter(p -> p.code().equals("check.heading-skip"))
                .map(PageFacts.Problem::heading)
                .toList();
    }

    @Test
    void textIsJoinedAsJsoupJoinsIt() {
        assertThat(quotes("<h3>  甲 \n\t 乙  </h3>")).containsExactly("### 甲 乙");
        assertThat(quotes("<h3>甲<b>乙</b><i>丙</i></h3>")).containsExactly("### 甲乙丙");
        assertThat(quotes("<h3>甲<br>乙</h3>")).containsExactly("### 甲 乙");
        assertThat(quotes("<h3>甲<div>乙</div>丙</h3>")).containsExactly("### 甲 乙 丙");
        assertThat(quotes("<h3>甲<div>乙</div><div>丙</div></h3>")).containsExactly("### 甲 乙 丙");
        assertThat(quotes("<h3>甲<span><div>乙</div></span>丙</h3>")).containsExactly("### 甲 乙 丙");
        assertThat(quotes("<h3>甲<img alt=\"图\">乙</h3>")).containsExactly("### 甲 乙");
        assertThat(quotes("<h3>甲<select><option>选</option></select>乙</h3>")).containsExactly("### 甲 选 乙");
        assertThat(quotes("<h3>甲<!-- 注 -->乙</h3>")).containsExactly("### 甲乙");
        assertThat(quotes("<h3>甲<pre> 乙  丙 </pre>丁</h3>")).containsExactly("### 甲  乙  丙 丁");
        assertThat(quotes("<h3><b> </b>甲</h3>")).containsExactly("### 甲");
        assertThat(quotes("<h3></h3><h5><div></div>甲</h5>")).containsExactly("### ", "##### 甲");
    }

    @Test
    void longTextIsCutAfterThirtyCharacters() {
        String thirty = "一二三四五六七八九十".repeat(3);
        assertThat(quotes("<h3>" + thirty + "</h3>")).containsExactly("### " + thirty);
        assertThat(quotes("<h3>" + thirty + "<b>多</b></h3>")).containsExactly("### " + thirty + "…");
        assertThat(quotes("<h3> " + thirty.substring(0, 29) + " <b>多</b><b>余</b></h3>"))
                .containsExactly("### " + thirty.substring(0, 29) + " …");
        assertThat(quotes("<h3>" + "甲 ".repeat(20) + "</h3>"))
                .containsExactly("### " + "甲 ".repeat(15).substring(0, 30) + "…");
    }

    @Test
    void headingsInsideSkippedHeadingsHaveTheirOwnText() {
        assertThat(quotes("<h3>外<span><h5>内</h5>后</span></h3><h6>再</h6>")).containsExactly("### 外 内 后", "##### 内");
        assertThat(quotes("<h3>外<span><h2>不跳</h2><h4>内</h4></span>尾</h3>")).containsExactly("### 外 不跳 内 尾", "#### 内");
    }

    @Test
    void misnestedMarkupInsideAHeading() {
        assertThat(quotes("<h3><a href=\"x.html\">链<div>块</a>尾</div>后</h3>")).containsExactly("### 链 块尾 后");
        assertThat(quotes("<h3><form><input value=\"v\">框</form>后</h3>")).containsExactly("### 框 后");
    }

    @Test
    void aWalkStopsAfterItsNodes() {
        String fits = "<b></b>".repeat(HeadingText.MAX_NODES - 1) + "字";
        String over = "<b></b>".repeat(HeadingText.MAX_NODES) + "字";
        String html = HEAD + "<h3>" + fits + "</h3><h2>二</h2><h4>" + over + "</h4></body></html>";
        PageFacts f = PageScanner.jsoup("p.html", html, false);
        assertThat(f.problems()).extracting(PageFacts.Problem::heading).containsExactly("### 字", "#### ");
        assertThat(PageScanner.fast("p.html", html.getBytes(StandardCharsets.UTF_8), false))
                .isEqualTo(f);
    }

    @Test
    void randomHeadingsAreQuotedAsJsoupQuotesThem() {
        String[] pieces = {
            "<h4>",
            "</h4>",
            "<h6>",
            "</h6>",
            "<h2>",
            "</h2>",
            "甲",
            "乙丙丁戊己庚辛壬癸",
            " ",
            "\n\t ",
            "<p>",
            "</p>",
            "<br>",
            "<img alt=\"图\">",
            "<input value=\"v\">",
            "<select><option>选</option></select>",
            "<span>",
            "</span>",
            "<div>",
            "</div>",
            "<b>",
            "</b>",
            "<a href=\"x.html\">",
            "</a>",
            "<!-- 注 -->",
            "<pre>",
            "</pre>",
            "<textarea> 文  本 </textarea>",
            "<svg><title>标</title></svg>",
            "<math><mi>m</mi></math>",
            "<svg><![CDATA[ c  d ]]></svg>",
            "<button>钮</button>",
            "<table><tr><td>格</td></tr></table>",
            "<li>",
            "<q>",
            "</q>",
            "<script>var x;</script>",
            "<style>p{}</style>",
            "<label>签</label>",
            "<wbr>",
            "<hr>"
        };
        Random r = new Random(11);
        for (int i = 0; i < 400; i++) {
            RandomPages.assertAsOracle(RandomPages.page(r, HEAD + "<h2>二</h2>", pieces, r.nextInt(40)), false);
        }
    }

    @Test
    void aTextBoundaryIsSpacedOnlyWhenItHoldsText() {
        for (String blank : new String[] {" ", "\t", "\n", "\f", "&#13;"}) {
            assertThat(quotes("<h3>甲<button>" + blank + "</button>乙<button>钮</button></h3>"))
                    .as(blank)
                    .hasSize(1)
                    .allMatch(q -> q.startsWith("### 甲") && q.endsWith(" 乙 钮"));
        }
    }

    @Test
    void theSpaceAfterAnElementDependsOnWhatFollows() {
        assertThat(quotes("<h3><b><i>甲</i></b>乙</h3>")).containsExactly("### 甲乙");
        assertThat(quotes("<h3><span><div>甲</div></span>乙</h3>")).containsExactly("### 甲 乙");
        assertThat(quotes("<h3><div>甲</div><!-- 注 -->乙</h3>")).containsExactly("### 甲乙");
        assertThat(quotes("<h3><div>甲</div><b>乙</b></h3>")).containsExactly("### 甲 乙");
        assertThat(quotes("<h3><div>甲</div><div>乙</div></h3>")).containsExactly("### 甲 乙");
        assertThat(quotes("<h3><input>甲</h3>")).containsExactly("### 甲");
    }

    @Test
    void aLinkSplitAroundAHeadingLeavesTheNextHeadingAlone() {
        assertThat(quotes("<h3><a href=\"x.html\">链</h3>尾</a><h2>二</h2><h4>乙</h4><h2>二</h2><h4><b>丙</b></h4>"))
                .containsExactly("### 链", "#### 乙", "#### 丙");
    }

    @Test
    void blankTextKeptInATextBoundaryIsNotText() {
        for (String blank : new String[] {" ", "\t", "\n\n", "\f", "&#13;"}) {
            // jsoup only: the byte scanner keeps the newline that starts a textarea (jsoup drops it)
            String html = HEAD + "<h3>甲<textarea>" + blank + "</textarea>乙</h3></body></html>";
            assertThat(RandomPages.assertAsOracle(html, false).problems())
                    .as(blank)
                    .hasSize(1);
        }
        assertThat(quotes("<h3>甲<input><!-- 注 -->乙</h3>")).containsExactly("### 甲乙");
    }
}
