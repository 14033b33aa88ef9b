package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.config.YamlDoc;
import cn.gov.jinjiang.gksite.config.YamlMap;
import cn.gov.jinjiang.gksite.content.DataFile;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.diag.Suggest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a report's ack.yaml (its 核对清单) strictly. The file names the year and the report folder it
 * belongs to: a list copied into another year's or another body's folder is refused as a whole
 * ({@code report.ack.misplaced}), so an acknowledgement never covers the same mistake in another report. An
 * entry that names no rule code, no cell of the national format, no reason in Chinese, no checker or no valid
 * date is an error ({@code report.ack.invalid}) and covers nothing.
 */
final class AckFile {
    /** The file's name in the report folder, and its data name (without .yaml). */
    static final String FILE = "ack.yaml";

    static final String NAME = "ack";
    static final String YEAR = "年度";
    static final String REPORT = "报告";
    static final String DONE = "已核对";
    static final String PENDING = "待核对";
    static final String CODE = "代码";
    static final String CELL = "单元格";
    static final String VALUE = "值";
    static final String PLACE = "位置";
    static final String TEXT = "原文";
    static final String REASON = "理由";
    static final String BY = "核对人";
    static final String DATE = "日期";
    static final String NOTE = "说明";
    static final String TABLE = "表";
    static final String ROW = "行";
    static final String COLUMN = "列";
    /** More entries than a report has findings to give is a mistake, not a list to work through. */
    static final int MAX_ENTRIES = 2000;

    private static final String INVALID = "report.ack.invalid";
    private static final String MISPLACED = "report.ack.misplaced";
    private static final List<String> TOP = List.of(YEAR, REPORT, DONE, PENDING);
    private static final List<String> ENTRY = List.of(CODE, CELL, VALUE, PLACE, TEXT, REASON, BY, DATE, NOTE);

    private AckFile() {}

    /** The list in {@code file} for report {@code r}; problems go to {@code diags}. */
    static AckList read(DataFile file, AnnualReport r, Diagnostics diags) {
        YamlDoc doc = file.doc();
        YamlMap top = YamlMap.read(doc, doc.root().orElse(null), FILE, TOP, "report.ack", diags);
        String year = top.string(YEAR, "", "report.ack");
        String folder = top.string(REPORT, "", "report.ack");
        if (!year.equals(String.valueOf(r.year())) || !folder.equals(r.page().dir())) {
            SourcePos at = !year.equals(String.valueOf(r.year())) ? top.pos(YEAR) : top.pos(REPORT);
            diags.error(
                    MISPLACED,
                    at,
                    "这份核对清单写明属于“" + folder + "”的 " + (year.isEmpty() ? "（未写年度）" : year)
                            + " 年度报告，却放在 " + r.page().dir() + "/ 的 " + r.year() + " 年度报告中：已核对的问题只对原报告有效，"
                            + "清单中的条目一律不适用。",
                    "核对清单不能随报告复制到别的年度或机构；删去这个 ack.yaml，对这份报告的问题逐项核对（gksite ack " + r.year() + "），或在文件开头写明“" + YEAR
                            + ": " + r.year() + "”和“" + REPORT + ": " + r.page().dir() + "”。");
            return AckList.NONE;
        }
        Set<String> cells = cellKeys(r.format());
        List<Acknowledgement> done = entries(top, DONE, true, r, cells, diags);
        List<Acknowledgement> pending = entries(top, PENDING, false, r, cells, diags);
        return new AckList(done, pending);
    }

    private static List<Acknowledgement> entries(
            YamlMap top, String key, boolean done, AnnualReport r, Set<String> cells, Diagnostics diags) {
        YamlDoc doc = top.doc();
        Node list = top.node(key).orElse(null);
        if (list == null || YamlDoc.isNull(list)) {
            return List.of();
        }
        if (!(list instanceof SequenceNode seq)) {
            diags.error(
                    INVALID,
                    doc.pos(list),
                    "“" + key + "”应为列表（每条以“- ”开头），实为" + YamlDoc.kind(list) + "。",
                    "用 gksite ack 写入核对结果，不要手工改动结构。");
            return List.of();
        }
        List<Acknowledgement> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Node> items = seq.getValue();
        if (items.size() > MAX_ENTRIES) {
            diags.error(
                    INVALID,
                    doc.pos(items.get(MAX_ENTRIES)),
                    "“" + key + "”有 " + items.size() + " 条，超过上限 " + MAX_ENTRIES + " 条：一份报告没有这么多问题，清单中的条目一律不适用。",
                    "检查这个文件是否被错误地生成或拼接。");
            return List.of();
        }
        for (Node item : items) {
            if (!(item instanceof MappingNode)) {
                diags.error(
                        INVALID,
                        doc.pos(item),
                        "“" + key + "”中的这一条应为“键: 值”的映射，实为" + YamlDoc.kind(item) + "。",
                        "每一条写明“" + CODE + "”“" + CELL + "”或“" + PLACE + "”等，见 README“按原报告保留的问题”。");
                continue;
            }
            Acknowledgement a = entry(
                    YamlMap.read(doc, item, "“" + key + "”中的一条", ENTRY, "report.ack", diags),
                    doc.pos(item),
                    done,
                    r,
                    cells,
                    diags);
            if (a == null) {
                continue;
            }
            if (!seen.add(a.subject())) {
                diags.error(INVALID, a.pos(), "这一条与前面的一条核对的是同一个问题。", "删去重复的一条。");
                continue;
            }
            out.add(a);
        }
        return out;
    }

