package cn.gov.jinjiang.gksite.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.PrefixedSubSequence;
import org.junit.jupiter.api.Test;

/** The direct renderer's output laid out as flexmark's line writer lays it out, and escaped as flexmark escapes. */
class LineWriterTest {
    /** The text nodes of a page are stretches of the page's string. */
    private static Text text(String page, int from, int to) {
        return new Text(BasedSequence.of(page).subSequence(from, to));
    }

    private static String written(String page) {
        LineWriter out = new LineWriter(4);
        out.tag("<p>");
        out.text(text(page, 0, page.length()));
        out.tag("</p>");
        return out.toString();
    }

    @Test
    void aLineEndsOnlyWhenSomethingIsOnIt() {
        LineWriter out = new LineWriter(16);
        out.line();
        out.tag("<hr />");
        out.line();
        out.line();
        out.tag("<p>");
        out.tag("");
        out.tag("</p>");
        out.line();
        assertThat(out).hasToString("<hr />\n<p></p>\n");
    }

    @Test
    void plainTextIsCopiedAndSpecialCharactersEscaped() {
        assertThat(written("晋江市 Open Data 2025")).isEqualTo("<p>晋江市 Open Data 2025</p>");
        assertThat(written("a <b> \"c\" 'd' \u0080")).isEqualTo("<p>a &lt;b&gt; &quot;c&quot; 'd' \u0080</p>");
        assertThat(written("AT&T &amp; &lt;x&gt; &#20013;")).isEqualTo("<p>AT&amp;T &amp; &lt;x&gt; 中</p>");
        assertThat(written("\\*星\\* \\\\ C:\\path")).isEqualTo("<p>*星* \\ C:\\path</p>");
        assertThat(written("a\r\nb")).isEqualTo("<p>a\nb</p>");
    }

    @Test
    void aPartOfThePageIsWrittenNotTheWholePage() {
        String page = "# 标题 <b>\n\n正文 & 完";
        LineWriter out = new LineWriter(1);
        out.text(text(page, 2, 8));
        out.line();
        out.text(text(page, 10, 16));
        assertThat(out).hasToString("标题 &lt;b&gt;\n正文 &amp; 完");
    }

    @Test
    void aTextShorterThanItsSourceLeavesNothingBehind() {
        // The entities make the first text shorter than its source; the second, copied after it, is copied alone.
        LineWriter out = new LineWriter(64);
        out.text(text("&#20013;&#20013;abcdef", 0, 22));
        out.text(text("x标题", 1, 3));
        assertThat(out).hasToString("中中abcdef标题");
    }

    @Test
    void aTextWithAPrefixOfItsOwnIsWrittenWithIt() {
        LineWriter out = new LineWriter(8);
        out.text(new Text(
                PrefixedSubSequence.prefixOf("前", BasedSequence.of("abc").subSequence(1, 3))));
        assertThat(out).hasToString("前bc");
    }

    @Test
    void textNotTakenFromAStringIsWrittenTheSame() {
        LineWriter out = new LineWriter(8);
        out.text(new Text(BasedSequence.of(new StringBuilder("a<b & 中"))));
        out.text(new Text(BasedSequence.of("")));
        assertThat(out).hasToString("a&lt;b &amp; 中");
    }

    @Test
    void spacesAtTheStartOfALineAreDropped() {
        LineWriter out = new LineWriter(4);
        out.raw("  a b ");
        out.line();
        out.raw("");
        out.text(text(" c  d", 0, 5));
        out.raw("x\n   y");
        out.line();
        out.escaped(" <e>");
        // A line end in raw output starts a line: line() adds none after it.
        out.raw("<pre>code\n");
        out.raw("more\n");
        out.line();
        out.tag("</pre>");
        assertThat(out).hasToString("a b \nc  dx\ny\n&lt;e&gt;<pre>code\nmore\n</pre>");
    }

    @Test
    void tabsAndBlankLinesAreLeftToFlexmark() {
        LineWriter tab = new LineWriter(8);
        assertThatThrownBy(() -> tab.raw("a\tb")).isSameAs(LineWriter.Unsupported.INSTANCE);
        LineWriter blank = new LineWriter(8);
        blank.raw("a\n");
        assertThatThrownBy(() -> blank.raw("\nb")).isSameAs(LineWriter.Unsupported.INSTANCE);
        LineWriter first = new LineWriter(8);
        assertThatThrownBy(() -> first.raw("\n")).isSameAs(LineWriter.Unsupported.INSTANCE);
        LineWriter text = new LineWriter(8);
        assertThatThrownBy(() -> text.text(text("a\tb", 0, 3))).isSameAs(LineWriter.Unsupported.INSTANCE);
        assertThat(LineWriter.Unsupported.INSTANCE.getStackTrace()).isEmpty();
    }

    @Test
    void escapedTextResolvesNoEntity() {
        LineWriter out = new LineWriter(8);
        out.escaped("a & b &amp; <c> \"d\"");
        out.escaped("中文");
        out.escaped("&x");
        assertThat(out).hasToString("a &amp; b &amp;amp; &lt;c&gt; &quot;d&quot;中文&amp;x");
    }

    @Test
    void attributesKeepTheirEntities() {
        LineWriter out = new LineWriter(4);
        out.tag("<a");
        out.attr("href", "/a?x=1&amp;y=2&z=<3>\"");
        out.attr("title", "标题");
        out.tag(">");
        assertThat(out).hasToString("<a href=\"/a?x=1&amp;y=2&amp;z=&lt;3&gt;&quot;\" title=\"标题\">");
        String plain = new String("/plain/地址.html?\u0080\u007f");
        assertThat(LineWriter.attrValue(plain)).isSameAs(plain);
        for (String special : new String[] {"&", "<", ">", "\""}) {
            assertThat(LineWriter.attrValue("a" + special)).isNotEqualTo("a" + special);
        }
    }

    @Test
    void longOutputGrowsTheBuffer() {
        LineWriter out = new LineWriter(1);
        String line = "段落文字".repeat(100);
        for (int i = 0; i < 10; i++) {
            out.tag("<p>");
            out.raw(line);
            out.tag("</p>");
            out.line();
        }
        assertThat(out.toString()).isEqualTo(("<p>" + line + "</p>\n").repeat(10));
    }
}
