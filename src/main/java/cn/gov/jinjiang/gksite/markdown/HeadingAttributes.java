package cn.gov.jinjiang.gksite.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.parser.PostProcessor;
import com.vladsch.flexmark.parser.PostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * The attributes extension's post-processing for pages whose {@code {…}} all end a heading after a space
 * ({@code ## 一、总体情况 {#s1}}), as nearly all do. flexmark's post-processor manager first files every node
 * of the page by type and ancestry (a twentieth of the whole build) to find the few attribute nodes; this
 * walks the page once and hands each of them to the extension's own post-processor. For such a node that
 * post-processor only trims the space before it and gives its attributes (and the anchor id) to the heading:
 * it moves no node, so the manager's bookkeeping of moved nodes has nothing to do. Any other page is
 * reported, to be parsed again with the manager.
 */
final class HeadingAttributes {
    /** The extension's own post-processor (its factory keeps nothing of a document: one serves every thread). */
    private static final PostProcessorFactory ATTRIBUTES = SharedExtensions.attributesPostProcessor();

    /** The processor changes no node's place on these pages, so nothing needs telling. */
    private static final NodeTracker UNTRACKED = new NodeTracker() {
        @Override
        public void nodeAdded(Node node) {}

        @Override
        public void nodeAddedWithChildren(Node node) {}

        @Override
        public void nodeAddedWithDescendants(Node node) {}

        @Override
        public void nodeRemoved(Node node) {}

        @Override
        public void nodeRemovedWithChildren(Node node) {}

        @Override
        public void nodeRemovedWithDescendants(Node node) {}
    };

    private HeadingAttributes() {}

    /**
     * Applies the attributes of a page parsed without post-processing; {@code false} (and the page untouched)
     * when an attribute node stands anywhere but at the end of a heading after a space.
     */
    static boolean applied(Document doc) {
        // With attributes on fenced code's info line, the post-processor also works on code blocks: the manager's.
        List<AttributesNode> found = new ArrayList<>();
        if (AttributesExtension.FENCED_CODE_INFO_ATTRIBUTES.get(doc) || !collect(doc, found)) {
            return false;
        }
        if (!found.isEmpty()) {
            PostProcessor processor = ATTRIBUTES.apply(doc);
            for (AttributesNode a : found) {
                processor.process(UNTRACKED, a);
            }
        }
        return true;
    }

    private static boolean collect(Node node, List<AttributesNode> found) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof AttributesNode a) {
                if (!endsHeading(a)) {
                    return false;
                }
                found.add(a);
            } else if (n.hasChildren() && !collect(n, found)) {
                return false;
            }
        }
        return true;
    }

    /** Last in a heading, after nothing or after text with a visible character and a space or tab. */
    private static boolean endsHeading(AttributesNode a) {
        if (a.getClass() != AttributesNode.class
                || a.getParent().getClass() != com.vladsch.flexmark.ast.Heading.class
                || a.getNext() != null) {
            return false;
        }
        Node previous = a.getPrevious();
        if (previous == null) {
            return true;
        }
        BasedSequence chars = previous.getChars();
        int n = chars.length();
        return previous.getClass() == Text.class
                && n > 0
                && (chars.charAt(n - 1) == ' ' || chars.charAt(n - 1) == '\t')
                && !chars.isBlank();
    }
}
