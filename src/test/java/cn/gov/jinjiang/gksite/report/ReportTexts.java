package cn.gov.jinjiang.gksite.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Report texts in the layouts editors import: text as pdftotext writes it without -layout (every cell's
 * text on lines of its own, labels wrapped at a width, figures after, around or before the wrapped label,
 * one figure per line, numbered 1. 1、 （1） or 1）, full-width digits, thousands separators, pages
 * separated by form feeds with running headers and page numbers), and tables with explicit separators
 * (tabs, "|", a Markdown table) where a blank cell is an empty cell.
 */
final class ReportTexts {
    /** Where a row's figures stand relative to its wrapped label. */
    enum Figures {
        AFTER,
        OWN_LINE,
        FIRST,
        MIDDLE,
        ONE_PER_LINE
    }

    /**
     * How a running text is laid out.
     *
     * @param wrap       label characters per line
     * @param enumerator how 1. is printed: "1.", "1、", "（1）" or "1）"
     * @param fullWidth  figures in full-width digits
     * @param thousands  3,001 rather than 3001
     * @param pageLines  lines per page (0: one page)
     */
    record Style(int wrap, String enumerator, boolean fullWidth, boolean thousands, int pageLines) {}

    private final StringBuilder sb = new StringBuilder();
    private final Random rnd;
    private final Style style;
    private int onPage;
    private int page = 1;
    private final String header;

    private ReportTexts(Random rnd, Style style, String header) {
        this.rnd = rnd;
        this.style = style;
        this.header = header;
    }

    static String title(int year, String org) {
        return org + year + "年政府信息公开工作年度报告";
    }

    /** The whole report as running text; blanks printed as "/". */
    static String running(int year, String org, Map<String, BigDecimal> cells, Style style, Random rnd) {
        ReportTexts t = new ReportTexts(rnd, style, title(year, org));
        ReportFormat f = ReportFormat.forYear(year);
        t.line(title(year, org));
        t.line("发布时间：" + (year + 1) + "-02-15");
        t.line("本报告所列数据统计期限自" + year + "年1月1日起至" + year + "年12月31日止。");
        t.line(ReportFormat.HEADINGS[0]);
        t.line("（一）主动公开情况");
        t.line("全年主动公开政府信息。");
        t.line(ReportFormat.HEADINGS[1]);
        for (DisclosureBlock b : f.disclosure()) {
            t.line(b.item());
            t.line("信息内容");
            b.columns().forEach(c -> t.line(c.label()));
            for (String row : b.rows()) {
                t.row(
                        row,
                        b.columns().stream()
                                .map(c -> cells.get(AnnualReport.key("二", row, c.key())))
                                .toList());
            }
        }
        t.line(ReportFormat.HEADINGS[2]);
        t.label(ReportFormat.TABLE3_NOTE);
        for (String h : List.of("申请人情况", "自然人", "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")) {
            t.line(h);
        }
        for (RowSpec top : f.applicationRows()) {
            t.tree(top, top.key(), f, cells);
        }
        t.line(ReportFormat.HEADINGS[3]);
        for (String h : List.of("行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉")) {
            t.line(h);
        }
        List<BigDecimal> review = new ArrayList<>();
        f.reviewGroups()
                .forEach(g -> f.reviewColumns().forEach(c -> review.add(cells.get(AnnualReport.key("四", g, c.key())))));
        t.line(t.figures(review));
        t.line(ReportFormat.HEADINGS[4]);
        t.line("部分栏目更新不及时。");
        t.line(ReportFormat.HEADINGS[5]);
        t.line("无收取信息处理费情况。");
        return t.sb.toString();
    }

    private void tree(RowSpec spec, String path, ReportFormat f, Map<String, BigDecimal> cells) {
        if (spec.isLeaf()) {
            row(
                    enumerate(spec.label()),
                    f.applicantColumns().stream()
                            .map(c -> cells.get(AnnualReport.key("三", path, c.key())))
                            .toList());
            return;
        }
        label(spec.label());
        for (RowSpec c : spec.children()) {
            tree(c, path + "." + c.key(), f, cells);
        }
    }

    private String enumerate(String label) {
        if (!label.matches("\\d\\..*")) {
            return label;
        }
        String n = label.substring(0, 1);
        return style.enumerator().replace("1", n) + label.substring(2);
    }

    /** A label wrapped at the width, without figures (a group label, a header). */
    private void label(String label) {
        wrapped(label).forEach(this::line);
    }

    private void row(String label, List<BigDecimal> values) {
        List<String> lines = wrapped(label);
        String nums = figures(values);
        Figures where = Figures.values()[rnd.nextInt(Figures.values().length)];
        if (where == Figures.MIDDLE && lines.size() < 2) {
            where = Figures.AFTER;
        }
        switch (where) {
            case AFTER -> {
                lines.subList(0, lines.size() - 1).forEach(this::line);
                line(lines.get(lines.size() - 1) + " " + nums);
            }
            case OWN_LINE -> {
                lines.forEach(this::line);
                line(nums);
            }
            case FIRST -> {
                line(lines.get(0) + " " + nums);
                lines.subList(1, lines.size()).forEach(this::line);
            }
            case MIDDLE -> {
                int m = lines.size() / 2;
                lines.subList(0, m).forEach(this::line);
                line(nums);
                lines.subList(m, lines.size()).forEach(this::line);
            }
            case ONE_PER_LINE -> {
                lines.forEach(this::line);
                for (String n : nums.split(" ")) {
                    line(n);
                }
            }
        }
    }

