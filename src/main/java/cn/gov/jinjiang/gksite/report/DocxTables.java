package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.diag.TextEscapes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The three tables of a report as WordprocessingML, cell for cell in the national template's layout:
 * 表二 14 rows × 4 columns (each 第二十条 item a row across the table, its header row, its rows; a single
 * figure spans the three value columns), 表三 28 × 10 (three header rows; the labels in three columns,
 * 三、本年度办理结果 merged down over its 22 rows, （三）（四）（五）（六） over their items, 一 二 四 across the
 * three columns and （一）（二）（七） across two), 表四 4 × 15 (行政复议 / 行政诉讼, the groups, the five
 * columns merged down over two header rows, one row of figures). A blank cell stays empty.
 */
final class DocxTables {
    /** The width of the text area of an A4 page with the 公文 margins, in twentieths of a point. */
    static final int TEXT_WIDTH = 8844;

    private final AnnualReport report;
    private final ReportFormat f;

    DocxTables(AnnualReport report) {
        this.report = report;
        this.f = report.format();
    }

    /** 表二: 主动公开政府信息情况. */
    String disclosure() {
        int[] widths = {2844, 2000, 2000, 2000};
        StringBuilder sb = table(widths);
        for (DisclosureBlock b : f.disclosure()) {
            row(sb, false, cell(TEXT_WIDTH, 4, null, b.item()));
            List<String> head = new ArrayList<>();
            head.add(cell(widths[0], 1, null, "信息内容"));
            head.addAll(spread(widths, b.columns().stream().map(Column::label).toList()));
            row(sb, false, head.toArray(String[]::new));
            for (String r : b.rows()) {
                List<String> cells = new ArrayList<>();
                cells.add(cell(widths[0], 1, null, r));
                cells.addAll(spread(
                        widths,
                        b.columns().stream()
                                .map(c -> text(report.value("二", r, c.key())))
                                .toList()));
                row(sb, false, cells.toArray(String[]::new));
            }
        }
        return sb.append("</w:tbl>").toString();
    }

