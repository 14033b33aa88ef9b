package cn.gov.jinjiang.gksite.check;

import static cn.gov.jinjiang.gksite.check.HtmlTags.is;

import java.util.Arrays;

/**
 * The part of the HTML standard's tree construction that decides which elements contain which, kept as a
 * stack of open elements without building a DOM, and reported to a {@link FactCollector} as elements open
 * and close. It follows jsoup (which follows the standard) for well-formed pages and for the common slips:
 * end tags close what is open above them, start tags close an open {@code p}, {@code li}, heading or table
 * cell, self-closing is honoured only in SVG and MathML, {@code <a>} cannot nest (a new one closes the open
 * one), an {@code <a>} left open when its parent closed is reopened (a copy with the same attributes and
 * position, as jsoup makes) by the next text or inline element, table cells fence that off, SVG and MathML
 * content with its breakout tags and integration points, select content, and quirks mode without doctype.
 *
 * <p>Not modelled, where a tree builder moves nodes: content fostered out of a table (text or elements
 * directly inside {@code <table>}) stays in document order instead of moving before the table; an end tag
 * that closes a formatting element across a block ({@code <a href=x><p>t</a>}) closes it there instead of
 * splitting it into two links; formatting elements other than {@code a} are never reopened; the head and
 * body insertion modes, templates and framesets are not told apart from body content.
 */
final class PageTree {
    private static final byte HTML = 0;
    private static final byte SVG = 1;
    private static final byte MATH = 2;
    private static final int BODY = 0;
    private static final int TABLE = 1;
    private static final int CELL = 2;
    private static final int CAPTION = 3;
    private static final int SELECT = 4;

    private final HtmlTokenizer t;
    private final FactCollector facts;
    private int[] tags = new int[64];
    private byte[] ns = new byte[64];
    private String[] names = new String[64];
    private Object[] states = new Object[64];
    /** Per open element: its start tag's offset, and the counts of refs and problems and main depth after it. */
    private int[] starts = new int[64];
    private int[] marks = new int[3 * 64];
    private int depth;
    /** Open HTML elements that decide the mode (table parts, select, template) and that keep whitespace. */
    private int modal;
    private int preserving;
    /** Offset of the token being handled (the end of the page at its end). */
    private int now;
    private int markers;
    /** The {@code <a>} in the list of active formatting elements: its tag's offset (-1: none) and marker level. */
    private int aOffset = -1;
    private int aLevel;
    /** Where that {@code <a>} is on the stack, -1 when not. */
    private int aIndex = -1;
    private boolean quirks = true;
    private boolean started;
    private boolean formOpen;
    private boolean bodySeen;

    PageTree(HtmlTokenizer tokenizer, FactCollector facts) {
        this.t = tokenizer;
        this.facts = facts;
    }

    /** Reads the whole page. */
    void run() {
        while (true) {
            t.cdataAllowed(depth > 0 && ns[depth - 1] != HTML);
            int kind = t.next();
            now = kind == HtmlTokenizer.EOF ? t.bytes().length : t.start();
            switch (kind) {
                case HtmlTokenizer.EOF -> {
                    while (depth > 0) {
                        pop();
                    }
                    return;
                }
                case HtmlTokenizer.START_TAG -> {
                    started = true;
                    if (foreignContent(true)) {
                        foreignStart();
                    } else {
                        htmlStart(t.tag());
                    }
                }
                case HtmlTokenizer.END_TAG -> {
                    if (depth > 0 && ns[depth - 1] != HTML) {
                        foreignEnd();
                    } else {
                        htmlEnd(t.tag());
                    }
                }
                case HtmlTokenizer.COMMENT -> facts.comment(t.dataStart(), t.dataEnd());
                case HtmlTokenizer.DOCTYPE -> doctype();
                default -> text(kind);
            }
        }
    }

    private void doctype() {
        if (!started) {
            byte[] b = t.bytes();
            int p = t.dataStart() + 7;
            while (p < t.dataEnd() && HtmlTokenizer.isSpace(b[p])) {
                p++;
            }
            quirks = !(p + 4 <= t.dataEnd() && HtmlTags.lookup(b, p, p + 4) == HtmlTags.HTML
                    && (p + 4 == t.dataEnd() || HtmlTokenizer.isSpace(b[p + 4])));
        }
    }

