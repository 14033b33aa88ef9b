package cn.gov.jinjiang.gksite.diag;

/**
 * Escaping for the text formats gksite writes by hand (JSON lines, JSON downloads and records, XML
 * feeds and sitemaps, HTML error pages). One implementation, so every writer escapes alike.
 */
public final class TextEscapes {
    private TextEscapes() {}

    /**
     * A JSON string literal with the escapes RFC 8259 requires, plus U+2028/2029 (script safety), lone
     * surrogates, DEL and the BOM, so the output is safe to embed and to read with any parser.
     */
    public static String json(String s) {
        if (plain(s)) {
            return "\"" + s + "\"";
        }
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    boolean loneSurrogate = Character.isHighSurrogate(c)
                            ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
                            : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
                    if (c < 0x20
                            || c == 0x7f
                            || loneSurrogate
                            || c == '\u2028'
                            || c == '\u2029'
                            || c == '\u0085'
                            || c == '\uFEFF') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /**
     * Whether {@code s} has no lone surrogate, so that UTF-8 carries it as it is (a text decoded from UTF-8 never has
     * one; an escape in YAML or HTML can make one).
     */
    public static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether s has no character that {@link #json} escapes (it may escape surrogates, which this counts in). */
    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20
                    || c == '"'
                    || c == '\\'
                    || c == 0x7f
                    || c == '\u0085'
                    || c >= '\u2028' && c <= '\u2029'
                    || Character.isSurrogate(c)
                    || c == '\uFEFF') {
                return false;
            }
        }
        return true;
    }

    /**
     * Text for XML and HTML content and attribute values: the five markup characters escaped, and
     * characters XML 1.0 forbids (other control characters) dropped.
     */
    public static String xml(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
