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
 * format its text contains (a leaf such as "属于国家秘密", a 表二 item such as "行政规范性文件"); its
 * trailing numbers are the row's cells. A row that cannot be placed, or has the wrong count of numbers,
 * is a diagnostic at its input line: nothing is guessed.
 */
final class TableMatcher {
    static final String UNPLACED = "import.unplaced";
    static final String MISSING = "import.missing-row";

    /** A row of the format: its table, key, columns, label for messages, and the names it is known by. */
    private record Target(String table, String row, List<Column> columns, String label, List<String> names) {
    }

    private final String file;
    private final List<Target> targets = new ArrayList<>();
    private final List<Target> reviews = new ArrayList<>();
    private final Map<String, BigDecimal> cells = new LinkedHashMap<>();
    private final Map<Target, Integer> placedAt = new HashMap<>();
    private final Set<Target> tried = new LinkedHashSet<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    TableMatcher(ReportFormat f, String file) {
        this.file = file;
        for (DisclosureBlock b : f.disclosure()) {
            for (String row : b.rows()) {
                targets.add(new Target("二", row, b.columns(), "表二“" + b.item() + " " + row + "”",
                        List.of(LabelText.norm(row))));
            }
        }
        for (String path : f.applicationRowKeys()) {
            RowSpec leaf = leaf(f.applicationRows(), path);
            List<String> names = new ArrayList<>(List.of(LabelText.norm(leaf.label()),
                    LabelText.normWithoutOrdinal(leaf.label()), LabelText.norm(leaf.key())));
            targets.add(new Target("三", path, f.applicantColumns(), "表三“" + f.applicationLabel(path) + "”",
                    List.copyOf(new LinkedHashSet<>(names))));
        }
        for (String g : f.reviewGroups()) {
            Target t = new Target("四", g, f.reviewColumns(), "表四“" + g + "”", List.of(LabelText.norm(g)));
            targets.add(t);
            reviews.add(t);
        }
    }

    private static RowSpec leaf(List<RowSpec> level, String path) {
        String[] parts = path.split("\\.");
        RowSpec found = null;
        for (String p : parts) {
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
     * Places one row with numbers. {@code context} is the text of the lines without numbers before it
     * (a label printed above its figures); {@code continuation} that of the lines without numbers after
     * it (a long label wrapped onto the next line). The row's own label is tried first.
     */
    void place(ImportLine line, LabelText.Row row, String context, String continuation) {
        int n = row.numbers().size();
        int reviewWidth = reviews.stream().mapToInt(t -> t.columns().size()).sum();
        Target t = best(row.label());
        if (t == null && !continuation.isEmpty()) {
            t = best(row.label() + continuation);
        }
        if (t == null && n == reviewWidth && !reviews.isEmpty() && reviews.stream().noneMatch(placedAt::containsKey)) {
            int i = 0;
            for (Target r : reviews) {
                fill(r, line, row.numbers().subList(i, i + r.columns().size()));
                i += r.columns().size();
            }
            return;
        }
        if (t == null && !context.isEmpty()) {
            t = best(context + row.label());
        }
        if (t == null) {
            error(UNPLACED, line, "这一行有 " + n + " 个数，但认不出它是统计表的哪一行：“" + clip(line.text()) + "”。",
                    "核对这一行的标签文字是否与国家统一格式一致（如“1.属于国家秘密”），或在生成的 data.yaml 中手工填写。");
            return;
        }
        tried.add(t);
        if (n != t.columns().size()) {
            error(UNPLACED, line, t.label() + "应有 " + t.columns().size() + " 个数，这一行有 " + n + " 个："
                    + clip(line.text()) + "。", "核对原文这一行是否漏了或多了数字（空单元格、“/”或“-”不算数字）。");
            return;
        }
        if (placedAt.containsKey(t)) {
            error(UNPLACED, line, t.label() + "在第 " + placedAt.get(t) + " 行已读到，这一行又出现一次。",
                    "核对原文；同一行不能出现两次。");
            return;
        }
        fill(t, line, row.numbers());
    }

    private void fill(Target t, ImportLine line, List<BigDecimal> numbers) {
        tried.add(t);
        placedAt.put(t, line.line());
        for (int i = 0; i < numbers.size(); i++) {
            cells.put(AnnualReport.key(t.table(), t.row(), t.columns().get(i).key()), numbers.get(i));
        }
    }

    /** The target whose longest name the label contains; null when none, or when two tie. */
    private Target best(String label) {
        Target best = null;
        int score = 1;
        boolean tie = false;
        for (Target t : targets) {
            int s = t.names().stream().filter(label::contains).mapToInt(String::length).max().orElse(0);
            if (s > score) {
                best = t;
                score = s;
                tie = false;
            } else if (s == score && best != null && best != t) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** Reports every row not read; {@code fallbackLine} is where the tables start. */
    void finish(int fallbackLine) {
        int last = fallbackLine;
        for (Target t : targets) {
            if (placedAt.containsKey(t)) {
                last = placedAt.get(t);
                continue;
            }
            if (tried.contains(t)) {
                continue;
            }
            diagnostics.add(Diagnostic.error(MISSING, new SourcePos(file, last, 0), "没有读到" + t.label()
                    + "这一行（应在第 " + last + " 行之后）。", "核对原文是否漏了这一行，或标签文字与国家统一格式相差太多；"
                    + "也可以导入后在 data.yaml 中手工补上。"));
        }
    }

    private void error(String code, ImportLine line, String message, String hint) {
        diagnostics.add(Diagnostic.error(code, new SourcePos(file, line.line(), 0), message, hint));
    }

    private static String clip(String s) {
        String t = s.replace('\t', ' ').strip();
        return t.length() > 60 ? t.substring(0, 60) + "…" : t;
    }

    Map<String, BigDecimal> cells() {
        return Map.copyOf(cells);
    }

    List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }
}