    private void text(int kind) {
        if (kind == HtmlTokenizer.TEXT && !foreignContent(false)) {
            int mode = mode();
            if (mode == BODY || mode == CELL || mode == CAPTION || mode == TABLE && !blank()) {
                reconstruct();
            }
        }
        facts.text(kind, t.dataStart(), t.dataEnd(), preserve());
    }

    private boolean blank() {
        byte[] b = t.bytes();
        for (int i = t.dataStart(); i < t.dataEnd(); i++) {
            if (!HtmlTokenizer.isSpace(b[i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether one of the six innermost elements keeps whitespace (jsoup's rule for text). */
    private boolean preserve() {
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

    /** Whether the next token is processed by the rules for SVG and MathML content. */
    private boolean foreignContent(boolean startTag) {
        if (depth == 0 || ns[depth - 1] == HTML) {
            return false;
        }
        int top = tags[depth - 1];
        boolean mathText = ns[depth - 1] == MATH && top >= HtmlTags.MI && top <= HtmlTags.MTEXT;
        boolean htmlPoint = ns[depth - 1] == SVG
                && (top == HtmlTags.FOREIGN_OBJECT || top == HtmlTags.DESC || top == HtmlTags.TITLE);
        if (mathText || htmlPoint) {
            return false;
        }
        return !(startTag && top == HtmlTags.ANNOTATION_XML && t.tag() == HtmlTags.SVG);
    }

    private void foreignStart() {
        int tag = t.tag();
        if (is(tag, HtmlTags.BREAKOUT) || tag == HtmlTags.FONT
                && (t.hasAttr("color") || t.hasAttr("face") || t.hasAttr("size"))) {
            while (depth > 0 && foreignContent(false)) {
                pop();
            }
            htmlStart(tag);
            return;
        }
        push(tag, ns[depth - 1]);
        if (t.selfClosing()) {
            pop();
        }
    }

    private void foreignEnd() {
        for (int i = depth - 1; i >= 0; i--) {
            if (sameName(i)) {
                popTo(i);
                return;
            }
            if (i > 0 && ns[i - 1] == HTML) {
                htmlEnd(t.tag());
                return;
            }
        }
    }

    boolean sameName(int i) {
        int tag = t.tag();
        return tag != HtmlTags.OTHER ? tags[i] == tag : names[i] != null && names[i].equals(t.tagName());
    }

    /** The insertion mode that matters here, from the innermost table part, select or template. */
    private int mode() {
        if (modal == 0) {
            return BODY;
        }
        for (int i = depth - 1; i >= 0; i--) {
            if (ns[i] != HTML) {
                continue;
            }
            int tag = tags[i];
            if (tag == HtmlTags.TD || tag == HtmlTags.TH) {
                return CELL;
            } else if (tag == HtmlTags.TR || tag == HtmlTags.TBODY || tag == HtmlTags.THEAD || tag == HtmlTags.TFOOT
                    || tag == HtmlTags.TABLE) {
                return TABLE;
            } else if (tag == HtmlTags.CAPTION) {
                return CAPTION;
            } else if (tag == HtmlTags.SELECT) {
                return SELECT;
            } else if (tag == HtmlTags.TEMPLATE) {
                return BODY;
            }
        }
        return BODY;
    }

    private void htmlStart(int tag) {
        int mode = mode();
        if (mode == SELECT && selectStart(tag)) {
            return;
        }
        if (isTablePart(tag) && mode != BODY) {
            if (mode == CELL || mode == CAPTION) {
                popUntil(mode == CELL ? -1 : HtmlTags.CAPTION);
                htmlStart(tag);
                return;
            }
            TableRules.start(this, tag);
            return;
        }
        if (tag == HtmlTags.TABLE && mode == TABLE) {
            popUntil(HtmlTags.TABLE);
            htmlStart(tag);
            return;
        }
        BodyRules.start(this, tag);
    }

    private boolean selectStart(int tag) {
        if (tag == HtmlTags.OPTION || tag == HtmlTags.OPTGROUP || tag == HtmlTags.HR) {
            popIf(HtmlTags.OPTION);
            if (tag != HtmlTags.OPTION) {
                popIf(HtmlTags.OPTGROUP);
            }
            insert(tag, tag == HtmlTags.HR);
        } else if (tag == HtmlTags.SELECT || tag == HtmlTags.INPUT || tag == HtmlTags.KEYGEN
                || tag == HtmlTags.TEXTAREA) {
            popUntil(HtmlTags.SELECT);
            if (tag != HtmlTags.SELECT) {
                htmlStart(tag);
            }
        } else {
            return tag != HtmlTags.SCRIPT && tag != HtmlTags.TEMPLATE && tag != HtmlTags.STYLE;
        }
        return true;
    }

    static boolean isTablePart(int tag) {
        return tag == HtmlTags.CAPTION || tag == HtmlTags.COL || tag == HtmlTags.COLGROUP || tag == HtmlTags.TBODY
                || tag == HtmlTags.THEAD || tag == HtmlTags.TFOOT || tag == HtmlTags.TR || tag == HtmlTags.TD
                || tag == HtmlTags.TH;
    }

    /** An end tag by the HTML rules. */
    void endTag(int tag) {
        htmlEnd(tag);
    }

    private void htmlEnd(int tag) {
        int mode = mode();
        if (mode == SELECT) {
            if (tag == HtmlTags.OPTION || tag == HtmlTags.OPTGROUP) {
                popIf(HtmlTags.OPTION);
                if (tag == HtmlTags.OPTGROUP) {
                    popIf(HtmlTags.OPTGROUP);
                }
            } else if (tag == HtmlTags.SELECT) {
                popUntil(HtmlTags.SELECT);
            }
            return;
        }
        if (mode != BODY && TableRules.end(this, tag, mode == CELL, mode == CAPTION)) {
            return;
        }
        BodyRules.end(this, tag);
    }

    // ---- operations for the rules ----

    HtmlTokenizer tokenizer() {
        return t;
    }

    FactCollector facts() {
        return facts;
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

    boolean quirks() {
        return quirks;
    }

    /** Whether a form is open (a nested {@code <form>} is ignored); sets it. */
    boolean form(boolean open) {
        boolean was = formOpen;
        formOpen = open;
        return was;
    }

    /** First {@code <body>} (or head) tag: its attributes are the body's. */
    boolean firstBody() {
        boolean first = !bodySeen;
        bodySeen = true;
        return first;
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
        return ns[i] == MATH ? tag >= HtmlTags.MI && tag <= HtmlTags.ANNOTATION_XML
                : tag == HtmlTags.FOREIGN_OBJECT || tag == HtmlTags.DESC || tag == HtmlTags.TITLE;
    }

    /**
     * Stack index of the innermost HTML {@code tag} in scope, or -1. {@code extra} adds boundaries: button
     * scope, list item scope ({@link HtmlTags#OL}), or table scope ({@link HtmlTags#TABLE}: only html, table
     * and template bound it).
     */
    int inScope(int tag, int extra) {
        for (int i = depth - 1; i >= 0; i--) {
            int x = tags[i];
            if (ns[i] == HTML && x == tag) {
                return i;
            }
            if (extra == HtmlTags.TABLE) {
                if (ns[i] == HTML && (x == HtmlTags.TABLE || x == HtmlTags.TEMPLATE)) {
                    return -1;
                }
            } else if (ns[i] == HTML ? is(x, HtmlTags.SCOPE) || x == extra || extra == HtmlTags.OL && x == HtmlTags.UL
                    : scopeBoundary(i)) {
                return -1;
            }
        }
        return -1;
    }

    /** Pops up to and including the innermost HTML {@code tag} (-1: a table cell), if there is one. */
    void popUntil(int tag) {
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

    private void close(int i) {
        count(i, -1);
        if (ns[i] == HTML && is(tags[i], HtmlTags.MARKER)) {
            markers--;
            if (aOffset >= 0 && aLevel > markers) {
                aOffset = -1;
            }
        }
        facts.close(tags[i], ns[i] != HTML, states[i], now);
        states[i] = null;
        names[i] = null;
    }

    private void count(int i, int delta) {
        if (ns[i] == HTML) {
            int tag = tags[i];
            if (isTablePart(tag) || tag == HtmlTags.TABLE || tag == HtmlTags.SELECT || tag == HtmlTags.TEMPLATE) {
                modal += delta;
            }
            if (is(tag, HtmlTags.PRESERVE)) {
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
        System.arraycopy(names, i + 1, names, i, n);
        System.arraycopy(states, i + 1, states, i, n);
        System.arraycopy(starts, i + 1, starts, i, n);
        System.arraycopy(marks, 3 * (i + 1), marks, 3 * i, 3 * n);
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
        pushEntry(tag, HTML, null, facts.open(tag, false, null), now);
    }

    /** Pushes an element for the current start tag. */
    void push(int tag, byte namespace) {
        Object state = facts.open(tag, namespace != HTML, t);
        pushEntry(tag, namespace, tag == HtmlTags.OTHER ? t.tagName() : null, state, t.start());
    }

    void pushForeign(int tag) {
        push(tag, tag == HtmlTags.MATH ? MATH : SVG);
        if (t.selfClosing()) {
            pop();
        }
    }

    private void pushEntry(int tag, byte namespace, String name, Object state, int start) {
        if (depth == tags.length) {
            tags = Arrays.copyOf(tags, depth * 2);
            ns = Arrays.copyOf(ns, depth * 2);
            names = Arrays.copyOf(names, depth * 2);
            states = Arrays.copyOf(states, depth * 2);
            starts = Arrays.copyOf(starts, depth * 2);
            marks = Arrays.copyOf(marks, 3 * depth * 2);
        }
        tags[depth] = tag;
        ns[depth] = namespace;
        names[depth] = name;
        states[depth] = state;
        starts[depth] = start;
        marks[3 * depth] = facts.refCount();
        marks[3 * depth + 1] = facts.problemCount();
        marks[3 * depth + 2] = facts.mainDepth();
        count(depth, 1);
        depth++;
        if (namespace == HTML && is(tag, HtmlTags.MARKER)) {
            markers++;
        }
    }

    // ---- the one formatting element that matters: <a> ----

    /** Whether an {@code <a>} is in the list of active formatting elements after the last marker. */
    boolean aActive() {
        return aOffset >= 0 && aLevel == markers;
    }

    /** Pushes an {@code <a>} for the current tag and makes it the active one. */
    void pushA() {
        push(HtmlTags.A, HTML);
        aOffset = t.start();
        aLevel = markers;
        aIndex = depth - 1;
    }

    /** The end of the active {@code <a>} (its end tag, or a new {@code <a>}): the adoption agency for it. */
    void closeA() {
        if (aIndex >= 0) {
            adopt(aIndex);
        }
        aOffset = -1;
    }

    /**
     * The adoption agency for the formatting element at {@code i}, as far as facts go. Without a special
     * element above it, it closes with everything above it. Otherwise each special element above it stays open
     * and, when it is the {@code <a>}, gets a copy of the link around the content it has so far (the link
     * itself keeps only what came before the first of them); the other elements above it close.
     */
    void adopt(int i) {
        boolean isA = i == aIndex;
        int[] keep = new int[depth - i];
        int kept = 0;
        for (int j = i + 1; j < depth; j++) {
            if (special(j)) {
                keep[kept++] = j;
            }
        }
        if (kept == 0) {
            popTo(i);
            return;
        }
        HtmlTokenizer copy = isA ? HtmlTokenizer.tagAt(t.bytes(), aOffset) : null;
        for (int j = depth - 1; j > i; j--) {
            if (!special(j)) {
                close(j);
            }
        }
        int end = now;
        now = starts[keep[0]];
        close(i);
        now = end;
        for (int k = 0; isA && k < kept && k < 7; k++) {
            int j = keep[k];
            int[] added = facts.copy(copy, marks[3 * j], marks[3 * j + 1], marks[3 * j + 2], starts[j],
                    k + 1 < kept ? starts[keep[k + 1]] : now);
            for (int m = k + 1; m < kept; m++) {
                marks[3 * keep[m]] += added[0];
                marks[3 * keep[m] + 1] += added[1];
            }
        }
        for (int k = 0; k < kept; k++) {
            move(keep[k], i + k);
        }
        depth = i + kept;
        if (aIndex >= i) {
            aIndex = -1;
        }
        if (isA) {
            aOffset = -1;
        }
    }

    private void move(int from, int to) {
        tags[to] = tags[from];
        ns[to] = ns[from];
        names[to] = names[from];
        states[to] = states[from];
        starts[to] = starts[from];
        System.arraycopy(marks, 3 * from, marks, 3 * to, 3);
    }

    /** Reopens the active {@code <a>} when it was closed with its parent (a copy with the same attributes). */
    void reconstruct() {
        if (aActive() && aIndex < 0) {
            HtmlTokenizer copy = HtmlTokenizer.tagAt(t.bytes(), aOffset);
            pushEntry(HtmlTags.A, HTML, null, facts.open(HtmlTags.A, false, copy, now), now);
            aIndex = depth - 1;
        }
    }
}
