package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.config.Bodies;
import cn.gov.jinjiang.gksite.config.Body;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.Severity;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.markdown.RenderedMarkdown;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One year of the 政府信息公开年度报告 column as the 政务公开办 checks it: for every body expected to publish, whether
 * its report is there, when it was published against its deadline, how many rule findings are still open and its key
 * figures; and the sum of the year's published tables across the bodies, with the arithmetic rules (R1–R4) run on
 * the sum.
 *
 * @param year       the report year
 * @param rows       one per body, in the order of {@link #of}
 * @param total      the year's published reports added cell by cell, or empty when none is published
 * @param totalFound what R1–R4 found in the sum (their messages), empty when it adds up
 */
public record YearOverview(int year, List<Row> rows, Optional<AnnualReport> total, List<String> totalFound) {
    private static final List<Rule> ARITHMETIC =
            List.of(new TotalsRule(), new OutcomesRule(), new BalanceRule(), new ReviewTotalsRule());

    /** How the files of a year's overview start, beside the list page: overview-2025.html, overview-2025.csv. */
    public static final String FILE = "overview-";

    /** The overview CSV's columns. */
    public static final List<String> HEADER = List.of(
            "年度", "单位", "类型", "状态", "发布日期", "公开期限", "逾期", "未处理的错误", "未处理的警告", "本年新收申请", "公开率(%)", "行政复议", "行政诉讼");

    public YearOverview {
        rows = List.copyOf(rows);
        totalFound = List.copyOf(totalFound);
    }

    /**
     * One body's report of the year.
     *
     * @param body      the body
     * @param report    its report, or null when it has none (missing)
     * @param deadline  the last day it may publish
     * @param errors    open rule findings of severity error
     * @param warnings  open rule findings of severity warning
     * @param figures   its key figures, or null when missing
     * @param disclosed 表三 予以公开 + 部分公开 over 办理结果 总计, in per cent with one decimal, or null
     */
    public record Row(
            Body body,
            AnnualReport report,
            LocalDate deadline,
            int errors,
            int warnings,
            KeyFigures figures,
            BigDecimal disclosed) {
        public boolean missing() {
            return report == null;
        }

        public LocalDate published() {
            return report == null ? null : report.page().meta().published();
        }

        /** Published after its deadline. */
        public boolean late() {
            return published() != null && published().isAfter(deadline);
        }

        public boolean draft() {
            return report != null && report.page().meta().draft();
        }
    }

    /**
     * The overviews of every year any of {@code reports} is of, newest first, over the bodies {@code expected} (in
     * their order, grouped by kind: 市政府, 部门, 镇街道) and any other body one of the reports belongs to.
     */
    public static List<YearOverview> of(List<AnnualReport> reports, Bodies bodies, List<Body> expected) {
        Map<String, AnnualReport> byBodyYear = new HashMap<>();
        List<Body> shown = new ArrayList<>(expected);
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        for (AnnualReport r : reports) {
            Body b = bodies.of(r.page().dir());
            byBodyYear.putIfAbsent(b.id() + "|" + r.year(), r);
            if (shown.stream().noneMatch(x -> x.id().equals(b.id()))) {
                shown.add(b);
            }
            years.add(r.year());
        }
        List<Body> ordered = new ArrayList<>();
        for (String kind : List.of(Body.GOVERNMENT, Body.DEPARTMENT, Body.TOWN)) {
            shown.stream().filter(b -> b.kind().equals(kind)).forEach(ordered::add);
        }
        List<YearOverview> out = new ArrayList<>();
        for (int year : years) {
            List<Row> rows = new ArrayList<>();
            List<AnnualReport> published = new ArrayList<>();
            for (Body b : ordered) {
                AnnualReport r = byBodyYear.get(b.id() + "|" + year);
                rows.add(row(b, r, year));
                if (r != null && !r.page().meta().draft()) {
                    published.add(r);
                }
            }
            Optional<AnnualReport> total = sum(year, published);
            out.add(new YearOverview(
                    year, rows, total, total.map(YearOverview::arithmetic).orElse(List.of())));
        }
        return out;
    }

    /** This overview as CSV (BOM, one line per body): what the 政务公开办 compiles by hand. */
    public byte[] csv() {
        StringBuilder sb = new StringBuilder(ReportExporter.BOM);
        ReportExporter.csvLine(sb, HEADER);
        for (Row r : rows) {
            KeyFigures k = r.figures();
            List<String> line = List.of(
                    String.valueOf(year),
                    r.body().name(),
                    r.body().kindLabel(),
                    r.missing() ? "未公开" : r.draft() ? "草稿" : "已公开",
                    r.published() == null ? "" : r.published().toString(),
                    r.deadline().toString(),
                    r.late() ? "是" : r.missing() ? "" : "否",
                    r.missing() ? "" : String.valueOf(r.errors()),
                    r.missing() ? "" : String.valueOf(r.warnings()),
                    k == null ? "" : ReportExporter.number(k.newApplications()),
                    r.disclosed() == null ? "" : r.disclosed().toPlainString(),
                    k == null ? "" : ReportExporter.number(k.reviews()),
                    k == null ? "" : ReportExporter.number(k.lawsuits()));
            ReportExporter.csvLine(sb, line);
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Row row(Body b, AnnualReport r, int year) {
        LocalDate deadline = DeadlineRule.deadline(b.kind(), year);
        if (r == null) {
            return new Row(b, null, deadline, 0, 0, null, null);
        }
        int errors = 0;
        int warnings = 0;
        for (Finding f : r.findings()) {
            if (!f.acknowledged() && f.diagnostic().severity() == Severity.ERROR) {
                errors++;
            } else if (!f.acknowledged() && f.diagnostic().severity() == Severity.WARNING) {
                warnings++;
            }
        }
        return new Row(b, r, deadline, errors, warnings, KeyFigures.of(r), disclosed(r));
    }

    /** 予以公开 + 部分公开 as a share of 办理结果 总计, in per cent, or null when it cannot be worked out. */
    static BigDecimal disclosed(AnnualReport r) {
        String t = ReportFormat.TOTAL;
        BigDecimal full = r.value("三", ReportFormat.OUTCOMES + ".予以公开", t);
        BigDecimal part = r.value("三", ReportFormat.OUTCOMES + ".部分公开", t);
        BigDecimal all = r.value("三", ReportFormat.OUTCOMES + "." + t, t);
        if (full == null || part == null || all == null || all.signum() == 0) {
            return null;
        }
        return full.add(part).multiply(BigDecimal.valueOf(100)).divide(all, 1, RoundingMode.HALF_UP);
    }

    /**
     * The reports added cell by cell, as one report of the year's format (its page the first report's); a cell is
     * blank in the sum when it is blank, or missing, in any report.
     */
    static Optional<AnnualReport> sum(int year, List<AnnualReport> reports) {
        if (reports.isEmpty()) {
            return Optional.empty();
        }
        ReportFormat format = ReportFormat.forYear(year);
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        for (AnnualReport r : reports) {
            // Most reports have the same cells as the first: only one with cells the sum lacks is sorted for them.
            if (!sums.keySet().containsAll(r.cells().keySet())) {
                r.cells().keySet().stream().sorted().forEach(k -> sums.putIfAbsent(k, BigDecimal.ZERO));
            }
        }
        for (Map.Entry<String, BigDecimal> e : sums.entrySet()) {
            BigDecimal s = BigDecimal.ZERO;
            for (AnnualReport r : reports) {
                Cell c = r.cells().get(e.getKey());
                s = s == null || c == null || c.value() == null ? null : s.add(c.value());
            }
            e.setValue(s);
        }
        Map<String, Cell> cells = new LinkedHashMap<>();
        String file = "合计";
        sums.forEach(
                (k, v) -> cells.put(k, new Cell(v == null ? "" : v.toPlainString(), v, new SourcePos(file, 1, 1))));
        return Optional.of(new AnnualReport(year, format, reports.get(0).page(), file, cells));
    }

    /** What the arithmetic rules find in the sum, as messages. */
    private static List<String> arithmetic(AnnualReport sum) {
        Diagnostics d = new Diagnostics();
        new ReportValidator(ARITHMETIC)
                .validate(
                        new ReportContext(sum, new RenderedMarkdown("", List.of()), Optional.empty(), Body.GOVERNMENT),
                        d);
        return d.sorted().stream().map(Diagnostic::message).toList();
    }
}
