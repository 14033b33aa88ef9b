package cn.gov.jinjiang.gksite.markdown;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Set;

/**
 * flexmark's tables extension with one table recogniser per parser instead of one per document. The
 * extension's factory builds a new recogniser for every document, and its constructor compiles a regular
 * expression for the separator row: a third of flexmark's fixed cost per page. The recogniser keeps nothing
 * of a document (its state is the parser options and that expression), so one instance serves every
 * document of a parser, from any thread. Rendering is the extension's own.
 */
final class SharedTables implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private final TablesExtension tables = (TablesExtension) TablesExtension.create();

    @Override
    public void parserOptions(MutableDataHolder options) {
        tables.parserOptions(options);
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        parserBuilder.paragraphPreProcessorFactory(new Factory(TableParagraphPreProcessor.Factory()));
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        tables.rendererOptions(options);
    }

    @Override
    public void extend(HtmlRenderer.Builder htmlRendererBuilder, String rendererType) {
        tables.extend(htmlRendererBuilder, rendererType);
    }

    /** The extension's factory, creating its recogniser once (from the first document's options, the parser's). */
    private static final class Factory implements ParagraphPreProcessorFactory {
        private final ParagraphPreProcessorFactory factory;
        private volatile ParagraphPreProcessor shared;

        Factory(ParagraphPreProcessorFactory factory) {
            this.factory = factory;
        }

        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            ParagraphPreProcessor p = shared;
            if (p == null) {
                // Two threads may both create one; either serves, they are equal.
                p = factory.apply(state);
                shared = p;
            }
            return p;
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
}
