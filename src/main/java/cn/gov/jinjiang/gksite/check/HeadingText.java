package cn.gov.jinjiang.gksite.check;

import cn.gov.jinjiang.gksite.check.scan.PageText;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of the skipped headings of a page as jsoup's {@code Element.text()} gives it. While a skipped
 * heading is open its content is kept as a small tree (one tree, in which a skipped heading inside another is
 * a node); the text of a heading is made from its node when it closes, by jsoup's rules: text appended with
 * whitespace collapsed (kept inside pre-like elements and CDATA); a space before a block element, a {@code br},
 * or a text boundary (a form control, an image…) that holds text; a space after a block element, a text
 * boundary or an inline element with a block child, when its next sibling is text or an inline element. Those
 * rules depend on what comes after an element, which a stream of events only tells later: hence the tree.
 *
 * <p>Only the first 30 characters are quoted, so a walk stops once it has them, and after {@link #MAX_NODES}
 * nodes (a limit no real heading reaches): nested headings cost no more than linear time. The walk uses no
 * recursion, so no nesting is too deep. An element may close out of order (the byte scanner closes an
 * {@code <a>} split around a heading, or a form at its {@code </form>}, while elements opened after it stay open):
 * each close names its node, and what follows goes into the elements still open, as in jsoup's DOM.
 */
final class HeadingText {
    /** How many nodes a walk visits at most. */
    static final int MAX_NODES = 2000;
    /** How many characters of a heading are quoted. */
    private static final int QUOTED = 30;

    /** An element, a text or anything else (a comment): a node of the tree. */
    private static final class Node {
        final boolean element;
        final boolean block;
        final boolean br;
        final boolean boundary;
        final String text;
        final boolean keep;
        Node parent;
        Node first;
        Node last;
        Node next;
        /** For an element: whether a text inside it is not blank, and whether a child is a block. */
        boolean hasText;

        boolean hasBlockChild;

        Node(boolean element, boolean block, boolean br, boolean boundary, String text, boolean keep) {
            this.element = element;
            this.block = block;
            this.br = br;
            this.boundary = boundary;
            this.text = text;
            this.keep = keep;
        }

        boolean isText() {
            return text != null;
        }
    }

    /** The outermost skipped heading open (null: none, nothing is kept), and the elements open in it. */
    private Node root;

    private final List<Node> open = new ArrayList<>();

    /** Whether a skipped heading is open (only then do the events below count). */
    boolean recording() {
        return root != null;
    }

    /**
     * A skipped heading opens; returns its node, for {@link #quote}: the element {@link #open} has just added
     * when a skipped heading is open already, else the root of a new tree.
     */
    Object heading() {
        if (root == null) {
            root = new Node(true, true, false, false, null, false);
            return root;
        }
        return current();
    }

    /** The element that content goes into now. */
    private Node current() {
        return open.isEmpty() ? root : open.get(open.size() - 1);
    }

    /** Whether {@code heading} is the node of the outermost skipped heading open. */
    boolean isRoot(Object heading) {
        return heading == root;
    }

    /** The outermost skipped heading has closed: the tree goes. */
    void end() {
        root = null;
        open.clear();
    }

    /**
     * An element opens: a block, a {@code br}, a text boundary, or none of these. Returns its node, for
     * {@link #close}.
     */
    Object open(boolean block, boolean br, boolean boundary) {
        Node parent = current();
        Node n = add(new Node(true, block, br, boundary, null, false));
        if (block) {
            parent.hasBlockChild = true;
        }
        open.add(n);
        return n;
    }

    /** The element whose node {@link #open} returned closes (the innermost one, but for misnested markup). */
    void close(Object element) {
        int i = open.lastIndexOf(element);
        if (i >= 0) {
            open.remove(i);
        }
    }

    /** A text; {@code keep}: its whitespace is kept (inside a pre-like element, or CDATA). */
    void text(String s, boolean keep) {
        Node n = add(new Node(false, false, false, false, s, keep));
        if (!blank(s)) {
            // Each element gets its flag once, so marking up the tree costs no more than the tree.
            for (Node e = n.parent; e != null && !e.hasText; e = e.parent) {
                e.hasText = true;
            }
        }
    }

    /**
     * A comment: a sibling that is neither text nor an element. (Data, the content of script and style, is
     * never a sibling: it is the only child of its element.)
     */
    void other() {
        add(new Node(false, false, false, false, null, false));
    }

    private Node add(Node n) {
        Node parent = current();
        n.parent = parent;
        if (parent.last == null) {
            parent.first = n;
        } else {
            parent.last.next = n;
        }
        parent.last = n;
        return n;
    }

    /** The text of the heading whose node {@link #heading()} gave, trimmed and cut to 30 characters. */
    String quote(Object heading) {
        String s = text((Node) heading).trim();
        return s.length() > QUOTED ? s.substring(0, QUOTED) + "…" : s;
    }

    /**
     * The text of an element's content, by jsoup's {@code TextAccumulator}: a walk of the tree, each node's head
     * and tail; it stops once the text has more than 30 characters other than whitespace (what follows can only
     * be appended, after the quoted part), or after {@link #MAX_NODES} nodes.
     */
    private static String text(Node heading) {
        StringBuilder accum = new StringBuilder();
        int shown = 0;
        int visited = 0;
        Node n = heading.first;
        while (n != null && shown <= QUOTED && visited++ < MAX_NODES) {
            if (n.isText()) {
                int from = accum.length();
                PageText.append(accum, n.text, n.keep);
                shown += shown(accum, from);
            } else if (n.element && accum.length() > 0 && leadingSpace(n) && !PageText.lastIsSpace(accum)) {
                accum.append(' ');
            }
            if (n.first != null) {
                n = n.first;
                continue;
            }
            while (n != null) {
                if (n.element && trailingSpace(n) && inlineOrText(n.next) && !PageText.lastIsSpace(accum)) {
                    accum.append(' ');
                }
                if (n.next != null) {
                    n = n.next;
                    break;
                }
                n = n.parent == heading ? null : n.parent;
            }
        }
        return accum.toString();
    }

    /** How many characters that {@link String#trim()} keeps {@code accum} has from {@code from} on. */
    private static int shown(StringBuilder accum, int from) {
        int shown = 0;
        for (int i = from; i < accum.length(); i++) {
            if (accum.charAt(i) > ' ') {
                shown++;
            }
        }
        return shown;
    }

    private static boolean leadingSpace(Node e) {
        return e.block || e.br || e.boundary && e.hasText;
    }

    private static boolean trailingSpace(Node e) {
        return e.boundary || e.block || e.hasBlockChild;
    }

    private static boolean inlineOrText(Node next) {
        return next != null && (next.isText() || next.element && !next.block);
    }

    /** jsoup's blank text: nothing but space, tab, line feed, form feed and carriage return. */
    private static boolean blank(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\f' && c != '\r') {
                return false;
            }
        }
        return true;
    }
}
