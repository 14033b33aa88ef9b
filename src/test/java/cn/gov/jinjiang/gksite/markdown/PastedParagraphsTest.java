package cn.gov.jinjiang.gksite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.LineIndex;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Text pasted from Word or WPS (issue 17): one paragraph a line, indented with 「　　」, no blank lines. Each line
 * becomes its own paragraph without the indent; a sentence's end followed by a plain line warns, at that line.
 */
class PastedParagraphsTest {
    private final MarkdownConverter converter = new MarkdownConverter();
    private final Diagnostics diags = new Diagnostics();

    private String html(String md) {
        return converter.convert("a.md", md, 5, diags).html();
    }

    @Test
    void wordParagraphsBecomeParagraphsWithoutTheirIndent() {
        String md = "　　各镇人民政府、街道办事处：\n　　现将有关事项通知如下。\n　　一、工作目标\n";
        assertThat(html(md)).isEqualTo("<p>各镇人民政府、街道办事处：</p>\n<p>现将有关事项通知如下。</p>\n<p>一、工作目标</p>\n");
        assertThat(diags.sorted()).isEmpty();
    }

    @Test
    void aFirstLineWithoutIndentAndEmptyWordParagraphsAreHandled() {
        String md = "关于做好有关工作的通知\n　　\n　　各单位：\n　　　\n　　特此通知。\n";
        assertThat(html(md)).isEqualTo("<p>关于做好有关工作的通知</p>\n<p>各单位：</p>\n<p>特此通知。</p>\n");
    }

    @Test
    void emphasisAndLinksAtTheStartOfAWordParagraphKeepTheirMarkup() {
        String md = "　　**重要**提示。\n　　见[附件](a.pdf)。\n";
        assertThat(html(md)).isEqualTo("<p><strong>重要</strong>提示。</p>\n<p>见<a href=\"a.pdf\">附件</a>。</p>\n");
    }

    @Test
    void aLineBreakInsideAChineseSentenceIsNoGap() {
        assertThat(html("晋江市人民政府办公室\n关于印发通知\n")).isEqualTo("<p>晋江市人民政府办公室关于印发通知</p>\n");
        // Between Latin words the line break stays: it is the space between them.
        assertThat(html("Open\nData\n")).isEqualTo("<p>Open\nData</p>\n");
    }

    @Test
    void aSentenceEndFollowedByAPlainLineWarnsAtThatLine() {
        String md = "已经市政府同意，现印发给你们。\n原通知同时废止。\n\n下一段。\n";
        assertThat(html(md)).isEqualTo("<p>已经市政府同意，现印发给你们。原通知同时废止。</p>\n<p>下一段。</p>\n");
        List<Diagnostic> d = diags.sorted();
        assertThat(d).extracting(Diagnostic::code).containsExactly("markdown.line-break");
        assertThat(d.get(0).pos()).hasToString("a.md:6:1");
        assertThat(d.get(0).isError()).isFalse();
        assertThat(d.get(0).hint()).contains("空一行");
    }

    @Test
    void listsQuotesAndCodeAreLeftAsMarkdownReadsThem() {
        assertThat(html("- 第一项\n　　续行\n")).isEqualTo("<ul>\n<li>第一项\n　　续行</li>\n</ul>\n");
        assertThat(html("```\n　　代码\n```\n")).contains("　　代码");
        assertThat(diags.sorted()).isEmpty();
    }

    @Test
    void diagnosticsAfterASplitKeepTheirSourceLines() {
        // The refused link is on line 3 of the body (line 7 of the file), after two Word paragraphs.
        html("　　第一段。\n　　第二段。\n　　见[脚本](javascript:alert(1))。\n");
        assertThat(diags.sorted())
                .extracting(x -> x.code() + "@" + x.pos().line())
                .containsExactly("markdown.url-scheme@7");
    }

