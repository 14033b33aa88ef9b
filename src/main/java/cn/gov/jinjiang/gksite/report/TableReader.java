package cn.gov.jinjiang.gksite.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the lines of the tables (sections 二 to 四) into a {@link TableMatcher}, joining labels that wrap
 * over several lines to their figures.
 *
 * <p>Every line with cells is an anchor. Its own label is tried first. When that names no row, the label
 * lines above it are tried (from the last line that starts a numbered item such as "1、" or "（六）", since
 * an item begins a new label; not when the anchor's own text starts an item): a label wrapped before its
 * figures. Then those lines with the fewest label lines below that name a row (figures printed in the
 * middle of their label), then the fewest lines below alone (a label continued after its figures). A row named
 * nowhere is reported at its line; a wrapped label never takes the next row's lines. Lines of running text
 * with figures only ("67 3 0 0 1 0 71", or one figure per line) right after an anchor are its further
 * cells. Running text has no empty cells, so a missing figure there is an error, never a guess.
 */
final class TableReader {
    /** A line with cells, and the label lines after it up to the next anchor. */
    private static final class Anchor {
        final ImportLine line;
        LabelText.Row row;
        final List<ImportLine> before = new ArrayList<>();
        final List<ImportLine> after = new ArrayList<>();

        Anchor(ImportLine line, LabelText.Row row) {
            this.line = line;
            this.row = row;
        }
    }

    private final TableMatcher matcher;
    private final boolean columns;

    /**
     * @param columns whether a line's column is where its text starts (text files: pdftotext -layout puts
     *                each table column at its own indentation), so that a wrapped label's lines can be told
     *                from a neighbouring column's
     */
    TableReader(TableMatcher matcher, boolean columns) {
        this.matcher = matcher;
        this.columns = columns;
    }

    /** Reads the lines from heading 二 to heading 五 (headings included: each ends the labels before it). */
    void read(List<ImportLine> lines) {
        List<Anchor> anchors = new ArrayList<>();
        List<ImportLine> pending = new ArrayList<>();
        Anchor last = null;
        boolean lastWasAnchor = false;
        for (ImportLine l : lines) {
            if (LabelText.heading(l.text()) >= 0) {
                pending.clear();
                last = null;
                lastWasAnchor = false;
                continue;
            }
            LabelText.Row row = LabelText.row(l);
            boolean cells = !row.values().isEmpty() && (!row.blankOnly() || blankRow(l, row));
            if (!cells) {
                if (!l.text().isBlank()) {
                    pending.add(l);
                    if (last != null) {
                        last.after.add(l);
                    }
                    lastWasAnchor = false;
                }
                continue;
            }
            if (lastWasAnchor
                    && !l.positional()
                    && !last.line.positional()
                    && row.label().isEmpty()) {
                List<BigDecimal> more = new ArrayList<>(last.row.values());
                more.addAll(row.values());
                last.row = new LabelText.Row(last.row.label(), more, false);
                continue;
            }
            Anchor a = new Anchor(l, row);
            a.before.addAll(pending);
            pending.clear();
            anchors.add(a);
            last = a;
            lastWasAnchor = true;
        }
        Set<ImportLine> taken = new HashSet<>();
        for (Anchor a : anchors) {
            // label lines the anchor before took as its wrapped label are not this one's
            List<ImportLine> before =
                    a.before.stream().filter(l -> !taken.contains(l)).toList();
            taken.addAll(a.after.subList(0, resolve(a, before)));
        }
    }

    /**
     * Whether a row whose cells are all blank is a row of the table left empty: its own label (its last
     * text cell, with no empty cell between its label cells) names a row, and it has a cell for each
     * column. A header row ("行政复议 … 行政诉讼" over empty spanned cells, "…法律服务机构 其他" with an empty
     * cell after it) is not.
     */
    private boolean blankRow(ImportLine line, LabelText.Row row) {
        if (!line.positional()) {
            // running text has no empty cells: a "/" or "-" printed there is a cell
            return true;
        }
        String own = LabelText.norm(ownCell(line));
        TableMatcher.Target t = matcher.best(own);
        if (t == null || row.values().size() < t.columns().size()) {
            return false;
        }
        List<String> cells = line.cells();
        // stops at the own label's cell at the latest: t names a row, so that cell holds text
        int first = 0;
        while (Cell.isPlaceholder(cells.get(first))) {
            first++;
        }
        for (int i = first; i < cells.size() - row.values().size(); i++) {
            if (Cell.isPlaceholder(cells.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Places one anchor; returns how many of its following label lines it took as its own. */
    private int resolve(Anchor a, List<ImportLine> before) {
        LabelText.Row row = a.row;
        String own = row.label();
        TableMatcher.Target t = matcher.best(own);
        if (t != null) {
            matcher.place(a.line, row, t);
            return 0;
        }
        if (own.isEmpty() && row.values().size() >= matcher.reviewWidth() && matcher.reviewsOpen()) {
            matcher.placeReviews(a.line, row);
            return 0;
        }
        boolean startsOwn =
                !own.isEmpty() && LabelText.startsItem(a.line.positional() ? ownCell(a.line) : a.line.text());
        String head = startsOwn ? "" : tail(before);
        int labelColumn = startsOwn
                ? a.line.column()
                : start(before) != null ? start(before).column() : a.line.column();
        List<String> next = new ArrayList<>();
        for (ImportLine l : a.after) {
            if (LabelText.startsItem(l.text())) {
                break;
            }
            if (!leftOf(l, labelColumn)) {
                next.add(LabelText.row(l).label());
            }
        }
        // A label begun on the lines above ends on the figures' line or just before it: what comes after
        // the figures is then the next row's label. Only a line that starts its own label (an item), or
        // one with nothing above, continues below.
        // (with no head this is own alone, found no row above)
        TableMatcher.Target b = matcher.best(head + own);
        if (b != null) {
            matcher.place(a.line, row, b);
            return 0;
        }
        // Figures in the middle of a label (begun above, continued below), else a label that starts on the
        // figures' line or below it.
        int[] taken = {0};
        // (with no head the second try repeats the first)
        TableMatcher.Target c = shortest(head, own, next, taken);
        if (c == null) {
            c = shortest("", own, next, taken);
        }
        if (c == null) {
            matcher.unplaced(a.line, row);
            return 0;
        }
        matcher.place(a.line, row, c);
        return taken[0];
    }

    /**
     * The row named by {@code head + own} and the fewest of the following label lines that name one, so
     * that a wrapped label takes only its own continuation, never the next row's label; the count taken
     * goes to {@code taken[0]}.
     */
    private TableMatcher.Target shortest(String head, String own, List<String> next, int[] taken) {
        StringBuilder text = new StringBuilder(head).append(own);
        for (int k = 0; k < next.size(); k++) {
            text.append(next.get(k));
            TableMatcher.Target t = matcher.best(text.toString());
            if (t != null) {
                taken[0] = k + 1;
                return t;
            }
        }
        return null;
    }

    /**
     * The label lines before an anchor that may begin its label: from the last one starting an item, without
     * lines that start left of it (in laid-out text, a group label's column interleaved with the rows'; a
     * wrapped label's lines never start left of its first, its widest).
     */
    private String tail(List<ImportLine> before) {
        ImportLine first = start(before);
        StringBuilder sb = new StringBuilder();
        for (ImportLine l : before.subList(first == null ? 0 : before.indexOf(first), before.size())) {
            if (first == null || !leftOf(l, first.column())) {
                sb.append(LabelText.row(l).label());
            }
        }
        return sb.toString();
    }

    /** The last of the lines that starts a numbered item, or null. */
    private static ImportLine start(List<ImportLine> lines) {
        ImportLine last = null;
        for (ImportLine l : lines) {
            if (LabelText.startsItem(l.text())) {
                last = l;
            }
        }
        return last;
    }

    private boolean leftOf(ImportLine l, int column) {
        return columns && !l.positional() && l.column() < column - 1;
    }

    /** The last cell of a row that holds text: the row's own label, after its groups'. */
    private static String ownCell(ImportLine line) {
        List<String> cells = line.cells();
        for (int i = cells.size() - 1; i >= 0; i--) {
            if (LabelText.number(cells.get(i)) == null && !Cell.isPlaceholder(cells.get(i))) {
                return cells.get(i);
            }
        }
        return "";
    }
}
