package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.Severity;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The test's own list of the identities a report's figures satisfy (shared/report-format.md §3), written from the
 * format, not from the rules: for each, the rule that owns it, the cell (or narrative figure) where it is reported
 * and the cells it is made of. Every identity is a sum or an equality in which each cell counts once, so changing
 * one of its cells (and nothing else) always breaks it, and changing any other cell never does.
 */
final class Identities {
    private Identities() {}

    /** A cell of this year's report or of last year's. */
    record Member(boolean previous, String key) {}

    /**
     * An identity: its rule's code and severity, where it is reported (a data.yaml cell of this year's report, or
     * a figure of the narrative), and its cells.
     */
    record Identity(String code, Severity severity, String anchorKey, String quotedAfter, List<Member> members) {}

    /** A diagnostic the rules must give: code, severity, position, and a text its message must contain. */
    record Expected(String code, Severity severity, SourcePos pos, String message, String dataKey) {}

    static List<Identity> of(RandomReports.Spec cur, RandomReports.Spec prev) {
        ReportFormat f = ReportFormat.forYear(cur.year());
        String t = ReportFormat.TOTAL;
        String handled = ReportFormat.OUTCOMES + "." + t;
        List<Identity> out = new ArrayList<>();
        List<Column> cols = f.applicantColumns();
        for (String row : f.applicationRowKeys()) {
            List<Member> m = new ArrayList<>();
            cols.forEach(c -> m.add(cur("三", row, c.key())));
            out.add(new Identity("report.R1", Severity.ERROR, key("三", row, t), null, m));
        }
        for (Column c : cols) {
            List<Member> m = new ArrayList<>();
            f.outcomeKeys().forEach(k -> m.add(cur("三", k, c.key())));
            m.add(cur("三", handled, c.key()));
            out.add(new Identity("report.R2", Severity.ERROR, key("三", handled, c.key()), null, m));
            out.add(new Identity(
                    "report.R3",
                    Severity.ERROR,
                    key("三", ReportFormat.CARRIED_OUT, c.key()),
                    null,
                    List.of(
                            cur("三", ReportFormat.NEW, c.key()), cur("三", ReportFormat.CARRIED_IN, c.key()),
                            cur("三", handled, c.key()), cur("三", ReportFormat.CARRIED_OUT, c.key()))));
            if (prev != null) {
                out.add(new Identity(
                        "report.R5",
                        Severity.WARNING,
                        key("三", ReportFormat.CARRIED_IN, c.key()),
                        null,
                        List.of(
                                cur("三", ReportFormat.CARRIED_IN, c.key()),
                                new Member(true, key("三", ReportFormat.CARRIED_OUT, c.key())))));
            }
        }
        for (String g : f.reviewGroups()) {
            List<Member> m = new ArrayList<>();
            f.reviewColumns().forEach(c -> m.add(cur("四", g, c.key())));
            out.add(new Identity("report.R4", Severity.ERROR, key("四", g, t), null, m));
        }
        if (prev != null && cur.year() >= 2021 && prev.year() >= 2021) {
            for (String row : List.of("规章", "行政规范性文件")) {
                out.add(new Identity(
                        "report.R6",
                        Severity.WARNING,
                        key("二", row, "现行有效件数"),
                        null,
                        List.of(
                                cur("二", row, "现行有效件数"),
                                cur("二", row, "本年制发件数"),
                                cur("二", row, "本年废止件数"),
                                new Member(true, key("二", row, "现行有效件数")))));
            }
        }
        // The narrative's quoted figures (RandomReports.narrative): a quote is reported at its number.
        out.add(quote("report.R10", "新收政府信息公开申请", cur("三", ReportFormat.NEW, t)));
        out.add(quote("report.R10", "办结", cur("三", handled, t)));
        out.add(quote("report.R10", "结转下年度", cur("三", ReportFormat.CARRIED_OUT, t)));
        out.add(quote("report.R10", "全年行政复议", cur("四", "行政复议", t)));
        out.add(quote(
                "report.R10",
                "制发规范性文件",
                f.version() == FormatVersion.V2021 ? cur("二", "行政规范性文件", "本年制发件数") : cur("二", "规范性文件", "本年新制作数量")));
        out.add(new Identity(
                "report.R11", Severity.WARNING, null, "行政诉讼", List.of(cur("四", "未经复议直接起诉", t), cur("四", "复议后起诉", t))));
        return out;
    }

    private static Identity quote(String code, String after, Member member) {
        return new Identity(code, Severity.WARNING, null, after, List.of(member));
    }

    private static Member cur(String table, String row, String col) {
        return new Member(false, key(table, row, col));
    }

    private static String key(String table, String row, String col) {
        return AnnualReport.key(table, row, col);
    }

