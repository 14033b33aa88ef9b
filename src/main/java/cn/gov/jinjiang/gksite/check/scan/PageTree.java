package cn.gov.jinjiang.gksite.check.scan;

import static cn.gov.jinjiang.gksite.check.scan.HtmlTags.is;

/**
 * The part of the HTML standard's tree construction that decides which elements contain which, kept as a
 * stack of open elements without building a DOM, and reported to a {@link PageVisitor} as elements open
 * and close. It follows jsoup (which follows the standard) for well-formed pages and for the common slips:
 * end tags close what is open above them, start tags close an open {@code p}, {@code li}, heading or table
 * cell, self-closing is honoured only in SVG and MathML, {@code <a>} cannot nest (a new one closes the open
 * one), an {@code <a>} left open when its parent closed is reopened (a copy with the same attributes and
 * position, as jsoup makes) by the next text or inline element, table cells fence that off, SVG and MathML
 * content with its breakout tags and integration points, select content, and quirks mode without doctype.
 *
 * A link closed across blocks ({@code <a href=x><p>t</a>}) is split as the adoption agency splits it (see
 * {@link ActiveLink}).
 *
 * <p>Not modelled, where a tree builder moves nodes on broken markup: content fostered out of a table (text
 * or elements directly inside {@code <table>}, not in a cell) stays in document order instead of moving before
 * the table, so its facts come after the table's instead of before; formatting elements other than
 * {@code a} are never reopened or copied (only their ids could show); a second {@code <a>} opened in a table
 * cell while an outer one is open replaces the outer one as the active link; script data has no escaped
 * states; the head and body insertion modes, templates and framesets are not told apart from body content,
 * and a later {@code <html>} or {@code <body>} tag adds no attributes; the {@code html} element's own id and
 * attributes are not read (only its lang); nesting is not cut at jsoup's limit of 512 open elements.
 */
final class PageTree {
    private static final byte HTML = OpenElements.HTML;
    private static final byte SVG = OpenElements.SVG;
    private static final byte MATH = OpenElements.MATH;
    private static final PackedName COLOR = PackedName.of("color");
    private static final PackedName FACE = PackedName.of("face");
    private static final PackedName SIZE = PackedName.of("size");

    /** The insertion modes that matter here (the standard's "in body", "in table" and so on). */
    private enum Mode {
        BODY,
        TABLE,
        CELL,
        CAPTION,
        SELECT
    }

    /** The open elements and the active link, for the rules. */
    final OpenElements open;

    final ActiveLink link;
    private final HtmlTokenizer t;
    private final PageVisitor visitor;
    /** The current start tag, and the current text run, as the visitor sees them. */
    private final ScannedTag tag;

    private final ByteText text;
    private boolean quirks = true;
    private boolean started;
    private boolean formOpen;
    private boolean bodySeen;

    PageTree(HtmlTokenizer tokenizer, PageVisitor visitor, BytePositions positions) {
        this.t = tokenizer;
        this.visitor = visitor;
        this.tag = new ScannedTag(tokenizer, positions);
        this.text = new ByteText(tokenizer.bytes());
        this.open = new OpenElements(tokenizer, tag, visitor);
        this.link = new ActiveLink(open, tokenizer, visitor, positions);
    }

    /** Reads the whole page. */
    void run() {
        while (true) {
            t.cdataAllowed(open.depth() > 0 && open.ns(open.depth() - 1) != HTML);
            TokenKind kind = t.next();
            open.now = kind == TokenKind.EOF ? t.bytes().length : t.start();
            switch (kind) {
                case EOF -> {
                    open.popTo(0);
                    return;
                }
                case START_TAG -> {
                    started = true;
                    if (foreignContent(true)) {
                        foreignStart();
                    } else {
                        htmlStart(t.tag());
                    }
                }
                case END_TAG -> {
                    if (open.depth() > 0 && open.ns(open.depth() - 1) != HTML) {
                        foreignEnd();
                    } else {
                        htmlEnd(t.tag());
                    }
                }
                case COMMENT -> visitor.comment(text.at(t.dataStart(), t.dataEnd(), false));
                case DOCTYPE -> doctype();
                default -> text(kind);
            }
        }
    }

    private void doctype() {
        if (!started) {
            byte[] b = t.bytes();
            int p = t.dataStart() + 7;
            while (p < t.dataEnd() && HtmlBytes.isSpace(b[p])) {
                p++;
            }
            quirks = !(p + 4 <= t.dataEnd()
                    && HtmlTags.lookup(b, p, p + 4) == HtmlTags.HTML
                    && (p + 4 == t.dataEnd() || HtmlBytes.isSpace(b[p + 4])));
        }
    }

    private void text(TokenKind kind) {
        if (kind == TokenKind.TEXT && !foreignContent(false)) {
            Mode mode = mode();
            if (mode == Mode.BODY || mode == Mode.CELL || mode == Mode.CAPTION || mode == Mode.TABLE && !blank()) {
                link.reconstruct();
            }
        }
        int from = t.dataStart();
        visitor.text(kind, text.at(from, t.dataEnd(), kind == TokenKind.TEXT), open.preserve(), from);
    }

