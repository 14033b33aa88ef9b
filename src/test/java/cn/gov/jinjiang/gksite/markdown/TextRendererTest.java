package cn.gov.jinjiang.gksite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostics;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The converter's speed-ups (the text renderer, the shared table recogniser) write what flexmark's own
 * renderer and extensions write, for plain and for tricky text.
 */
class TextRendererTest {
    private static final List<String> TEXTS = List.of(
            "普通的中文段落，没有任何特殊字符。",
            "引号 \"双引号\" 与 <尖括号> 以及 > 大于号",
            "实体 &amp; &lt; &#20013; &copy; 与裸的 & 符号",
            "反斜杠转义 \\* \\_ \\[ \\\\ 与 C:\\path",
            "回车\r\n换行\r单独的回车\n",
            "混合 Latin words, digits 2025 and 全角ＡＢＣ１２３",
            "表格 | 竖线 | 在文本中",
            "行尾两个空格  \n硬换行与软换行\n下一行",
            "*强调* **加粗** `代码 <b>` [链接](/a.html \"标题 \\\"引\\\"\") ![图](/a.png)",
            "<span>允许的 HTML</span> 与 <!-- 注释 --> 之后的文字");

    /** flexmark's own renderer with our options, on the tree the raw-HTML policy leaves. */
    private static String coreRender(String markdown) {
        MutableDataSet options = MarkdownConverter.options();
        // flexmark's own tables extension, not the shared recognisers (SharedExtensions) the converter uses.
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AttributesExtension.create()));
        return HtmlRenderer.builder(options)
                .build()
                .render(DirectRendererTest.policed(
                        Parser.builder(options).build().parse(markdown), markdown));
    }

    private static String ours(String markdown) {
        return new MarkdownConverter()
                .convert("t.md", markdown, 1, new Diagnostics())
                .html();
    }

    @Test
    void sameHtmlAsFlexmarksCoreRenderer() {
        for (String t : TEXTS) {
            String md = "## 标题 " + t + "\n\n" + t + "\n\n- " + t + "\n\n| 列 | "
                    + t.replace("|", "\\|").replace("\n", " ") + " |\n| --- | --- |\n| 格 | "
                    + t.replace("|", "\\|").replace("\n", " ") + " |\n";
            assertThat(ours(md)).as(t).isEqualTo(coreRender(md));
        }
    }

    @Test
    void sameHtmlOnRandomText() {
        String alphabet = "中文字段\"<>&\\\r\n *_`[]()!#|-:;/.a1 ";
        Random random = new Random(20261126);
        for (int k = 0; k < 2000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String md = sb.toString();
            assertThat(ours(md)).as("%s", md).isEqualTo(coreRender(md));
        }
    }

    @Test
    void escapesOnlyWhatFlexmarkEscapes() {
        assertThat(TextRenderer.plain("中文 \"引\" <b>")).isTrue();
        assertThat(TextRenderer.plain("a & b")).isFalse();
        assertThat(TextRenderer.plain("a \\* b")).isFalse();
        assertThat(TextRenderer.plain("a\rb")).isFalse();
        assertThat(TextRenderer.plain("\\* 开头")).isFalse();
        assertThat(TextRenderer.plain("&amp; 开头")).isFalse();
        assertThat(TextRenderer.plain("\r\n开头")).isFalse();
        assertThat(TextRenderer.escape("中文")).isSameAs("中文");
        assertThat(TextRenderer.escape("\"<>'")).isEqualTo("&quot;&lt;&gt;'");
    }

    @Test
    void rendersTextNodesOnly() {
        assertThat(new TextRenderer().getNodeRenderingHandlers())
                .singleElement()
                .satisfies(h -> assertThat(h.getNodeType()).isEqualTo(com.vladsch.flexmark.ast.Text.class));
    }
}
