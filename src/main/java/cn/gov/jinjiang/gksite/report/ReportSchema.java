package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.config.YamlDoc;
import cn.gov.jinjiang.gksite.config.YamlMap;
import cn.gov.jinjiang.gksite.config.schema.Key;
import cn.gov.jinjiang.gksite.config.schema.Shape;
import cn.gov.jinjiang.gksite.content.DataFile;
import cn.gov.jinjiang.gksite.content.Page;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.diag.Suggest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a report's data.yaml against the national format of its year. Every row and column must be
 * present; counts are integers ≥ 0 (R7), money is a number ≥ 0, and a blank, "/" or "-" cell is its
 * own error (R8). Each problem is reported at the cell's own line and column.
 *
 * <pre>
 * 主动公开:                       # 二、主动公开政府信息情况
 *   规章: {本年制发件数: 0, 本年废止件数: 0, 现行有效件数: 0}
 * 依申请公开:                     # 三；每行 7 列：自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计
 *   本年新收: [20, 0, 0, 0, 0, 0, 20]
 *   办理结果:
 *     不予公开:
 *       属于国家秘密: [0, 0, 0, 0, 0, 0, 0]
 * 复议诉讼:                       # 四
 *   行政复议: {结果维持: 0, 结果纠正: 0, 其他结果: 0, 尚未审结: 0, 总计: 0}
 * </pre>
 */
public final class ReportSchema {
    public static final String DISCLOSURE = "主动公开";
    public static final String APPLICATIONS = "依申请公开";
    public static final String REVIEWS = "复议诉讼";
    /**
     * Digits before and after the point a cell may have: counts of a year (a city's applications run to thousands)
     * and money in 万元 fit in twelve integer digits many times over. A value like {@code 1e999999999} is a number
     * to YAML but no figure of a report, and adding it to another would need a billion digits.
     */
    static final int MAX_DIGITS = 12;

    static final int MAX_DECIMALS = 6;
    /** Longest text read as a number (a sign, twelve digits, a point and six decimals fit well within it). */
    private static final int MAX_NUMBER_TEXT = 40;

    public AnnualReport read(int year, Page page, DataFile data, Diagnostics diags) {
        ReportFormat format = ReportFormat.forYear(year);
        YamlDoc doc = data.doc();
        Map<String, Cell> cells = new LinkedHashMap<>();
        Shape keys = ReportKeys.file(format.version());
        YamlMap top = YamlMap.read(doc, doc.root().orElse(null), data.source(), keys.known(), "report.schema", diags);
        String y = top.string(ReportKeys.YEAR, "", "report.schema");
        if (!y.isEmpty() && !y.equals(String.valueOf(year))) {
            diags.error(
                    "report.schema.year",
                    top.pos(ReportKeys.YEAR),
                    "data.yaml 的年度为 " + y + "，但报告页面是 " + year + " 年度。",
                    "核对年度，或把数据放到正确年份的目录。");
        }
        String f = top.string(ReportKeys.FORMAT, "", "report.schema");
        if (!f.isEmpty() && !f.equals(format.version().id())) {
            diags.error(
                    "report.R14",
                    top.pos(ReportKeys.FORMAT),
                    year + " 年度报告应使用 " + format.version().id() + " 年格式（"
                            + format.version().source() + "），data.yaml 写的是“" + f + "”。",
                    "删去“格式”一行，或改为 " + format.version().id() + "。");
        }
        Reader r = new Reader(doc, diags, cells);
        YamlMap t2 = r.section(top, keys.get(DISCLOSURE));
        if (t2 != null) {
            List<String> t2rows =
                    format.disclosure().stream().flatMap(b -> b.rows().stream()).toList();
            r.checkUnknown(t2, t2rows, "表二");
            for (DisclosureBlock b : format.disclosure()) {
                for (String row : b.rows()) {
                    r.mapRow(t2, "二", row, row, b.columns());
                }
            }
        }
        YamlMap t3 = r.section(top, keys.get(APPLICATIONS));
        if (t3 != null) {
            r.applicationRows(t3, "", format.applicationRows(), format.applicantColumns());
        }
        YamlMap t4 = r.section(top, keys.get(REVIEWS));
        if (t4 != null) {
            r.checkUnknown(t4, format.reviewGroups(), "表四");
            for (String g : format.reviewGroups()) {
                r.mapRow(t4, "四", g, g, format.reviewColumns());
            }
        }
        return new AnnualReport(year, format, page, data.source(), cells);
    }

