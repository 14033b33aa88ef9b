package cn.gov.jinjiang.gksite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * flexmark with {@link LinearParsing} parses every document as flexmark alone does: the same HTML for the repository's
 * pages, for random documents built from Markdown's special characters, and for the hostile ones; the same order of
 * block parsers and paragraph pre-processors; and {@link LinkDestinations} finds the ends flexmark's own scan finds.
 */
class LinearParsingTest {
    private static final String[] TOKENS = {
        "a",
        "中文",
        " ",
        "  ",
        "\n",
        "\n\n",
        "\t",
        "[",
        "]",
        "(",
        ")",
        "](",
        "[a](",
        "![",
        "`",
        "``",
        "*",
        "_",
        "**",
        "#",
        "## ",
        "- ",
        "* ",
        "1. ",
        "2) ",
        "> ",
        "|",
        "|-|",
        "| --- |",
        "<",
        ">",
        "<b>",
        "</b>",
        "<!--",
        "-->",
        "&amp;",
        "&#1;",
        "&",
        "\\",
        "\\(",
        "\\\\",
        "\"",
        "'",
        "!",
        "{#x}",
        "{.c}",
        "{",
        "}",
        "===",
        "---",
        "***",
        "    ",
        ":",
        "[a]: /u",
        "[a]: </u v> \"t\"",
        "[a]",
        "[^1]",
        "http://x.y",
        "<http://a>",
        "<a@b.c>",
        "~~~",
        "```",
        "[b]:",
        " \"t\"",
        "(t)"
    };

    private final Parser linear = Parser.builder(MarkdownConverter.options()).build();
    private final Parser plain = Parser.builder(plainOptions()).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder(plainOptions()).build();

    private static MutableDataSet plainOptions() {
        return MarkdownConverter.options().set(Parser.EXTENSIONS, List.of(new SharedExtensions(true)));
    }

    private void same(String markdown) {
        assertThat(renderer.render(linear.parse(markdown)))
                .as(markdown)
                .isEqualTo(renderer.render(plain.parse(markdown)));
    }

