package cn.gov.jinjiang.gksite.content;

import cn.gov.jinjiang.gksite.config.YamlDoc;
import cn.gov.jinjiang.gksite.config.YamlMap;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * Binds parsed front matter to {@link PageMeta}. A missing title and values of the wrong type are
 * errors at their line; unknown keys are warnings with a did-you-mean.
 */
public final class MetaBinder {

    /** Returns the bound meta; problems go to {@code diags}. Never returns null. */
    public PageMeta bind(YamlDoc doc, Diagnostics diags) {
        String file = doc.file();
        YamlMap m = YamlMap.read(doc, doc.root().orElse(null), "页面头部（front matter）", PageMeta.KEYS, "content",
                diags);
        Map<String, SourcePos> positions = new HashMap<>();
        for (String k : m.entries().keySet()) {
            positions.put(k, m.pos(k));
        }
        String title = m.string("title", "", "content").strip();
        if (title.isEmpty()) {
            SourcePos pos = m.has("title") ? m.pos("title") : new SourcePos(file, 1, 1);
            diags.error("content.title-missing", pos, "页面缺少标题（title）。",
                    "在文件开头的“---”之间加一行：title: 页面标题");
        }
        return new PageMeta(title, blankToNull(m.string("layout", "", "content")),
                blankToNull(m.string("url", "", "content")), date(m, "date", diags),
                m.string("description", "", "content"), integer(m, "weight", 0, diags), bool(m, "draft", diags),
                bool(m, "sample", diags), m.has("year") ? integer(m, "year", 0, diags) : null,
                m.string("索引号", "", "content").strip(), m.string("发布机构", "", "content"), m.string("主题分类", "", "content"),
                date(m, "成文日期", diags), date(m, "发布日期", diags), m.string("文号", "", "content").strip(),
                m.string("有效性", "", "content").strip(), pageSize(m, diags), m.string("解读", "", "content").strip(),
                m.string("替代", "", "content").strip(), positions);
    }

    private static Integer pageSize(YamlMap m, Diagnostics diags) {
        if (!m.has("page_size")) {
            return null;
        }
        String s = m.string("page_size", "", "content").strip();
        int n = integer(m, "page_size", 0, diags);
        if (s.matches("-?\\d+") && (n < 1 || n > 500)) {
            diags.error("content.type", m.pos("page_size"), "“page_size”（列表每页条数）应为 1 到 500 的整数，实为“"
                    + m.string("page_size", "", "content") + "”。", "例如：page_size: 20");
            return null;
        }
        return n;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static LocalDate date(YamlMap m, String key, Diagnostics diags) {
        String s = m.string(key, "", "content").strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(s.length() > 10 && s.charAt(10) == 'T' || s.length() > 10 && s.charAt(10) == ' '
                    ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            diags.error("content.type", m.pos(key), "“" + key + "”应为日期，格式 YYYY-MM-DD，实为“" + s + "”。",
                    "例如：" + key + ": 2026-01-20");
            return null;
        }
    }

    private static int integer(YamlMap m, String key, int fallback, Diagnostics diags) {
        String s = m.string(key, "", "content").strip();
        if (s.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            diags.error("content.type", m.pos(key), "“" + key + "”应为整数，实为“" + s + "”。", "");
            return fallback;
        }
    }

    private static boolean bool(YamlMap m, String key, Diagnostics diags) {
        String s = m.string(key, "", "content").strip();
        switch (s) {
            case "", "false", "no", "否" -> {
                return false;
            }
            case "true", "yes", "是" -> {
                return true;
            }
            default -> {
                diags.error("content.type", m.pos(key), "“" + key + "”应为 true 或 false，实为“" + s + "”。", "");
                return false;
            }
        }
    }
}
