package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.diag.TextEscapes;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The open-data export of annual reports: every cell of tables 二, 三 and 四 in national table order,
 * labelled with the texts the national format prints, as CSV (UTF-8 with BOM and CRLF, so Excel opens it
 * directly), as JSON (UTF-8, fixed key order) and as a Word document; and the key figures of every year. The bytes
 * depend only
 * on the reports, so repeated builds are identical.
 */
public final class ReportExporter {
    /** The byte order mark Excel needs to read a CSV file as UTF-8. */
    public static final String BOM = "\uFEFF";
    /** The header line of a report's CSV file. */
    public static final List<String> CSV_HEADER = List.of("表", "行", "列", "值", "核对说明");

    private static final List<String> KEY_FIGURE_KEYS =
            List.of("newApplications", "handled", "carriedOver", "reviews", "lawsuits", "normativeIssued");

    private ReportExporter() {}

    /**
     * One exported cell.
     *
     * @param table  二, 三 or 四
     * @param block  the block the row belongs to (表二: 第二十条第（一）项; 表三: 三、本年度办理结果 for outcome
     *               rows, otherwise ""; 表四: 行政复议 or 行政诉讼)
     * @param row    the printed row label (表三 without its leading 三 for outcome rows)
     * @param column the printed column label
     * @param value  the number, or null when the cell is blank
     * @param key    the cell key ({@link AnnualReport#key})
     */
    public record Entry(String table, String block, String row, String column, BigDecimal value, String key) {}

    /** Every cell of the report in national table order: 表二 by block, row, column; 表三 by row, column; 表四. */
    public static List<Entry> entries(AnnualReport r) {
        ReportFormat f = r.format();
        List<Entry> out = new ArrayList<>();
        for (DisclosureBlock b : f.disclosure()) {
            for (String row : b.rows()) {
                for (Column c : b.columns()) {
                    out.add(new Entry(
                            "二",
                            b.item(),
                            row,
                            c.label(),
                            r.value("二", row, c.key()),
                            AnnualReport.key("二", row, c.key())));
                }
            }
        }
        String outcomes = ReportFormat.OUTCOMES + ".";
        String outcomesLabel = f.applicationRows().stream()
                .filter(s -> s.key().equals(ReportFormat.OUTCOMES))
                .map(RowSpec::label)
                .findFirst()
                .orElse("");
        for (String key : f.applicationRowKeys()) {
            boolean outcome = key.startsWith(outcomes);
            String label = f.applicationLabel(key);
            if (outcome) { // printed "三（一）予以公开": the 三 is the block's
                label = label.substring(1);
            }
            for (Column c : f.applicantColumns()) {
                out.add(new Entry(
                        "三",
                        outcome ? outcomesLabel : "",
                        label,
                        c.label(),
                        r.value("三", key, c.key()),
                        AnnualReport.key("三", key, c.key())));
            }
        }
        for (int g = 0; g < f.reviewGroups().size(); g++) {
            String group = f.reviewGroups().get(g);
            for (Column c : f.reviewColumns()) {
                out.add(new Entry(
                        "四",
                        g == 0 ? group : "行政诉讼",
                        group,
                        c.label(),
                        r.value("四", group, c.key()),
                        AnnualReport.key("四", group, c.key())));
            }
        }
        return out;
    }

