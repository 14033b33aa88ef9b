package cn.gov.jinjiang.gksite.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two of flexmark's parsing steps, with the same results but in time linear in the page. Both were quadratic on
 * long paragraphs, in ways real pages reach (a 20,000-row table took 6 s, a paragraph with 10,000 links 40 s):
 *
 * <ul>
 *   <li>The inline parser's {@code match(Pattern)} asks the JDK's {@code Matcher.toMatchResult()} for the match,
 *   and on Java 17 that copies the whole paragraph into a new String, for every token matched (every link's
 *   spaces, every backtick run, every label). {@link LinearInlineParser} reads the match's bounds from the
 *   matcher instead.</li>
 *   <li>The heading parser asks for the paragraph's whole text so far on each line that might start a block (any
 *   line beginning with a digit, punctuation or a table's {@code |}), only to test it for null: it needs the
 *   text only for a setext underline. {@link LazyParagraphHeadings} gives it a placeholder, and it reads the
 *   lines themselves when it makes a heading, as before.</li>
 *   <li>The inline parser scans each link's destination to its end, and without one (a line of {@code [a](}
 *   repeated) to the end of the line, for every link opener; {@link LinkDestinations} finds the same ends in one
 *   pass.</li>
 * </ul>
 *
 * <p>The one class of gksite that names flexmark's {@code internal} packages, and why: flexmark has no public
 * inline parser to extend. Its only inline parser is {@code parser.internal.InlineParserImpl}, and the public
 * {@code InlineParserFactory} that replaces it hands over {@code parser.internal.LinkRefProcessorData}; the
 * inline parser's matching and link destinations can be made linear only in a subclass of it. Everything else
 * of flexmark is used through its public API ({@code SharedExtensions} takes the extensions' factories from what
 * they register on a builder). A flexmark upgrade is checked here first: LinearParsingTest holds both
 * replacements to flexmark's own output.
 */
final class LinearParsing implements Parser.ParserExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {
        // flexmark's own heading factory is replaced by the same factory behind a lazy paragraph.
        options.set(Parser.HEADING_PARSER, false);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new LazyParagraphHeadings());
        builder.customInlineParserFactory(LinearInlineParser::new);
        // flexmark adds its reference definitions' pre-processor itself only for its own inline parser.
        if (Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR.get(builder)) {
            builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
        }
    }

    /** flexmark's inline parser, matching without copying the paragraph and finding link destinations in one pass. */
    static final class LinearInlineParser extends InlineParserImpl {
        /** Whether flexmark scans link destinations the way {@link LinkDestinations} answers for. */
        private final boolean ownDestinations;

        private LinkDestinations destinations;

        LinearInlineParser(
                DataHolder options,
                BitSet specialCharacters,
                BitSet delimiterCharacters,
                Map<Character, DelimiterProcessor> delimiterProcessors,
                LinkRefProcessorData linkRefProcessors,
                List<InlineParserExtensionFactory> inlineParserExtensions) {
            super(
                    options,
                    specialCharacters,
                    delimiterCharacters,
                    delimiterProcessors,
                    linkRefProcessors,
                    inlineParserExtensions);
            ownDestinations = this.options.useHardcodedLinkAddressParser
                    && this.options.linksAllowMatchedParentheses
                    && !this.options.parseJekyllMacrosInUrls
                    && !this.options.intellijDummyIdentifier;
        }

        @Override
        public BasedSequence parseLinkDestination() {
            if (!ownDestinations) {
                return super.parseLinkDestination();
            }
            BasedSequence angles = match(myParsing.LINK_DESTINATION_ANGLES);
            if (angles != null) {
                return angles;
            }
            if (destinations == null || !destinations.covers(input, index)) {
                destinations = new LinkDestinations(input, index, this.options.spaceInLinkUrls);
            }
            int end = destinations.end(index);
            BasedSequence destination = input.subSequence(index, end);
            index = end;
            return destination;
        }

        /** flexmark's inline parsers call only this of the matching methods ({@code matchWithGroups} is not used). */
        @Override
        public BasedSequence match(Pattern re) {
            Matcher m = find(re);
            if (m == null) {
                return null;
            }
            index = m.end();
            return input.subSequence(m.start(), m.end());
        }

        /** The matcher after a successful {@code find} from the current index, as flexmark's match looks. */
        private Matcher find(Pattern re) {
            if (index >= input.length()) {
                return null;
            }
            Matcher m = re.matcher(input);
            m.region(index, input.length());
            return m.find() ? m : null;
        }
    }

    /**
     * flexmark's heading factory, given a paragraph whose text is not gathered. Its {@code tryStart} (0.64.8) only
     * tests {@code getParagraphContent()} for null and takes a setext heading's text from {@code
     * getParagraphLines()}; MarkdownConverterTest holds it to flexmark's own on the pages and on hostile input.
     */
    static final class LazyParagraphHeadings extends HeadingParser.Factory {
        @Override
        public BlockParserFactory apply(DataHolder options) {
            BlockParserFactory headings = super.apply(options);
            return (state, matched) -> headings.tryStart(state, new LazyParagraph(matched));
        }
    }

    private record LazyParagraph(MatchedBlockParser matched) implements MatchedBlockParser {
        @Override
        public BlockParser getBlockParser() {
            return matched.getBlockParser();
        }

        @Override
        public BasedSequence getParagraphContent() {
            return matched.getBlockParser().isParagraphParser() ? BasedSequence.EMPTY : null;
        }

        @Override
        public List<BasedSequence> getParagraphLines() {
            return matched.getParagraphLines();
        }

        @Override
        public List<Integer> getParagraphEolLengths() {
            return matched.getParagraphEolLengths();
        }

        @Override
        public MutableDataHolder getParagraphDataHolder() {
            return matched.getParagraphDataHolder();
        }
    }
}
