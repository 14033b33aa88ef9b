package cn.gov.jinjiang.gksite.check;

import cn.gov.jinjiang.gksite.check.scan.HtmlTags;
import cn.gov.jinjiang.gksite.check.scan.Namespace;
import cn.gov.jinjiang.gksite.check.scan.PackedName;
import cn.gov.jinjiang.gksite.check.scan.PageText;
import cn.gov.jinjiang.gksite.check.scan.PageVisitor;
import cn.gov.jinjiang.gksite.check.scan.StartTag;
import cn.gov.jinjiang.gksite.check.scan.TextRun;
import cn.gov.jinjiang.gksite.check.scan.TokenKind;
import java.util.Arrays;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reports a jsoup DOM to a {@link PageVisitor}, as the byte scanner reports a page's bytes: each element opens
 * (with its attributes and source position) and closes, each text, data and CDATA node is a run of text and
 * each comment a comment; positions in the page's order are the count of nodes visited. The DOM already holds
 * every copy the tree builder made, so nothing is reported late.
 */
final class JsoupEvents implements NodeVisitor {
    private final PageVisitor visitor;
    private final DomTag tag;
    private final DomText text = new DomText();
    /** Per depth of the open elements: the tag id and what the visitor returned for it. */
    private int[] ids = new int[32];

    private Object[] states = new Object[32];
    private int at;

    private JsoupEvents(PageVisitor visitor, boolean track) {
        this.visitor = visitor;
        this.tag = new DomTag(track);
    }

    /** Reports {@code doc} to {@code visitor}; without {@code track} every position is 0. */
    static void walk(Document doc, boolean track, PageVisitor visitor) {
        NodeTraversor.traverse(new JsoupEvents(visitor, track), doc);
    }

    @Override
    public void head(Node node, int depth) {
        int here = at++;
        if (node instanceof Document) {
            return;
        }
        if (node instanceof Element e) {
            if (depth == ids.length) {
                ids = Arrays.copyOf(ids, depth * 2);
                states = Arrays.copyOf(states, depth * 2);
            }
            int id = HtmlTags.of(e.normalName());
            tag.element = e;
            if (id == HtmlTags.HTML && e.parent() instanceof Document) {
                visitor.html(tag);
            }
            ids[depth] = id;
            states[depth] = visitor.open(id, namespace(e), tag, here);
        } else if (node instanceof CDataNode c) {
            visitor.text(TokenKind.LITERAL, text.of(c.getWholeText()), preserve(c), here);
        } else if (node instanceof TextNode t) {
            visitor.text(TokenKind.TEXT, text.of(t.getWholeText()), preserve(t), here);
        } else if (node instanceof DataNode d) {
            visitor.text(TokenKind.DATA, text.of(d.getWholeData()), preserve(d), here);
        } else if (node instanceof Comment c) {
            visitor.comment(text.of(c.getData()));
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e && !(node instanceof Document)) {
            Object state = states[depth];
            states[depth] = null;
            visitor.close(ids[depth], namespace(e), state, at);
        }
    }

    private static Namespace namespace(Element e) {
        String ns = e.tag().namespace();
        return ns.equals(Parser.NamespaceSvg)
                ? Namespace.SVG
                : ns.equals(Parser.NamespaceMathml) ? Namespace.MATHML : Namespace.HTML;
    }

    /** Whether whitespace is kept in the node's text: jsoup's rule, its parent or five elements above it. */
    private static boolean preserve(Node node) {
        Element el = node.parentNode() instanceof Element parent ? parent : null;
        for (int i = 0; i < 6 && el != null; i++) {
            if (el.tag().preserveWhitespace()) {
                return true;
            }
            el = el.parent();
        }
        return false;
    }

    /** The element being opened, as a {@link StartTag}. */
    private static final class DomTag implements StartTag {
        private final boolean track;
        private Element element;

        DomTag(boolean track) {
            this.track = track;
        }

        @Override
        public String name() {
            return element.normalName();
        }

        @Override
        public boolean hasAttributes() {
            return element.attributesSize() > 0;
        }

        @Override
        public String attr(PackedName name) {
            return element.hasAttr(name.name()) ? element.attr(name.name()) : null;
        }

        @Override
        public boolean hasAttr(PackedName name) {
            return element.hasAttr(name.name());
        }

        @Override
        public boolean blankAttr(PackedName name) {
            return element.attr(name.name()).isBlank();
        }

        @Override
        public int line() {
            return track ? element.sourceRange().start().lineNumber() : 0;
        }

        @Override
        public int column() {
            return track ? element.sourceRange().start().columnNumber() : 0;
        }

        @Override
        public int endLine() {
            return track ? end().lineNumber() : 0;
        }

        @Override
        public int endColumn() {
            return track ? end().columnNumber() : 0;
        }

        private Range.Position end() {
            return element.sourceRange().end();
        }
    }

    /** A string of the DOM as a {@link TextRun}. */
    private static final class DomText implements TextRun {
        private String text;

        DomText of(String s) {
            this.text = s;
            return this;
        }

        @Override
        public String string() {
            return text;
        }

        @Override
        public boolean visible(boolean keep) {
            return PageText.visible(text, keep);
        }
    }
}
