package cn.gov.jinjiang.gksite.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
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
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.dependency.Dependent;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;
import java.util.function.Supplier;

/**
 * flexmark's tables and attributes extensions, with one table recogniser and one {@code {…}} recogniser per
 * parser instead of one per document. Both extensions' factories build a new recogniser for every document,
 * and the recognisers' constructors compile regular expressions (a third of flexmark's fixed cost per page).
 * Neither keeps anything of a document (their state is the parser options and those expressions), so one
 * instance serves every document of a parser, from any thread. The attributes' post-processing and both
 * extensions' rendering are the extensions' own.
 *
 * <p>The extensions' factories are taken from what each registers on a parser builder ({@link Registered}), by
 * flexmark's public API: their classes are in the extensions' {@code internal} packages, which gksite does not
 * name.
 */
final class SharedExtensions implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private final TablesExtension tables = TablesExtension.create();
    private final AttributesExtension attributes = AttributesExtension.create();
    private final Registered tablesParsing = Registered.by(tables);
    private final Registered attributesParsing = Registered.by(attributes);
    private final boolean postProcessing;

    /**
     * @param postProcessing whether the parser applies attributes itself (flexmark's post-processor manager);
     *                       without, {@link HeadingAttributes} applies them after parsing
     */
    SharedExtensions(boolean postProcessing) {
        this.postProcessing = postProcessing;
    }

    /** The attributes extension's options; the tables extension sets none (flexmark 0.64.8). */
    @Override
    public void parserOptions(MutableDataHolder options) {
        attributes.parserOptions(options);
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        parserBuilder.paragraphPreProcessorFactory(new Tables(tablesParsing.paragraphs()));
        if (postProcessing) {
            parserBuilder.postProcessorFactory(attributesParsing.postProcessor());
        }
        parserBuilder.customInlineParserExtensionFactory(new Attributes(attributesParsing.inline()));
    }

    /**
     * Nothing: neither extension sets renderer options (flexmark 0.64.8; SharedExtensionsTest renders as the
     * extensions themselves do).
     */
    @Override
    public void rendererOptions(MutableDataHolder options) {}

    @Override
    public void extend(HtmlRenderer.Builder htmlRendererBuilder, String rendererType) {
        tables.extend(htmlRendererBuilder, rendererType);
        attributes.extend(htmlRendererBuilder, rendererType);
    }

    /** The attributes extension's post-processor, which {@link HeadingAttributes} runs on single nodes. */
    static PostProcessorFactory attributesPostProcessor() {
        return Registered.by(AttributesExtension.create()).postProcessor();
    }

    /**
     * What an extension registers on a parser builder for the three kinds of factory these two extensions use (as
     * of flexmark 0.64.8: tables a paragraph pre-processor; attributes a post-processor and an inline parser
     * extension). A builder only to read from, never built. A flexmark whose extension registered more would
     * parse differently from its own extension: TextRendererTest and DirectRendererTest compare with that.
     */
    private static final class Registered extends Parser.Builder {
        private ParagraphPreProcessorFactory paragraphs;
        private PostProcessorFactory postProcessor;
        private InlineParserExtensionFactory inline;

        static Registered by(Parser.ParserExtension extension) {
            Registered r = new Registered();
            extension.extend(r);
            return r;
        }

        ParagraphPreProcessorFactory paragraphs() {
            return present(paragraphs, "paragraph pre-processor");
        }

        PostProcessorFactory postProcessor() {
            return present(postProcessor, "post-processor");
        }

        InlineParserExtensionFactory inline() {
            return present(inline, "inline parser extension");
        }

        private static <T> T present(T factory, String kind) {
            if (factory == null) {
                throw new IllegalStateException("flexmark's extension registers no " + kind);
            }
            return factory;
        }

        @Override
        public Parser.Builder paragraphPreProcessorFactory(ParagraphPreProcessorFactory factory) {
            paragraphs = factory;
            return this;
        }

        @Override
        public Parser.Builder postProcessorFactory(PostProcessorFactory factory) {
            postProcessor = factory;
            return this;
        }

        @Override
        public Parser.Builder customInlineParserExtensionFactory(InlineParserExtensionFactory factory) {
            inline = factory;
            return this;
        }
    }

    /** A factory of an extension's, making its product once, with the same place among the parser's others. */
    private abstract static class Once<F extends Dependent, T> implements Dependent {
        final F factory;
        private volatile T shared;

        Once(F factory) {
            this.factory = factory;
        }

        T once(Supplier<T> make) {
            T t = shared;
            if (t == null) {
                // Two threads may both make one; either serves, they are equal.
                t = make.get();
                shared = t;
            }
            return t;
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return factory.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return factory.getBeforeDependents();
        }

        @Override
        public boolean affectsGlobalScope() {
            return factory.affectsGlobalScope();
        }
    }

    /** The table recogniser, made from the first document's state (the parser's options). */
    private static final class Tables extends Once<ParagraphPreProcessorFactory, ParagraphPreProcessor>
            implements ParagraphPreProcessorFactory {
        Tables(ParagraphPreProcessorFactory factory) {
            super(factory);
        }

        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            return once(() -> new PipeFirst(factory.apply(state)));
        }
    }

    /** The {@code {…}} recogniser, made from the first document's inline parser (the parser's options). */
    private static final class Attributes extends Once<InlineParserExtensionFactory, InlineParserExtension>
            implements InlineParserExtensionFactory {
        Attributes(InlineParserExtensionFactory factory) {
            super(factory);
        }

        @Override
        public InlineParserExtension apply(LightInlineParser inlineParser) {
            return once(() -> factory.apply(inlineParser));
        }

        @Override
        public CharSequence getCharacters() {
            return factory.getCharacters();
        }
    }

    /**
     * The table recogniser, asked only about paragraphs whose first line has a {@code |}: it gives up on any
     * other at once, but only after reading that line character by character through flexmark's sequences, for
     * each of the page's paragraphs. Here the line is searched in the page's string.
     */
    private record PipeFirst(ParagraphPreProcessor tables) implements ParagraphPreProcessor {
        @Override
        public int preProcessBlock(Paragraph block, ParserState state) {
            // A paragraph has a line; its offsets span at least its characters in the page (a tab's columns
            // taken in part come before them), so a page without '|' there has none in the line.
            BasedSequence first = block.getLineChars(0);
            if (first.getBase() instanceof String page
                    && page.substring(first.getStartOffset(), first.getEndOffset())
                                    .indexOf('|')
                            < 0) {
                return 0;
            }
            return tables.preProcessBlock(block, state);
        }
    }
}