    /** 表二's value cells: one per column, the last spanning what is left of the three. */
    private static List<String> spread(int[] widths, List<String> texts) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            int span = i == texts.size() - 1 ? 4 - 1 - i : 1;
            int w = 0;
            for (int k = 1 + i; k < 1 + i + span; k++) {
                w += widths[k];
            }
            out.add(cell(w, span, null, texts.get(i)));
        }
        return out;
    }

    /** 表三: 收到和处理政府信息公开申请情况. */
    String applications() {
        int[] widths = {800, 1000, 2550, 642, 642, 642, 642, 642, 642, 642};
        int labels = widths[0] + widths[1] + widths[2];
        StringBuilder sb = table(widths);
        List<Column> cols = f.applicantColumns();
        row(sb, true, cell(labels, 3, "restart", ReportFormat.TABLE3_NOTE), cell(642 * 7, 7, null, "申请人情况"));
        row(
                sb,
                true,
                cell(labels, 3, "continue", ""),
                cell(642, 1, "restart", cols.get(0).label()),
                cell(642 * 5, 5, null, "法人或其他组织"),
                cell(642, 1, "restart", cols.get(6).label()));
        List<String> third = new ArrayList<>(List.of(cell(labels, 3, "continue", ""), cell(642, 1, "continue", "")));
        for (Column c : cols.subList(1, 6)) {
            third.add(cell(642, 1, null, c.label()));
        }
        third.add(cell(642, 1, "continue", ""));
        row(sb, true, third.toArray(String[]::new));
        for (RowSpec top : f.applicationRows()) {
            if (top.isLeaf()) {
                figures(sb, List.of(cell(labels, 3, null, top.label())), top.key());
                continue;
            }
            boolean firstOfTop = true;
            for (RowSpec mid : top.children()) {
                List<RowSpec> leaves = mid.isLeaf() ? List.of(mid) : mid.children();
                boolean firstOfMid = true;
                for (RowSpec leaf : leaves) {
                    List<String> cells = new ArrayList<>();
                    cells.add(cell(widths[0], 1, firstOfTop ? "restart" : "continue", firstOfTop ? top.label() : ""));
                    if (mid.isLeaf()) {
                        cells.add(cell(widths[1] + widths[2], 2, null, mid.label()));
                    } else {
                        cells.add(
                                cell(widths[1], 1, firstOfMid ? "restart" : "continue", firstOfMid ? mid.label() : ""));
                        cells.add(cell(widths[2], 1, null, leaf.label()));
                    }
                    String path = top.key() + "." + mid.key() + (mid.isLeaf() ? "" : "." + leaf.key());
                    figures(sb, cells, path);
                    firstOfTop = false;
                    firstOfMid = false;
                }
            }
        }
        return sb.append("</w:tbl>").toString();
    }

    private void figures(StringBuilder sb, List<String> labels, String path) {
        List<String> cells = new ArrayList<>(labels);
        for (Column c : f.applicantColumns()) {
            cells.add(cell(642, 1, null, text(report.value("三", path, c.key()))));
        }
        row(sb, false, cells.toArray(String[]::new));
    }

    /** 表四: 政府信息公开行政复议、行政诉讼情况. */
    String reviews() {
        int[] widths = new int[15];
        Arrays.fill(widths, 590);
        widths[14] = TEXT_WIDTH - 590 * 14;
        StringBuilder sb = table(widths);
        List<String> groups = f.reviewGroups();
        List<Column> cols = f.reviewColumns();
        row(sb, true, cell(590 * 5, 5, null, groups.get(0)), cell(TEXT_WIDTH - 590 * 5, 10, null, "行政诉讼"));
        List<String> second = new ArrayList<>();
        cols.forEach(c -> second.add(cell(590, 1, "restart", c.label())));
        second.add(cell(590 * 5, 5, null, groups.get(1)));
        second.add(cell(TEXT_WIDTH - 590 * 10, 5, null, groups.get(2)));
        row(sb, true, second.toArray(String[]::new));
        List<String> third = new ArrayList<>();
        cols.forEach(c -> third.add(cell(590, 1, "continue", "")));
        for (int g = 1; g < 3; g++) {
            for (Column c : cols) {
                third.add(cell(widths[third.size()], 1, null, c.label()));
            }
        }
        row(sb, true, third.toArray(String[]::new));
        List<String> values = new ArrayList<>();
        for (String g : groups) {
            for (Column c : cols) {
                values.add(cell(widths[values.size()], 1, null, text(report.value("四", g, c.key()))));
            }
        }
        row(sb, false, values.toArray(String[]::new));
        return sb.append("</w:tbl>").toString();
    }

    /** A cell's figure as data.yaml writes it; a blank or unreadable cell stays empty. */
    private static String text(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    private static StringBuilder table(int[] widths) {
        StringBuilder sb = new StringBuilder("<w:tbl><w:tblPr><w:tblW w:w=\"")
                .append(TEXT_WIDTH)
                .append("\" w:type=\"dxa\"/><w:jc w:val=\"center\"/><w:tblBorders>");
        for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
            sb.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>");
        }
        sb.append("</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"40\" w:type=\"dxa\"/>")
                .append("<w:right w:w=\"40\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>");
        for (int w : widths) {
            sb.append("<w:gridCol w:w=\"").append(w).append("\"/>");
        }
        return sb.append("</w:tblGrid>");
    }

    /** A row that may not break across pages; a header row repeats at the top of each page. */
    private static void row(StringBuilder sb, boolean header, String... cells) {
        sb.append("<w:tr><w:trPr><w:cantSplit/>")
                .append(header ? "<w:tblHeader/>" : "")
                .append("</w:trPr>");
        for (String c : cells) {
            sb.append(c);
        }
        sb.append("</w:tr>");
    }

    /** A cell: width, columns spanned, vertical merge (null, "restart" or "continue") and text. */
    static String cell(int width, int span, String vMerge, String text) {
        StringBuilder sb =
                new StringBuilder("<w:tc><w:tcPr><w:tcW w:w=\"").append(width).append("\" w:type=\"dxa\"/>");
        if (span > 1) {
            sb.append("<w:gridSpan w:val=\"").append(span).append("\"/>");
        }
        if ("restart".equals(vMerge)) {
            sb.append("<w:vMerge w:val=\"restart\"/>");
        } else if (vMerge != null) {
            sb.append("<w:vMerge/>");
        }
        sb.append("<w:vAlign w:val=\"center\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr>");
        if (!text.isEmpty()) {
            sb.append("<w:r><w:t xml:space=\"preserve\">")
                    .append(TextEscapes.xml(text))
                    .append("</w:t></w:r>");
        }
        return sb.append("</w:p></w:tc>").toString();
    }
}
