package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places imported table rows in their cells. A row is recognised by the longest label of the national
 * format its text contains (a leaf such as "属于国家秘密", a 表二 item such as "行政规范性文件"); its cells
 * after the label are the row's cells. A row that cannot be placed, or has the wrong count of cells, is a
 * diagnostic at its input line: nothing is guessed. A blank cell is kept as blank (null), so that the
 * build reports it (R8) at its own place in data.yaml.
 */
final class TableMatcher {
    static final String UNPLACED = "import.unplaced";
    static final String MISSING = "import.missing-row";

    /** A row of the format: its table, key, columns, label for messages, and the names it is known by. */
    record Target(String table, String row, List<Column> columns, String label, List<String> names) {}

    private final String file;
    private final List<Target> targets = new ArrayList<>();
    private final List<Target> reviews = new ArrayList<>();
    private final Map<String, BigDecimal> cells = new LinkedHashMap<>();
    private final Set<String> blanks = new LinkedHashSet<>();
    private final Map<Target, ImportLine> placedAt = new HashMap<>();
    private final Set<Target> tried = new LinkedHashSet<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    TableMatcher(ReportFormat f, String file) {
        this.file = file;
        for (DisclosureBlock b : f.disclosure()) {
            for (String row : b.rows()) {
                targets.add(new Target(
                        "二", row, b.columns(), "表二“" + b.item() + " " + row + "”", List.of(LabelText.norm(row))));
            }
        }
        for (String path : f.applicationRowKeys()) {
            RowSpec leaf = leaf(f.applicationRows(), path);
            List<String> names = new ArrayList<>(List.of(
                    LabelText.norm(leaf.label()),
                    LabelText.normWithoutOrdinal(leaf.label()),
                    LabelText.norm(leaf.key())));
            targets.add(new Target(
                    "三",
                    path,
                    f.applicantColumns(),
                    "表三“" + f.applicationLabel(path) + "”",
                    List.copyOf(new LinkedHashSet<>(names))));
        }
        for (String g : f.reviewGroups()) {
            Target t = new Target("四", g, f.reviewColumns(), "表四“" + g + "”", List.of(LabelText.norm(g)));
            targets.add(t);
            reviews.add(t);
        }
    }

    private static RowSpec leaf(List<RowSpec> level, String path) {
        RowSpec found = null;
        for (String p : path.split("\\.")) {
            for (RowSpec r : level) {
                if (r.key().equals(p)) {
                    found = r;
                    level = r.children();
                    break;
                }
            }
        }
        return found;
    }

