package cn.gov.jinjiang.gksite.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlRendererOptions;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes the HTML of a document made of the node types gksite's pages use (headings with {@code {#id}},
 * paragraphs, lists, tables, links, emphasis, code, line breaks), with the exact bytes of flexmark's renderer
 * under {@link MarkdownConverter#options()} but without its line writer, which appends character by character
 * through a stack of formatting states and was half of all Markdown time.
 *
 * <p>flexmark's writer with these options puts block tags on lines of their own, drops spaces at the start of a
 * line, and indents nothing. This writer does the same; on anything it does not know — another node type,
 * attributes other than a heading's {@code {#id}}, a link flexmark suppresses ({@code javascript:…}, written
 * as its text), a tab, or text that would make a blank line — it gives up and {@link #render} returns
 * {@code null}, and the converter renders the document with flexmark; so it does for every page when the
 * renderer options are not the ones it follows. The two are compared byte for byte in the tests
 * (DirectRendererTest).
 */
final class DirectRenderer {
    private final DataHolder options;
    private final ListOptions listOptions;
    private final String softBreak;
    private final String hardBreak;
    private final String wwwPrefix;
    private final Pattern suppressedLinks;
    private final boolean manualStart;
    private final String tableClass;
    private final boolean columnSpans;
    /** Whether the options are those this writer was made for (else flexmark renders every page). */
    private final boolean usable;

    DirectRenderer(DataHolder options) {
        HtmlRendererOptions html = new HtmlRendererOptions(options);
        this.options = options;
        this.listOptions = ListOptions.get(options);
        this.softBreak = html.softBreak;
        this.hardBreak = html.hardBreak;
        this.wwwPrefix = html.autolinkWwwPrefix;
        this.suppressedLinks = html.suppressedLinks;
        this.manualStart = listOptions.isOrderedListManualStart();
        this.tableClass = TablesExtension.CLASS_NAME.get(options);
        this.columnSpans = TablesExtension.COLUMN_SPANS.get(options);
        this.usable = usable(html, options);
    }

    /**
     * The renderer options this writer follows: ids rendered and generated, no indent, the default line formatting,
     * plain tags for emphasis and code, links rendered and not percent-encoded, no source positions (flexmark writes
     * paragraph line positions only with them).
     */
    private static boolean usable(HtmlRendererOptions html, DataHolder options) {
        return html.renderHeaderId
                && html.generateHeaderIds
                && html.indentSize == 0
                && html.formatFlags == HtmlRenderer.FORMAT_FLAGS.get(null)
                && html.htmlBlockOpenTagEol
                && html.htmlBlockCloseTagEol
                && html.emphasisStyleHtmlOpen == null
                && html.emphasisStyleHtmlClose == null
                && html.strongEmphasisStyleHtmlOpen == null
                && html.strongEmphasisStyleHtmlClose == null
                && html.codeStyleHtmlOpen == null
                && html.codeStyleHtmlClose == null
                && !html.percentEncodeUrls
                && !html.doNotRenderLinksInDocument
                && html.sourcePositionAttribute.isEmpty()
                && !html.noPTagsUseBr
                && !Parser.CODE_SOFT_LINE_BREAKS.get(options);
    }

    /**
     * The document's HTML, or {@code null} when flexmark must render it. Either way heading ids are assigned
     * first, as flexmark's renderer assigns them (an explicit {@code {#id}} kept, others generated from the text).
     */
    String render(Document doc) {
        new HeaderIdGenerator().generateIds(doc);
        if (!usable || !onlyHeadingIds(AttributesExtension.NODE_ATTRIBUTES.get(doc))) {
            return null;
        }
        LineWriter out = new LineWriter(doc.getTextLength() + doc.getTextLength() / 4 + 64);
        try {
            children(doc, out);
        } catch (LineWriter.Unsupported e) {
            return null;
        }
        return out.toString();
    }

    /** Whether the only attributes written in {@code {…}} are headings' {@code #id}s (which set the anchor id). */
    private static boolean onlyHeadingIds(Map<Node, ArrayList<AttributesNode>> attributes) {
        for (Map.Entry<Node, ArrayList<AttributesNode>> e : attributes.entrySet()) {
            if (e.getKey().getClass() != com.vladsch.flexmark.ast.Heading.class) {
                return false;
            }
            for (AttributesNode list : e.getValue()) {
                for (Node a = list.getFirstChild(); a != null; a = a.getNext()) {
                    if (!(a instanceof AttributeNode attr) || !attr.isImplicitName() || !attr.isId()) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private void children(Node parent, LineWriter out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            node(n, out);
        }
    }

    private void node(Node n, LineWriter out) {
        Class<?> type = n.getClass();
        if (type == Text.class) {
            out.text(n);
        } else if (type == Paragraph.class) {
            paragraph((Paragraph) n, out);
        } else if (type == SoftLineBreak.class) {
            out.raw(softBreak);
        } else if (type == com.vladsch.flexmark.ast.Heading.class) {
            com.vladsch.flexmark.ast.Heading h = (com.vladsch.flexmark.ast.Heading) n;
            String id = h.getAnchorRefId();
            out.line();
            out.tag("<h" + h.getLevel());
            if (id != null && !id.isEmpty()) {
                out.attr("id", id);
            }
            out.tag(">");
            children(n, out);
            out.tag("</h" + h.getLevel() + ">");
            out.line();
        } else if (type == Link.class) {
            Link link = (Link) n;
            suppressed(link.getUrl());
            out.tag("<a");
            out.attr("href", unescape(link.getUrl()));
            if (link.getTitle().isNotNull()) {
                out.attr("title", unescape(link.getTitle()));
            }
            out.tag(">");
            children(n, out);
            out.tag("</a>");
        } else if (type == TableCell.class) {
            cell((TableCell) n, out);
        } else if (type == TableRow.class) {
            block("<tr>", n, "</tr>", out);
        } else if (type == OrderedListItem.class || type == BulletListItem.class) {
            out.line();
            out.tag("<li>");
            out.escaped(((ListItem) n).getMarkerSuffix().unescape());
            children(n, out);
            out.tag("</li>");
            out.line();
        } else {
            other(n, type, out);
        }
    }

    /** The rarer node types. */
    private void other(Node n, Class<?> type, LineWriter out) {
        if (type == OrderedList.class) {
            int start = ((OrderedList) n).getStartNumber();
            indented(manualStart && start != 1 ? "<ol start=\"" + start + "\">" : "<ol>", n, "</ol>", out);
        } else if (type == BulletList.class) {
            indented("<ul>", n, "</ul>", out);
        } else if (type == TableBlock.class) {
            indented(
                    tableClass.isEmpty() ? "<table>" : "<table class=\"" + LineWriter.attrValue(tableClass) + "\">",
                    n,
                    "</table>",
                    out);
        } else if (type == TableHead.class) {
            block("<thead>", n, "</thead>", out);
        } else if (type == TableBody.class) {
            block("<tbody>", n, "</tbody>", out);
        } else if (type == TableSeparator.class || type == AttributesNode.class) {
            // nothing: the separator row only sets alignment; attributes were applied to their heading
        } else if (type == Emphasis.class) {
            inline("<em>", n, "</em>", out);
        } else if (type == StrongEmphasis.class) {
            inline("<strong>", n, "</strong>", out);
        } else if (type == Code.class) {
            out.tag("<code>");
            out.escaped(Escaping.collapseWhitespace(((Code) n).getText(), true));
            out.tag("</code>");
        } else if (type == HardLineBreak.class) {
            out.raw(hardBreak);
        } else if (type == AutoLink.class) {
            suppressed(((AutoLink) n).getUrl());
            String text = ((AutoLink) n).getText().toString();
            out.tag("<a");
            out.attr("href", text.startsWith("www.") ? wwwPrefix + text : text);
            out.tag(">");
            out.escaped(text);
            out.tag("</a>");
        } else if (type == ThematicBreak.class) {
            out.line();
            out.tag("<hr />");
            out.line();
        } else {
            throw LineWriter.Unsupported.INSTANCE;
        }
    }

    /** flexmark writes a link whose URL it suppresses ({@code javascript:…}) as its text: flexmark renders the page. */
    private void suppressed(CharSequence url) {
        if (suppressedLinks != null && suppressedLinks.matcher(url).matches()) {
            throw LineWriter.Unsupported.INSTANCE;
        }
    }

    private void paragraph(Paragraph p, LineWriter out) {
        if (p.getFirstChildAnyNot(NonRenderingInline.class) == null) {
            return;
        }
        Node parent = p.getParent();
        if (parent instanceof ParagraphItemContainer c && c.isParagraphWrappingDisabled(p, listOptions, options)) {
            children(p, out);
        } else {
            block("<p>", p, "</p>", out);
        }
    }

    private void cell(TableCell cell, LineWriter out) {
        String tag = cell.isHeader() ? "th" : "td";
        out.tag("<" + tag);
        if (cell.getAlignment() != null) {
            out.attr(
                    "align",
                    switch (cell.getAlignment()) {
                        case LEFT -> "left";
                        case CENTER -> "center";
                        case RIGHT -> "right";
                    });
        }
        if (columnSpans && cell.getSpan() > 1) {
            out.attr("colspan", String.valueOf(cell.getSpan()));
        }
        out.tag(">");
        children(cell, out);
        out.tag("</" + tag + ">");
    }

    /** flexmark's {@code tagLine}: the element starts and ends a line. */
    private void block(String open, Node n, String close, LineWriter out) {
        out.line();
        out.tag(open);
        children(n, out);
        out.tag(close);
        out.line();
    }

    /** flexmark's {@code tagIndent} (with no indent): open and close tags on lines of their own. */
    private void indented(String open, Node n, String close, LineWriter out) {
        out.line();
        out.tag(open);
        out.line();
        children(n, out);
        out.line();
        out.tag(close);
        out.line();
    }

    private void inline(String open, Node n, String close, LineWriter out) {
        out.tag(open);
        children(n, out);
        out.tag(close);
    }

    private static String unescape(BasedSequence s) {
        String plain = s.toString();
        return TextRenderer.plain(plain) ? plain : s.unescape();
    }
}