    private boolean blank() {
        byte[] b = t.bytes();
        for (int i = t.dataStart(); i < t.dataEnd(); i++) {
            if (!HtmlBytes.isSpace(b[i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether the next token is processed by the rules for SVG and MathML content. */
    private boolean foreignContent(boolean startTag) {
        int i = open.depth() - 1;
        if (i < 0 || open.ns(i) == HTML) {
            return false;
        }
        int top = open.tag(i);
        boolean mathText = open.ns(i) == MATH && top >= HtmlTags.MI && top <= HtmlTags.MTEXT;
        boolean htmlPoint =
                open.ns(i) == SVG && (top == HtmlTags.FOREIGN_OBJECT || top == HtmlTags.DESC || top == HtmlTags.TITLE);
        if (mathText || htmlPoint) {
            return false;
        }
        return !(startTag && top == HtmlTags.ANNOTATION_XML && t.tag() == HtmlTags.SVG);
    }

    private void foreignStart() {
        int tag = t.tag();
        if (is(tag, HtmlTags.BREAKOUT)
                || tag == HtmlTags.FONT
                        && (t.attrs().has(COLOR)
                                || t.attrs().has(FACE)
                                || t.attrs().has(SIZE))) {
            while (open.depth() > 0 && foreignContent(false)) {
                open.pop();
            }
            htmlStart(tag);
            return;
        }
        open.push(tag, open.ns(open.depth() - 1));
        if (t.selfClosing()) {
            open.pop();
        }
    }

    private void foreignEnd() {
        for (int i = open.depth() - 1; i >= 0; i--) {
            if (open.sameName(i)) {
                open.popTo(i);
                return;
            }
            if (i > 0 && open.ns(i - 1) == HTML) {
                htmlEnd(t.tag());
                return;
            }
        }
    }

    /** The insertion mode that matters here, from the innermost table part, select or template. */
    private Mode mode() {
        if (!open.modal()) {
            return Mode.BODY;
        }
        for (int i = open.depth() - 1; i >= 0; i--) {
            if (open.ns(i) != HTML) {
                continue;
            }
            int tag = open.tag(i);
            if (tag == HtmlTags.TD || tag == HtmlTags.TH) {
                return Mode.CELL;
            } else if (tag == HtmlTags.TR
                    || tag == HtmlTags.TBODY
                    || tag == HtmlTags.THEAD
                    || tag == HtmlTags.TFOOT
                    || tag == HtmlTags.TABLE) {
                return Mode.TABLE;
            } else if (tag == HtmlTags.CAPTION) {
                return Mode.CAPTION;
            } else if (tag == HtmlTags.SELECT) {
                return Mode.SELECT;
            } else if (tag == HtmlTags.TEMPLATE) {
                return Mode.BODY;
            }
        }
        return Mode.BODY;
    }

    private void htmlStart(int tag) {
        Mode mode = mode();
        if (mode == Mode.SELECT && selectStart(tag)) {
            return;
        }
        if (isTablePart(tag) && mode != Mode.BODY) {
            if (mode == Mode.CELL || mode == Mode.CAPTION) {
                open.popUntil(mode == Mode.CELL ? -1 : HtmlTags.CAPTION);
                htmlStart(tag);
                return;
            }
            TableRules.start(this, tag);
            return;
        }
        if (tag == HtmlTags.TABLE && mode == Mode.TABLE) {
            open.popUntil(HtmlTags.TABLE);
            htmlStart(tag);
            return;
        }
        BodyRules.start(this, tag);
    }

    private boolean selectStart(int tag) {
        if (tag == HtmlTags.OPTION || tag == HtmlTags.OPTGROUP || tag == HtmlTags.HR) {
            open.popIf(HtmlTags.OPTION);
            if (tag != HtmlTags.OPTION) {
                open.popIf(HtmlTags.OPTGROUP);
            }
            open.insert(tag, tag == HtmlTags.HR);
        } else if (tag == HtmlTags.SELECT
                || tag == HtmlTags.INPUT
                || tag == HtmlTags.KEYGEN
                || tag == HtmlTags.TEXTAREA) {
            open.popUntil(HtmlTags.SELECT);
            if (tag != HtmlTags.SELECT) {
                htmlStart(tag);
            }
        } else {
            return tag != HtmlTags.SCRIPT && tag != HtmlTags.TEMPLATE && tag != HtmlTags.STYLE;
        }
        return true;
    }

    static boolean isTablePart(int tag) {
        return tag == HtmlTags.CAPTION
                || tag == HtmlTags.COL
                || tag == HtmlTags.COLGROUP
                || tag == HtmlTags.TBODY
                || tag == HtmlTags.THEAD
                || tag == HtmlTags.TFOOT
                || tag == HtmlTags.TR
                || tag == HtmlTags.TD
                || tag == HtmlTags.TH;
    }

    /** An end tag by the HTML rules. */
    void endTag(int tag) {
        htmlEnd(tag);
    }

    private void htmlEnd(int tag) {
        Mode mode = mode();
        if (mode == Mode.SELECT) {
            if (tag == HtmlTags.OPTION || tag == HtmlTags.OPTGROUP) {
                open.popIf(HtmlTags.OPTION);
                if (tag == HtmlTags.OPTGROUP) {
                    open.popIf(HtmlTags.OPTGROUP);
                }
            } else if (tag == HtmlTags.SELECT) {
                open.popUntil(HtmlTags.SELECT);
            }
            return;
        }
        if (mode != Mode.BODY && TableRules.end(this, tag, mode == Mode.CELL, mode == Mode.CAPTION)) {
            return;
        }
        BodyRules.end(this, tag);
    }

    // ---- for the rules ----

    HtmlTokenizer tokenizer() {
        return t;
    }

    PageVisitor visitor() {
        return visitor;
    }

    /** The current start tag, for the visitor. */
    StartTag tag() {
        return tag;
    }

    boolean quirks() {
        return quirks;
    }

    /** Whether a form is open (a nested {@code <form>} is ignored); sets it. */
    boolean form(boolean opened) {
        boolean was = formOpen;
        formOpen = opened;
        return was;
    }

    /** Whether this is the first {@code <body>} tag (whose attributes are the body's). */
    boolean firstBody() {
        boolean first = !bodySeen;
        bodySeen = true;
        return first;
    }
}
