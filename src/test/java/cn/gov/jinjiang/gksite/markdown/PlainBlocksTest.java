package cn.gov.jinjiang.gksite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.markdown.PlainBlocks.Block;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A Markdown body as the report's Word download reads it: headings and paragraphs of plain text, in order. */
class PlainBlocksTest {
    private static List<Block> of(String body) {
        return new PlainBlocks().of(body);
    }

    private static Block p(String text) {
        return new Block(0, text);
    }

    @Test
    void headingsKeepTheirLevelAndLoseTheirId() {
        assertThat(of("# 标题\n\n## 一、总体情况 {#s1}\n\n###### 六级\n\n正文。\n"))
                .containsExactly(new Block(1, "标题"), new Block(2, "一、总体情况"), new Block(6, "六级"), p("正文。"));
    }

    @Test
    void inlineMarksAreDroppedAndTheirTextKept() {
        assertThat(of("**加粗**与*强调*、`代码 <b>`、[链接](a.html)、![地图](m.png)、<https://a.cn>、<x@a.cn>。\n"))
                .containsExactly(p("加粗与强调、代码 <b>、链接、地图、https://a.cn、x@a.cn。"));
        assertThat(of("转义 \\* 与 &amp; &lt;b&gt; 与 <span>行内</span> 标签\n")).containsExactly(p("转义 * 与 & <b> 与 行内 标签"));
        // Code keeps its backslashes; an image's description loses its marks as any text does.
        assertThat(of("`C:\\path\\*` ![**晋江**地图\\_2025](m.png)\n")).containsExactly(p("C:\\path\\* 晋江地图_2025"));
    }

    @Test
    void linesOfAParagraphJoinWithASpaceOnlyBetweenLatinWords() {
        assertThat(of("晋江市人民政府\n办公室\nOpen\nData 2025\n1号\n  \n")).containsExactly(p("晋江市人民政府办公室Open Data 2025 1号"));
        assertThat(of("第一行  \n第二行\\\nabc  \ndef\n")).containsExactly(p("第一行第二行abc def"));
        assertThat(of("中文\nabc\n中文\n")).containsExactly(p("中文abc中文"));
        assertThat(of("a.\nb\n")).containsExactly(p("a.b"));
        // An inline element on a line of its own leaves an empty line, which joins nothing.
        assertThat(of("abc\n<b>\ndef\n")).containsExactly(p("abc def"));
    }

    @Test
    void listItemsArePrefixedWithTheirNumberOrABullet() {
        assertThat(of("- 甲\n- 乙\n\n3. 丙\n4. 丁\n5. 戊\n\n1) 子\n1) 丑\n"))
                .containsExactly(p("· 甲"), p("· 乙"), p("3. 丙"), p("4. 丁"), p("5. 戊"), p("1. 子"), p("2. 丑"));
        assertThat(of("0. 零\n1. 一\n")).containsExactly(p("0. 零"), p("1. 一"));
    }

    @Test
    void onlyTheFirstParagraphOfAnItemTakesItsPrefix() {
        assertThat(of("1. 第一段\n\n   第二段\n2. 下一项\n")).containsExactly(p("1. 第一段"), p("第二段"), p("2. 下一项"));
        assertThat(of("- 外\n  - 内\n  - 内二\n- 外二\n")).containsExactly(p("· 外"), p("· 内"), p("· 内二"), p("· 外二"));
        assertThat(of("2. 甲\n   1. 子\n   2. 丑\n3. 乙\n")).containsExactly(p("2. 甲"), p("1. 子"), p("2. 丑"), p("3. 乙"));
    }

    @Test
    void aNumberTooLongForAnIntStartsAtOne() {
        assertThat(of("123456789. 甲\n123456790. 乙\n")).containsExactly(p("123456789. 甲"), p("123456790. 乙"));
    }

    @Test
    void quotesAndTablesGiveTheirText() {
        assertThat(of("> 引用的\n> 一段\n>\n> 第二段\n")).containsExactly(p("引用的一段"), p("第二段"));
        assertThat(of("| 列一 | 列二 |\n| --- | --- |\n| 格 | 子 |\n")).isEmpty();
    }

    @Test
    void codeBlocksGiveOneBlockPerLineWithoutFences() {
        assertThat(of("```java\n  int a;\n\n  b();\n```\n\n~~~\n代码\n~~~\n\n    缩进的\n    代码\n"))
                .containsExactly(p("int a;"), p("b();"), p("代码"), p("缩进的"), p("代码"));
    }

    @Test
    void rawHtmlBlocksGiveTheirTextAndEmptyOnesNothing() {
        assertThat(of("<div>\n<p>块中的 <b>文字</b></p>\n</div>\n\n<!-- 注释 -->\n\n后文\n"))
                .containsExactly(p("块中的 文字"), p("后文"));
    }

    @Test
    void blankParagraphsAreLeftOut() {
        assertThat(of("")).isEmpty();
        assertThat(of("<b></b>\n\n---\n\n[r]: /u\n")).isEmpty();
    }
}
