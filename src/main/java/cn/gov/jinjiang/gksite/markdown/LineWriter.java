package cn.gov.jinjiang.gksite.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.Arrays;

/**
 * The HTML {@link DirectRenderer} writes, laid out as flexmark's line writer lays it out under our options:
 * {@link #line} ends the current line unless it is empty, and spaces at the start of a line are dropped. Tabs
 * and blank lines, which flexmark's writer treats in ways of its own, are {@link Unsupported}. Text is copied
 * into a char array in bulk and scanned once for the few characters that need more than a copy (the JIT in
 * use compiles per-character String access poorly).
 */
final class LineWriter {
    /** Characters a text node's string must not hold to be copied as it is (escapes, entities, line ends). */
    private static final boolean[] TEXT_SPECIAL = table("<>\"&\\\r\t\n\0");
    /** Characters raw output must not hold to be copied as it is. */
    private static final boolean[] RAW_SPECIAL = table("\t\n");
    /** Characters an attribute value must not hold to be written as it is. */
    private static final boolean[] ATTR_SPECIAL = table("&<>\"");

    private char[] buf;
    private int len;
    private int lineStart;

    LineWriter(int capacity) {
        buf = new char[capacity];
    }

    private static boolean[] table(String chars) {
        boolean[] t = new boolean[128];
        for (char c : chars.toCharArray()) {
            t[c] = true;
        }
        return t;
    }

    void line() {
        if (len > lineStart) {
            put('\n');
            lineStart = len;
        }
    }

    /** Markup of ours: no spaces first, no tabs, no line ends. */
    void tag(String s) {
        int n = s.length();
        reserve(n);
        s.getChars(0, n, buf, len);
        len += n;
    }

    void attr(String name, String value) {
        tag(" " + name + "=\"");
        raw(attrValue(value));
        put('"');
    }

    /** A text node, unescaped and escaped as flexmark's core renderer does. */
    void text(Node n) {
        BasedSequence chars = n.getChars();
        // A node's characters are a stretch of the page's string (SubSequence reads them one at a time).
        if (!(chars instanceof SubSequence
                && chars.getBase() instanceof String base
                && copied(base, chars.getStartOffset(), chars.getEndOffset(), TEXT_SPECIAL))) {
            String text = chars.toString();
            escaped(TextRenderer.plain(text) ? text : Escaping.normalizeEOL(chars.unescape()));
        }
    }

    /** {@code s} with {@code & < > "} escaped, as flexmark's {@code text()} writes it. */
    void escaped(String s) {
        raw(s.indexOf('&') < 0 ? TextRenderer.escape(s) : Escaping.escapeHtml(s, false));
    }

    void raw(String s) {
        if (!copied(s, RAW_SPECIAL)) {
            rawSlowly(s);
        }
    }

    private boolean copied(String s, boolean[] special) {
        return copied(s, 0, s.length(), special);
    }

    /** Appends {@code s[from, to)} when it holds none of {@code special} and need not lose a leading space. */
    private boolean copied(String s, int from, int to, boolean[] special) {
        int n = to - from;
        if (n > 0 && len == lineStart && s.charAt(from) == ' ') {
            return false;
        }
        reserve(n);
        char[] b = buf;
        s.getChars(from, to, b, len);
        for (int i = len, end = len + n; i < end; i++) {
            char c = b[i];
            if (c < 128 && special[c]) {
                return false;
            }
        }
        len += n;
        return true;
    }

    private void rawSlowly(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\n' && len == lineStart) {
                throw Unsupported.INSTANCE;
            }
            if (c == '\n') {
                put(c);
                lineStart = len;
            } else if (c != ' ' || len > lineStart) {
                put(c);
            }
        }
    }

    private void put(char c) {
        reserve(1);
        buf[len++] = c;
    }

    private void reserve(int n) {
        if (len + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }
    }

    @Override
    public String toString() {
        return new String(buf, 0, len);
    }

    /** An attribute value as flexmark writes it ({@code Escaping.escapeHtml(value, true)}: entities kept). */
    static String attrValue(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 128 && ATTR_SPECIAL[c]) {
                return Escaping.escapeHtml(value, true);
            }
        }
        return value;
    }

    /** A node flexmark renders differently or text its line writer would reshape: flexmark renders the page. */
    static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Unsupported INSTANCE = new Unsupported();

        private Unsupported() {
            super(null, null, false, false);
        }
    }
}
