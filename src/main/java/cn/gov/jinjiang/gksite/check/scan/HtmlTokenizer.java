package cn.gov.jinjiang.gksite.check.scan;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A pull tokenizer over a page's UTF-8 bytes following the HTML standard's tokenizer where it decides what
 * is markup: tags (ASCII case-insensitive names; attributes double-, single- or unquoted or without value;
 * the first of duplicate attributes wins), self-closing flags, comments including the abrupt {@code <!-->},
 * {@code <!DOCTYPE>}, {@code <!…>} and {@code <?…>} as bogus comments, CDATA sections where the tree allows
 * them (SVG and MathML), and the raw text, escapable raw text and plain text content models, switched by the
 * tree via {@link #content(TokenKind)}. All markup is ASCII, so nothing is decoded except what is asked for:
 * attribute values (character references only when a value has {@code &}) and text ranges.
 *
 * <p>Script data is scanned as raw text: it ends at the first {@code </script} followed by a space,
 * {@code /} or {@code >}, without the standard's escaped states for {@code <!--} inside scripts.
 */
final class HtmlTokenizer {
    private static final byte[] DOCTYPE_NAME = "doctype".getBytes(StandardCharsets.US_ASCII);

    private final byte[] b;
    private int pos;
    /** The content model after the current start tag ({@link TokenKind#TEXT}, DATA or LITERAL), null: none. */
    private TokenKind contentModel;

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
     * Sets the content model after the current start tag: {@link TokenKind#DATA} for raw text and
     * {@link TokenKind#TEXT} for escapable raw text, both ended by the current tag's end tag, or
     * {@link TokenKind#LITERAL} for plaintext (to the end).
     */
    void content(TokenKind model) {
        contentModel = model;
        contentTag = tag;
    }

    /** Whether {@code <![CDATA[} opens a CDATA section (the adjusted current node is SVG or MathML). */
    void cdataAllowed(boolean allowed) {
        cdata = allowed;
    }

    /** The next token's kind. */
    TokenKind next() {
        byte[] b = this.b;
        int n = b.length;
        if (pos >= n) {
            return TokenKind.EOF;
        }
        start = pos;
        if (contentModel != null) {
            return rawContent(n);
        }
        int p = pos;
        while (true) {
            p = HtmlBytes.indexOf(b, p, n, (byte) '<');
            if (p < 0 || p + 1 >= n) {
                return text(n, TokenKind.TEXT);
            }
            byte c = b[p + 1];
            if (HtmlBytes.isAlpha(c) || c == '!' || c == '?' || c == '/' && p + 2 < n) {
                if (p > pos) {
                    return text(p, TokenKind.TEXT);
                }
                break;
            }
            p++;
        }
        return markup(n);
    }

    private TokenKind rawContent(int n) {
        TokenKind model = contentModel;
        contentModel = null;
        if (model == TokenKind.LITERAL) {
            return text(n, TokenKind.LITERAL);
        }
        byte[] name = HtmlTags.bytes(contentTag);
        int p = pos;
        while (true) {
            p = HtmlBytes.indexOf(b, p, n, (byte) '<');
            if (p < 0) {
                p = n;
                break;
            }
            int q = p + 2 + name.length;
            if (q < n
                    && b[p + 1] == '/'
                    && matchName(p + 2, name)
                    && (HtmlBytes.of(b[q]) & HtmlBytes.TAG_NAME_END) != 0) {
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

    private TokenKind text(int to, TokenKind kind) {
        dataStart = pos;
        dataEnd = to;
        end = to;
        pos = to;
        return kind;
    }

    /** At a '<' that starts markup. */
    private TokenKind markup(int n) {
        int p = pos + 1;
        byte c = b[p];
        if (c == '!') {
            if (p + 2 < n && b[p + 1] == '-' && b[p + 2] == '-') {
                return comment(n, p + 3);
            }
            if (matchName(p + 1, DOCTYPE_NAME)) {
                bogus(n, p + 1);
                return TokenKind.DOCTYPE;
            }
            if (cdata && HtmlBytes.indexOf(b, p + 1, Math.min(n, p + 8), "[CDATA[") == p + 1) {
                int close = HtmlBytes.indexOf(b, p + 8, n, "]]>");
                dataStart = p + 8;
                dataEnd = close < 0 ? n : close;
                pos = end = close < 0 ? n : close + 3;
                return TokenKind.LITERAL;
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
            return tag(n, p + 1, TokenKind.END_TAG);
        }
        return tag(n, p, TokenKind.START_TAG);
    }

    private TokenKind comment(int n, int p) {
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
            while (close >= 0
                    && !(close + 2 < n && b[close + 2] == '>'
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
        return TokenKind.COMMENT;
    }

    private TokenKind bogus(int n, int from) {
        int close = from;
        while (close < n && b[close] != '>') {
            close++;
        }
        dataStart = from;
        dataEnd = close;
        pos = end = Math.min(n, close + 1);
        return TokenKind.COMMENT;
    }

    /** A tag whose name starts at {@code p}; at the end of the input an unfinished tag is dropped. */
    private TokenKind tag(int n, int p, TokenKind kind) {
        nameStart = p;
        p = names.read(p, n, HtmlBytes.TAG_NAME_END);
        nameEnd = p;
        tag = HtmlTags.lookup(names.low(), names.high(), nameEnd - nameStart);
        int after = attrs.parse(p);
        if (after < 0) {
            pos = end = n;
            return TokenKind.EOF;
        }
        selfClosing = attrs.selfClosing();
        pos = end = after;
        return kind;
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
        return new String(b, from, to - from, StandardCharsets.UTF_8).toLowerCase(Locale.ENGLISH);
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