    /**
     * data.csv: BOM, header 表,行,列,值,核对说明, one CRLF-terminated line per cell; 核对说明 names the rule a
     * figure kept as the original printed it breaks, and why it is kept ({@link AckNotes}), else is empty.
     */
    public static byte[] csv(AnnualReport r) {
        StringBuilder sb = new StringBuilder(BOM);
        csvLine(sb, CSV_HEADER);
        Map<String, List<AckNotes.Note>> flags = flags(r);
        for (Entry e : entries(r)) {
            csvLine(
                    sb,
                    List.of(
                            e.table(),
                            e.row(),
                            e.column(),
                            number(e.value()),
                            AckNotes.cellText(flags.getOrDefault(e.key(), List.of()))));
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The notes of each acknowledged cell, by cell key. */
    private static Map<String, List<AckNotes.Note>> flags(AnnualReport r) {
        Map<String, List<AckNotes.Note>> out = new HashMap<>();
        List<AckNotes.Note> notes = AckNotes.of(r);
        List<Finding> acked = r.acknowledged();
        for (int i = 0; i < acked.size(); i++) {
            // a finding of the narrative (cell "") flags no cell: no entry's key is ""
            out.computeIfAbsent(acked.get(i).cell(), k -> new ArrayList<>()).add(notes.get(i));
        }
        return out;
    }

    /**
     * data.json: year, format, organisation and the cells of each table, in a fixed key order; a cell kept as the
     * original printed it though it breaks a rule carries {@code flags}, and {@code acknowledged} lists every
     * such finding (the narrative's too).
     */
    public static byte[] json(AnnualReport r, String organisation) {
        Map<String, List<Entry>> byTable = new LinkedHashMap<>();
        for (String t : List.of("二", "三", "四")) {
            byTable.put(t, new ArrayList<>());
        }
        entries(r).forEach(e -> byTable.get(e.table()).add(e));
        Map<String, List<AckNotes.Note>> flags = flags(r);
        StringBuilder sb = new StringBuilder("{\n");
        sb.append("  \"year\": ").append(r.year()).append(",\n");
        sb.append("  \"format\": ")
                .append(jsonString(r.format().version().id()))
                .append(",\n");
        sb.append("  \"organisation\": ")
                .append(jsonString(organisation == null ? "" : organisation))
                .append(",\n");
        sb.append("  \"tables\": {");
        boolean firstTable = true;
        for (var t : byTable.entrySet()) {
            sb.append(firstTable ? "\n" : ",\n")
                    .append("    ")
                    .append(jsonString(t.getKey()))
                    .append(": [");
            firstTable = false;
            boolean first = true;
            for (Entry e : t.getValue()) {
                sb.append(first ? "\n" : ",\n")
                        .append("      {\"block\": ")
                        .append(jsonString(e.block()))
                        .append(", \"row\": ")
                        .append(jsonString(e.row()))
                        .append(", \"column\": ")
                        .append(jsonString(e.column()))
                        .append(", \"value\": ")
                        .append(e.value() == null ? "null" : number(e.value()));
                List<AckNotes.Note> f = flags.get(e.key());
                if (f != null) {
                    sb.append(", \"flags\": [");
                    for (int i = 0; i < f.size(); i++) {
                        sb.append(i == 0 ? "" : ", ").append(noteJson(f.get(i), false));
                    }
                    sb.append(']');
                }
                sb.append('}');
                first = false;
            }
            sb.append("\n    ]");
        }
        sb.append("\n  },\n  \"acknowledged\": [");
        List<AckNotes.Note> all = AckNotes.of(r);
        for (int i = 0; i < all.size(); i++) {
            sb.append(i == 0 ? "\n    " : ",\n    ").append(noteJson(all.get(i), true));
        }
        sb.append(all.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String noteJson(AckNotes.Note n, boolean where) {
        return "{"
                + (where
                        ? "\"table\": " + jsonString(n.table()) + ", \"where\": " + jsonString(n.where())
                                + ", \"printed\": " + jsonString(n.value()) + ", "
                        : "")
                + "\"rule\": " + jsonString(n.ruleId())
                + ", \"breaks\": " + jsonString(n.rule()) + ", \"reason\": " + jsonString(n.reason()) + "}";
    }

    /**
     * report.docx: the report as a Word document in the national template's table layout
     * ({@link ReportDocx}); {@code organisation} is its 发布机构.
     */
    public static byte[] docx(AnnualReport r, String organisation) {
        return ReportDocx.of(r, organisation);
    }

    /** key-figures.csv: BOM, header 年度 and {@link KeyFigures#LABELS}, one line per year, newest first. */
    public static byte[] keyFiguresCsv(List<KeyFigures> figures) {
        StringBuilder sb = new StringBuilder(BOM);
        List<String> head = new ArrayList<>();
        head.add("年度");
        head.addAll(KeyFigures.LABELS);
        csvLine(sb, head);
        for (KeyFigures k : newestFirst(figures)) {
            List<String> line = new ArrayList<>();
            line.add(String.valueOf(k.year()));
            k.values().forEach(v -> line.add(number(v)));
            csvLine(sb, line);
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** key-figures.json: the unit, the label of each key, and one object per year, newest first. */
    public static byte[] keyFiguresJson(List<KeyFigures> figures) {
        StringBuilder sb = new StringBuilder("{\n  \"unit\": \"件\",\n  \"labels\": {");
        for (int i = 0; i < KEY_FIGURE_KEYS.size(); i++) {
            sb.append(i == 0 ? "" : ", ")
                    .append(jsonString(KEY_FIGURE_KEYS.get(i)))
                    .append(": ")
                    .append(jsonString(KeyFigures.LABELS.get(i)));
        }
        sb.append("},\n  \"years\": [");
        boolean first = true;
        for (KeyFigures k : newestFirst(figures)) {
            sb.append(first ? "\n" : ",\n").append("    {\"year\": ").append(k.year());
            List<BigDecimal> values = k.values();
            for (int i = 0; i < KEY_FIGURE_KEYS.size(); i++) {
                BigDecimal v = values.get(i);
                sb.append(", ")
                        .append(jsonString(KEY_FIGURE_KEYS.get(i)))
                        .append(": ")
                        .append(v == null ? "null" : number(v));
            }
            sb.append('}');
            first = false;
        }
        sb.append(first ? "]\n}\n" : "\n  ]\n}\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<KeyFigures> newestFirst(List<KeyFigures> figures) {
        return figures.stream()
                .sorted(Comparator.comparingInt(KeyFigures::year).reversed())
                .toList();
    }

    static String number(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    static void csvLine(StringBuilder sb, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(csvField(fields.get(i)));
        }
        sb.append("\r\n");
    }

    /** RFC 4180 quoting: a field with a comma, quote or line break is quoted, quotes doubled. */
    static String csvField(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    /** A JSON string literal with the escapes RFC 8259 requires (and U+2028/2029 for script safety). */
    public static String jsonString(String s) {
        return TextEscapes.json(s);
    }
}
