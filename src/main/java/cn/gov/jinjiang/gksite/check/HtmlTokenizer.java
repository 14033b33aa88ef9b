package cn.gov.jinjiang.gksite.check;

import java.nio.charset.StandardCharsets;

/**
 * A pull tokenizer over a page's UTF-8 bytes following the HTML standard's tokenizer where it decides what
 * is markup: tags (ASCII case-insensitive names; attributes double-, single- or unquoted or without value;
 * the first of duplicate attributes wins), self-closing flags, comments including the abrupt {@code <!-->},
 * {@code <!DOCTYPE>}, {@code <!…>} and {@code <?…>} as bogus comments, CDATA sections where the tree allows
 * them (SVG and MathML), and the raw text, escapable raw text and plain text content models, switched by the
 * tree via {@link #content(int)}. All markup is ASCII, so nothing is decoded except what is asked for:
 * attribute values (character references only when a value has {@code &}) and text ranges.
 *
 * <p>Script data is scanned as raw text: it ends at the first {@code </script} followed by a space,
 * {@code /} or {@code >}, without the standard's escaped states for {@code <!--} inside scripts.
 */
final class HtmlTokenizer {
    static final int EOF = 0;
    static final int START_TAG = 1;
    static final int END_TAG = 2;
    /** Text whose character references are decoded when read (data and escapable raw text). */
    static final int TEXT = 3;
    /** Raw text of script, style and the like: a data node, not text. */
    static final int DATA = 4;
    /** Text taken literally: a CDATA section or plaintext. */
    static final int LITERAL = 5;
    static final int COMMENT = 6;
    static final int DOCTYPE = 7;

    private static final byte[] DOCTYPE_NAME = "doctype".getBytes(StandardCharsets.US_ASCII);

    private final byte[] b;
    private int pos;
    private int contentModel;
    private int contentTag;
    private boolean cdata;

    private int start;
    private int end;
    private int dataStart;
    private int dataEnd;
    private int tag;
    private int nameStart;
    private int nameEnd;
    private boolean selfClosing;
    private final PackedName.Reader names;
    private final TagAttributes attrs;

    HtmlTokenizer(byte[] bytes) {
        this.b = bytes;
        this.names = new PackedName.Reader(bytes);
        this.attrs = new TagAttributes(bytes, names);
    }

    byte[] bytes() {
        return b;
    }

    /**
     * Sets the content model after the current start tag: {@link #DATA} for raw text and {@link #TEXT} for
     * escapable raw text, both ended by the current tag's end tag, or {@link #LITERAL} for plaintext (to the end).
     */
    void content(int model) {
        contentModel = model;
        contentTag = tag;
    }

    /** Whether {@code <![CDATA[} opens a CDATA section (the adjusted current node is SVG or MathML). */
    void cdataAllowed(boolean allowed) {
        cdata = allowed;
    }

    /** The next token's kind. */
    int next() {
        byte[] b = this.b;
        int n = b.length;
        if (pos >= n) {
            return EOF;
        }
        start = pos;
        if (contentModel != 0) {
            return rawContent(n);
        }
        int p = pos;
        while (true) {
            p = HtmlBytes.indexOf(b, p, n, (byte) '<');
            if (p + 1 >= n) {
                return text(n, TEXT);
            }
            byte c = b[p + 1];
            if (HtmlBytes.isAlpha(c) || c == '!' || c == '?' || c == '/' && p + 2 < n) {
                if (p > pos) {
                    return text(p, TEXT);
                }
                break;
            }
            p++;
        }
        return markup(n);
    }

    private int rawContent(int n) {
        int model = contentModel;
        contentModel = 0;
        if (model == LITERAL) {
            return text(n, LITERAL);
        }
        byte[] name = HtmlTags.bytes(contentTag);
        int p = pos;
        while (true) {
            p = HtmlBytes.indexOf(b, p, n, (byte) '<');
            if (p >= n) {
                break;
            }
            int q = p + 2 + name.length;
            if (q < n && b[p + 1] == '/' && matchName(p + 2, name) && (HtmlBytes.of(b[q]) & HtmlBytes.TAG_NAME_END) != 0) {
                break;
            }
            p++;
        }
        return p == pos ? markup(n) : text(p, model);
    }

    private boolean matchName(int at, byte[] lower) {
        if (at + lower.length > b.length) {
            return false;
        }
        for (int i = 0; i < lower.length; i++) {
            if (HtmlBytes.lower(b[at + i]) != lower[i]) {
                return false;
            }
        }
        return true;
    }

    private int text(int to, int kind) {
        dataStart = pos;
        dataEnd = to;
        end = to;
        pos = to;
        return kind;
    }

