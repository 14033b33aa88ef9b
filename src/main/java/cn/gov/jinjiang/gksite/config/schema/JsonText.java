package cn.gov.jinjiang.gksite.config.schema;

import cn.gov.jinjiang.gksite.diag.TextEscapes;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a JSON tree (maps, lists, texts, numbers, booleans, null) as indented text with sorted keys, so the same
 * definitions always give the same bytes. Lists of plain values stay on one line ({@code "type": ["null", "string"]}).
 */
public final class JsonText {
    private JsonText() {}

    /** {@code tree} as JSON text ending in a newline. */
    public static String write(Object tree) {
        StringBuilder sb = new StringBuilder();
        value(sb, tree, "");
        return sb.append('\n').toString();
    }

    private static void value(StringBuilder sb, Object v, String indent) {
        if (v instanceof Map<?, ?> m) {
            object(sb, m, indent);
        } else if (v instanceof List<?> l) {
            array(sb, l, indent);
        } else {
            sb.append(scalar(v));
        }
    }

    private static void object(StringBuilder sb, Map<?, ?> m, String indent) {
        if (m.isEmpty()) {
            sb.append("{}");
            return;
        }
        Map<String, Object> sorted = new TreeMap<>();
        m.forEach((k, v) -> sorted.put((String) k, v));
        String inner = indent + "  ";
        sb.append("{\n");
        int i = 0;
        for (Map.Entry<String, Object> e : sorted.entrySet()) {
            sb.append(inner).append(TextEscapes.json(e.getKey())).append(": ");
            value(sb, e.getValue(), inner);
            sb.append(++i < sorted.size() ? ",\n" : "\n");
        }
        sb.append(indent).append('}');
    }

    private static void array(StringBuilder sb, List<?> l, String indent) {
        if (l.stream().noneMatch(x -> x instanceof Map || x instanceof List)) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(scalar(l.get(i)));
            }
            sb.append(']');
            return;
        }
        String inner = indent + "  ";
        sb.append("[\n");
        for (int i = 0; i < l.size(); i++) {
            sb.append(inner);
            value(sb, l.get(i), inner);
            sb.append(i + 1 < l.size() ? ",\n" : "\n");
        }
        sb.append(indent).append(']');
    }

    private static String scalar(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof String s) {
            return TextEscapes.json(s);
        }
        if (v instanceof Boolean b) {
            return b.toString();
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof Integer || v instanceof Long) {
            return v.toString();
        }
        throw new IllegalArgumentException("not a JSON value: " + v.getClass());
    }
}
