package cn.gov.jinjiang.gksite.check;

import java.util.Arrays;

/**
 * The attributes of the tag an {@link HtmlTokenizer} stands on, as offsets of names and values in the page.
 * Values are decoded only when asked for; of duplicate names (ASCII case-insensitive) the first wins, as in
 * jsoup.
 */
final class TagAttributes {
    private final byte[] b;
    /** Per attribute: name start and end, value start and end (-1: no value). */
    private int[] attr = new int[32];
    private int count;

    TagAttributes(byte[] bytes) {
        this.b = bytes;
    }

    /**
     * Reads the attributes of a tag from {@code p} (after its name) to its {@code >}, by the standard's
     * attribute states. Returns the offset after {@code >} plus one, negated when the tag is self-closing, or
     * -1 when the page ends inside the tag (which is then dropped).
     */
    int parse(int p) {
        byte[] b = this.b;
        count = 0;
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
                return p + 2;
            }
            if (c == '/') {
                p++;
                if (p < n && b[p] == '>') {
                    return -(p + 2);
                }
                continue;
            }
            int ns = p++;
            while (p < n && (HtmlBytes.of(b[p]) & HtmlBytes.ATTRIBUTE_NAME_END) == 0) {
                p++;
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
                    if (ve >= n) {
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
        }
        int i = count++ * 4;
        attr[i] = nameStart;
        attr[i + 1] = nameEnd;
        attr[i + 2] = valueStart;
        attr[i + 3] = valueEnd;
    }

    /** Whether the tag has any attribute. */
    boolean any() {
        return count > 0;
    }

    /** Whether the tag has the attribute (a lower-case ASCII name). */
    boolean has(String name) {
        return find(name) >= 0;
    }

    /**
     * The value of the first attribute of that name (lower-case ASCII), character references decoded as jsoup
     * decodes them in attribute values; "" for an attribute without value, null when absent.
     */
    String get(String name) {
        int i = find(name);
        if (i < 0) {
            return null;
        }
        return attr[i + 2] < 0 ? "" : HtmlTokenizer.text(b, attr[i + 2], attr[i + 3], true, true);
    }

    /** Like {@link #get(String)}, "" when absent. */
    String getOrEmpty(String name) {
        String v = get(name);
        return v == null ? "" : v;
    }

    private int find(String name) {
        int len = name.length();
        outer:
        for (int i = 0; i < count * 4; i += 4) {
            int from = attr[i];
            if (attr[i + 1] - from != len) {
                continue;
            }
            for (int k = 0; k < len; k++) {
                if (HtmlBytes.lower(b[from + k]) != name.charAt(k)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
