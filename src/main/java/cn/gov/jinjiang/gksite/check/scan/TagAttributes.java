package cn.gov.jinjiang.gksite.check.scan;

import java.util.Arrays;

/**
 * The attributes of the tag an {@link HtmlTokenizer} stands on, as offsets of names and values in the page.
 * Values are decoded only when asked for; of duplicate names (ASCII case-insensitive) the first wins, as in
 * jsoup.
 */
final class TagAttributes {
    private final byte[] b;
    private final PackedName.Reader names;
    /** Per attribute: name start and end, value start and end (-1: no value). */
    private int[] attr = new int[32];
    /** Per attribute: its name packed (two longs, see {@link PackedName}), so a look-up compares numbers. */
    private long[] keys = new long[16];

    private int count;
    private boolean selfClosing;

    TagAttributes(byte[] bytes, PackedName.Reader names) {
        this.b = bytes;
        this.names = names;
    }

    /**
     * Reads the attributes of a tag from {@code p} (after its name) to its {@code >}, by the standard's
     * attribute states. Returns the offset just after {@code >}, or -1 when the page ends inside the tag (which
     * is then dropped).
     */
    int parse(int p) {
        byte[] b = this.b;
        count = 0;
        selfClosing = false;
        int n = b.length;
        while (true) {
            while (p < n && (HtmlBytes.of(b[p]) & HtmlBytes.SPACE) != 0) {
                p++;
            }
            if (p >= n) {
                return -1;
            }
            byte c = b[p];
            if (c == '>') {
                return p + 1;
            }
            if (c == '/') {
                p++;
                if (p < n && b[p] == '>') {
                    selfClosing = true;
                    return p + 1;
                }
                continue;
            }
            int ns = p;
            if (c == '=') {
                // A name may start with '=' (only a later one ends it): read past it, then pack it all.
                p = names.read(p + 1, n, HtmlBytes.ATTRIBUTE_NAME_END);
                names.read(ns, p, 0);
            } else {
                p = names.read(p, n, HtmlBytes.ATTRIBUTE_NAME_END);
            }
            int ne = p;
            while (p < n && (HtmlBytes.of(b[p]) & HtmlBytes.SPACE) != 0) {
                p++;
            }
            int vs = -1;
            int ve = -1;
            if (p < n && b[p] == '=') {
                p++;
                while (p < n && (HtmlBytes.of(b[p]) & HtmlBytes.SPACE) != 0) {
                    p++;
                }
                if (p >= n) {
                    return -1;
                }
                byte q = b[p];
                if (q == '"' || q == '\'') {
                    vs = p + 1;
                    ve = HtmlBytes.indexOf(b, vs, n, q);
                    if (ve < 0) {
                        return -1;
                    }
                    p = ve + 1;
                } else {
                    vs = p;
                    while (p < n && (HtmlBytes.of(b[p]) & HtmlBytes.UNQUOTED_END) == 0) {
                        p++;
                    }
                    ve = p;
                }
            }
            add(ns, ne, vs, ve);
        }
    }

    private void add(int nameStart, int nameEnd, int valueStart, int valueEnd) {
        if (count * 4 + 4 > attr.length) {
            attr = Arrays.copyOf(attr, attr.length * 2);
            keys = Arrays.copyOf(keys, keys.length * 2);
        }
        keys[2 * count] = names.low();
        keys[2 * count + 1] = names.high();
        int i = count++ * 4;
        attr[i] = nameStart;
        attr[i + 1] = nameEnd;
        attr[i + 2] = valueStart;
        attr[i + 3] = valueEnd;
    }

    /** Whether the tag parsed last ends with {@code />}. */
    boolean selfClosing() {
        return selfClosing;
    }

    /** Whether the tag has any attribute. */
    boolean any() {
        return count > 0;
    }

    /** Whether the tag has the attribute. */
    boolean has(PackedName name) {
        return find(name) >= 0;
    }

    /**
     * The value of the first attribute of that name, character references decoded as jsoup decodes them in
     * attribute values; "" for an attribute without value, null when absent.
     */
    String get(PackedName name) {
        int i = find(name);
        if (i < 0) {
            return null;
        }
        return attr[i + 2] < 0 ? "" : PageText.decode(b, attr[i + 2], attr[i + 3], true, true);
    }

    /** Like {@link #get}, "" when absent. */
    String getOrEmpty(PackedName name) {
        String v = get(name);
        return v == null ? "" : v;
    }

    /**
     * Whether the attribute is absent or its value {@link String#isBlank() is blank} once decoded; a value of
     * plain ASCII is judged on its bytes, without making a string.
     */
    boolean blank(PackedName name) {
        int i = find(name);
        if (i < 0 || attr[i + 2] < 0) {
            return true;
        }
        for (int p = attr[i + 2]; p < attr[i + 3]; p++) {
            byte c = b[p];
            if (c <= 0 || c == '&') {
                return getOrEmpty(name).isBlank();
            }
            // Character.isWhitespace for ASCII: tab to carriage return, the four separators, space.
            if (!(c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F)) {
                return false;
            }
        }
        return true;
    }

    private int find(PackedName name) {
        int length = name.length();
        long low = name.low();
        long high = name.high();
        for (int i = 0; i < count; i++) {
            if (keys[2 * i] == low && keys[2 * i + 1] == high && attr[4 * i + 1] - attr[4 * i] == length) {
                return 4 * i;
            }
        }
        return -1;
    }
}
