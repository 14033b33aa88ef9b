package cn.gov.jinjiang.gksite.check.scan;

import static cn.gov.jinjiang.gksite.check.scan.HtmlTags.is;

import java.util.Arrays;

/**
 * The stack of open elements of {@link PageTree}: per element its tag, namespace, what the
 * {@link PageVisitor} returned for it, the offset of its start tag (where the name of a tag that
 * {@link HtmlTags} does not know is read again, see {@link HtmlTokenizer#sameName}), and the visitor's position
 * and context as it opened (for a link copy that the tree puts inside it later). Every element that leaves the
 * stack is reported to the visitor. It also keeps the state of the one formatting element that matters, the
 * {@code <a>} of the list of active formatting elements ({@link ActiveLink} acts on it).
 */
final class OpenElements {
    /** The namespaces, as the ordinals of {@link Namespace} (kept as bytes, one per element). */
    static final byte HTML = (byte) Namespace.HTML.ordinal();

    static final byte SVG = (byte) Namespace.SVG.ordinal();
    static final byte MATH = (byte) Namespace.MATHML.ordinal();

    private final HtmlTokenizer t;
    /** The current start tag as the visitor sees it. */
    private final StartTag tag;

    private final PageVisitor visitor;
    private int[] tags = new int[64];
    private byte[] ns = new byte[64];
    private Object[] states = new Object[64];
    private int[] starts = new int[64];
    /** Per element: the visitor's position and context right after it opened. */
    private int[] marks = new int[2 * 64];
    /** Per tag id: how many HTML elements of it are open (none open: nothing to look for in scope). */
    private final int[] openCount = new int[HtmlTags.NAMES.length];

    private int depth;
    /** Open HTML elements that decide the insertion mode (table parts, select, template), and that keep whitespace. */
    private int modal;

    private int preserving;
    private int markers;
    /** Offset of the token being handled (the end of the page at its end): where content closed now ends. */
    int now;
    /** The {@code <a>} in the list of active formatting elements: its tag's offset (-1: none) and marker level. */
    int aOffset = -1;

    int aLevel;
    /** Where that {@code <a>} is on the stack, -1 when not. */
    int aIndex = -1;

    OpenElements(HtmlTokenizer tokenizer, StartTag tag, PageVisitor visitor) {
        this.t = tokenizer;
        this.tag = tag;
        this.visitor = visitor;
    }

    int depth() {
        return depth;
    }

    int tag(int i) {
        return tags[i];
    }

    boolean isHtml(int i) {
        return ns[i] == HTML;
    }

    /** Whether the element at {@code i} is in the standard's special category. */
    boolean special(int i) {
        if (ns[i] == HTML) {
            return is(tags[i], HtmlTags.SPECIAL);
        }
        return scopeBoundary(i);
    }

    private boolean scopeBoundary(int i) {
        int tag = tags[i];
        return ns[i] == MATH
                ? tag >= HtmlTags.MI && tag <= HtmlTags.ANNOTATION_XML
                : tag == HtmlTags.FOREIGN_OBJECT || tag == HtmlTags.DESC || tag == HtmlTags.TITLE;
    }

    /**
     * Stack index of the innermost HTML {@code tag} in scope, or -1. {@code extra} adds boundaries: button
     * scope, list item scope ({@link HtmlTags#OL}), or table scope ({@link HtmlTags#TABLE}: only html, table
     * and template bound it).
     */
    int inScope(int tag, int extra) {
        if (openCount[tag] == 0) {
            return -1;
        }
        for (int i = depth - 1; i >= 0; i--) {
            int x = tags[i];
            if (ns[i] == HTML && x == tag) {
                return i;
            }
            if (extra == HtmlTags.TABLE) {
                if (ns[i] == HTML && (x == HtmlTags.TABLE || x == HtmlTags.TEMPLATE)) {
                    return -1;
                }
            } else if (ns[i] == HTML
                    ? is(x, HtmlTags.SCOPE) || x == extra || extra == HtmlTags.OL && x == HtmlTags.UL
                    : scopeBoundary(i)) {
                return -1;
            }
        }
        return -1;
    }

    /** Pops up to and including the innermost HTML {@code tag} (-1: a table cell), if there is one. */
    void popUntil(int tag) {
        if (tag >= 0 && openCount[tag] == 0) {
            return;
        }
        for (int i = depth - 1; i >= 0; i--) {
            if (ns[i] == HTML && (tag < 0 ? tags[i] == HtmlTags.TD || tags[i] == HtmlTags.TH : tags[i] == tag)) {
                popTo(i);
                return;
            }
        }
    }

    void popIf(int tag) {
        if (depth > 0 && ns[depth - 1] == HTML && tags[depth - 1] == tag) {
            pop();
        }
    }

    /** Pops until {@code i} elements are left. */
    void popTo(int i) {
        while (depth > i) {
            pop();
        }
    }

