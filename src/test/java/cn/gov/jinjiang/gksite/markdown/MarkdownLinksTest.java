package cn.gov.jinjiang.gksite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Links written the natural way (issue 17): .md targets, addresses with spaces, images without alt text. */
class MarkdownLinksTest {
    private final MarkdownConverter converter = new MarkdownConverter();
    private final Diagnostics diags = new Diagnostics();

    private String html(String md) {
        return converter.convert("a.md", md, 5, diags).html();
    }

    private List<String> problems() {
        return diags.sorted().stream()
                .map(d -> d.code() + "@" + d.pos().line() + ":" + d.pos().column())
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "../02/jzb-2025-12.md,       ../02/jzb-2025-12.html",
        "../02/jzb-2025-12.md#s1,    ../02/jzb-2025-12.html#s1",
        "b.MD?x=1#s2,                b.html?x=1#s2",
        "/xxgk/index.md,             /xxgk/",
        "../02/index.md#top,         ../02/#top",
        "index.md,                   ./",
        "myindex.md,                 myindex.html",
    })
    void aMarkdownFileStandsForItsPage(String written, String page) {
        assertThat(MarkdownLinks.toPage(written)).isEqualTo(page);
        assertThat(MarkdownLinks.asWritten(page)).contains(written.replace(".MD", ".md"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "https://example.org/readme.md",
        "a.html",
        ".md",
        "mailto:x.md",
        "a.md.pdf",
        "#s1",
        "#a.md",
        "?a.md",
        ":a.md"
    })
    void otherAddressesAreNotPages(String url) {
        assertThat(MarkdownLinks.toPage(url)).isNull();
    }

    @Test
    void aColonAfterASlashIsNoScheme() {
        assertThat(MarkdownLinks.toPage("/a:b.md")).isEqualTo("/a:b.html");
        assertThat(MarkdownLinks.toPage("docs/v1:2.md#x")).isEqualTo("docs/v1:2.html#x");
        assertThat(MarkdownLinks.asWritten("/a:b.html")).containsExactly("/a:b.md");
    }

    @Test
    void asWrittenGivesEveryMarkdownFormOfALinkAndNoneForOthers() {
        assertThat(MarkdownLinks.asWritten("附件%202.pdf")).containsExactly("附件 2.pdf");
        assertThat(MarkdownLinks.asWritten("a%20b.html#s1")).containsExactly("a b.html#s1", "a%20b.md#s1");
        assertThat(MarkdownLinks.asWritten("./?x=1")).containsExactly("index.md?x=1");
        assertThat(MarkdownLinks.asWritten("../02/")).containsExactly("../02/index.md");
        assertThat(MarkdownLinks.asWritten("a.pdf")).isEmpty();
        assertThat(MarkdownLinks.asWritten("#x.html")).isEmpty();
        assertThat(MarkdownLinks.asWritten("?q=a.html")).isEmpty();
        assertThat(MarkdownLinks.asWritten("https://a.cn/x%20y.html")).isEmpty();
        assertThat(MarkdownLinks.asWritten("mailto:a@b.cn")).isEmpty();
    }

    @Test
    void imagesAndOtherReferencesKeepTheirAddress() {
        assertThat(html("![图](a.md) [r] [s]\n\n[r]: /u.pdf\n[s]: 附件 2.pdf\n"))
                .isEqualTo(
                        "<p><img src=\"a.md\" alt=\"图\" /> <a href=\"/u.pdf\">r</a> <a href=\"附件%202.pdf\">s</a></p>\n");
        assertThat(problems()).isEmpty();
    }

    @Test
    void aRefusedReferenceIsReportedAtItsOwnLine() {
        html("见[脚本][r]。\n\n正文。\n\n[r]: javascript:alert(1)\n");
        assertThat(problems()).containsExactly("markdown.url-scheme@9:6");
    }

    @Test
    void linksAndReferencesToMarkdownFilesLinkThePages() {
        assertThat(html("见[通知](../02/jzb.md#s1)和[栏目][r]。\n\n[r]: ../02/index.md\n"))
                .isEqualTo("<p>见<a href=\"../02/jzb.html#s1\">通知</a>和<a href=\"../02/\">栏目</a>。</p>\n");
        assertThat(problems()).isEmpty();
    }

    @Test
    void anAddressWithSpacesIsAnErrorWithBothFixes() {
        // Read as links all the same (so nothing is lost while the error is being fixed), with the spaces as %20.
        assertThat(html("正文。\n\n附件：[附件2](附件 2 道路清单.PDF)，![图](a b.png)\n"))
                .contains("<a href=\"附件%202%20道路清单.PDF\">附件2</a>");
        assertThat(problems()).containsExactly("markdown.link-space@7:10", "markdown.link-space@7:30");
        Diagnostic d = diags.sorted().get(0);
        assertThat(d.message()).startsWith("链接地址“附件 2 道路清单.PDF”中有空格").contains("这不是链接");
        assertThat(d.hint()).isEqualTo("把地址放进尖括号，写成 [附件2](<附件 2 道路清单.PDF>)，或把空格写成 %20：[附件2](附件%202%20道路清单.PDF)。");
        Diagnostic image = diags.sorted().get(1);
        assertThat(image.message()).startsWith("图片地址“a b.png”中有空格").contains("这不是图片");
        assertThat(image.hint()).isEqualTo("把地址放进尖括号，写成 ![图](<a b.png>)，或把空格写成 %20：![图](a%20b.png)。");
    }

    @Test
    void spacesWrittenTheMarkdownWayAreFine() {
        assertThat(html("[附件2](<附件 2.pdf>)、[附件3](附件%203.pdf)、[带标题](/a.html \"标 题\")、\\[不是](链 接)\n"))
                .contains("<a href=\"附件%202.pdf\">附件2</a>")
                .contains("<a href=\"附件%203.pdf\">附件3</a>")
                .contains("[不是](链 接)");
        assertThat(problems()).isEmpty();
    }

    @Test
    void anImageNeedsAltTextUnlessMarkedDecorative() {
        html("![](x.png)\n\n![ ](y.png)\n\n![](z.png){.decorative}\n\n![晋江市地图](m.png)\n");
        assertThat(problems()).containsExactly("check.img-alt@5:1", "check.img-alt@7:1");
        assertThat(diags.sorted().get(0).message()).isEqualTo("图片“x.png”没有替代文字：读屏软件的用户不知道图上是什么。");
        assertThat(diags.sorted().get(0).hint())
                .isEqualTo("在方括号中写明图片的内容，如 ![晋江市行政区划图](x.png)；纯装饰的图片写成 ![](x.png){.decorative}。");
    }

    @Test
    void onlyTheDecorativeClassMarksAnImageDecorative() {
        html(
                "![](a.png){#id}\n\n![](b.png){.other}\n\n![](c.png){.other .decorative}\n\n![](d.png){.x}{.decorative}\n\n"
                        + "![](e.png) 后文\n\n![](f.png){title=decorative}\n");
        assertThat(problems())
                .containsExactly("check.img-alt@5:1", "check.img-alt@7:1", "check.img-alt@13:1", "check.img-alt@15:1");
    }
}