    /** What the rules must report after {@code changed} alone changed (in {@code cur} or {@code prev}). */
    static List<Expected> broken(RandomReports.Spec cur, RandomReports.Spec prev, Member changed) {
        AnnualReport r = RandomReports.read(cur, new Diagnostics());
        List<Expected> out = new ArrayList<>();
        for (Identity id : of(cur, prev)) {
            if (!id.members().contains(changed)) {
                continue;
            }
            if (id.anchorKey() != null) {
                String[] k = id.anchorKey().split("\\|");
                SourcePos pos = r.cell(k[0], k[1], k[2]).orElseThrow().pos();
                String v = cur.cells().get(id.anchorKey()).toPlainString();
                // R3 states both sides of 一+二 = 三（七）+四; the others "应为 … ，实为 <cell>".
                out.add(new Expected(
                        id.code(),
                        id.severity(),
                        pos,
                        id.code().equals("report.R3") ? "+" + v + " = " : "实为 " + v,
                        id.anchorKey()));
            } else {
                String line = cur.body()
                        .get(
                                id.quotedAfter().equals("行政诉讼")
                                                || id.quotedAfter().contains("复议")
                                                || id.quotedAfter().contains("规范性")
                                        ? RandomReports.APPEALS_LINE
                                        : RandomReports.FIGURES_LINE);
                int at = line.indexOf(id.quotedAfter()) + id.quotedAfter().length();
                int end = at;
                while (Character.isDigit(line.charAt(end))) {
                    end++;
                }
                int lineNo = RandomReports.BODY_LINE + cur.body().indexOf(line);
                out.add(new Expected(
                        id.code(),
                        id.severity(),
                        new SourcePos(cur.indexFile(), lineNo, at + 1),
                        "实为 " + line.substring(at, end),
                        null));
            }
        }
        return withoutFollowOns(out, changed);
    }

    /**
     * One cause, one error: a 表三 total that its own rule finds wrong (R1 for a cell of the 总计 column, R2 for
     * one of the 办理结果.总计 row) is not blamed again by the rules that add it up: R2 of the 总计 column and
     * R3 of its column.
     */
    private static List<Expected> withoutFollowOns(List<Expected> out, Member changed) {
        String[] k = changed.key().split("\\|");
        if (changed.previous() || !k[0].equals("三")) {
            return out;
        }
        String t = ReportFormat.TOTAL;
        String handled = ReportFormat.OUTCOMES + "." + t;
        boolean rowTotal = k[2].equals(t) && out.stream().anyMatch(e -> e.code().equals("report.R1"));
        boolean columnTotal =
                k[1].equals(handled) && out.stream().anyMatch(e -> e.code().equals("report.R2"));
        if (!rowTotal && !columnTotal) {
            return out;
        }
        return out.stream()
                .filter(e -> !(e.code().equals("report.R3") && e.dataKey().endsWith("|" + k[2])
                        || rowTotal
                                && e.code().equals("report.R2")
                                && e.dataKey().endsWith("|" + t)))
                .toList();
    }

    /** A different valid value for a cell: counts stay integers ≥ 0, money ≥ 0, signed changes any integer. */
    static BigDecimal change(int year, String key, BigDecimal old, Random rnd) {
        ValueKind kind = kind(ReportFormat.forYear(year), key);
        if (kind == ValueKind.MONEY) {
            BigDecimal step = BigDecimal.valueOf(1 + rnd.nextInt(9999), 4);
            return old.compareTo(step) >= 0 && rnd.nextBoolean() ? old.subtract(step) : old.add(step);
        }
        int delta = 1 + rnd.nextInt(rnd.nextBoolean() ? 3 : 100);
        boolean down = rnd.nextBoolean() && (kind == ValueKind.SIGNED || old.intValue() >= delta);
        return down ? old.subtract(BigDecimal.valueOf(delta)) : old.add(BigDecimal.valueOf(delta));
    }

    private static ValueKind kind(ReportFormat f, String key) {
        String[] k = key.split("\\|");
        if (!k[0].equals("二")) {
            return ValueKind.COUNT;
        }
        for (DisclosureBlock b : f.disclosure()) {
            for (Column c : b.columns()) {
                if (b.rows().contains(k[1]) && c.key().equals(k[2])) {
                    return c.kind();
                }
            }
        }
        throw new IllegalArgumentException(key);
    }

    /**
     * Null when {@code pos} points at {@code key}'s cell in the data.yaml text {@code yaml}, read from the text
     * itself: the line holds the cell's row, the cell's value starts at the column, and the column is the cell's
     * (the n-th number of a 表三 list, the value after "column:" in a 表二/表四 mapping); else what is wrong.
     */
    static String pointsAtCell(String yaml, String key, SourcePos pos, BigDecimal value) {
        String[] k = key.split("\\|");
        String[] lines = yaml.split("\n", -1);
        if (pos.line() < 1 || pos.line() > lines.length) {
            return "line " + pos.line() + " is outside data.yaml";
        }
        String line = lines[pos.line() - 1];
        int col = pos.column() - 1;
        String leaf = k[1].substring(k[1].lastIndexOf('.') + 1);
        if (!line.strip().startsWith(leaf + ":")) {
            return "line " + pos.line() + " \"" + line + "\" is not row " + leaf;
        }
        if (col < 0 || col >= line.length() || !line.startsWith(value.toPlainString(), col)) {
            return "column " + pos.column() + " of \"" + line + "\" does not hold " + value.toPlainString();
        }
        if (k[0].equals("三")) {
            int open = line.indexOf('[');
            long commas =
                    line.substring(open, col).chars().filter(ch -> ch == ',').count();
            int index = ReportFormat.forYear(2021).applicantColumns().stream()
                    .map(Column::key)
                    .toList()
                    .indexOf(k[2]);
            return open >= 0 && commas == index
                    ? null
                    : "column " + pos.column() + " is number " + (commas + 1) + " of the list, not " + k[2];
        }
        return line.substring(0, col).endsWith(k[2] + ": ")
                ? null
                : "column " + pos.column() + " of \"" + line + "\" is not the value of " + k[2];
    }
}