    @Test
    void aLongPasteIsSplitInLinearTime() {
        // Timed alone: flexmark's own parse of one long paragraph whose lines start with a space of any kind is
        // quadratic (its heading parser reads the paragraph so far at every line), gksite's split must not add to it.
        String md = "　　第一段。\n".repeat(6_000);
        Document doc = Parser.builder(MarkdownConverter.options()).build().parse(md);
        long start = System.nanoTime();
        PastedParagraphs.apply(doc, "a.md", 1, new LineIndex(md), diags);
        assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
        int paragraphs = 0;
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            paragraphs += n instanceof Paragraph ? 1 : 0;
        }
        assertThat(paragraphs).isEqualTo(6_000);
        assertThat(diags.sorted()).isEmpty();
    }

    @Test
    void chinesePunctuationJoinsLinesAsChineseCharactersDo() {
        for (String mark : List.of("“", "”", "‘", "’", "…", "—", "，", "、", "（", "中")) {
            assertThat(html("通知\n" + mark + "内容\n")).as(mark).isEqualTo("<p>通知" + mark + "内容</p>\n");
            assertThat(html("内容" + mark + "\n通知\n")).as(mark).isEqualTo("<p>内容" + mark + "通知</p>\n");
            assertThat(html("Data\n" + mark + "\n")).as(mark).isEqualTo("<p>Data\n" + mark + "</p>\n");
            assertThat(html(mark + "\nData\n")).as(mark).isEqualTo("<p>" + mark + "\nData</p>\n");
        }
        assertThat(html("2025\n年\n")).isEqualTo("<p>2025\n年</p>\n");
        assertThat(diags.sorted()).isEmpty();
    }

    @Test
    void spacesAndTabsAroundALineBreakDoNotHideTheCharactersBesideIt() {
        assertThat(html("甲 \n 乙\n")).isEqualTo("<p>甲乙</p>\n");
        assertThat(html("甲\n\t乙\n")).isEqualTo("<p>甲乙</p>\n");
        // flexmark keeps a tab at the end of a line as text; the line break after it goes all the same.
        assertThat(html("甲\t\n乙\n")).isEqualTo("<p>甲\t乙</p>\n");
        assertThat(html("完。 \n  下一句\n")).isEqualTo("<p>完。下一句</p>\n");
        assertThat(diags.sorted()).extracting(d -> d.pos().toString()).containsExactly("a.md:6:1");
    }

    @Test
    void everySentenceEndWarnsBeforeChineseButNotBeforeOtherText() {
        html("完！\n甲\n问？\n乙\n句。\n“引”\n末。\nEnglish\n逗，\n丙\n");
        assertThat(diags.sorted())
                .extracting(d -> d.code() + "@" + d.pos())
                .containsExactly(
                        "markdown.line-break@a.md:6:1",
                        "markdown.line-break@a.md:8:1",
                        "markdown.line-break@a.md:10:1");
        assertThat(diags.sorted().get(0).message()).isEqualTo("上一行以“！”结束，这一行却没有另起一段：网页上它会接在上一行后面，成为同一段。");
        assertThat(diags.sorted().get(0).hint())
                .isEqualTo("要另起一段，在两行之间空一行（从 Word、WPS 粘贴的文字，段首保留两个全角空格“　　”也可以）；确是同一段时，把这一行接到上一行的末尾。");
    }

    @Test
    void theIndentOfEveryKindIsTrimmedAndLatinTextAfterItKept() {
        assertThat(html("　 \t甲\n　\t乙\n")).isEqualTo("<p>甲</p>\n<p>乙</p>\n");
        assertThat(html("　　Open Data\n　　second\n")).isEqualTo("<p>Open Data</p>\n<p>second</p>\n");
        assertThat(html("　　`code`\n　　<b>粗</b>\n")).isEqualTo("<p><code>code</code></p>\n<p><b>粗</b></p>\n");
        // A paragraph made of an indent only disappears; so does the line end after Word's empty paragraph.
        assertThat(html("甲\n　　\n")).isEqualTo("<p>甲</p>\n");
        assertThat(html("甲\n　　\nabc\n")).isEqualTo("<p>甲</p>\n<p>abc</p>\n");
        assertThat(html("甲\n　　\n**乙**\n")).isEqualTo("<p>甲</p>\n<p><strong>乙</strong></p>\n");
    }

    @Test
    void aSplitParagraphKeepsItsSourceRangeForLaterChecks() {
        // The image without alt text is in the third Word paragraph, on line 3 of the body (line 7 of the file).
        html("　　甲。\n　　乙。\n　　![](x.png)\n");
        assertThat(diags.sorted()).extracting(d -> d.code() + "@" + d.pos()).containsExactly("check.img-alt@a.md:7:3");
    }

    @Test
    void paragraphsAfterASplitOneAreStillRead() {
        assertThat(html("　　甲\n　　乙\n\n丙\n丁\n\n　　戊\n")).isEqualTo("<p>甲</p>\n<p>乙</p>\n<p>丙丁</p>\n<p>戊</p>\n");
        // Blocks other than paragraphs after one are left alone.
        assertThat(html("　　甲\n　　乙\n\n## 标题\n\n- 项\n"))
                .isEqualTo("<p>甲</p>\n<p>乙</p>\n<h2 id=\"标题\">标题</h2>\n<ul>\n<li>项</li>\n</ul>\n");
        assertThat(html("甲\n\n> 引\n")).isEqualTo("<p>甲</p>\n<blockquote>\n<p>引</p>\n</blockquote>\n");
    }
}
