package cn.gov.jinjiang.gksite.markdown;

import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.LineIndex;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Converts a page's Markdown body to HTML. One instance per build; {@link #convert} is thread-safe
 * (flexmark's Parser and HtmlRenderer are immutable once built).
 *
 * <p>Heading ids: an explicit {@code {#id}} after the heading text wins; otherwise flexmark derives one
 * from the text, keeping Chinese characters (so {@code ## 一、总体情况} gets {@code 一总体情况}), and
 * de-duplicates with a numeric suffix.
 */
public final class MarkdownConverter {
    private final Parser parser;
    private final Parser quickParser;
    private final HtmlRenderer renderer;
    private final DirectRenderer direct;
    private final RawHtmlPolicy policy = new RawHtmlPolicy();
    private final MarkdownLimits limits = new MarkdownLimits();

    public MarkdownConverter() {
        MutableDataSet options = options();
        this.parser = Parser.builder(options).build();
        this.quickParser = Parser.builder(
                        options().set(Parser.EXTENSIONS, List.of(new SharedExtensions(false), new LinearParsing())))
                .build();
        this.renderer = HtmlRenderer.builder(options)
                .nodeRendererFactory(o -> new TextRenderer())
                .build();
        this.direct = new DirectRenderer(options);
    }

    /** flexmark's options for gksite's Markdown. */
    static MutableDataSet options() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(new SharedExtensions(true), new LinearParsing()));
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        // <附件 2.pdf> (CommonMark) and 附件 2.pdf: attachments' names have spaces (MarkdownLinks writes them %20).
        options.set(Parser.SPACE_IN_LINK_URLS, true);
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(TablesExtension.CLASS_NAME, "md-table");
        options.set(AttributesExtension.ASSIGN_TEXT_ATTRIBUTES, true);
        return options;
    }

    /**
     * Converts {@code body}, reporting raw HTML, {@code {…}} attributes and link addresses outside the policy
     * ({@code markdown.raw-html}, {@code markdown.attribute}, {@code markdown.url-scheme}) and leaving them out.
     *
     * @param file     source path for diagnostics
     * @param bodyLine 1-based line of the body's first line in the file
     */
    public RenderedMarkdown convert(String file, String body, int bodyLine, Diagnostics diags) {
        if (!limits.allows(file, body, bodyLine, diags)) {
            return RenderedMarkdown.EMPTY;
        }
        // Attributes ({#id}) are applied after parsing when they all end headings, by flexmark's parser otherwise.
        Document doc = quickParser.parse(body);
        if (!HeadingAttributes.applied(doc)) {
            doc = parser.parse(body);
        }
        LineIndex lines = new LineIndex(body);
        // Word's paragraphs (one a line, indented with 「　　」) as paragraphs: in the tree, so both renderers agree.
        PastedParagraphs.apply(doc, file, bodyLine, lines, diags);
        // Links to .md files made page links; addresses with spaces and images without alt text reported.
        MarkdownLinks.apply(doc, file, bodyLine, lines, diags);
        // Before rendering: what the policy refuses is reported and taken out of the tree, for both renderers.
        PageSanitizer.apply(policy, doc, file, bodyLine, lines, diags);
        // Rendering assigns heading ids (explicit {#id} or generated); the AST then holds them. Pages made of
        // the usual node types are written directly, any other by flexmark (same bytes either way).
        String html = direct.render(doc);
        if (html == null) {
            html = renderer.render(doc);
        }
        List<Heading> headings = new ArrayList<>();
        visit(doc, n -> {
            if (n instanceof com.vladsch.flexmark.ast.Heading h) {
                headings.add(new Heading(
                        h.getLevel(), text(h), h.getAnchorRefId(), lines.line(h.getStartOffset()) + bodyLine - 1));
            }
        });
        return new RenderedMarkdown(html, headings);
    }

    private static void visit(Node node, Consumer<Node> action) {
        action.accept(node);
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            visit(c, action);
        }
    }

    /** Plain text of a node's children (used for heading text). */
    static String text(Node n) {
        return new TextCollectingVisitor().collectAndGetText(n);
    }
}