    /** At a '<' that starts markup. */
    private int markup(int n) {
        int p = pos + 1;
        byte c = b[p];
        if (c == '!') {
            if (p + 2 < n && b[p + 1] == '-' && b[p + 2] == '-') {
                return comment(n, p + 3);
            }
            if (matchName(p + 1, DOCTYPE_NAME)) {
                bogus(n, p + 1);
                return DOCTYPE;
            }
            if (cdata && HtmlBytes.indexOf(b, p + 1, Math.min(n, p + 8), "[CDATA[") == p + 1) {
                int close = HtmlBytes.indexOf(b, p + 8, n, "]]>");
                dataStart = p + 8;
                dataEnd = close < 0 ? n : close;
                pos = end = close < 0 ? n : close + 3;
                return LITERAL;
            }
            return bogus(n, p + 1);
        }
        if (c == '?') {
            return bogus(n, p);
        }
        if (c == '/') {
            if (!HtmlBytes.isAlpha(b[p + 1])) {
                if (b[p + 1] == '>') {
                    pos = p + 2;
                    return next();
                }
                return bogus(n, p + 1);
            }
            return tag(n, p + 1, END_TAG);
        }
        return tag(n, p, START_TAG);
    }

    private int comment(int n, int p) {
        dataStart = p;
        int close;
        if (p < n && b[p] == '>') {
            close = p;
            end = p + 1;
        } else if (p + 1 < n && b[p] == '-' && b[p + 1] == '>') {
            close = p;
            end = p + 2;
        } else {
            close = HtmlBytes.indexOf(b, p, n, "--");
            while (close >= 0 && !(close + 2 < n && b[close + 2] == '>'
                    || close + 3 < n && b[close + 2] == '!' && b[close + 3] == '>')) {
                close = HtmlBytes.indexOf(b, close + 1, n, "--");
            }
            if (close < 0) {
                close = n;
                end = n;
            } else {
                end = close + (b[close + 2] == '>' ? 3 : 4);
            }
        }
        dataEnd = close;
        pos = end;
        return COMMENT;
    }

    private int bogus(int n, int from) {
        int close = from;
        while (close < n && b[close] != '>') {
            close++;
        }
        dataStart = from;
        dataEnd = close;
        pos = end = Math.min(n, close + 1);
        return COMMENT;
    }


    /** A tag whose name starts at {@code p}; at the end of the input an unfinished tag is dropped. */
    private int tag(int n, int p, int kind) {
        nameStart = p;
        p = names.read(p, n, HtmlBytes.TAG_NAME_END);
        nameEnd = p;
        tag = HtmlTags.lookup(names.low(), names.high(), nameEnd - nameStart);
        int close = attrs.parse(p);
        selfClosing = close < -1;
        pos = end = close == -1 ? n : Math.abs(close) - 1;
        return close == -1 ? EOF : kind;
    }

    /** Kind of the current tag: its {@link HtmlTags} id, {@link HtmlTags#OTHER} for any other name. */
    int tag() {
        return tag;
    }

    /** The current tag's name in lower case (jsoup's normal name). */
    String tagName() {
        return tag != HtmlTags.OTHER ? HtmlTags.NAMES[tag] : nameAt(nameStart, nameEnd);
    }

    private String nameAt(int from, int to) {
        return new String(b, from, to - from, StandardCharsets.UTF_8).toLowerCase(java.util.Locale.ENGLISH);
    }

    /**
     * Whether the current tag's name is that of the start tag at {@code tagStart}, compared as {@link #tagName()}
     * compares: bytes ASCII case-insensitively when both are ASCII, as strings otherwise (where lower-casing may
     * change the length).
     */
    boolean sameName(int tagStart) {
        int from = tagStart + 1;
        int to = from;
        boolean ascii = true;
        while (to < b.length && (HtmlBytes.of(b[to]) & HtmlBytes.TAG_NAME_END) == 0) {
            ascii &= b[to] >= 0;
            to++;
        }
        for (int p = nameStart; p < nameEnd; p++) {
            ascii &= b[p] >= 0;
        }
        if (!ascii) {
            return nameAt(from, to).equals(tagName());
        }
        if (to - from != nameEnd - nameStart) {
            return false;
        }
        for (int k = 0; k < to - from; k++) {
            if (HtmlBytes.lower(b[from + k]) != HtmlBytes.lower(b[nameStart + k])) {
                return false;
            }
        }
        return true;
    }

    boolean selfClosing() {
        return selfClosing;
    }

    /** Offset of the token's first byte ({@code <} of a tag). */
    int start() {
        return start;
    }

    /** Offset just after the token ({@code >} of a tag). */
    int end() {
        return end;
    }

    /** Text, data or comment range: first byte. */
    int dataStart() {
        return dataStart;
    }

    int dataEnd() {
        return dataEnd;
    }

    /** The current tag's attributes (valid until the next token). */
    TagAttributes attrs() {
        return attrs;
    }

    /** A tokenizer standing on the tag that starts at {@code offset} (to read a tag again, e.g. to clone it). */
    static HtmlTokenizer tagAt(byte[] bytes, int offset) {
        HtmlTokenizer t = new HtmlTokenizer(bytes);
        t.pos = offset;
        t.next();
        return t;
    }

}