    /**
     * The target whose longest name the label contains; null when none, or when two tie. A name of one or
     * two characters (规章, 其他, 总计) counts only at the end of the label, where a row's own label stands
     * after its group's, and not after a figure: inside a wrapped text such as "不计其他情形" it is part of
     * another word, and "2其他" begins item 2 (其他法律行政法规禁止公开).
     */
    Target best(String label) {
        Target best = null;
        int score = 1;
        boolean tie = false;
        for (Target t : targets) {
            int s = 0;
            for (String name : t.names()) {
                boolean found = name.length() <= 2 ? endsWithWord(label, name) : label.contains(name);
                if (found) {
                    s = Math.max(s, name.length());
                }
            }
            if (s > score) {
                best = t;
                score = s;
                tie = false;
            } else if (s == score) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** Whether the label ends with a short name not numbered as another item ("2其他" is item 2's start). */
    private static boolean endsWithWord(String label, String name) {
        int at = label.length() - name.length();
        return label.endsWith(name) && (at == 0 || !Character.isDigit(label.charAt(at - 1)));
    }

    /** The count of cells of the three 表四 groups together, printed as one row of 15. */
    int reviewWidth() {
        return reviews.stream().mapToInt(t -> t.columns().size()).sum();
    }

    /** Whether no 表四 group is placed yet, so that a row of 15 unlabelled figures can be 表四's. */
    boolean reviewsOpen() {
        return !reviews.isEmpty() && reviews.stream().noneMatch(placedAt::containsKey);
    }

    /** Places a row of 15 cells without a label as the three 表四 groups. */
    void placeReviews(ImportLine line, LabelText.Row row) {
        List<BigDecimal> values = fit(line, row, reviewWidth(), "表四");
        if (values == null) {
            return;
        }
        int i = 0;
        for (Target r : reviews) {
            fill(r, line, values.subList(i, i + r.columns().size()));
            i += r.columns().size();
        }
    }

    /** Places one row as {@code t}. */
    void place(ImportLine line, LabelText.Row row, Target t) {
        tried.add(t);
        if (placedAt.containsKey(t)) {
            error(UNPLACED, line, t.label() + "在" + at(placedAt.get(t)) + "已读到，这一行又出现一次。", "核对原文；同一行不能出现两次。");
            return;
        }
        List<BigDecimal> values = fit(line, row, t.columns().size(), t.label());
        if (values != null) {
            fill(t, line, values);
        }
    }

    /**
     * The row's cells cut to {@code need}. Separated cells may carry empty cells of the layout at either end
     * (a label spanning two columns, a trailing tab); they are dropped only when that can be done in exactly
     * one way. Null (with a diagnostic) when the count does not fit.
     */
    private List<BigDecimal> fit(ImportLine line, LabelText.Row row, int need, String label) {
        List<BigDecimal> v = row.values();
        int n = v.size();
        if (n < need || !row.positional() && n > need) {
            String hint = row.positional()
                    ? "核对原文这一行是否漏了单元格。"
                    : "核对原文这一行是否漏了或多了数字。没有分隔符（制表符或“|”）时空单元格的位置无法确定：请在原文的空单元格中填“/”，" + "或把表格复制成用制表符、“|”分隔的文字后再导入。";
            error(
                    UNPLACED,
                    line,
                    label + "应有 " + need + " 个" + (row.positional() ? "单元格" : "数") + "，这一行有 " + n + " 个："
                            + clip(line.text()) + "。",
                    hint);
            return null;
        }
        int lead = 0;
        while (lead < n && v.get(lead) == null) {
            lead++;
        }
        int trail = 0;
        while (trail < n && v.get(n - 1 - trail) == null) {
            trail++;
        }
        int extra = n - need; // 0 or more: a row of exactly its cells comes out whole
        int lo = Math.max(0, extra - trail);
        int hi = Math.min(lead, extra);
        // the extra cells are blank at the left end (up to hi of them) and at the right (from lo on)
        boolean full = lo > hi;
        if (full || !v.subList(lo, lo + need).equals(v.subList(hi, hi + need))) {
            error(
                    UNPLACED,
                    line,
                    label + "应有 " + need + " 个单元格，这一行有 " + n + " 个："
                            + clip(line.text()) + "。多出的" + (full ? "单元格不是空的" : "空单元格可以算在左边也可以算在右边")
                            + "，无法确定每个数属于哪一列。",
                    "在原文这一行的空单元格中填“/”或 0，或删去多余的分隔符后再导入。");
            return null;
        }
        return v.subList(lo, lo + need);
    }

    private void fill(Target t, ImportLine line, List<BigDecimal> values) {
        tried.add(t);
        placedAt.put(t, line);
        for (int i = 0; i < values.size(); i++) {
            String key = AnnualReport.key(t.table(), t.row(), t.columns().get(i).key());
            if (values.get(i) == null) {
                blanks.add(key);
            } else {
                cells.put(key, values.get(i));
            }
        }
    }

    /** A row with figures that is no row of the format. */
    void unplaced(ImportLine line, LabelText.Row row) {
        error(
                UNPLACED,
                line,
                "这一行有 " + row.values().size() + " 个单元格，但认不出它是统计表的哪一行：“" + clip(line.text()) + "”。",
                "核对这一行的标签文字是否与国家统一格式一致（如“1.属于国家秘密”），或在生成的 data.yaml 中手工填写。");
    }

    /** Reports every row not read; {@code start} is where the tables start. */
    void finish(ImportLine start) {
        ImportLine last = start;
        for (Target t : targets) {
            if (placedAt.containsKey(t)) {
                last = placedAt.get(t);
                continue;
            }
            if (tried.contains(t)) {
                continue;
            }
            String after = last == null ? "" : "（应在" + at(last) + "之后）";
            diagnostics.add(Diagnostic.error(
                    MISSING,
                    pos(last),
                    "没有读到" + t.label() + "这一行" + after + "。",
                    "核对原文是否漏了这一行，或标签文字与国家统一格式相差太多；也可以导入后在 data.yaml 中手工补上。"));
        }
    }

    /** How many rows of {@code table} were placed, of how many. */
    int[] placed(String table) {
        int of = 0;
        int done = 0;
        for (Target t : targets) {
            if (t.table().equals(table)) {
                of++;
                done += placedAt.containsKey(t) ? 1 : 0;
            }
        }
        return new int[] {done, of};
    }

    private void error(String code, ImportLine line, String message, String hint) {
        String where = line.where().isEmpty() ? "" : "（" + line.where() + "）";
        diagnostics.add(Diagnostic.error(code, pos(line), message + where, hint));
    }

    private SourcePos pos(ImportLine line) {
        return line == null ? SourcePos.of(file) : new SourcePos(file, line.line(), line.column());
    }

    /** "第 12 行" for text, the line's own words for a .docx or PDF. */
    static String at(ImportLine line) {
        return line.where().isEmpty() ? "第 " + line.line() + " 行" : line.where();
    }

    static String clip(String s) {
        String t = s.replace('\t', ' ').strip().replaceAll(" {2,}", " ");
        return t.length() > 60 ? t.substring(0, 60) + "…" : t;
    }

    Map<String, BigDecimal> cells() {
        return Map.copyOf(cells);
    }

    /** The cells left blank in the source, keyed by {@link AnnualReport#key}, in the order read. */
    List<String> blanks() {
        return List.copyOf(blanks);
    }

    List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }
}
