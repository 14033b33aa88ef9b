package cn.gov.jinjiang.gksite.check;

import cn.gov.jinjiang.gksite.check.scan.PageText;

/**
 * The text of a heading as jsoup's {@code Element.text()} gives it. While the heading is open its content is
 * kept as a small tree (only a skipped heading's is, which is rare); its text is made from the tree when asked,
 * by jsoup's rules: text appended with whitespace collapsed (kept inside pre-like elements and CDATA); a space
 * before a block element, a {@code br}, or a text boundary (a form control, an image…) that holds text; a
 * space after a block element, a text boundary or an inline element with a block child, when its next sibling
 * is text or an inline element. Those rules depend on what comes after an element, which a stream of events
 * only tells later: hence the tree. It is walked without recursion, so no nesting is too deep.
 */
final class HeadingText {
    /** An element, a text or anything else (a comment, data): a node of the tree. */
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

    /** The heading itself; its own spacing does not count (the text is trimmed). */
    private final Node heading = new Node(true, true, false, false, null, false);
    private Node open = heading;

    /** An element opens inside the heading: a block, a {@code br}, a text boundary, or none of these. */
    void open(boolean block, boolean br, boolean boundary) {
        Node n = add(new Node(true, block, br, boundary, null, false));
        if (block) {
            open.hasBlockChild = true;
        }
        open = n;
    }

    /** The innermost element open inside the heading closes. */
    void close() {
        if (open == heading) {
            return;
        }
        Node closed = open;
        open = closed.parent;
        open.hasText |= closed.hasText;
    }

    /** A text; {@code keep}: its whitespace is kept (inside a pre-like element, or CDATA). */
    void text(String s, boolean keep) {
        add(new Node(false, false, false, false, s, keep));
        if (!open.hasText && !blank(s)) {
            open.hasText = true;
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
        n.parent = open;
        if (open.last == null) {
            open.first = n;
        } else {
            open.last.next = n;
        }
        open.last = n;
        return n;
    }

    /** The text, trimmed and cut to 30 characters. */
    String quote() {
        String s = text().trim();
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }

    /** The text, by jsoup's {@code TextAccumulator}: a walk of the tree, each node's head and tail. */
    private String text() {
        StringBuilder accum = new StringBuilder();
        Node n = heading.first;
        while (n != null) {
            if (n.isText()) {
                PageText.append(accum, n.text, n.keep);
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
