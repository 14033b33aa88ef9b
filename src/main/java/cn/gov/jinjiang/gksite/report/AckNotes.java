package cn.gov.jinjiang.gksite.report;

import java.util.List;
import java.util.Map;

/**
 * What readers are told about the figures a report keeps as the original printed them: for each acknowledged
 * finding, the rule it breaks in a few plain words. The report page prints these under the table concerned; the
 * CSV and JSON downloads carry them with the cell.
 */
public final class AckNotes {
    private static final Map<String, String> RULES = Map.ofEntries(
            Map.entry("report.R1", "总计不等于各类申请人之和"),
            Map.entry("report.R2", "（七）总计不等于各项办理结果之和"),
            Map.entry("report.R3", "不满足“第一项加第二项之和，等于第三项加第四项之和”"),
            Map.entry("report.R4", "总计不等于各项结果之和"),
            Map.entry("report.R5", "与上一年度报告的“结转下年度继续办理”不一致"),
            Map.entry("report.R6", "与上一年度的现行有效件数及本年制发、废止件数不衔接"),
            Map.entry("report.R7", "不是有效的数字"),
            Map.entry("report.R8", "统计表不应留空"),
            Map.entry("report.R10", "正文中的数字与统计表不一致"),
            Map.entry("report.R11", "正文中的行政诉讼数与统计表不一致"),
            Map.entry("report.R12", "正文中的百分比与数字不符"),
            Map.entry("report.R13", "收费情况的说明位置与国家格式不同"),
            Map.entry("report.R14", "结构或用语与国家格式不同"),
            Map.entry("report.R15", "发布日期未载明或晚于条例规定的期限"),
            Map.entry("report.section-empty", "这一部分原报告未写内容"));

    private AckNotes() {}

    /**
     * One note for readers.
     *
     * @param table  二, 三 or 四 for a table cell, "" for the narrative or metadata
     * @param where  the cell in words (row / column) or the place in the narrative
     * @param value  the cell's value or the words as printed ("" for a blank cell)
     * @param shown  how it was printed, in words: 原报告空白, 原报告为 12, 原文“…”, or ""
     * @param code   the rule's code, e.g. report.R8
     * @param rule   the rule it breaks, in plain words
     * @param reason the editor's reason for keeping it
     */
    public record Note(
            String table, String where, String value, String shown, String code, String rule, String reason) {
        /** The rule's short id for readers, e.g. R8. */
        public String ruleId() {
            return code.replaceFirst("^report\\.", "");
        }
    }

    /** The plain-words rule of {@code code}. */
    public static String rule(String code) {
        return RULES.getOrDefault(code, "不符合年度报告的统计规则");
    }

    /** The notes of a report's acknowledged findings, in diagnostic order. */
    public static List<Note> of(AnnualReport r) {
        return r.acknowledged().stream().map(f -> note(r, f)).toList();
    }

    private static Note note(AnnualReport r, Finding f) {
        if (f.place().equals(FindingPlaces.FRONT_MATTER)) {
            return new Note(
                    "",
                    "报告的发布信息",
                    f.text(),
                    "",
                    f.code(),
                    rule(f.code()),
                    f.ack().reason());
        }
        if (f.cell().isEmpty()) {
            return new Note(
                    "",
                    f.place(),
                    f.text(),
                    "原文“" + f.text() + "”",
                    f.code(),
                    rule(f.code()),
                    f.ack().reason());
        }
        String[] p = f.cell().split("\\|", -1);
        String label = r.format().cellLabel(f.cell()).replaceFirst("^表" + p[0], "");
        return new Note(
                p[0],
                label,
                f.text(),
                f.text().isBlank() ? "原报告空白" : "原报告为 " + f.text().strip(),
                f.code(),
                rule(f.code()),
                f.ack().reason());
    }

    /** The notes of one cell, joined for a CSV field: "R8 原报告此处空白，未填数字（原报告如此）；…". */
    public static String cellText(List<Note> notes) {
        return String.join(
                "；",
                notes.stream()
                        .map(n -> n.ruleId() + " " + n.rule() + "（" + n.reason() + "）")
                        .toList());
    }
}
