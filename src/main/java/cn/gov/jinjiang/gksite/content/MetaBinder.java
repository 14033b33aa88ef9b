package cn.gov.jinjiang.gksite.content;

import cn.gov.jinjiang.gksite.config.YamlDoc;
import cn.gov.jinjiang.gksite.config.YamlMap;
import cn.gov.jinjiang.gksite.config.schema.Key;
import cn.gov.jinjiang.gksite.config.schema.ValueType;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * Binds parsed front matter to {@link PageMeta}. Each key is read by the type {@link FrontMatterKeys} gives it: a
 * missing title and values of the wrong type are errors at their line; unknown keys are warnings with a did-you-mean.
 */
public final class MetaBinder {

    /** Returns the bound meta; problems go to {@code diags}. Never returns null. */
    public PageMeta bind(YamlDoc doc, Diagnostics diags) {
        String file = doc.file();
        YamlMap m = YamlMap.read(
                doc, doc.root().orElse(null), "页面头部（front matter）", FrontMatterKeys.PAGE.known(), "content", diags);
        Map<String, SourcePos> positions = new HashMap<>();
        for (String k : m.entries().keySet()) {
            positions.put(k, m.pos(k));
        }
        Map<String, Object> v = new HashMap<>();
        for (Key k : FrontMatterKeys.PAGE.keys()) {
            if (m.has(k.name())) {
                v.put(k.name(), read(m, k, diags));
            }
        }
        String title = text(v, "title").strip();
        for (Key k : FrontMatterKeys.PAGE.requiredKeys()) {
            // the title is the one key every page must have
            if (text(v, k.name()).isBlank()) {
                SourcePos pos = m.has(k.name()) ? m.pos(k.name()) : new SourcePos(file, 1, 1);
                diags.error(
                        "content.title-missing",
                        pos,
                        "页面缺少" + k.title() + "（" + k.name() + "）。",
                        "在文件开头的“---”之间加一行：" + k.name() + ": 页面" + k.title());
            }
        }
        return new PageMeta(
                title,
                blankToNull(text(v, "layout")),
                blankToNull(text(v, "url")),
                (LocalDate) v.get("date"),
                text(v, "description"),
                whole(v, "weight", 0),
                flag(v, "draft"),
                flag(v, "sample"),
                m.has("year") ? whole(v, "year", 0) : null,
                text(v, "索引号").strip(),
                text(v, "发布机构"),
                text(v, "主题分类"),
                (LocalDate) v.get("成文日期"),
                (LocalDate) v.get("发布日期"),
                text(v, "文号").strip(),
                text(v, "有效性").strip(),
                (Integer) v.get("page_size"),
                text(v, "解读").strip(),
                text(v, "替代").strip(),
                positions);
    }

    /** The value of one key, read by its type; null when it is not a value of that type (reported). */
    private static Object read(YamlMap m, Key k, Diagnostics diags) {
        ValueType t = k.type();
        if (t instanceof ValueType.Day) {
            return date(m, k.name(), diags);
        }
        if (t instanceof ValueType.Flag) {
            return bool(m, k.name(), diags);
        }
        if (t instanceof ValueType.Whole w) {
            return whole(m, k.name(), w, diags);
        }
        if (t instanceof ValueType.Text) {
            return m.string(k.name(), "", "content");
        }
        throw new IllegalStateException("front matter has no reader for " + t);
    }

    private static String text(Map<String, Object> v, String key) {
        return (String) v.getOrDefault(key, "");
    }

    private static int whole(Map<String, Object> v, String key, int fallback) {
        Object n = v.get(key);
        return n == null ? fallback : (Integer) n;
    }

    private static boolean flag(Map<String, Object> v, String key) {
        return Boolean.TRUE.equals(v.get(key));
    }

    /**
     * A whole number; outside the type's range (page_size: 1 to 500) an error and null. An empty value is the
     * fallback 0, as for a key not given.
     */
    private static Integer whole(YamlMap m, String key, ValueType.Whole range, Diagnostics diags) {
        String s = m.string(key, "", "content").strip();
        int n = integer(m, key, diags);
        if (s.matches("-?\\d+") && (n < range.min() || n > range.max())) {
            diags.error(
                    "content.type",
                    m.pos(key),
                    "“" + key + "”（" + FrontMatterKeys.PAGE.get(key).title() + "）应为 " + range.min() + " 到 "
                            + range.max() + " 的整数，实为“" + m.string(key, "", "content") + "”。",
                    "例如：" + key + ": 20");
            return null;
        }
        return n;
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s.strip();
    }

    private static LocalDate date(YamlMap m, String key, Diagnostics diags) {
        String s = m.string(key, "", "content").strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(
                    s.length() > 10 && s.charAt(10) == 'T' || s.length() > 10 && s.charAt(10) == ' '
                            ? s.substring(0, 10)
                            : s);
        } catch (DateTimeParseException e) {
            diags.error(
                    "content.type",
                    m.pos(key),
                    "“" + key + "”应为日期，格式 YYYY-MM-DD，实为“" + s + "”。",
                    "例如：" + key + ": 2026-01-20");
            return null;
        }
    }

    /** A whole number, or 0 when the value is empty or not a whole number (reported). */
    private static int integer(YamlMap m, String key, Diagnostics diags) {
        String s = m.string(key, "", "content").strip();
        if (s.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            diags.error("content.type", m.pos(key), "“" + key + "”应为整数，实为“" + s + "”。", "");
            return 0;
        }
    }

    private static boolean bool(YamlMap m, String key, Diagnostics diags) {
        String s = m.string(key, "", "content").strip();
        if (s.isEmpty() || ValueType.Flag.NO.contains(s)) {
            return false;
        }
        if (ValueType.Flag.YES.contains(s)) {
            return true;
        }
        diags.error("content.type", m.pos(key), "“" + key + "”应为 true 或 false，实为“" + s + "”。", "");
        return false;
    }
}
