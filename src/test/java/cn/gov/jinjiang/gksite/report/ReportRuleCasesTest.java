package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Severity;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The edges of the report rules that random reports meet too rarely: 受理 counted both ways (R10), the deadline
 * day itself (R15), and a 2020 report followed by a 2021 one (R6 does not compare the two formats' columns).
 */
class ReportRuleCasesTest {
    private static final String T = ReportFormat.TOTAL;

    /** A random valid report of {@code year} with something received and something carried in. */
    private static RandomReports.Spec busy(int year) {
        for (long seed = 1; ; seed++) {
            RandomReports.Spec s = RandomReports.valid(new Random(seed), year, null);
            if (s.get("三", ReportFormat.NEW, T).signum() > 0
                    && s.get("三", ReportFormat.CARRIED_IN, T).signum() > 0) {
                return s;
            }
        }
    }

    private static List<Diagnostic> withFigures(RandomReports.Spec s, String sentence) {
        List<String> body = new ArrayList<>(s.body());
        body.set(RandomReports.FIGURES_LINE, sentence);
        return RandomReports.check(new ReportValidator(), s.withBody(body), null);
    }

    @Test
    void acceptedIsNewOrNewPlusCarriedIn() {
        RandomReports.Spec s = busy(2024);
        BigDecimal fresh = s.get("三", ReportFormat.NEW, T);
        BigDecimal both = fresh.add(s.get("三", ReportFormat.CARRIED_IN, T));
        assertThat(withFigures(s, "共受理政府信息公开申请" + fresh + "件。")).isEmpty();
        assertThat(withFigures(s, "共受理政府信息公开申请" + both + "件。")).isEmpty();
        BigDecimal wrong = both.add(BigDecimal.ONE);
        List<Diagnostic> ds = withFigures(s, "共受理政府信息公开申请" + wrong + "件。");
        assertThat(ds).hasSize(1);
        Diagnostic d = ds.get(0);
        assertThat(d.code()).isEqualTo("report.R10");
        assertThat(d.severity()).isEqualTo(Severity.WARNING);
        assertThat(d.pos())
                .isEqualTo(new SourcePos(
                        s.indexFile(),
                        RandomReports.BODY_LINE + RandomReports.FIGURES_LINE,
                        "共受理政府信息公开申请".length() + 1));
        assertThat(d.message())
                .isEqualTo("正文“受理政府信息公开申请" + wrong + "件”与统计表不符：应为 表三“一、本年新收政府信息公开申请数量” / 总计" + "（或加上年结转） = " + fresh
                        + " 或 " + both + "，实为 " + wrong);
    }

    @Test
    void acceptedWithCarriedInBlankIsComparedWithNewAlone() {
        RandomReports.Spec s = busy(2024);
        BigDecimal fresh = s.get("三", ReportFormat.NEW, T);
        BigDecimal both = fresh.add(s.get("三", ReportFormat.CARRIED_IN, T));
        RandomReports.Spec blank = s.with(AnnualReport.key("三", ReportFormat.CARRIED_IN, T), null);
        List<Diagnostic> ds = withFigures(blank, "共受理政府信息公开申请" + both + "件。");
        assertThat(ds).extracting(Diagnostic::code).containsExactly("report.R8", "report.R10");
        assertThat(ds.get(1).message()).contains("（或加上年结转） = " + fresh + "，实为 " + both);
    }

    @Test
    void theDeadlineDayItselfIsInTime() {
        RandomReports.Spec s = busy(2023);
        for (String body : List.of("department", "government", "town")) {
            int month = body.equals("government") ? 3 : 1;
            String who = Map.of("department", "政府部门", "government", "人民政府", "town", "乡镇（街道）")
                    .get(body);
            RandomReports.Spec typed = new RandomReports.Spec(s.year(), s.cells(), s.body(), null, body);
            LocalDate deadline = LocalDate.of(2024, month, 31);
            assertThat(RandomReports.check(new ReportValidator(), typed.withPublished(deadline), null))
                    .isEmpty();
            List<Diagnostic> ds =
                    RandomReports.check(new ReportValidator(), typed.withPublished(deadline.plusDays(1)), null);
            assertThat(ds).extracting(Diagnostic::code).containsExactly("report.R15");
            assertThat(ds.get(0).message())
                    .isEqualTo("2023 年度报告的发布日期 " + deadline.plusDays(1) + " 晚于期限 2024年" + month + "月31日（" + who
                            + "，条例第四十九条）。");
            ds = RandomReports.check(new ReportValidator(), typed, null);
            assertThat(ds).extracting(Diagnostic::code).containsExactly("report.R15");
            assertThat(ds.get(0).pos()).isEqualTo(new SourcePos(s.indexFile(), 1, 1));
            assertThat(ds.get(0).message())
                    .isEqualTo("2023 年度报告的头部没有“发布日期”，无法核对是否在 2024年" + month + "月31日（" + who + "年报的公开期限）前发布。");
            assertThat(ds.get(0).hint()).contains("发布日期: 2024-01-20");
        }
    }

    /** 2020 used the 2019 format, whose 表二 has no 现行有效件数: nothing to compare, whatever the figures. */
    @Test
    void currentDocumentsAreNotComparedAcrossTheFormatChange() {
        RandomReports.Spec prev = RandomReports.valid(new Random(7), 2020, null);
        RandomReports.Spec cur = RandomReports.valid(new Random(8), 2021, prev);
        String key = AnnualReport.key("二", "规章", "现行有效件数");
        RandomReports.Spec changed = cur.with(key, cur.cells().get(key).add(BigDecimal.TEN));
        assertThat(RandomReports.check(new ReportValidator(), changed, prev)).isEmpty();
    }

    /** A busy report whose first outcome row and first three-level group both have something in them. */
    private static RandomReports.Spec withOutcomes(int year) {
        ReportFormat f = ReportFormat.forYear(year);
        String group = f.outcomeKeys().stream()
                .filter(k -> k.chars().filter(c -> c == '.').count() == 2)
                .findFirst()
                .orElseThrow();
        String groupKey = group.substring(0, group.lastIndexOf('.'));
        for (long seed = 1; ; seed++) {
            RandomReports.Spec s = RandomReports.valid(new Random(seed), year, null);
            BigDecimal fresh = s.get("三", ReportFormat.NEW, T);
            BigDecimal first = s.get("三", f.outcomeKeys().get(0), T);
            BigDecimal sum = f.outcomeKeys().stream()
                    .filter(k -> k.startsWith(groupKey + "."))
                    .map(k -> s.get("三", k, T))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean groupOnly =
                    f.outcomeKeys().stream().noneMatch(k -> s.get("三", k, T).compareTo(sum) == 0)
                            && s.get("三", ReportFormat.NEW, T).compareTo(sum) != 0;
            if (fresh.signum() > 0
                    && first.signum() > 0
                    && first.compareTo(fresh) < 0
                    && sum.signum() > 0
                    && groupOnly
                    && s.get("三", ReportFormat.CARRIED_IN, T).signum() > 0) {
                return s;
            }
        }
    }

    private static String pct(BigDecimal part, BigDecimal den, int scale, RoundingMode mode) {
        return part.multiply(BigDecimal.valueOf(100))
                .divide(den, 10, RoundingMode.HALF_UP)
                .setScale(scale, mode)
                .toPlainString();
    }

    @Test
    void aPercentageIsItsCountOverTheTotalTheSentenceNamedBeforeIt() {
        int year = 2024;
        ReportFormat f = ReportFormat.forYear(year);
        RandomReports.Spec s = withOutcomes(year);
        BigDecimal fresh = s.get("三", ReportFormat.NEW, T);
        BigDecimal both = fresh.add(s.get("三", ReportFormat.CARRIED_IN, T));
        BigDecimal part = s.get("三", f.outcomeKeys().get(0), T);
        String head = "本年新收政府信息公开申请" + fresh + "件，其中予以公开" + part + "件，占";
        // rounded or cut off, with or without decimals: as reports write them
        for (int scale = 0; scale <= 2; scale++) {
            assertThat(withFigures(s, head + pct(part, fresh, scale, RoundingMode.HALF_UP) + "%。"))
                    .as("%d", scale)
                    .isEmpty();
            assertThat(withFigures(s, head + pct(part, fresh, scale, RoundingMode.DOWN) + "％。"))
                    .as("%d", scale)
                    .isEmpty();
        }
        String wrong = new BigDecimal(pct(part, fresh, 1, RoundingMode.HALF_UP))
                .add(new BigDecimal("0.2"))
                .toPlainString();
        List<Diagnostic> ds = withFigures(s, head + wrong + "%。");
        assertThat(ds).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("report.R12");
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.pos())
                    .isEqualTo(new SourcePos(
                            s.indexFile(), RandomReports.BODY_LINE + RandomReports.FIGURES_LINE, head.length() + 1));
            assertThat(d.message())
                    .isEqualTo("正文“" + part + "件，占" + wrong + "%”：应为 " + part + " ÷ " + fresh + " = "
                            + pct(part, fresh, 1, RoundingMode.HALF_UP) + "%，实为 " + wrong + "%");
        });
        // 受理 (new and carried in) and 办结 are denominators too; so is 受理 of the new alone
        assertThat(withFigures(
                        s,
                        "共受理政府信息公开申请" + both + "件，其中予以公开" + part + "件，占" + pct(part, both, 1, RoundingMode.HALF_UP)
                                + "%。"))
                .isEmpty();
        assertThat(withFigures(s, "共受理政府信息公开申请" + both + "件，其中予以公开" + part + "件，占" + wrong + "%。"))
                .extracting(Diagnostic::code)
                .containsExactly("report.R12");
        // a total named after the count, a count that is no table figure, a zero total: nothing to compare with
        assertThat(withFigures(s, "予以公开" + part + "件，占" + wrong + "%，本年新收政府信息公开申请" + fresh + "件。"))
                .isEmpty();
        assertThat(withFigures(
                        s,
                        "本年新收政府信息公开申请" + fresh + "件，其中电话咨询" + (fresh.intValue() * 7 + 1000001) + "件，占" + wrong + "%。"))
                .extracting(Diagnostic::code)
                .doesNotContain("report.R12");
        assertThat(withFigures(
                        s, "本年新收政府信息公开申请" + (fresh.intValue() + 1000) + "件，其中予以公开" + part + "件，占" + wrong + "%。"))
                .extracting(Diagnostic::code)
                .doesNotContain("report.R12");
    }

    @Test
    void aGroupOfOutcomesIsACountOfItsOwn() {
        int year = 2024;
        ReportFormat f = ReportFormat.forYear(year);
        RandomReports.Spec s = withOutcomes(year);
        BigDecimal fresh = s.get("三", ReportFormat.NEW, T);
        String group = f.outcomeKeys().stream()
                .filter(k -> k.chars().filter(c -> c == '.').count() == 2)
                .findFirst()
                .orElseThrow();
        String groupKey = group.substring(0, group.lastIndexOf('.'));
        BigDecimal sum = f.outcomeKeys().stream()
                .filter(k -> k.startsWith(groupKey + "."))
                .map(k -> s.get("三", k, T))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        String head = "本年新收政府信息公开申请" + fresh + "件，其中不予公开" + sum + "件，占";
        assertThat(withFigures(s, head + pct(sum, fresh, 1, RoundingMode.HALF_UP) + "%。"))
                .isEmpty();
        String wrong = new BigDecimal(pct(sum, fresh, 1, RoundingMode.HALF_UP))
                .add(BigDecimal.ONE)
                .toPlainString();
        assertThat(withFigures(s, head + wrong + "%。"))
                .extracting(Diagnostic::code)
                .containsExactly("report.R12");
    }

    /**
     * A busy report whose first outcome row has something in it and whose 办结 differs from 新收 and from 新收 plus
     * 上年结转, so that each total gives that count another percentage.
     */
    private static RandomReports.Spec threeTotals(int year) {
        ReportFormat f = ReportFormat.forYear(year);
        for (long seed = 1; ; seed++) {
            RandomReports.Spec s = RandomReports.valid(new Random(seed), year, null);
            BigDecimal fresh = s.get("三", ReportFormat.NEW, T);
            BigDecimal both = fresh.add(s.get("三", ReportFormat.CARRIED_IN, T));
            BigDecimal handled = s.get("三", ReportFormat.OUTCOMES + "." + T, T);
            BigDecimal part = s.get("三", f.outcomeKeys().get(0), T);
            if (part.signum() > 0
                    && s.get("三", ReportFormat.CARRIED_IN, T).signum() > 0
                    && handled.signum() > 0
                    && handled.compareTo(fresh) != 0
                    && handled.compareTo(both) != 0
                    && !pct(part, fresh, 1, RoundingMode.HALF_UP).equals(pct(part, both, 1, RoundingMode.HALF_UP))) {
                return s;
            }
        }
    }

    @Test
    void eachTotalTheSentenceNamesIsADenominatorAndTheFirstIsTheOneShown() {
        int year = 2024;
        RandomReports.Spec s = threeTotals(year);
        BigDecimal fresh = s.get("三", ReportFormat.NEW, T);
        BigDecimal both = fresh.add(s.get("三", ReportFormat.CARRIED_IN, T));
        BigDecimal handled = s.get("三", ReportFormat.OUTCOMES + "." + T, T);
        BigDecimal part = s.get("三", ReportFormat.forYear(year).outcomeKeys().get(0), T);
        // 办结 alone
        String overHandled = pct(part, handled, 1, RoundingMode.HALF_UP);
        assertThat(withFigures(s, "本年度办结" + handled + "件，其中予以公开" + part + "件，占" + overHandled + "%。"))
                .isEmpty();
        String wrongHandled = new BigDecimal(overHandled).add(BigDecimal.ONE).toPlainString();
        assertThat(withFigures(s, "本年度办结" + handled + "件，其中予以公开" + part + "件，占" + wrongHandled + "%。"))
                .singleElement()
                .satisfies(d -> assertThat(d.message())
                        .endsWith("应为 " + part + " ÷ " + handled + " = " + overHandled + "%，实为 " + wrongHandled + "%"));
        // 新收 and 受理 in one sentence: right for either is right; wrong for both shows the first, 新收
        String overFresh = pct(part, fresh, 1, RoundingMode.HALF_UP);
        String overBoth = pct(part, both, 1, RoundingMode.HALF_UP);
        String head = "本年新收政府信息公开申请" + fresh + "件，共受理" + both + "件，其中予以公开" + part + "件，占";
        assertThat(withFigures(s, head + overBoth + "%。")).isEmpty();
        assertThat(withFigures(s, head + overFresh + "%。")).isEmpty();
        String wrong = new BigDecimal(overFresh)
                .max(new BigDecimal(overBoth))
                .add(BigDecimal.ONE)
                .toPlainString();
        assertThat(withFigures(s, head + wrong + "%。"))
                .singleElement()
                .satisfies(d -> assertThat(d.message())
                        .endsWith("应为 " + part + " ÷ " + fresh + " = " + overFresh + "%，实为 " + wrong + "%"));
    }

    @Test
    void numbersThatAreNoTotalOfTheSentenceAreNoDenominator() {
        int year = 2024;
        RandomReports.Spec s = threeTotals(year);
        BigDecimal fresh = s.get("三", ReportFormat.NEW, T);
        BigDecimal part = s.get("三", ReportFormat.forYear(year).outcomeKeys().get(0), T);
        String wrong = new BigDecimal(pct(part, fresh, 1, RoundingMode.HALF_UP))
                .add(BigDecimal.ONE)
                .toPlainString();
        // a count of another kind that happens to equal a table total (结转下年度 is no total of 予以公开)
        assertThat(withFigures(s, "结转下年度" + fresh + "件，其中予以公开" + part + "件，占" + wrong + "%。"))
                .extracting(Diagnostic::code)
                .doesNotContain("report.R12");
        // the total itself with a share: it is the count, not its own denominator
        assertThat(withFigures(s, "本年新收政府信息公开申请" + fresh + "件，占50%。"))
                .extracting(Diagnostic::code)
                .doesNotContain("report.R12");
    }

    @Test
    void aZeroTotalOrABlankFigureIsNoDenominatorAndNoFailure() {
        int year = 2024;
        RandomReports.Spec s = threeTotals(year);
        RandomReports.Spec none = s.with(AnnualReport.key("三", ReportFormat.NEW, T), BigDecimal.ZERO);
        assertThat(withFigures(none, "本年新收政府信息公开申请0件，其中予以公开0件，占0%。"))
                .extracting(Diagnostic::code)
                .doesNotContain("report.R12");
        BigDecimal part = s.get("三", ReportFormat.forYear(year).outcomeKeys().get(0), T);
        for (String row : List.of(ReportFormat.NEW, ReportFormat.CARRIED_IN)) {
            RandomReports.Spec blank = s.with(AnnualReport.key("三", row, T), null);
            assertThat(withFigures(blank, "共受理申请" + part + "件，其中予以公开" + part + "件，占1%。"))
                    .as(row)
                    .extracting(Diagnostic::code)
                    .contains("report.R8")
                    .doesNotContain("report.R12");
        }
    }

    @Test
    void onlyLevelTwoHeadingsAreTheReportsSections() {
        RandomReports.Spec s = busy(2024);
        // a level-1 heading numbered like a table section is not that section
        assertThat(withBody(s, 3, "# 三、收到和处理政府信息公开申请情况")).isEmpty();
        // a level-2 heading of the editor's own, not numbered: no section of the format
        assertThat(withBody(s, 3, "## 附：名词解释")).isEmpty();
        // 五 written one level up: it is missing, and its empty text is no empty 五 of its own
        List<String> body = new ArrayList<>(s.body());
        body.set(7, "# " + ReportFormat.HEADINGS[4]);
        body.set(9, "");
        assertThat(RandomReports.check(new ReportValidator(), s.withBody(body), null))
                .singleElement()
                .satisfies(d -> assertThat(d.message()).isEqualTo("正文缺少二级标题“" + ReportFormat.HEADINGS[4] + "”。"));
    }

    @Test
    void aSectionBeforeTheOneItFollowsIsOutOfOrder() {
        RandomReports.Spec s = busy(2024);
        List<String> body = new ArrayList<>(s.body());
        body.set(7, "## " + ReportFormat.HEADINGS[5]);
        body.set(11, "## " + ReportFormat.HEADINGS[4]);
        assertThat(RandomReports.check(new ReportValidator(), s.withBody(body), null))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.pos().line()).isEqualTo(RandomReports.BODY_LINE + 7);
                    assertThat(d.message()).isEqualTo("标题“" + ReportFormat.HEADINGS[5] + "”的顺序不对：应在前一部分之后。");
                });
    }

    @Test
    void theDecreeOf2007IsOldOnlyFrom2019() {
        String old = "本报告依据《中华人民共和国政府信息公开条例》（国务院令第492号）编制。";
        assertThat(withBody(busy(2018), 0, old)).isEmpty();
        assertThat(withBody(busy(2019), 0, old))
                .singleElement()
                .satisfies(d -> assertThat(d.message()).isEqualTo("2019 年度报告引用了“国务院令第492号”（2007 年的旧条例）。"));
    }

    /** {@code s} with {@code add} added to one cell of 表三. */
    private static RandomReports.Spec plus(RandomReports.Spec s, String row, String column, int add) {
        return s.with(
                AnnualReport.key("三", row, column), s.get("三", row, column).add(BigDecimal.valueOf(add)));
    }

    @Test
    void aRowTotalOffLeavesTheTotalColumnsBalanceCheckedButNotAColumnWhoseOutcomesAreOff() {
        int year = 2024;
        ReportFormat f = ReportFormat.forYear(year);
        String column = f.applicantColumns().get(0).key();
        assertThat(column).isNotEqualTo(T);
        String first = f.outcomeKeys().get(0);
        String second = f.outcomeKeys().get(1);
        RandomReports.Spec s = busy(year);
        s = plus(plus(s, first, column, 1), first, T, 1); // R1 holds for the row, R2 fails in the column
        s = plus(s, second, T, 1); // R1 fails for this row: R2 is not checked in the 总计 column
        s = plus(plus(s, ReportFormat.CARRIED_OUT, column, 1), ReportFormat.CARRIED_OUT, T, 1); // unbalanced
        List<Diagnostic> ds = withFigures(s, "无。");
        assertThat(ds)
                .extracting(d -> d.code().equals("report.R1")
                        ? d.code()
                        : d.code() + " " + d.message().substring(0, d.message().indexOf('：')))
                .containsExactlyInAnyOrder("report.R1", "report.R2 表三“三（七）总计” / " + column, "report.R3 表三 / " + T);
        // every row total right: the 总计 column's outcomes are off like the column's, and R3 leaves both alone
        RandomReports.Spec rowsRight = plus(plus(busy(year), first, column, 1), first, T, 1);
        rowsRight = plus(plus(rowsRight, ReportFormat.CARRIED_OUT, column, 1), ReportFormat.CARRIED_OUT, T, 1);
        assertThat(withFigures(rowsRight, "无。"))
                .extracting(d ->
                        d.code() + " " + d.message().substring(0, d.message().indexOf('：')))
                .containsExactlyInAnyOrder("report.R2 表三“三（七）总计” / " + column, "report.R2 表三“三（七）总计” / " + T);
    }

    private static List<Diagnostic> withBody(RandomReports.Spec s, int line, String text) {
        List<String> body = new ArrayList<>(s.body());
        body.set(line, text);
        return RandomReports.check(new ReportValidator(), s.withBody(body), null);
    }

    @Test
    void onlySectionsFiveAndSixMustSaySomethingAndEachSaysWhat() {
        RandomReports.Spec s = busy(2024);
        // body lines: 7 "## 五、…", 9 its text, 11 "## 六、…", 13 its text
        List<Diagnostic> five = withBody(s, 9, "无。");
        assertThat(five).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("report.section-empty");
            assertThat(d.pos().line()).isEqualTo(RandomReports.BODY_LINE + 7);
            assertThat(d.message()).endsWith("下只写了“无”。");
            assertThat(d.hint()).startsWith("写明本年度存在的主要问题");
        });
        List<Diagnostic> six = withBody(s, 13, "");
        assertThat(six).singleElement().satisfies(d -> {
            assertThat(d.pos().line()).isEqualTo(RandomReports.BODY_LINE + 11);
            assertThat(d.message()).endsWith("下没有内容。");
            assertThat(d.hint()).startsWith("至少写明收取信息处理费的情况");
        });
        // a subheading alone is no content; 一 may be empty here (its figures are in the tables)
        assertThat(withBody(s, 9, "### 存在的问题")).extracting(Diagnostic::code).containsExactly("report.section-empty");
        List<String> body = new ArrayList<>(s.body());
        body.set(4, "");
        body.set(5, "");
        assertThat(RandomReports.check(new ReportValidator(), s.withBody(body), null))
                .isEmpty();
    }

    @Test
    void feesAndInformationChargesInOneSentenceAreNotedWhereverTheSentenceStarts() {
        RandomReports.Spec s = busy(2024);
        int line = RandomReports.BODY_LINE + RandomReports.FIGURES_LINE;
        assertThat(withFigures(s, "行政事业性收费和信息处理费均为0。")).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("report.R13");
            assertThat(d.severity()).isEqualTo(Severity.INFO);
            assertThat(d.pos()).isEqualTo(new SourcePos(s.indexFile(), line, 1));
        });
        assertThat(withFigures(s, "本年度行政事业性收费和信息处理费均为0。"))
                .singleElement()
                .satisfies(d -> assertThat(d.pos()).isEqualTo(new SourcePos(s.indexFile(), line, 4)));
        assertThat(withFigures(s, "本年度没有收取信息处理费。")).isEmpty();
        assertThat(withFigures(s, "本年度行政事业性收费为0。")).isEmpty();
    }

    @Test
    void aQuotedCountOfNormativeDocumentsNamesTheColumnOfItsFormat() {
        for (int year : new int[] {2020, 2024}) {
            RandomReports.Spec s = busy(year);
            BigDecimal issued = year >= 2021 ? s.get("二", "行政规范性文件", "本年制发件数") : s.get("二", "规范性文件", "本年新制作数量");
            List<Diagnostic> ds = withBody(s, 5, "本年制发规范性文件" + issued.add(BigDecimal.ONE) + "件。");
            assertThat(ds).as("%d", year).singleElement().satisfies(d -> {
                assertThat(d.code()).isEqualTo("report.R10");
                assertThat(d.message()).contains(year >= 2021 ? "表二“行政规范性文件” / 本年制发件数 = " : "表二“规范性文件” / 本年新制作数量 = ");
            });
        }
    }

    @Test
    void r6WaitsForEveryFigureItNeeds() {
        RandomReports.Spec prev = RandomReports.valid(new Random(3), 2023, null);
        RandomReports.Spec s = RandomReports.valid(new Random(4), 2024, prev);
        assertThat(RandomReports.check(new ReportValidator(), s, prev)).isEmpty();
        BigDecimal current = s.get("二", "规章", CurrentDocumentsRule.CURRENT);
        assertThat(RandomReports.check(
                        new ReportValidator(),
                        s.with(AnnualReport.key("二", "规章", CurrentDocumentsRule.CURRENT), current.add(BigDecimal.ONE)),
                        prev))
                .extracting(Diagnostic::code)
                .containsExactly("report.R6");
        for (String col :
                new String[] {CurrentDocumentsRule.ISSUED, CurrentDocumentsRule.REPEALED, CurrentDocumentsRule.CURRENT
                }) {
            RandomReports.Spec blank = s.with(AnnualReport.key("二", "规章", col), null);
            assertThat(RandomReports.check(new ReportValidator(), blank, prev))
                    .as(col)
                    .extracting(Diagnostic::code)
                    .containsExactly("report.R8");
        }
        RandomReports.Spec prevBlank = prev.with(AnnualReport.key("二", "规章", CurrentDocumentsRule.CURRENT), null);
        assertThat(RandomReports.check(new ReportValidator(), s, prevBlank))
                .extracting(Diagnostic::code)
                .doesNotContain("report.R6");
    }

    @Test
    void theTablesSectionsTwoToFourAreTheThemesButSubheadingsAreFree() {
        RandomReports.Spec s = busy(2024);
        int line = RandomReports.BODY_LINE + 3;
        for (int index = 1; index <= 3; index++) {
            List<Diagnostic> ds = withBody(s, 3, "## " + ReportFormat.HEADINGS[index]);
            assertThat(ds).as("%d", index).singleElement().satisfies(d -> {
                assertThat(d.code()).isEqualTo("report.R14");
                assertThat(d.pos().line()).isEqualTo(line);
                assertThat(d.message()).startsWith("正文不应有");
            });
        }
        // numbered like a section, one level down: the editor's own structure
        assertThat(withBody(s, 3, "### 二、主动公开情况")).isEmpty();
        assertThat(withBody(s, 3, "### 四、复议诉讼情况")).isEmpty();
    }
}
