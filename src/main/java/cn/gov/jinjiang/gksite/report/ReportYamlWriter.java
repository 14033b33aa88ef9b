package cn.gov.jinjiang.gksite.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a year's data.yaml from cell values, in the layout editors see in the repository's own
 * reports: header comments, one flow mapping per 表二/表四 row, one list of seven per 表三 row, and the
 * keys of sibling rows padded so their values line up (a CJK character counts as two columns). Every
 * row and column comes from {@link ReportFormat}; a null value is written as {@code ""}, which the
 * build then reports as an empty cell (R8) at its own line.
 */
public final class ReportYamlWriter {

    /**
     * The data.yaml text.
     *
     * @param year  the report year (chooses the format)
     * @param org   the organisation named in the header comment; empty for none
     * @param cells values keyed by {@link AnnualReport#key}; a missing or null value is written as ""
     */
    public String write(int year, String org, Map<String, BigDecimal> cells) {
        ReportFormat f = ReportFormat.forYear(year);
        StringBuilder sb = new StringBuilder();
        String who = org == null || org.isBlank() ? "" : org.strip() + " ";
        sb.append("# ").append(who).append(year).append(" 年政府信息公开工作年度报告：统计表（二、三、四）\n");
        sb.append("# 表格的版式由主题按国家统一格式（").append(f.version().source()).append("）绘制；这里只填数字。\n");
        sb.append("# 没有发生的事项填 0，不要留空，也不要填“/”或“-”。\n");
        sb.append("年度: ").append(year).append('\n');
        sb.append("格式: ").append(f.version().id()).append('\n');

        sb.append("\n# ").append(ReportFormat.HEADINGS[1]).append('\n');
        sb.append(ReportSchema.DISCLOSURE).append(":\n");
        List<String> t2rows =
                f.disclosure().stream().flatMap(b -> b.rows().stream()).toList();
        int w2 = keyWidth(t2rows);
        for (DisclosureBlock b : f.disclosure()) {
            sb.append("  # ").append(b.item()).append(unitSuffix(b.columns())).append('\n');
            for (String row : b.rows()) {
                sb.append("  ")
                        .append(pad(row + ":", w2))
                        .append(mapping("二", row, b.columns(), cells))
                        .append('\n');
            }
        }

        sb.append("\n# ").append(ReportFormat.HEADINGS[2]).append('\n');
        List<String> names = f.applicantColumns().stream().map(Column::key).toList();
        sb.append("# 每行 ")
                .append(names.size())
                .append(" 个数，依次为：")
                .append(String.join(", ", names))
                .append('\n');
        sb.append(ReportSchema.APPLICATIONS).append(":\n");
        applicationRows(sb, 1, "", f.applicationRows(), f.applicantColumns(), cells);

        sb.append("\n# ").append(ReportFormat.HEADINGS[3]).append('\n');
        sb.append(ReportSchema.REVIEWS).append(":\n");
        int w4 = keyWidth(f.reviewGroups());
        for (String g : f.reviewGroups()) {
            sb.append("  ")
                    .append(pad(g + ":", w4))
                    .append(mapping("四", g, f.reviewColumns(), cells))
                    .append('\n');
        }
        return sb.toString();
    }

    private static void applicationRows(
            StringBuilder sb,
            int depth,
            String prefix,
            List<RowSpec> specs,
            List<Column> columns,
            Map<String, BigDecimal> cells) {
        // keys line up only in a group of leaves; pad() to width 0 is "key: "
        int w = specs.stream().allMatch(RowSpec::isLeaf)
                ? keyWidth(specs.stream().map(RowSpec::key).toList())
                : 0;
        String indent = "  ".repeat(depth);
        for (RowSpec spec : specs) {
            String path = prefix.isEmpty() ? spec.key() : prefix + "." + spec.key();
            if (!spec.isLeaf()) {
                sb.append(indent).append(spec.key()).append(":\n");
                applicationRows(sb, depth + 1, path, spec.children(), columns, cells);
                continue;
            }
            List<String> vals = new ArrayList<>();
            for (Column c : columns) {
                vals.add(value(cells.get(AnnualReport.key("三", path, c.key()))));
            }
            sb.append(indent)
                    .append(pad(spec.key() + ":", w))
                    .append('[')
                    .append(String.join(", ", vals))
                    .append("]\n");
        }
    }

    private static String mapping(String table, String row, List<Column> columns, Map<String, BigDecimal> cells) {
        List<String> parts = new ArrayList<>();
        for (Column c : columns) {
            parts.add(c.key() + ": " + value(cells.get(AnnualReport.key(table, row, c.key()))));
        }
        return "{" + String.join(", ", parts) + "}";
    }

    /** "（单位：万元）" when a column's printed label adds a unit to its key. */
    private static String unitSuffix(List<Column> columns) {
        for (Column c : columns) {
            if (!c.label().equals(c.key()) && c.label().startsWith(c.key())) {
                return c.label().substring(c.key().length());
            }
        }
        return "";
    }

    private static String value(BigDecimal v) {
        return v == null ? "\"\"" : v.toPlainString();
    }

    /** The padded width of "key: " for the widest key of a group. */
    private static int keyWidth(List<String> keys) {
        return keys.stream().mapToInt(k -> width(k) + 2).max().orElse(0);
    }

    private static String pad(String keyColon, int width) {
        return keyColon + " ".repeat(Math.max(1, width - width(keyColon)));
    }

    /** Display width: two columns for a CJK (wide) character, one otherwise. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += cp >= 0x1100
                            && (cp <= 0x115F
                                    || (cp >= 0x2E80 && cp <= 0xA4CF)
                                    || (cp >= 0xAC00 && cp <= 0xD7A3)
                                    || (cp >= 0xF900 && cp <= 0xFAFF)
                                    || (cp >= 0xFE30 && cp <= 0xFE4F)
                                    || (cp >= 0xFF00 && cp <= 0xFF60)
                                    || (cp >= 0xFFE0 && cp <= 0xFFE6)
                                    || cp >= 0x20000)
                    ? 2
                    : 1;
            i += Character.charCount(cp);
        }
        return w;
    }
}
