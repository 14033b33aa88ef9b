package cn.gov.jinjiang.gksite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.attributes.FencedCodeAddType;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.PostProcessorFactory;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.dependency.Dependent;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The shared extensions parse and render exactly as flexmark's own tables and attributes extensions do, make each
 * recogniser once per parser, and keep the place of flexmark's factories among the parser's others.
 */
class SharedExtensionsTest {
    /** Pages with tables (with and without outer pipes, after a reference, in a list) and {@code {…}} attributes. */
    private static final List<String> PAGES = List.of(
            "| 项目 | 数量 |\n|---|---:|\n| 主动公开 | 12 |\n",
            "项目 | 数量\n--- | :-:\n主动公开 | 12\n",
            "第一段，没有竖线。\n第二行也没有。\n\n| a |\n|---|\n| 1 |\n",
            "[规定]: /gz.html\n| a | b |\n|---|---|\n| [规定] | 2 |\n",
            "- 列表\n\n  | a | b |\n  |---|---|\n  | 1 | 2 |\n",
            "段落{.note}\n\n## 标题 {#s1}\n\n[链接](/a.html){.ext title=\"说明\"}\n",
            "文字 | 竖线在第一行\n但不是表格\n",
            "|\n");

    /** flexmark's own two extensions, as the reference the shared ones must equal. */
    private static String flexmark(String md, MutableDataSet base) {
        MutableDataSet options = new MutableDataSet(base);
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AttributesExtension.create()));
        return HtmlRenderer.builder(options)
                .build()
                .render(Parser.builder(options).build().parse(md));
    }

    private static MutableDataSet shared(boolean postProcessing, MutableDataSet base) {
        MutableDataSet options = new MutableDataSet(base);
        options.set(Parser.EXTENSIONS, List.of(new SharedExtensions(postProcessing)));
        return options;
    }

    /**
     * Renders every page twice through one parser (the recognisers made for the first page serve the next) and
     * compares with flexmark's own extensions; returns the parser's HTML of each page.
     */
    private static List<String> rendersAsFlexmark(BiFunction<Parser, String, Document> parse) {
        MutableDataSet options = shared(true, new MutableDataSet());
        Parser parser = Parser.builder(options).build();
        HtmlRenderer renderer = HtmlRenderer.builder(options).build();
        List<String> html = new ArrayList<>();
        for (String md : PAGES) {
            for (int round = 0; round < 2; round++) {
                String written = renderer.render(parse.apply(parser, md));
                assertThat(written).as(md).isEqualTo(flexmark(md, new MutableDataSet()));
                html.add(written);
            }
        }
        return html;
    }

    @Test
    void parsesAndRendersAsFlexmarksOwnExtensions() {
        List<String> html = rendersAsFlexmark(Parser::parse);
        assertThat(html.get(0)).contains("<table>", "<th>项目</th>", "<td align=\"right\">12</td>");
        assertThat(html.get(10))
                .contains(
                        "<p><span class=\"note\">段落</span></p>",
                        "<h2>标题</h2>",
                        "<a href=\"/a.html\" class=\"ext\" title=\"说明\">链接</a>");
    }

    @Test
    void aPageThatIsNotAStringIsParsedAsFlexmarkDoes() {
        rendersAsFlexmark((parser, md) -> {
            Document doc = parser.parse(BasedSequence.of(new StringBuilder(md)));
            assertThat(doc.getChars().getBase()).isNotInstanceOf(String.class);
            return doc;
        });
    }

    @Test
    void theExtensionsOptionsAreSetAsFlexmarksAre() {
        MutableDataSet base = new MutableDataSet();
        base.set(AttributesExtension.FENCED_CODE_INFO_ATTRIBUTES, true);
        MutableDataSet options = shared(true, base);
        new SharedExtensions(true).parserOptions(options);
        assertThat(AttributesExtension.FENCED_CODE_ADD_ATTRIBUTES.get(options)).isEqualTo(FencedCodeAddType.ADD_TO_PRE);
        String md = "```java {.kuai}\nint a;\n```\n";
        String html = HtmlRenderer.builder(options)
                .build()
                .render(Parser.builder(options).build().parse(md));
        assertThat(html).isEqualTo(flexmark(md, base)).contains("<pre class=\"kuai\">");
    }

    @Test
    void withoutPostProcessingTheAttributesAreParsedButNotApplied() {
        MutableDataSet options = shared(false, new MutableDataSet());
        Document doc = Parser.builder(options).build().parse("段落{.note}\n\n| a |\n|---|\n| 1 |\n");
        List<Node> attributes = new ArrayList<>();
        collect(doc, AttributesNode.class, attributes);
        assertThat(attributes).hasSize(1);
        assertThat(AttributesExtension.NODE_ATTRIBUTES.get(doc)).isEmpty();
        String html = HtmlRenderer.builder(options).build().render(doc);
        assertThat(html).contains("<p>段落</p>").contains("<td>1</td>");

        Document applied =
                Parser.builder(shared(true, new MutableDataSet())).build().parse("段落{.note}\n");
        assertThat(AttributesExtension.NODE_ATTRIBUTES.get(applied)).hasSize(1);
    }

    @Test
    void theAttributesPostProcessorIsFlexmarks() {
        PostProcessorFactory shared = SharedExtensions.attributesPostProcessor();
        PostProcessorFactory own =
                registered(AttributesExtension.create()).postProcessors.get(0);
        assertThat(shared).isNotNull().hasSameClassAs(own);
        assertThat(shared.getNodeTypes()).isEqualTo(own.getNodeTypes());
    }

    @Test
    void eachRecogniserIsMadeOncePerParserAndKeepsFlexmarksPlace() {
        Capture shared = registered(new SharedExtensions(true));
        Capture sharedPlain = registered(new SharedExtensions(false));
        Capture tables = registered(TablesExtension.create());
        Capture attributes = registered(AttributesExtension.create());
        assertThat(shared.postProcessors).hasSize(1).first().hasSameClassAs(attributes.postProcessors.get(0));
        assertThat(sharedPlain.postProcessors).isEmpty();
        assertThat(sharedPlain.paragraphs).hasSize(1);
        assertThat(sharedPlain.inline).hasSize(1);

        ParagraphPreProcessorFactory table = shared.paragraphs.get(0);
        InlineParserExtensionFactory braces = shared.inline.get(0);
        samePlace(table, tables.paragraphs.get(0));
        samePlace(braces, attributes.inline.get(0));
        assertThat(braces.getCharacters().toString()).isEqualTo("{");

        // A page parsed with a probe among the shared extensions gives the parser's state and inline parser.
        Probe probe = new Probe();
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(new SharedExtensions(true), probe));
        Parser.builder(options).build().parse("文字 {.a}\n\n另一段\n");
        assertThat(probe.state).isNotNull();
        assertThat(probe.inlineParser).isNotNull();
        ParagraphPreProcessor first = table.apply(probe.state);
        assertThat(first).isNotNull().isSameAs(table.apply(probe.state));
        InlineParserExtension inline = braces.apply(probe.inlineParser);
        assertThat(inline).isNotNull().isSameAs(braces.apply(probe.inlineParser));
    }

    private static void samePlace(Dependent shared, Dependent own) {
        assertThat(shared.getAfterDependents()).isEqualTo(own.getAfterDependents());
        assertThat(shared.getBeforeDependents()).isEqualTo(own.getBeforeDependents());
        assertThat(shared.affectsGlobalScope()).isEqualTo(own.affectsGlobalScope());
    }

    private static void collect(Node n, Class<?> type, List<Node> out) {
        if (type.isInstance(n)) {
            out.add(n);
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            collect(c, type, out);
        }
    }

    private static Capture registered(Parser.ParserExtension extension) {
        Capture c = new Capture();
        extension.extend(c);
        return c;
    }

    /** What an extension registers on a parser builder, for the three kinds of factory these extensions use. */
    private static final class Capture extends Parser.Builder {
        final List<ParagraphPreProcessorFactory> paragraphs = new ArrayList<>();
        final List<PostProcessorFactory> postProcessors = new ArrayList<>();
        final List<InlineParserExtensionFactory> inline = new ArrayList<>();

        @Override
        public Parser.Builder paragraphPreProcessorFactory(ParagraphPreProcessorFactory factory) {
            paragraphs.add(factory);
            return this;
        }

        @Override
        public Parser.Builder postProcessorFactory(PostProcessorFactory factory) {
            postProcessors.add(factory);
            return this;
        }

        @Override
        public Parser.Builder customInlineParserExtensionFactory(InlineParserExtensionFactory factory) {
            inline.add(factory);
            return this;
        }
    }

    /** A factory with no place of its own among the parser's others. */
    private interface Unordered extends Dependent {
        @Override
        default Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        default Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        default boolean affectsGlobalScope() {
            return false;
        }
    }

    private interface Paragraphs extends ParagraphPreProcessorFactory, Unordered {}

    private interface Inline extends InlineParserExtensionFactory, Unordered {}

    /** Keeps the parser state and inline parser a page is parsed with; recognises nothing itself. */
    private static final class Probe implements Parser.ParserExtension {
        ParserState state;
        LightInlineParser inlineParser;

        @Override
        public void parserOptions(com.vladsch.flexmark.util.data.MutableDataHolder options) {}

        @Override
        public void extend(Parser.Builder builder) {
            builder.paragraphPreProcessorFactory((Paragraphs) s -> {
                state = s;
                return (block, st) -> 0;
            });
            builder.customInlineParserExtensionFactory(new Inline() {
                @Override
                public InlineParserExtension apply(LightInlineParser p) {
                    inlineParser = p;
                    return new InlineParserExtension() {
                        @Override
                        public void finalizeDocument(com.vladsch.flexmark.parser.InlineParser parser) {}

                        @Override
                        public void finalizeBlock(com.vladsch.flexmark.parser.InlineParser parser) {}

                        @Override
                        public boolean parse(LightInlineParser parser) {
                            return false;
                        }
                    };
                }

                @Override
                public CharSequence getCharacters() {
                    return "~";
                }
            });
        }
    }
}
