package cn.gov.jinjiang.gksite.render;

import cn.gov.jinjiang.gksite.render.Views.Cell;
import cn.gov.jinjiang.gksite.render.Views.Table;
import cn.gov.jinjiang.gksite.report.AckNotes;
import cn.gov.jinjiang.gksite.report.AnnualReport;
import cn.gov.jinjiang.gksite.report.Column;
import cn.gov.jinjiang.gksite.report.DisclosureBlock;
import cn.gov.jinjiang.gksite.report.ReportFormat;
import cn.gov.jinjiang.gksite.report.RowSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out the three report tables in their national form: merged header cells, row labels spanning
 * their groups, and an {@code id} on every header cell so each data cell can name all of its headers
 * in {@code headers} (WCAG H43), which screen readers need for 表三's nested headers.
 */
final class ReportTables {
    private ReportTables() {}

    static ReportView view(AnnualReport r) {
        List<AckNotes.Note> notes = AckNotes.of(r);
        return new ReportView(
                r.year(),
                r.format().version().source(),
                disclosure(r),
                applications(r),
                reviews(r),
                notes(notes, "二"),
                notes(notes, "三"),
                notes(notes, "四"),
                notes(notes, ""));
    }

    private static List<ReportView.Note> notes(List<AckNotes.Note> notes, String table) {
        return notes.stream()
                .filter(n -> n.table().equals(table))
                .map(n -> new ReportView.Note(n.where(), n.shown(), n.ruleId(), n.rule(), n.reason()))
                .toList();
    }

