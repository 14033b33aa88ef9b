package cn.gov.jinjiang.gksite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Attributes that end a heading after a space are applied as flexmark's post-processor manager applies them;
 * for any other placement the page is left as parsed and reported, to be parsed again with the manager.
 */
class HeadingAttributesTest {
    private static final Parser FULL =
            Parser.builder(MarkdownConverter.options()).build();
    private static final Parser QUICK = Parser.builder(
                    MarkdownConverter.options().set(Parser.EXTENSIONS, List.of(new SharedExtensions(false))))
            .build();

    /** Each node's type, characters and, for headings, anchor id; and the owners of the attributes. */
    private static String describe(Document doc) {
        List<String> out = new ArrayList<>();
        describe(doc, out);
        // The repository is a hash map keyed by node identity: its order differs from run to run.
        AttributesExtension.NODE_ATTRIBUTES.get(doc).entrySet().stream()
                .map(e -> "owner " + e.getKey().getClass().getSimpleName() + " "
                        + e.getKey().getChars() + " " + e.getValue().size())
                .sorted()
                .forEach(out::add);
        return String.join("\n", out);
    }

    private static void describe(Node n, List<String> out) {
        String id = n instanceof Heading h ? " #" + h.getAnchorRefId() : "";
        out.add(n.getClass().getSimpleName() + " [" + n.getChars() + "]" + id);
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            describe(c, out);
        }
    }

    @Test
    void headingIdsAreAppliedAsTheManagerAppliesThem() {
        for (String md : List.of(
                "## 一、总体情况 {#s1}\n",
                "# a {#x}\n\n## b  {#y .c}\n\n正文\n",
                "### {#only}\n",
                "# a {#}\n",
                "# a\t{#t}\n",
                "# a\\* {#e}\n",
                "# a {#x}\n\n# a {#x}\n",
                "段落\n\n- 列表\n\n| a |\n|---|\n| b |\n")) {
            Document quick = QUICK.parse(md);
            assertThat(HeadingAttributes.applied(quick)).as(md).isTrue();
            assertThat(describe(quick)).as(md).isEqualTo(describe(FULL.parse(md)));
        }
    }

    @Test
    void otherPlacementsAreLeftForTheManager() {
        for (String md : List.of(
                "# a{#x}\n",
                "# a {#x} b\n",
                "# a {#x}{#y}\n",
                "# [a {#x}](u.html)\n",
                "## 强调 *重点* {#em}\n",
                "段落 {#p}\n",
                "- 项 {.c}\n",
                "# \u3000{#x}\n")) {
            Document quick = QUICK.parse(md);
            String before = describe(quick);
            assertThat(HeadingAttributes.applied(quick)).as(md).isFalse();
            assertThat(describe(quick)).as(md).isEqualTo(before);
        }
    }

    @Test
    void fencedCodeInfoAttributesAreLeftForTheManager() {
        MutableDataSet options = MarkdownConverter.options()
                .set(Parser.EXTENSIONS, List.of(new SharedExtensions(false)))
                .set(AttributesExtension.FENCED_CODE_INFO_ATTRIBUTES, true);
        assertThat(HeadingAttributes.applied(Parser.builder(options).build().parse("# a {#x}\n")))
                .isFalse();
    }

    @Test
    void anEmptyDelimiterEndingAHeadingIsLeftForTheManager() {
        MutableDataSet options = MarkdownConverter.options()
                .set(Parser.EXTENSIONS, List.of(new SharedExtensions(false)))
                .set(AttributesExtension.USE_EMPTY_IMPLICIT_AS_SPAN_DELIMITER, true);
        Parser parser = Parser.builder(options).build();
        for (String md : List.of("# a {#}\n", "# a {.}\n")) {
            Document doc = parser.parse(md);
            String before = describe(doc);
            assertThat(HeadingAttributes.applied(doc)).as(md).isFalse();
            assertThat(describe(doc)).as(md).isEqualTo(before);
        }
    }
}
