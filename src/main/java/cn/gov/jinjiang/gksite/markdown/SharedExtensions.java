package cn.gov.jinjiang.gksite.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.internal.AttributesInlineParserExtension;
import com.vladsch.flexmark.ext.attributes.internal.AttributesNodePostProcessor;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.dependency.Dependent;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.Set;
import java.util.function.Supplier;

/**
 * flexmark's tables and attributes extensions, with one table recogniser and one {@code {…}} recogniser per
 * parser instead of one per document. Both extensions' factories build a new recogniser for every document,
 * and the recognisers' constructors compile regular expressions (a third of flexmark's fixed cost per page).
 * Neither keeps anything of a document (their state is the parser options and those expressions), so one
 * instance serves every document of a parser, from any thread. The attributes' post-processing and both
 * extensions' rendering are the extensions' own.
 */
final class SharedExtensions implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private final TablesExtension tables = (TablesExtension) TablesExtension.create();
    private final AttributesExtension attributes = AttributesExtension.create();
    private final boolean postProcessing;

    /**
     * @param postProcessing whether the parser applies attributes itself (flexmark's post-processor manager);
     *                       without, {@link HeadingAttributes} applies them after parsing
     */
    SharedExtensions(boolean postProcessing) {
        this.postProcessing = postProcessing;
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        tables.parserOptions(options);
        attributes.parserOptions(options);
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        parserBuilder.paragraphPreProcessorFactory(new Tables(TableParagraphPreProcessor.Factory()));
        if (postProcessing) {
            parserBuilder.postProcessorFactory(new AttributesNodePostProcessor.Factory());
        }
        parserBuilder.customInlineParserExtensionFactory(new Attributes(new AttributesInlineParserExtension.Factory()));
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        tables.rendererOptions(options);
        attributes.rendererOptions(options);
    }

    @Override
    public void extend(HtmlRenderer.Builder htmlRendererBuilder, String rendererType) {
        tables.extend(htmlRendererBuilder, rendererType);
        attributes.extend(htmlRendererBuilder, rendererType);
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
            BasedSequence first = block.getLineCount() > 0 ? block.getLineChars(0) : null;
            if (first instanceof SubSequence && first.getBase() instanceof String page
                    && page.substring(first.getStartOffset(), first.getEndOffset()).indexOf('|') < 0) {
                return 0;
            }
            return tables.preProcessBlock(block, state);
        }
    }
}