    /** Reading state for one file. */
    private static final class Reader {
        private final YamlDoc doc;
        private final Diagnostics diags;
        private final Map<String, Cell> cells;

        Reader(YamlDoc doc, Diagnostics diags, Map<String, Cell> cells) {
            this.doc = doc;
            this.diags = diags;
            this.cells = cells;
        }

        /**
         * The section {@code k} of the file; null when it is written but empty (reported at its key: its rows are
         * all missing, and an empty table must not pass as one with nothing to report).
         */
        YamlMap section(YamlMap top, Key k) {
            String key = k.name();
            if (!top.has(key)) {
                diags.error(
                        "report.schema.missing",
                        doc.start(),
                        "data.yaml 缺少“" + key + "”（" + k.title() + "）。",
                        "用 gksite new report 生成完整的模板，或从上一年的 data.yaml 复制这一节。");
            }
            YamlMap m = YamlMap.read(doc, top.node(key).orElse(null), "“" + key + "”", null, "report.schema", diags);
            if (top.has(key) && m.entries().isEmpty()) {
                reportEmpty(top.node(key).get(), top.keyPos(key), "data.yaml 的“" + key + "”（" + k.title() + "）");
                return null;
            }
            return m;
        }

        /**
         * A {@code report.schema.missing} error at {@code at} for a section or group written with nothing under it; a
         * value that is no mapping at all is reported as such already, and its rows are not looked for either.
         */
        private void reportEmpty(Node n, SourcePos at, String what) {
            if (YamlDoc.isNull(n) || n instanceof MappingNode) {
                diags.error(
                        "report.schema.missing",
                        at,
                        what + "是空的，缺少其中的各行。",
                        "补上这一部分的各行；没有发生的事项填 0。可从 gksite new report 生成的模板或上一年的 data.yaml 复制。");
            }
        }

        void checkUnknown(YamlMap map, List<String> known, String table) {
            for (String k : map.entries().keySet()) {
                if (!known.contains(k)) {
                    String hint = Suggest.hint(k, known);
                    diags.error(
                            "report.schema.unknown-key",
                            map.keyPos(k),
                            table + " 中没有“" + k + "”这一行。",
                            hint.isEmpty() ? "这一级可用的行：" + String.join("、", known) : hint);
                }
            }
        }

        /** A row written as a mapping of column key → value (表二, 表四). */
        void mapRow(YamlMap parent, String table, String rowKey, String label, List<Column> columns) {
            if (!parent.has(rowKey)) {
                if (!parent.entries().isEmpty()) {
                    diags.error(
                            "report.schema.missing",
                            doc.pos(parent.entries().values().iterator().next().getKeyNode()),
                            "表" + table + "缺少“" + label + "”一行。",
                            "补上这一行；没有发生的事项填 0。");
                }
                return;
            }
            YamlMap row =
                    YamlMap.read(doc, parent.node(rowKey).get(), "“" + rowKey + "”", null, "report.schema", diags);
            List<String> keys = columns.stream().map(Column::key).toList();
            checkUnknown(row, keys, "“" + rowKey + "”");
            for (Column c : columns) {
                if (!row.has(c.key())) {
                    diags.error(
                            "report.schema.missing",
                            parent.pos(rowKey),
                            "“" + rowKey + "”缺少“" + c.key() + "”一列。",
                            "补上“" + c.key() + ": 0”（没有发生的事项填 0）。");
                    continue;
                }
                put(table, rowKey, c, row.node(c.key()).get(), label + " / " + c.key());
            }
        }

