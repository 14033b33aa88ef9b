package cn.gov.jinjiang.gksite.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The national template's three tables as rows of {@link ReportPdf.Cell}s (merged cells span rows or columns). */
final class PdfTables {
    private PdfTables() {}

    static List<List<ReportPdf.Cell>> disclosure(ReportFormat f, Map<String, BigDecimal> cells) {
        List<List<ReportPdf.Cell>> rows = new ArrayList<>();
        for (DisclosureBlock b : f.disclosure()) {
            rows.add(List.of(new ReportPdf.Cell(0, 4, 1, b.item())));
            List<ReportPdf.Cell> head = new ArrayList<>(List.of(new ReportPdf.Cell(0, 1, 1, "信息内容")));
            for (int i = 0; i < b.columns().size(); i++) {
                head.add(new ReportPdf.Cell(
                        1 + i,
                        i == b.columns().size() - 1 ? 3 - i : 1,
                        1,
                        b.columns().get(i).label()));
            }
            rows.add(head);
            for (String row : b.rows()) {
                List<ReportPdf.Cell> r = new ArrayList<>(List.of(new ReportPdf.Cell(0, 1, 1, row)));
                for (int i = 0; i < b.columns().size(); i++) {
                    r.add(new ReportPdf.Cell(
                            1 + i,
                            i == b.columns().size() - 1 ? 3 - i : 1,
                            1,
                            text(cells.get(AnnualReport.key(
                                    "二", row, b.columns().get(i).key())))));
                }
                rows.add(r);
            }
        }
        return rows;
    }

    static List<List<ReportPdf.Cell>> applications(ReportFormat f, Map<String, BigDecimal> cells) {
        List<List<ReportPdf.Cell>> rows = new ArrayList<>();
        rows.add(List.of(new ReportPdf.Cell(0, 3, 3, ReportFormat.TABLE3_NOTE), new ReportPdf.Cell(3, 7, 1, "申请人情况")));
        rows.add(List.of(
                new ReportPdf.Cell(3, 1, 2, "自然人"),
                new ReportPdf.Cell(4, 5, 1, "法人或其他组织"),
                new ReportPdf.Cell(9, 1, 2, "总计")));
        List<ReportPdf.Cell> third = new ArrayList<>();
        List<String> kinds = List.of("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");
        for (int i = 0; i < kinds.size(); i++) {
            third.add(new ReportPdf.Cell(4 + i, 1, 1, kinds.get(i)));
        }
        rows.add(third);
        for (RowSpec top : f.applicationRows()) {
            if (top.isLeaf()) {
                rows.add(figures(
                        new ArrayList<>(List.of(new ReportPdf.Cell(0, 3, 1, top.label()))), f, top.key(), cells));
                continue;
            }
            boolean firstTop = true;
            for (RowSpec mid : top.children()) {
                boolean firstMid = true;
                for (RowSpec leaf : mid.isLeaf() ? List.of(mid) : mid.children()) {
                    List<ReportPdf.Cell> r = new ArrayList<>();
                    if (firstTop) {
                        r.add(new ReportPdf.Cell(0, 1, top.span(), top.label()));
                    }
                    String path = top.key() + "." + mid.key();
                    if (mid.isLeaf()) {
                        r.add(new ReportPdf.Cell(1, 2, 1, mid.label()));
                    } else {
                        if (firstMid) {
                            r.add(new ReportPdf.Cell(1, 1, mid.span(), mid.label()));
                        }
                        r.add(new ReportPdf.Cell(2, 1, 1, leaf.label()));
                        path += "." + leaf.key();
                    }
                    rows.add(figures(r, f, path, cells));
                    firstTop = false;
                    firstMid = false;
                }
            }
        }
        return rows;
    }

    private static List<ReportPdf.Cell> figures(
            List<ReportPdf.Cell> r, ReportFormat f, String path, Map<String, BigDecimal> cells) {
        for (int i = 0; i < f.applicantColumns().size(); i++) {
            r.add(new ReportPdf.Cell(
                    3 + i,
                    1,
                    1,
                    text(cells.get(AnnualReport.key(
                            "三", path, f.applicantColumns().get(i).key())))));
        }
        return r;
    }

    static List<List<ReportPdf.Cell>> reviews(ReportFormat f, Map<String, BigDecimal> cells) {
        List<List<ReportPdf.Cell>> rows = new ArrayList<>();
        rows.add(List.of(new ReportPdf.Cell(0, 5, 1, "行政复议"), new ReportPdf.Cell(5, 10, 1, "行政诉讼")));
        List<ReportPdf.Cell> second = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            second.add(new ReportPdf.Cell(i, 1, 2, f.reviewColumns().get(i).label()));
        }
        second.add(new ReportPdf.Cell(5, 5, 1, "未经复议直接起诉"));
        second.add(new ReportPdf.Cell(10, 5, 1, "复议后起诉"));
        rows.add(second);
        List<ReportPdf.Cell> third = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            third.add(
                    new ReportPdf.Cell(5 + i, 1, 1, f.reviewColumns().get(i % 5).label()));
        }
        rows.add(third);
        List<ReportPdf.Cell> values = new ArrayList<>();
        for (String g : f.reviewGroups()) {
            for (Column c : f.reviewColumns()) {
                values.add(new ReportPdf.Cell(values.size(), 1, 1, text(cells.get(AnnualReport.key("四", g, c.key())))));
            }
        }
        rows.add(values);
        return rows;
    }

    private static String text(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }
}
