package cn.gov.jinjiang.gksite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.internal.LinkDestinationParser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
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
        LinkDestinationParser flexmark = new LinkDestinationParser(true, spaces, false, false);
        Random r = new Random(99);
        String alphabet = "()\\\\ a\n\t\"'<>[]!\\(  ";
        for (int t = 0; t < 100_000; t++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(30); i > 0; i--) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            BasedSequence text = BasedSequence.of(sb.toString());
            LinkDestinations ours = null;
            for (int start = 0; start <= text.length(); start++) {
                if (ours == null || !ours.covers(text, start)) {
                    ours = new LinkDestinations(text, start, spaces);
                }
                assertThat(ours.end(start))
                        .as("%s from %d", sb, start)
                        .isEqualTo(start
                                + flexmark.parseLinkDestination(text, start).length());
            }
        }
    }
}