    @Test
    void repositoryPagesParseAsWithFlexmarkAlone() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s =
                Stream.concat(Files.walk(Path.of("content")), Files.walk(Path.of("src/test/resources")))) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        assertThat(files).hasSizeGreaterThan(50);
        for (Path f : files) {
            same(Files.readString(f));
        }
    }

    @Test
    void randomDocumentsParseAsWithFlexmarkAlone() {
        Random r = new Random(2614);
        for (int k = 0; k < 30_000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(40); i > 0; i--) {
                sb.append(TOKENS[r.nextInt(TOKENS.length)]);
            }
            same(sb.toString());
        }
        for (int k = 0; k < 2_000; k++) {
            same(DirectRendererTest.document(r));
        }
    }

    @Test
    void hostileDocumentsParseAsWithFlexmarkAlone() {
        for (String s : new String[] {
            "[a](".repeat(300),
            "[a](<".repeat(300),
            "`a".repeat(300),
            "[^1]".repeat(300),
            "[l]: /u\n".repeat(300) + "[l]",
            "|a|b|\n|-|-|\n" + "|x|y|\n".repeat(300),
            "1 a\n".repeat(300),
            "(".repeat(300) + "[a](" + ")".repeat(299),
            "[a](" + "\\(".repeat(200) + ")",
            "[a](\\\\\\(b)c)"
        }) {
            same(s);
        }
    }

    @Test
    void blockParsersAndPreProcessorsKeepFlexmarksOrder() throws ReflectiveOperationException {
        assertThat(names(field(linear, "blockParserFactories")).stream()
                        .map(n -> n.equals(LinearParsing.LazyParagraphHeadings.class.getName())
                                ? HeadingParser.Factory.class.getName()
                                : n)
                        .toList())
                .isEqualTo(names(field(plain, "blockParserFactories")));
        assertThat(field(linear, "paragraphPreProcessorFactories").toString().replaceAll("@[0-9a-f]+", ""))
                .isEqualTo(field(plain, "paragraphPreProcessorFactories")
                        .toString()
                        .replaceAll("@[0-9a-f]+", ""));
    }

    private static Object field(Parser p, String name) throws ReflectiveOperationException {
        Field f = Parser.class.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(p);
    }

    private static List<String> names(Object list) {
        return ((List<?>) list).stream().map(o -> o.getClass().getName()).toList();
    }

    @Test
    void linkDestinationsEndWhereFlexmarksScanEnds() {
        destinationsEndWhereFlexmarksScanEnds(false);
    }

    /** With spaces in URLs (gksite's setting): a space before a quote stops, trailing spaces are given back. */
    @Test
    void linkDestinationsWithSpacesEndWhereFlexmarksScanEnds() {
        destinationsEndWhereFlexmarksScanEnds(true);
    }

    private static void destinationsEndWhereFlexmarksScanEnds(boolean spaces) {
        LinkDestinationsTest.endsAsFlexmarksScan("()\\\\ a\n\t\"'<>[]!\\(  ", 100_000, 30, new Random(99), spaces);
    }

    /** Documents that take each path of the linear parser and the lazy headings, with flexmark's expected output. */
    private static final List<String> HANDPICKED = List.of(
            "# 标题\n\n正文\n",
            "标题\n===\n",
            "一行\n两行\n---\n",
            "a\r\nb\r\n===\r\n",
            "===\n",
            "- a\n===\n",
            "> a\n---\n",
            "1 a\n2 b\n",
            "[r]\n\n[r]: /u \"t\"\n",
            "[a](/u) [b](<附件 2.pdf>) [c](x(y)z) [d](a b) [e](a b \"t\") [f](a\\)b)\n",
            "[a](b(c)d) [e](f(g) [h](i)j)\n",
            "[a]({{ x y }}) [b]({% x %}) [c]({{ a) }}y) [d]({{ \"t\" }})\n",
            "[a](x((y))z) [b](x(y)(z)) [c](b\\)c)\n",
            "[a](x y)\n[b](z(w))\n[c](v)\n",
            "[a](b\u001Fc) [d](e\u001F f)\n",
            "[a](",
            "[a](b",
            "[a](<b",
            "`a` ``b`` `c\n",
            "<http://a.cn> <a@b.cn> &amp; &#20013; &x;\n",
            "*a* **b** _c_ ![i](j.png \"k\")\n",
            "a\n");

    private static void sameUnder(MutableDataSet options) {
        Parser linearParser = Parser.builder(options).build();
        MutableDataSet plainOptions =
                new MutableDataSet(options).set(Parser.EXTENSIONS, List.of(new SharedExtensions(true)));
        Parser plainParser = Parser.builder(plainOptions).build();
        HtmlRenderer html = HtmlRenderer.builder(plainOptions).build();
        for (String md : HANDPICKED) {
            assertThat(html.render(linearParser.parse(md))).as(md).isEqualTo(html.render(plainParser.parse(md)));
        }
    }

    @Test
    void handpickedDocumentsParseAsWithFlexmarkAlone() {
        sameUnder(MarkdownConverter.options());
        assertThat(renderer.render(linear.parse("标题\n===\n\n[r]\n\n[r]: /u\n")))
                .isEqualTo("<h1 id=\"标题\">标题</h1>\n<p><a href=\"/u\">r</a></p>\n");
        assertThat(renderer.render(linear.parse("[a](x(y)z) [b](a b)\n")))
                .isEqualTo("<p><a href=\"x(y)z\">a</a> <a href=\"a b\">b</a></p>\n");
    }

    /** With other options than gksite's, flexmark's own destination scan or reference definitions apply. */
    @Test
    void otherOptionsParseAsWithFlexmarkAlone() {
        sameUnder(MarkdownConverter.options().set(Parser.SPACE_IN_LINK_URLS, false));
        sameUnder(MarkdownConverter.options().set(Parser.USE_HARDCODED_LINK_ADDRESS_PARSER, false));
        sameUnder(MarkdownConverter.options().set(Parser.LINKS_ALLOW_MATCHED_PARENTHESES, false));
        sameUnder(MarkdownConverter.options().set(Parser.PARSE_JEKYLL_MACROS_IN_URLS, true));
        sameUnder(MarkdownConverter.options().set(Parser.INTELLIJ_DUMMY_IDENTIFIER, true));
        sameUnder(MarkdownConverter.options().set(Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR, false));
    }
}
