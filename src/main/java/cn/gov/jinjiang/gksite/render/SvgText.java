package cn.gov.jinjiang.gksite.render;

import cn.gov.jinjiang.gksite.diag.TextEscapes;
import java.util.Locale;

/** Text of the build-time SVG: templates with values, numbers as coordinates, escaped text. */
final class SvgText {
    private SvgText() {}

    /**
     * Appends {@code template} with each {@code {}} replaced by the next value, in order (numbers as
     * {@link StringBuilder#append} writes them: no locale, no grouping).
     */
    static void put(StringBuilder sb, String template, Object... values) {
        int from = 0;
        for (Object v : values) {
            int at = template.indexOf("{}", from);
            sb.append(template, from, at).append(v);
            from = at + 2;
        }
        sb.append(template, from, template.length());
    }

    /** A coordinate: an integer as is, otherwise one decimal. */
    static String fmt(double d) {
        if (d == Math.rint(d)) {
            return Long.toString((long) d);
        }
        return String.format(Locale.ROOT, "%.1f", d);
    }

    /** XML escape for text and attribute values. */
    static String esc(String s) {
        return TextEscapes.xml(s);
    }
}
