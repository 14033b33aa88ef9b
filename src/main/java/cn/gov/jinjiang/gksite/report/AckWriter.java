package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.diag.TextEscapes;
import java.util.List;

/**
 * The text of a report's ack.yaml: a marker line (gksite rewrites only a file that starts with it), the year
 * and folder the list belongs to, the acknowledged entries and the open findings ({@code 待核对}). Every value is
 * a double-quoted scalar with JSON escapes (valid YAML), and comments are single lines with line breaks
 * removed, so no text taken from a report can change the file's structure.
 */
final class AckWriter {
    /** The first line of every ack.yaml gksite writes. */
    static final String MARKER = "# gksite 核对清单";

    private AckWriter() {}

    static String write(AnnualReport r, List<Acknowledgement> done, List<Finding> open) {
        StringBuilder sb = new StringBuilder();
        sb.append(MARKER).append("：由 gksite import report / gksite ack 写入。请用 gksite ack 核对，保留这一行。\n");
        sb.append("# 已核对：编辑核对后按原报告保留的问题；构建时不算错误，页面和下载数据中注明。\n");
        sb.append("# 待核对：尚未核对的问题；构建时仍按原级别报告。\n");
        sb.append(AckFile.YEAR).append(": ").append(r.year()).append('\n');
        sb.append(AckFile.REPORT).append(": ").append(q(r.page().dir())).append('\n');
        sb.append(AckFile.DONE).append(':').append(done.isEmpty() ? " []\n" : "\n");
        for (Acknowledgement a : done) {
            entry(sb, r, a.code(), a.cell(), a.place(), a.text());
            sb.append("    ")
                    .append(AckFile.REASON)
                    .append(": ")
                    .append(q(a.reason()))
                    .append('\n');
            sb.append("    ").append(AckFile.BY).append(": ").append(q(a.by())).append('\n');
            sb.append("    ")
                    .append(AckFile.DATE)
                    .append(": ")
                    .append(q(a.date()))
                    .append('\n');
        }
        sb.append(AckFile.PENDING).append(':').append(open.isEmpty() ? " []\n" : "\n");
        for (Finding f : open) {
            entry(sb, r, f.code(), f.cell(), f.place(), f.text());
            sb.append("    ")
                    .append(AckFile.NOTE)
                    .append(": ")
                    .append(q(f.diagnostic().message()))
                    .append('\n');
        }
        return sb.toString();
    }

    private static void entry(StringBuilder sb, AnnualReport r, String code, String cell, String place, String text) {
        sb.append("  # ")
                .append(comment(cell.isEmpty() ? place : r.format().cellLabel(cell)))
                .append('\n');
        sb.append("  - ").append(AckFile.CODE).append(": ").append(q(code)).append('\n');
        if (cell.isEmpty()) {
            sb.append("    ")
                    .append(AckFile.PLACE)
                    .append(": ")
                    .append(q(place))
                    .append('\n');
            sb.append("    ").append(AckFile.TEXT).append(": ").append(q(text)).append('\n');
            return;
        }
        String[] p = cell.split("\\|", -1);
        sb.append("    ")
                .append(AckFile.CELL)
                .append(": {")
                .append(AckFile.TABLE)
                .append(": ")
                .append(q(p[0]))
                .append(", ")
                .append(AckFile.ROW)
                .append(": ")
                .append(q(p[1]))
                .append(", ")
                .append(AckFile.COLUMN)
                .append(": ")
                .append(q(p[2]))
                .append("}\n");
        sb.append("    ").append(AckFile.VALUE).append(": ").append(q(text)).append('\n');
    }

    private static String q(String s) {
        return TextEscapes.json(s);
    }

    /** One comment line: every character YAML could read as a line break, and other controls, become spaces. */
    static String comment(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(
                    c < 0x20 || c == 0x7f || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
                            ? ' '
                            : c);
        }
        return sb.toString();
    }
}