    private static Acknowledgement entry(
            YamlMap m, SourcePos at, boolean done, AnnualReport r, Set<String> cells, Diagnostics diags) {
        String code = m.string(CODE, "", "report.ack");
        if (!Finding.acknowledgeable(code)) {
            diags.error(
                    INVALID,
                    m.has(CODE) ? m.pos(CODE) : at,
                    code.isEmpty() ? "这一条没有写“" + CODE + "”。" : "“" + code + "”不是可以核对的报告规则代码。",
                    "写报告规则的代码，如 report.R8、report.R3（只有报告规则 R1–R15 和 report.section-empty 可以核对）。");
            return null;
        }
        String cell = "";
        String place = "";
        String text;
        if (m.has(CELL) == m.has(PLACE)) {
            diags.error(
                    INVALID,
                    at,
                    "每一条要写明问题所在：统计表的“" + CELL + "”或正文的“" + PLACE + "”，两者只写一个。",
                    "例如“" + CELL + ": {" + TABLE + ": 三, " + ROW + ": 本年新收, " + COLUMN + ": 自然人}”。");
            return null;
        }
        if (m.has(CELL)) {
            cell = cell(
                    YamlMap.read(
                            m.doc(),
                            m.node(CELL).get(),
                            "“" + CELL + "”",
                            List.of(TABLE, ROW, COLUMN),
                            "report.ack",
                            diags),
                    m.pos(CELL),
                    r,
                    cells,
                    diags);
            if (cell == null) {
                return null;
            }
            text = required(m, VALUE, at, "单元格核对时的值（原报告空白时写 \"\"）", false, diags);
        } else {
            place = required(m, PLACE, at, "问题所在的位置", true, diags);
            text = required(m, TEXT, at, "问题所在的原文", true, diags);
        }
        if (text == null || place == null) {
            return null;
        }
        String reason = "";
        String by = "";
        String date = "";
        if (done) {
            reason = required(m, REASON, at, "保留原样的理由", true, diags);
            by = required(m, BY, at, "核对人", true, diags);
            date = required(m, DATE, at, "核对日期", true, diags);
            if (reason == null || by == null || date == null) {
                return null;
            }
            if (!reason.matches("(?s).*\\p{IsHan}.*")) {
                diags.error(
                        INVALID,
                        m.pos(REASON),
                        "“" + REASON + "”应以中文写明保留原样的原因，实为“" + reason + "”。",
                        "例如“" + REASON + ": 原报告如此”。");
                return null;
            }
            try {
                LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                diags.error(
                        INVALID,
                        m.pos(DATE),
                        "“" + DATE + "”应为 yyyy-MM-dd 格式的日期，实为“" + date + "”。",
                        "例如“" + DATE + ": 2026-12-02”。");
                return null;
            }
        }
        return new Acknowledgement(code, cell, place, text, reason.strip(), by.strip(), date, at);
    }

    private static String required(
            YamlMap m, String key, SourcePos at, String what, boolean nonBlank, Diagnostics diags) {
        String s = m.string(key, null, "report.ack");
        if (s == null || (nonBlank && s.isBlank())) {
            diags.error(
                    INVALID,
                    m.has(key) ? m.pos(key) : at,
                    "这一条缺少“" + key + "”（" + what + "）。",
                    "补上“" + key + ": …”，或用 gksite ack 写入。");
            return null;
        }
        return s;
    }

    /** The cell key a {@code 单元格} entry names, or null (reported) when the report's format has no such cell. */
    private static String cell(YamlMap c, SourcePos at, AnnualReport r, Set<String> cells, Diagnostics diags) {
        String key = AnnualReport.key(
                c.string(TABLE, "", "report.ack"), c.string(ROW, "", "report.ack"), c.string(COLUMN, "", "report.ack"));
        if (cells.contains(key)) {
            return key;
        }
        Set<String> rows = new LinkedHashSet<>();
        cells.forEach(k -> rows.add(k.substring(0, k.lastIndexOf('|')).replace('|', ' ')));
        String row = key.substring(0, key.lastIndexOf('|')).replace('|', ' ');
        // a guess only for a name of a sensible length: the edit distance costs length × length
        String guess = row.length() > 100 ? null : Suggest.closest(row, rows);
        diags.error(
                INVALID,
                at,
                r.year() + " 年度报告（" + r.format().version().id() + " 年格式）没有单元格“" + key.replace("|", " / ") + "”。",
                "写成“" + CELL + ": {" + TABLE + ": 三, " + ROW + ": 本年新收, " + COLUMN + ": 自然人}”，行与列用 data.yaml 中的名称"
                        + (guess == null ? "" : "；是不是“" + guess + "”？"));
        return null;
    }

    /** Every cell key of a format's three tables. */
    static Set<String> cellKeys(ReportFormat f) {
        Set<String> keys = new HashSet<>();
        for (DisclosureBlock b : f.disclosure()) {
            for (String row : b.rows()) {
                b.columns().forEach(c -> keys.add(AnnualReport.key("二", row, c.key())));
            }
        }
        for (String row : f.applicationRowKeys()) {
            f.applicantColumns().forEach(c -> keys.add(AnnualReport.key("三", row, c.key())));
        }
        for (String g : f.reviewGroups()) {
            f.reviewColumns().forEach(c -> keys.add(AnnualReport.key("四", g, c.key())));
        }
        return keys;
    }
}