    static String number(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    /** 表二: one table, each block a title row, a header row and its data rows. */
    static Table disclosure(AnnualReport r) {
        int width = 1
                + r.format().disclosure().stream()
                        .mapToInt(b -> b.columns().size())
                        .max()
                        .orElse(1);
        List<List<Cell>> body = new ArrayList<>();
        int b = 0;
        for (DisclosureBlock block : r.format().disclosure()) {
            b++;
            String blockId = "t2-b" + b;
            body.add(List.of(new Cell(block.item(), true, 1, width, blockId, "", "", "block")));
            List<Cell> head = new ArrayList<>();
            String infoId = blockId + "-h0";
            head.add(new Cell("信息内容", true, 1, 1, infoId, blockId, "", "colhead"));
            for (int c = 0; c < block.columns().size(); c++) {
                Column col = block.columns().get(c);
                int span = c == block.columns().size() - 1
                        ? width - block.columns().size()
                        : 1;
                head.add(new Cell(col.label(), true, 1, span, blockId + "-h" + (c + 1), blockId, "", "colhead"));
            }
            body.add(head);
            int rowNo = 0;
            for (String row : block.rows()) {
                rowNo++;
                String rowId = blockId + "-r" + rowNo;
                List<Cell> cells = new ArrayList<>();
                cells.add(new Cell(row, true, 1, 1, rowId, blockId + " " + infoId, "", "rowhead"));
                for (int c = 0; c < block.columns().size(); c++) {
                    Column col = block.columns().get(c);
                    int span = c == block.columns().size() - 1
                            ? width - block.columns().size()
                            : 1;
                    String headers = blockId + " " + blockId + "-h" + (c + 1) + " " + rowId;
                    cells.add(new Cell(number(r.value("二", row, col.key())), false, 1, span, "", headers, "", "num"));
                }
                body.add(cells);
            }
        }
        return new Table("table-2", "二、主动公开政府信息情况", List.of(), body, "");
    }

    /** 表三: three label columns, the applicant header in three rows, 25 (2019: 23) numeric rows. */
    static Table applications(AnnualReport r) {
        ReportFormat f = r.format();
        List<Column> cols = f.applicantColumns();
        List<List<Cell>> head = new ArrayList<>();
        head.add(List.of(
                new Cell(ReportFormat.TABLE3_NOTE, true, 3, 3, "t3-corner", "", "", "corner"),
                new Cell("申请人情况", true, 1, cols.size(), "t3-h", "", "", "")));
        head.add(List.of(
                new Cell(cols.get(0).label(), true, 2, 1, "t3-h0", "t3-h", "", ""),
                new Cell("法人或其他组织", true, 1, cols.size() - 2, "t3-hl", "t3-h", "", ""),
                new Cell(cols.get(cols.size() - 1).label(), true, 2, 1, "t3-h" + (cols.size() - 1), "t3-h", "", "")));
        List<Cell> third = new ArrayList<>();
        for (int c = 1; c < cols.size() - 1; c++) {
            third.add(new Cell(cols.get(c).label(), true, 1, 1, "t3-h" + c, "t3-h t3-hl", "", ""));
        }
        head.add(third);
        List<String> colHeaders = new ArrayList<>();
        for (int c = 0; c < cols.size(); c++) {
            boolean legal = c > 0 && c < cols.size() - 1;
            colHeaders.add("t3-h " + (legal ? "t3-hl " : "") + "t3-h" + c);
        }
        List<List<Cell>> body = new ArrayList<>();
        int[] counter = {0};
        for (RowSpec spec : f.applicationRows()) {
            addRows(r, spec, "", 0, new ArrayList<>(), new ArrayList<>(), colHeaders, cols, body, counter);
        }
        return new Table("table-3", "三、收到和处理政府信息公开申请情况", head, body, "");
    }

    private static void addRows(
            AnnualReport r,
            RowSpec spec,
            String prefix,
            int depth,
            List<Cell> pending,
            List<String> parentIds,
            List<String> colHeaders,
            List<Column> cols,
            List<List<Cell>> body,
            int[] counter) {
        String key = prefix.isEmpty() ? spec.key() : prefix + "." + spec.key();
        String id = "t3-r" + (++counter[0]);
        List<String> ids = new ArrayList<>(parentIds);
        ids.add(id);
        if (spec.isLeaf()) {
            List<Cell> row = new ArrayList<>(pending);
            // d<depth>: the label column the cell starts in, so the theme can keep each column in view.
            row.add(new Cell(
                    spec.label(),
                    true,
                    1,
                    3 - depth,
                    id,
                    String.join(" ", parentIds),
                    "",
                    depth == 0 ? "rowhead top d0" : "rowhead d" + depth));
            for (int c = 0; c < cols.size(); c++) {
                row.add(new Cell(
                        number(r.value("三", key, cols.get(c).key())),
                        false,
                        1,
                        1,
                        "",
                        String.join(" ", ids) + " " + colHeaders.get(c),
                        "",
                        c == cols.size() - 1 ? "num total" : "num"));
            }
            body.add(row);
            return;
        }
        List<Cell> first = new ArrayList<>(pending);
        first.add(new Cell(
                spec.label(), true, spec.span(), 1, id, String.join(" ", parentIds), "", "rowhead group d" + depth));
        boolean isFirst = true;
        for (RowSpec child : spec.children()) {
            addRows(
                    r,
                    child,
                    key,
                    depth + 1,
                    isFirst ? first : new ArrayList<>(),
                    ids,
                    colHeaders,
                    cols,
                    body,
                    counter);
            isFirst = false;
        }
    }

    /** 表四: 行政复议 (5 columns) and 行政诉讼 in two blocks of 5, one data row. */
    static Table reviews(AnnualReport r) {
        ReportFormat f = r.format();
        List<Column> cols = f.reviewColumns();
        List<String> groups = f.reviewGroups();
        List<List<Cell>> head = new ArrayList<>();
        head.add(List.of(
                new Cell(groups.get(0), true, 1, cols.size(), "t4-g0", "", "", ""),
                new Cell("行政诉讼", true, 1, cols.size() * (groups.size() - 1), "t4-lit", "", "", "")));
        List<Cell> second = new ArrayList<>();
        for (int c = 0; c < cols.size(); c++) {
            second.add(new Cell(cols.get(c).label(), true, 2, 1, "t4-g0-c" + c, "t4-g0", "", ""));
        }
        for (int g = 1; g < groups.size(); g++) {
            second.add(new Cell(groups.get(g), true, 1, cols.size(), "t4-g" + g, "t4-lit", "", ""));
        }
        head.add(second);
        List<Cell> third = new ArrayList<>();
        for (int g = 1; g < groups.size(); g++) {
            for (int c = 0; c < cols.size(); c++) {
                third.add(new Cell(cols.get(c).label(), true, 1, 1, "t4-g" + g + "-c" + c, "t4-lit t4-g" + g, "", ""));
            }
        }
        head.add(third);
        List<Cell> row = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            for (int c = 0; c < cols.size(); c++) {
                String headers = (g == 0 ? "t4-g0" : "t4-lit t4-g" + g) + " t4-g" + g + "-c" + c;
                row.add(new Cell(
                        number(r.value("四", groups.get(g), cols.get(c).key())),
                        false,
                        1,
                        1,
                        "",
                        headers,
                        "",
                        c == cols.size() - 1 ? "num total" : "num"));
            }
        }
        return new Table("table-4", "四、政府信息公开行政复议、行政诉讼情况", head, List.of(row), "");
    }
}
