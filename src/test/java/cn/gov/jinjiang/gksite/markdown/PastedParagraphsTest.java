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
}
