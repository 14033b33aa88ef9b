package cn.gov.jinjiang.gksite.markdown;

import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.LineIndex;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.diag.UrlSchemes;
import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.InlineLinkNode;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.PrefixedSubSequence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * Applies {@link RawHtmlPolicy} to a parsed page, before either renderer sees it: every raw HTML block and inline
 * tag (comments included), every attribute written in {@code {…}}, and every address of a link, image, autolink
 * or link reference. What the policy refuses is reported at its line and column in the .md file, and taken out of
 * the tree whatever severity the report ends up with (site.yaml's {@code checks:} may lower it or turn it off), so
 * a lowered level can never publish a script:
 * <ul>
 *   <li>refused raw HTML becomes inline code showing its text ({@code <p><code>&lt;script&gt;…</code></p>});
 *   <li>a refused {@code {…}} attribute is dropped, the others kept;
 *   <li>a link or image with a refused address becomes its text, as flexmark writes the links it suppresses.
 * </ul>
 * Addresses are judged as the browser will read the attribute flexmark writes: Markdown backslash escapes and
 * entities resolved, flexmark's escaping (which keeps entities such as {@code &#106;}) applied, the result decoded
 * as an HTML attribute, then {@link UrlSchemes}. One problem per line and code is reported.
 */
final class PageSanitizer {
    private final RawHtmlPolicy policy;
    private final Document doc;
    private final String file;
    private final int bodyLine;
    private final LineIndex lines;
    private final Diagnostics diags;
    private final Set<String> reported = new HashSet<>();
    private final Set<Reference> refused = new HashSet<>();
    /** Per Markdown block (paragraph, list item, quote, document): the elements its raw HTML has opened. */
    private final Map<Node, OpenTags> open = new LinkedHashMap<>();

    private PageSanitizer(
            RawHtmlPolicy policy, Document doc, String file, int bodyLine, LineIndex lines, Diagnostics diags) {
        this.policy = policy;
        this.doc = doc;
        this.file = file;
        this.bodyLine = bodyLine;
        this.lines = lines;
        this.diags = diags;
    }

    /**
     * Reports and removes what the policy refuses in {@code doc}.
     *
     * @param lines    line index of the body the document was parsed from
     * @param bodyLine 1-based line of the body's first line in {@code file}
     */
    static void apply(
            RawHtmlPolicy policy, Document doc, String file, int bodyLine, LineIndex lines, Diagnostics diags) {
        PageSanitizer s = new PageSanitizer(policy, doc, file, bodyLine, lines, diags);
        // References first: a link may use one defined further down the page.
        s.references(doc);
        s.children(doc);
        s.closeWhatIsLeftOpen();
    }

    /**
     * Closes, at the end of each block, the elements its raw HTML opened and left open: a browser would close an
     * open {@code <div>} at the theme's next {@code </div>} (and carry an open {@code <b>} into every paragraph after
     * it, the footer's too), moving the page around the editor's text. Reported as a warning at the start tag.
     */
    private void closeWhatIsLeftOpen() {
        open.forEach((scope, tags) -> {
            StringBuilder ends = new StringBuilder();
            List<OpenTags.Open> left = tags.open();
            for (OpenTags.Open o : left) {
                if (o.name().startsWith(RawHtmlPolicy.REFUSED)) {
                    continue;
                }
                ends.insert(0, "</" + o.name() + ">");
                int line = lines.line(o.at()) + bodyLine - 1;
                if (reported.add(line + "markdown.unclosed-html")) {
                    diags.warning(
                            "markdown.unclosed-html",
                            new SourcePos(file, line, lines.column(o.at())),
                            "HTML 开始标签 <" + o.name() + "> 没有结束：已在它所在的段落（或 HTML 块、列表项、引用）末尾补上 </" + o.name() + ">。",
                            "在同一段落（或同一个 HTML 块）里写上 </" + o.name() + ">；不结束的标签会让浏览器把后面的页面内容也算进这个元素。");
                }
            }
            if (ends.length() > 0) {
                scope.appendChild(closing(scope, ends.toString()));
            }
        });
    }

    /**
     * The end tags appended to a block: inline HTML in a paragraph, an HTML block in a quote, list item or page. They
     * are placed, as an empty stretch of the page's text, at the end of the block's last child: flexmark's renderer
     * works out a node's place from its children's (a link reference's brackets around its text), and a text of
     * its own would put them before the block's start.
     */
    private static Node closing(Node scope, String ends) {
        Node last = scope.getLastChild();
        BasedSequence end = (last == null ? scope : last).getChars().getEmptySuffix();
        if (last != null && !(last instanceof Block)) {
            return new HtmlInline(PrefixedSubSequence.prefixOf(ends, end));
        }
        BasedSequence line = PrefixedSubSequence.prefixOf(ends + "\n", end);
        HtmlBlock block = new HtmlBlock(line);
        block.setContent(line, List.of(line));
        return block;
    }

    private void references(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Reference r) {
                if (!urlAllowed(r.getUrl(), r.getUrl().unescape(), "链接定义 [" + r.getReference() + "] 的地址")) {
                    refused.add(r);
                }
            } else if (n.hasChildren() && !(n instanceof Paragraph)) {
                references(n);
            }
        }
    }

    /** Children before their parent, so a link that is unwrapped has had its text checked. */
    private void children(Node parent) {
        Node n = parent.getFirstChild();
        while (n != null) {
            Node next = n.getNext();
            if (n.hasChildren() && !(n instanceof HtmlBlockBase)) {
                children(n);
            }
            node(n);
            n = next;
        }
    }

    private void node(Node n) {
        if (n instanceof HtmlBlockBase block) {
            // flexmark writes an HTML block's lines without their container prefixes (> or list indent), a comment
            // block as it stands; the policy must judge exactly what is written.
            BasedSequence written = n instanceof HtmlBlock ? block.getContentChars() : block.getChars();
            if (!html(written, n.getParent())) {
                Paragraph p = new Paragraph(n.getChars());
                p.appendChild(code(written));
                n.insertBefore(p);
                n.unlink();
            }
        } else if (n instanceof HtmlInlineBase) {
            if (!html(n.getChars(), n.getParent())) {
                n.insertBefore(code(n.getChars()));
                n.unlink();
            }
        } else if (n instanceof AttributesNode) {
            attributes(n);
        } else if (n instanceof InlineLinkNode link) {
            if (!urlAllowed(link.getUrl(), link.getUrl().unescape(), link instanceof Image ? "图片地址" : "链接地址")) {
                unwrap(n);
            }
        } else if (n instanceof RefNode ref) {
            Reference r = ref.isDefined() ? ref.getReferenceNode(doc) : null;
            if (r != null && refused.contains(r)) {
                unwrap(n);
            }
        } else if (n instanceof AutoLink auto) {
            String text = auto.getText().toString();
            if (!urlAllowed(auto.getText(), text.startsWith("www.") ? "http://" + text : text, "自动链接地址")) {
                n.insertBefore(new Text(auto.getText()));
                n.unlink();
            }
        }
    }

    /**
     * Whether a piece of raw HTML may be written; reports what the policy refuses in it. Its end tags may close
     * only what raw HTML opened before it in the same block ({@code scope}).
     */
    private boolean html(BasedSequence written, Node scope) {
        OpenTags tags = open.computeIfAbsent(scope, k -> new OpenTags());
        tags.piece(written::getIndexOffset);
        List<RawHtmlPolicy.Refusal> found = policy.check(written.toString(), tags);
        for (RawHtmlPolicy.Refusal r : found) {
            if (!r.quiet()) {
                report(written.getIndexOffset(r.at()), r);
            }
        }
        return found.isEmpty();
    }

    /** Drops the refused attributes of one {@code {…}}, reported together. */
    private void attributes(Node attributes) {
        List<String> names = new ArrayList<>();
        Node a = attributes.getFirstChild();
        while (a != null) {
            Node next = a.getNext();
            if (a instanceof AttributeNode attr
                    && !attr.isImplicitName()
                    && !RawHtmlPolicy.attributeAllowed(attr.getName().toString())) {
                names.add(attr.getName().toString());
                a.unlink();
            }
            a = next;
        }
        if (!names.isEmpty()) {
            report(
                    attributes.getStartOffset(),
                    new RawHtmlPolicy.Refusal(
                            0,
                            "markdown.attribute",
                            "{…} 中的属性 " + String.join("、", names) + " 不允许使用。",
                            "{…} 中只能写 #id、.class、lang=… 和 title=…；" + "on… 事件属性、style、tabindex、autofocus 等都不允许。"));
        }
    }

    /**
     * Whether an address may be written; {@code unescaped} is the address after Markdown's escapes, which flexmark
     * writes into the attribute with entities kept.
     */
    private boolean urlAllowed(BasedSequence source, String unescaped, String what) {
        // The browser's reading is enough: a scheme has no '&', so one written plainly is still there after decoding.
        String browser = Parser.unescapeEntities(Escaping.escapeHtml(unescaped, true), true);
        if (UrlSchemes.allowed(browser)) {
            return true;
        }
        report(source.getStartOffset(), RawHtmlPolicy.url(what, browser, 0));
        return false;
    }

    private void report(int offset, RawHtmlPolicy.Refusal r) {
        int line = lines.line(offset) + bodyLine - 1;
        if (reported.add(line + r.code())) {
            diags.error(r.code(), new SourcePos(file, line, lines.column(offset)), r.message(), r.hint());
        }
    }

    /** A link or image replaced by its text. */
    private static void unwrap(Node n) {
        Node c = n.getFirstChild();
        while (c != null) {
            Node next = c.getNext();
            n.insertBefore(c);
            c = next;
        }
        n.unlink();
    }

    /** Refused HTML shown as inline code: its text, escaped, whitespace collapsed. */
    private static Code code(BasedSequence text) {
        return new Code(text.subSequence(0, 0), text, text.subSequence(text.length()));
    }
}