    void pop() {
        int i = --depth;
        if (i == aIndex) {
            aIndex = -1;
        }
        close(i);
    }

    void close(int i) {
        count(i, -1);
        if (ns[i] == HTML && is(tags[i], HtmlTags.MARKER)) {
            markers--;
            if (aOffset >= 0 && aLevel > markers) {
                aOffset = -1;
            }
        }
        visitor.close(tags[i], Namespace.of(ns[i]), states[i], now);
        states[i] = null;
    }

    private void count(int i, int delta) {
        if (ns[i] == HTML) {
            int tag = tags[i];
            openCount[tag] += delta;
            int flags = HtmlTags.flags(tag);
            if ((flags & HtmlTags.MODAL) != 0) {
                modal += delta;
            }
            if ((flags & HtmlTags.PRESERVE) != 0) {
                preserving += delta;
            }
        }
    }

    /** Takes the element at {@code i} off the stack, leaving those above it open. */
    void removeAt(int i) {
        close(i);
        drop(i);
    }

    private void drop(int i) {
        int n = depth - i - 1;
        System.arraycopy(tags, i + 1, tags, i, n);
        System.arraycopy(ns, i + 1, ns, i, n);
        System.arraycopy(states, i + 1, states, i, n);
        System.arraycopy(starts, i + 1, starts, i, n);
        System.arraycopy(marks, 2 * (i + 1), marks, 2 * i, 2 * n);
        depth--;
        if (aIndex == i) {
            aIndex = -1;
        } else if (aIndex > i) {
            aIndex--;
        }
    }

    /** Inserts an HTML element for the current tag (or an implied one): pushed, or opened and closed. */
    void insert(int tag, boolean isVoid) {
        push(tag, HTML);
        if (isVoid) {
            pop();
        }
    }

    void insertImplied(int tag) {
        pushEntry(tag, HTML, visitor.open(tag, Namespace.HTML, null, now), now);
    }

    /** Pushes an element for the current start tag. */
    void push(int tag, byte namespace) {
        Object state = visitor.open(tag, Namespace.of(namespace), this.tag, t.start());
        pushEntry(tag, namespace, state, t.start());
    }

    void pushForeign(int tag) {
        push(tag, tag == HtmlTags.MATH ? MATH : SVG);
        if (t.selfClosing()) {
            pop();
        }
    }

    private void pushEntry(int tag, byte namespace, Object state, int start) {
        if (depth == tags.length) {
            tags = Arrays.copyOf(tags, depth * 2);
            ns = Arrays.copyOf(ns, depth * 2);
            states = Arrays.copyOf(states, depth * 2);
            starts = Arrays.copyOf(starts, depth * 2);
            marks = Arrays.copyOf(marks, 2 * depth * 2);
        }
        tags[depth] = tag;
        ns[depth] = namespace;
        states[depth] = state;
        starts[depth] = start;
        marks[2 * depth] = visitor.position();
        marks[2 * depth + 1] = visitor.context();
        count(depth, 1);
        depth++;
        if (namespace == HTML && is(tag, HtmlTags.MARKER)) {
            markers++;
        }
    }

    /** Whether one of the six innermost elements keeps whitespace (jsoup's rule for text). */
    boolean preserve() {
        if (preserving == 0) {
            return false;
        }
        for (int i = depth - 1; i >= 0 && i >= depth - 6; i--) {
            if (ns[i] == HTML && is(tags[i], HtmlTags.PRESERVE)) {
                return true;
            }
        }
        return false;
    }

    boolean sameName(int i) {
        int tag = t.tag();
        // An element of another name came from a start tag (never from the tree), so its name is in the page.
        return tag != HtmlTags.OTHER ? tags[i] == tag : tags[i] == HtmlTags.OTHER && t.sameName(starts[i]);
    }

    void move(int from, int to) {
        tags[to] = tags[from];
        ns[to] = ns[from];
        states[to] = states[from];
        starts[to] = starts[from];
        System.arraycopy(marks, 2 * from, marks, 2 * to, 2);
    }

    byte ns(int i) {
        return ns[i];
    }

    /** Whether any table part, select or template is open (else the mode is body). */
    boolean modal() {
        return modal > 0;
    }

    int markers() {
        return markers;
    }

    int start(int i) {
        return starts[i];
    }

    /** The visitor's position right after the element at {@code i} opened: where its children's facts begin. */
    int position(int i) {
        return marks[2 * i];
    }

    /** The visitor's context right after the element at {@code i} opened. */
    int context(int i) {
        return marks[2 * i + 1];
    }

    /** Moves the position of the element at {@code i} by {@code by} (facts were put before it). */
    void shiftPosition(int i, int by) {
        marks[2 * i] += by;
    }

    void depth(int d) {
        depth = d;
    }

    /** Pushes an element made by the tree (a copy of a link) with its state, started at {@code start}. */
    void pushCopy(int tag, Object state, int start) {
        pushEntry(tag, HTML, state, start);
    }
}