    private List<String> wrapped(String label) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < label.length(); i += style.wrap()) {
            out.add(label.substring(i, Math.min(label.length(), i + style.wrap())));
        }
        return out;
    }

    private String figures(List<BigDecimal> values) {
        List<String> out = new ArrayList<>();
        for (BigDecimal v : values) {
            out.add(v == null ? "/" : figure(v));
        }
        return String.join(" ", out);
    }

    private String figure(BigDecimal v) {
        String s = v.toPlainString();
        if (style.thousands() && v.abs().compareTo(BigDecimal.valueOf(1000)) >= 0) {
            DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
            f.setMinimumFractionDigits(Math.max(0, v.scale()));
            f.setMaximumFractionDigits(Math.max(0, v.scale()));
            s = f.format(v);
        }
        if (style.fullWidth()) {
            StringBuilder w = new StringBuilder();
            for (char c : s.toCharArray()) {
                w.append(c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : c);
            }
            s = w.toString();
        }
        return s;
    }

    private void line(String text) {
        sb.append(text).append('\n');
        if (style.pageLines() > 0 && ++onPage >= style.pageLines()) {
            sb.append("\n- ").append(page++).append(" -\n\f").append(header).append('\n');
            onPage = 1;
        }
    }

    /** The report with its tables as separated text: "\t", "|" or "md" (a Markdown table per table). */
    static String separated(int year, String org, Map<String, BigDecimal> cells, String sep) {
        ReportFormat f = ReportFormat.forYear(year);
        List<String> out = new ArrayList<>(List.of(
                title(year, org),
                "本报告所列数据统计期限自" + year + "年1月1日起至" + year + "年12月31日止。",
                ReportFormat.HEADINGS[0],
                "全年主动公开政府信息。",
                ReportFormat.HEADINGS[1]));
        List<List<String>> t2 = new ArrayList<>();
        for (DisclosureBlock b : f.disclosure()) {
            if (sep.equals("md")) {
                // a Markdown table has one width: each 第二十条 item is a table of its own
                table(out, t2, sep);
                t2.clear();
            }
            t2.add(pad(List.of(b.item()), sep.equals("md") ? b.columns().size() + 1 : 4));
            List<String> head = new ArrayList<>(List.of("信息内容"));
            b.columns().forEach(c -> head.add(c.label()));
            t2.add(pad(head, sep.equals("md") ? b.columns().size() + 1 : 4));
            for (String row : b.rows()) {
                List<String> r = new ArrayList<>(List.of(row));
                b.columns().forEach(c -> r.add(text(cells.get(AnnualReport.key("二", row, c.key())))));
                t2.add(r);
            }
        }
        table(out, t2, sep);
        out.add(ReportFormat.HEADINGS[2]);
        List<List<String>> t3 = new ArrayList<>();
        t3.add(pad(List.of(ReportFormat.TABLE3_NOTE, "申请人情况"), 8));
        t3.add(List.of("", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"));
        for (String path : f.applicationRowKeys()) {
            List<String> r = new ArrayList<>(List.of(f.applicationLabel(path)));
            f.applicantColumns().forEach(c -> r.add(text(cells.get(AnnualReport.key("三", path, c.key())))));
            t3.add(r);
        }
        table(out, t3, sep);
        out.add(ReportFormat.HEADINGS[3]);
        List<List<String>> t4 = new ArrayList<>();
        t4.add(pad(List.of("行政复议", "", "", "", "", "行政诉讼"), 15));
        List<String> head = new ArrayList<>();
        for (int g = 0; g < 3; g++) {
            f.reviewColumns().forEach(c -> head.add(c.label()));
        }
        t4.add(head);
        List<String> values = new ArrayList<>();
        f.reviewGroups()
                .forEach(g ->
                        f.reviewColumns().forEach(c -> values.add(text(cells.get(AnnualReport.key("四", g, c.key()))))));
        t4.add(values);
        table(out, t4, sep);
        out.addAll(List.of(ReportFormat.HEADINGS[4], "部分栏目更新不及时。", ReportFormat.HEADINGS[5], "无。"));
        return String.join("\n", out) + "\n";
    }

    private static void table(List<String> out, List<List<String>> rows, String sep) {
        for (int i = 0; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            switch (sep) {
                case "\t" -> out.add(String.join("\t", r));
                case "|" -> out.add(String.join(" | ", r));
                default -> {
                    out.add("| " + String.join(" | ", r) + " |");
                    if (i == 0) {
                        out.add("|" + "---|".repeat(r.size()));
                    }
                }
            }
        }
    }

    private static List<String> pad(List<String> cells, int n) {
        List<String> out = new ArrayList<>(cells);
        while (out.size() < n) {
            out.add("");
        }
        return out;
    }

    private static String text(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }
}
