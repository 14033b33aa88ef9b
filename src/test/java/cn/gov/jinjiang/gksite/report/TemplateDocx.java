package cn.gov.jinjiang.gksite.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The national template (政务公开年报模版.docx) filled in, made with POI as Word makes it: title, narrative
 * paragraphs, and the three tables with their exact cell structure — 表二 14 × 4 with gridSpan, 表三 with its
 * three label columns merged down (vMerge) and across (gridSpan), 表四 with its merged header. Independent of
 * gksite's own Word writer, so the import is tested against a second maker of the same layout.
 */
public final class TemplateDocx {
    /** One cell: text, columns spanned, vertical merge (null, "restart" or "continue"). */
    record C(String text, int span, String merge) {
        static C of(String text) {
            return new C(text, 1, null);
        }
    }

    private final XWPFDocument doc = new XWPFDocument();

    /** The filled template of {@code year}; a missing cell is left empty. Label texts may be wrapped. */
    public static byte[] filled(int year, String title, Map<String, BigDecimal> cells, boolean wrapLabels) {
        TemplateDocx t = new TemplateDocx();
        ReportFormat f = ReportFormat.forYear(year);
        t.para(title);
        t.para("本报告所列数据统计期限自" + year + "年1月1日起至" + year + "年12月31日止。");
        t.para(ReportFormat.HEADINGS[0]);
        t.para("（一）主动公开情况");
        t.para("本年度主动公开政府信息。");
        t.para(ReportFormat.HEADINGS[1]);
        List<List<C>> t2 = new ArrayList<>();
        for (DisclosureBlock b : f.disclosure()) {
            t2.add(List.of(new C(b.item(), 4, null)));
            List<C> head = new ArrayList<>(List.of(C.of("信息内容")));
            List<List<C>> body = new ArrayList<>();
            for (int i = 0; i < b.columns().size(); i++) {
                int span = i == b.columns().size() - 1 ? 3 - i : 1;
                head.add(new C(b.columns().get(i).label(), span, null));
            }
            t2.add(head);
            for (String row : b.rows()) {
                List<C> r = new ArrayList<>(List.of(C.of(row)));
                for (int i = 0; i < b.columns().size(); i++) {
                    int span = i == b.columns().size() - 1 ? 3 - i : 1;
                    r.add(new C(
                            text(cells.get(AnnualReport.key(
                                    "二", row, b.columns().get(i).key()))),
                            span,
                            null));
                }
                body.add(r);
            }
            t2.addAll(body);
        }
        t.table(t2);
        t.para(ReportFormat.HEADINGS[2]);
        List<List<C>> t3 = new ArrayList<>();
        t3.add(List.of(new C(ReportFormat.TABLE3_NOTE, 3, "restart"), new C("申请人情况", 7, null)));
        t3.add(List.of(
                new C("", 3, "continue"),
                new C("自然人", 1, "restart"),
                new C("法人或其他组织", 5, null),
                new C("总计", 1, "restart")));
        t3.add(List.of(
                new C("", 3, "continue"),
                new C("", 1, "continue"),
                C.of("商业企业"),
                C.of("科研机构"),
                C.of("社会公益组织"),
                C.of("法律服务机构"),
                C.of("其他"),
                new C("", 1, "continue")));
        for (RowSpec top : f.applicationRows()) {
            if (top.isLeaf()) {
                t3.add(values(List.of(new C(wrap(top.label(), wrapLabels), 3, null)), f, top.key(), cells));
                continue;
            }
            boolean firstTop = true;
            for (RowSpec mid : top.children()) {
                boolean firstMid = true;
                for (RowSpec leaf : mid.isLeaf() ? List.of(mid) : mid.children()) {
                    List<C> r = new ArrayList<>();
                    r.add(new C(firstTop ? wrap(top.label(), wrapLabels) : "", 1, firstTop ? "restart" : "continue"));
                    String path = top.key() + "." + mid.key();
                    if (mid.isLeaf()) {
                        r.add(new C(wrap(mid.label(), wrapLabels), 2, null));
                    } else {
                        r.add(new C(
                                firstMid ? wrap(mid.label(), wrapLabels) : "", 1, firstMid ? "restart" : "continue"));
                        r.add(C.of(wrap(leaf.label(), wrapLabels)));
                        path += "." + leaf.key();
                    }
                    t3.add(values(r, f, path, cells));
                    firstTop = false;
                    firstMid = false;
                }
            }
        }
        t.table(t3);
        t.para(ReportFormat.HEADINGS[3]);
        List<List<C>> t4 = new ArrayList<>();
        t4.add(List.of(new C("行政复议", 5, null), new C("行政诉讼", 10, null)));
        List<C> second = new ArrayList<>();
        f.reviewColumns().forEach(c -> second.add(new C(c.label(), 1, "restart")));
        second.add(new C("未经复议直接起诉", 5, null));
        second.add(new C("复议后起诉", 5, null));
        t4.add(second);
        List<C> third = new ArrayList<>();
        f.reviewColumns().forEach(c -> third.add(new C("", 1, "continue")));
        for (int g = 0; g < 2; g++) {
            f.reviewColumns().forEach(c -> third.add(C.of(c.label())));
        }
        t4.add(third);
        List<C> figures = new ArrayList<>();
        f.reviewGroups()
                .forEach(g -> f.reviewColumns()
                        .forEach(c -> figures.add(C.of(text(cells.get(AnnualReport.key("四", g, c.key())))))));
        t4.add(figures);
        t.table(t4);
        t.para(ReportFormat.HEADINGS[4]);
        t.para("（一）存在问题");
        t.para("政策解读的深度仍需加强。");
        t.para(ReportFormat.HEADINGS[5]);
        t.para("本年度无收取信息处理费情况。");
        return t.bytes();
    }

    private static List<C> values(List<C> labels, ReportFormat f, String path, Map<String, BigDecimal> cells) {
        List<C> r = new ArrayList<>(labels);
        f.applicantColumns().forEach(c -> r.add(C.of(text(cells.get(AnnualReport.key("三", path, c.key()))))));
        return r;
    }

    /** A long label broken into lines as a narrow cell shows it: a paragraph per line. */
    private static String wrap(String label, boolean wrap) {
        if (!wrap || label.length() <= 8) {
            return label;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < label.length(); i += 8) {
            sb.append(i == 0 ? "" : "\n").append(label, i, Math.min(label.length(), i + 8));
        }
        return sb.toString();
    }

    private static String text(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    private void para(String text) {
        doc.createParagraph().createRun().setText(text);
    }

    private void table(List<List<C>> rows) {
        CTTbl tbl = doc.createTable().getCTTbl();
        tbl.removeTr(0);
        for (List<C> row : rows) {
            CTRow tr = tbl.addNewTr();
            for (C c : row) {
                CTTc tc = tr.addNewTc();
                CTTcPr pr = tc.addNewTcPr();
                if (c.span() > 1) {
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(c.span()));
                }
                if ("restart".equals(c.merge())) {
                    pr.addNewVMerge().setVal(STMerge.RESTART);
                } else if (c.merge() != null) {
                    pr.addNewVMerge();
                }
                for (String line : c.text().split("\n", -1)) {
                    tc.addNewP().addNewR().addNewT().setStringValue(line);
                }
            }
        }
    }

    private byte[] bytes() {
        try (doc;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
