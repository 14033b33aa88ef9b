package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.content.Page;
import cn.gov.jinjiang.gksite.content.PageMeta;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.markdown.Heading;
import cn.gov.jinjiang.gksite.markdown.RenderedMarkdown;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Random valid annual reports for the property tests, from a seed (the same seed gives the same report). The
 * figures are drawn so that every rule holds: each 表三 row adds up to its 总计 (R1), the outcomes to 三（七）总计
 * (R2), 一 + 二 = 三（七）+ 四 in every column (R3), each 表四 group to its 总计 (R4), 上年结转 is last year's
 * 结转下年度 (R5) and 现行有效件数 follows last year's (R6); the narrative quotes the table's own figures (R10–R12)
 * under the six headings of the format (R14), and the publication date is before the deadline (R15).
 *
 * <p>A report is kept as its cell values and narrative; {@link #read} writes data.yaml with
 * {@link ReportYamlWriter} and reads it back with {@link ReportSchema}, so every cell has its real position in
 * the text.
 */
final class RandomReports {
    static final String DIR = "content/ndbg/";
    /** The narrative's first body line in index.md (after a four-line front matter and a blank line). */
    static final int BODY_LINE = 6;

    private RandomReports() {}

    /** One year's report as values: cells keyed by {@link AnnualReport#key}, narrative, 发布日期. */
    record Spec(int year, Map<String, BigDecimal> cells, List<String> body, LocalDate published, String bodyType) {
        Spec {
            cells = new LinkedHashMap<>(cells);
            body = new ArrayList<>(body);
        }

        BigDecimal get(String table, String row, String col) {
            return cells.get(AnnualReport.key(table, row, col));
        }

        Spec with(String key, BigDecimal value) {
            Spec s = new Spec(year, cells, body, published, bodyType);
            s.cells.put(key, value);
            return s;
        }

        Spec withBody(List<String> newBody) {
            return new Spec(year, cells, newBody, published, bodyType);
        }

        Spec withPublished(LocalDate date) {
            return new Spec(year, cells, body, date, bodyType);
        }

        String dataFile() {
            return DIR + year + "/data.yaml";
        }

        String indexFile() {
            return DIR + year + "/index.md";
        }

        /** data.yaml as the writer lays it out. */
        String yaml() {
            return new ReportYamlWriter().write(year, "测试单位", cells);
        }
    }

    /** A random valid report for {@code year}; when {@code previous} is given, consistent with it (R5, R6). */
    static Spec valid(Random rnd, int year, Spec previous) {
        ReportFormat f = ReportFormat.forYear(year);
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        disclosure(rnd, f, previous, cells);
        applications(rnd, f, previous, cells);
        for (String g : f.reviewGroups()) {
            List<Column> cols = f.reviewColumns();
            int sum = 0;
            for (Column c : cols.subList(0, cols.size() - 1)) {
                int v = small(rnd);
                sum += v;
                cells.put(AnnualReport.key("四", g, c.key()), BigDecimal.valueOf(v));
            }
            cells.put(AnnualReport.key("四", g, ReportFormat.TOTAL), BigDecimal.valueOf(sum));
        }
        String bodyType = rnd.nextBoolean() ? "department" : "government";
        LocalDate deadline = LocalDate.of(year + 1, "government".equals(bodyType) ? 3 : 1, 31);
        LocalDate published = deadline.minusDays(rnd.nextInt(60));
        Spec partial = new Spec(year, cells, List.of(), published, bodyType);
        return partial.withBody(narrative(partial));
    }

    /** 表二: counts, signed changes (2019 format) and money with up to four decimals. */
    private static void disclosure(Random rnd, ReportFormat f, Spec previous, Map<String, BigDecimal> cells) {
        for (DisclosureBlock b : f.disclosure()) {
            for (String row : b.rows()) {
                for (Column c : b.columns()) {
                    BigDecimal v = switch (c.kind()) {
                        case COUNT -> BigDecimal.valueOf(rnd.nextInt(200));
                        case SIGNED -> BigDecimal.valueOf(rnd.nextInt(41) - 20);
                        case MONEY -> BigDecimal.valueOf(rnd.nextInt(10_000_000), rnd.nextInt(5));
                    };
                    cells.put(AnnualReport.key("二", row, c.key()), v);
                }
            }
        }
        if (f.version() != FormatVersion.V2021) {
            return;
        }
        for (String row : new String[] {"规章", "行政规范性文件"}) {
            // 现行有效 = 上年现行有效 + 制发 − 废止 (R6); without last year's report any start will do.
            int before = previous != null && previous.get("二", row, CurrentDocumentsRule.CURRENT) != null
                    ? previous.get("二", row, CurrentDocumentsRule.CURRENT).intValue()
                    : rnd.nextInt(100);
            int issued = small(rnd);
            int repealed = rnd.nextInt(before + issued + 1);
            cells.put(AnnualReport.key("二", row, CurrentDocumentsRule.ISSUED), BigDecimal.valueOf(issued));
            cells.put(AnnualReport.key("二", row, CurrentDocumentsRule.REPEALED), BigDecimal.valueOf(repealed));
            cells.put(
                    AnnualReport.key("二", row, CurrentDocumentsRule.CURRENT),
                    BigDecimal.valueOf(before + issued - repealed));
        }
    }

    /** 表三, column by column (R2, R3, R5), then the 总计 column as the sum of the six (R1). */
    private static void applications(Random rnd, ReportFormat f, Spec previous, Map<String, BigDecimal> cells) {
        List<Column> cols = f.applicantColumns();
        List<String> outcomes = f.outcomeKeys();
        String total = ReportFormat.OUTCOMES + "." + ReportFormat.TOTAL;
        for (Column c : cols.subList(0, cols.size() - 1)) {
            int handled = 0;
            for (String k : outcomes) {
                int v = rnd.nextInt(4) == 0 ? small(rnd) : 0;
                handled += v;
                cells.put(AnnualReport.key("三", k, c.key()), BigDecimal.valueOf(v));
            }
            int in = previous != null
                    ? previous.get("三", ReportFormat.CARRIED_OUT, c.key()).intValue()
                    : small(rnd);
            int out = small(rnd);
            int fresh = handled + out - in;
            if (fresh < 0) { // more carried in than handled and carried out: carry the rest on
                out -= fresh;
                fresh = 0;
            }
            cells.put(AnnualReport.key("三", total, c.key()), BigDecimal.valueOf(handled));
            cells.put(AnnualReport.key("三", ReportFormat.NEW, c.key()), BigDecimal.valueOf(fresh));
            cells.put(AnnualReport.key("三", ReportFormat.CARRIED_IN, c.key()), BigDecimal.valueOf(in));
            cells.put(AnnualReport.key("三", ReportFormat.CARRIED_OUT, c.key()), BigDecimal.valueOf(out));
        }
        for (String row : f.applicationRowKeys()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Column c : cols.subList(0, cols.size() - 1)) {
                sum = sum.add(cells.get(AnnualReport.key("三", row, c.key())));
            }
            cells.put(AnnualReport.key("三", row, ReportFormat.TOTAL), sum);
        }
    }

    /** Mostly small figures, some zero, a few large (reports of big bodies run into the thousands). */
    private static int small(Random rnd) {
        int kind = rnd.nextInt(10);
        return kind < 3 ? 0 : kind < 9 ? rnd.nextInt(30) : rnd.nextInt(5000);
    }

    /** Line numbers (in the body) of the narrative's quoted figures, see {@link #narrative}. */
    static final int FIGURES_LINE = 4;

    static final int APPEALS_LINE = 5;

    /**
     * The narrative: the three headings the narrative owns, and sentences quoting the table's figures the way
     * real reports do (新收, 予以公开 with its share, 办结, 结转, 行政复议, 行政诉讼, 规范性文件).
     */
    static List<String> narrative(Spec s) {
        ReportFormat f = ReportFormat.forYear(s.year());
        String t = ReportFormat.TOTAL;
        BigDecimal fresh = s.get("三", ReportFormat.NEW, t);
        BigDecimal shown = s.get("三", ReportFormat.OUTCOMES + ".予以公开", t);
        String share = fresh.signum() == 0
                ? ""
                : "，其中予以公开" + shown.toPlainString() + "件，占"
                        + shown.multiply(BigDecimal.valueOf(100))
                                .divide(fresh, 1, RoundingMode.HALF_UP)
                                .toPlainString() + "%";
        BigDecimal lawsuits = s.get("四", "未经复议直接起诉", t).add(s.get("四", "复议后起诉", t));
        BigDecimal normative =
                f.version() == FormatVersion.V2021 ? s.get("二", "行政规范性文件", "本年制发件数") : s.get("二", "规范性文件", "本年新制作数量");
        return List.of(
                "本报告依据《中华人民共和国政府信息公开条例》（国务院令第711号）编制。",
                "",
                "## " + ReportFormat.HEADINGS[0],
                "",
                "全年新收政府信息公开申请" + fresh.toPlainString() + "件" + share + "。办结"
                        + s.get("三", ReportFormat.OUTCOMES + "." + t, t).toPlainString() + "件，结转下年度"
                        + s.get("三", ReportFormat.CARRIED_OUT, t).toPlainString() + "件。",
                "全年行政复议" + s.get("四", "行政复议", t).toPlainString() + "件，行政诉讼" + lawsuits.toPlainString() + "件。本年制发规范性文件"
                        + normative.toPlainString() + "件。",
                "",
                "## " + ReportFormat.HEADINGS[4],
                "",
                "部分领域公开内容与群众需求匹配度不够高，下一年度将细化公开内容。",
                "",
                "## " + ReportFormat.HEADINGS[5],
                "",
                "本年度没有收取信息处理费。");
    }

    /** The report of a spec: data.yaml written and read back (schema problems go to {@code diags}). */
    static AnnualReport read(Spec s, Diagnostics diags) {
        return read(s, s.yaml(), diags);
    }

    private static AnnualReport read(Spec s, String yaml, Diagnostics diags) {
        AnnualReport r = ReportDataReader.read(s.dataFile(), s.year(), yaml, diags);
        Map<String, SourcePos> positions = Map.of("发布日期", new SourcePos(s.indexFile(), 4, 7));
        PageMeta meta = new PageMeta(
                s.year() + "年政府信息公开工作年度报告",
                ReportLoader.LAYOUT,
                "",
                null,
                "",
                0,
                false,
                false,
                s.year(),
                "",
                "",
                "",
                null,
                s.published(),
                "",
                "",
                null,
                "",
                "",
                positions);
        Page page = new Page(
                s.indexFile(),
                "ndbg/" + s.year(),
                "ndbg/" + s.year() + "/index.html",
                true,
                meta,
                String.join("\n", s.body()) + "\n",
                BODY_LINE);
        return new AnnualReport(r.year(), r.format(), page, r.dataFile(), r.cells());
    }

    /** The headings of a narrative as the Markdown stage reports them: level, text and file line. */
    static RenderedMarkdown rendered(Spec s) {
        List<Heading> hs = new ArrayList<>();
        for (int i = 0; i < s.body().size(); i++) {
            String line = s.body().get(i);
            int level = 0;
            while (level < line.length() && line.charAt(level) == '#') {
                level++;
            }
            if (level > 0 && level < line.length() && line.charAt(level) == ' ') {
                hs.add(new Heading(level, line.substring(level + 1).strip(), "h" + i, BODY_LINE + i));
            }
        }
        return new RenderedMarkdown("", hs);
    }

    /** Runs {@code validator} over {@code s} (with last year's report when given); schema problems included. */
    static List<Diagnostic> check(ReportValidator validator, Spec s, Spec previous) {
        return check(validator, s, s.yaml(), previous, previous == null ? null : previous.yaml());
    }

    /** As {@link #check(ReportValidator, Spec, Spec)}, with the data.yaml texts given (edited by the caller). */
    static List<Diagnostic> check(ReportValidator validator, Spec s, String yaml, Spec previous, String previousYaml) {
        Diagnostics diags = new Diagnostics();
        AnnualReport r = read(s, yaml, diags);
        Optional<AnnualReport> prev =
                previous == null ? Optional.empty() : Optional.of(read(previous, previousYaml, new Diagnostics()));
        validator.validate(new ReportContext(r, rendered(s), prev, s.bodyType()), diags);
        return diags.sorted();
    }
}