        /** 表三 rows: a tree of mappings whose leaves are lists of seven numbers. */
        void applicationRows(YamlMap map, String prefix, List<RowSpec> specs, List<Column> columns) {
            checkUnknown(map, specs.stream().map(RowSpec::key).toList(), "表三");
            for (RowSpec spec : specs) {
                String path = prefix.isEmpty() ? spec.key() : prefix + "." + spec.key();
                if (!map.has(spec.key())) {
                    // a group is read only when it has rows (an empty one is reported as such), so an empty map
                    // here is a missing 依申请公开, whose rows are each missing
                    SourcePos at = map.entries().isEmpty()
                            ? doc.start()
                            : doc.pos(map.entries().values().iterator().next().getKeyNode());
                    diags.error(
                            "report.schema.missing",
                            at,
                            "表三缺少“" + spec.label() + "”（键“" + spec.key() + "”）。",
                            "补上这一行；没有发生的事项填 0。");
                    continue;
                }
                Node n = map.node(spec.key()).get();
                if (!spec.isLeaf()) {
                    YamlMap group = YamlMap.read(doc, n, "“" + spec.key() + "”", null, "report.schema", diags);
                    if (group.entries().isEmpty()) {
                        reportEmpty(n, map.keyPos(spec.key()), "表三“" + spec.label() + "”");
                    } else {
                        applicationRows(group, path, spec.children(), columns);
                    }
                    continue;
                }
                if (!(n instanceof SequenceNode seq)) {
                    diags.error(
                            "report.schema.type",
                            doc.pos(n),
                            "表三“" + spec.key() + "”应为 " + columns.size() + " 个数的列表，实为" + YamlDoc.kind(n) + "。",
                            "写成 [自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计]，例如 [0, 0, 0, 0, 0, 0, 0]。");
                    continue;
                }
                List<Node> items = new ArrayList<>(seq.getValue());
                if (items.size() != columns.size()) {
                    diags.error(
                            "report.schema.columns",
                            doc.pos(n),
                            "表三“" + spec.key() + "”应有 " + columns.size()
                                    + " 个数（自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计），实有 " + items.size() + " 个。",
                            "按列的顺序补齐；没有的填 0。");
                }
                for (int i = 0; i < Math.min(items.size(), columns.size()); i++) {
                    put(
                            "三",
                            path,
                            columns.get(i),
                            items.get(i),
                            spec.label() + " / " + columns.get(i).key());
                }
            }
        }

        private void put(String table, String row, Column col, Node node, String label) {
            SourcePos pos = doc.pos(node);
            String raw = YamlDoc.text(node);
            if (raw == null) {
                diags.error("report.schema.type", pos, label + " 应为一个数，实为" + YamlDoc.kind(node) + "。", "");
                return;
            }
            Cell cell = new Cell(raw, parse(raw, col, pos, label), pos);
            cells.put(AnnualReport.key(table, row, col.key()), cell);
        }

        private static String abbreviate(String s) {
            return s.length() > 40 ? s.substring(0, 40) + "…" : s;
        }

        private BigDecimal parse(String raw, Column col, SourcePos pos, String label) {
            String s = raw.strip();
            Cell probe = new Cell(raw, null, pos);
            if (probe.isBlank()) {
                diags.error("report.R8", pos, label + "：单元格为空或为“" + s + "”，统计表不能留空。", "没有发生的事项请填 0。");
                return null;
            }
            BigDecimal v;
            try {
                // Longer texts are not numbers of a report (and BigDecimal reads digits in quadratic time).
                v = s.length() > MAX_NUMBER_TEXT ? null : new BigDecimal(s);
                if (v == null || v.precision() - v.scale() > MAX_DIGITS || v.scale() > MAX_DECIMALS) {
                    diags.error(
                            "report.R7",
                            pos,
                            label + "：数字“" + abbreviate(s) + "”超出了统计表可用的范围（整数部分最多 " + MAX_DIGITS + " 位，小数最多 "
                                    + MAX_DECIMALS + " 位）。",
                            col.kind() == ValueKind.MONEY ? "填写以万元为单位的金额，如 1190.0462。" : "填写件数（整数），如 0、14。");
                    return null;
                }
            } catch (NumberFormatException e) {
                diags.error(
                        "report.R7",
                        pos,
                        label + "：应为数字，实为“" + s + "”。",
                        col.kind() == ValueKind.MONEY ? "填写以万元为单位的金额，如 1190.0462。" : "填写件数（整数），如 0、14。");
                return null;
            }
            if (col.kind() != ValueKind.MONEY && v.stripTrailingZeros().scale() > 0) {
                diags.error("report.R7", pos, label + "：件数应为整数，实为 " + s + "。", "");
                return null;
            }
            if (col.kind() != ValueKind.SIGNED && v.signum() < 0) {
                diags.error("report.R7", pos, label + "：不能为负数，实为 " + s + "。", "");
                return null;
            }
            return v;
        }
    }
}
