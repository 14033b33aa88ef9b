package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text in every layout editors paste or extract: labels wrapped before, around or after their figures,
 * numbered 1. 1、 （1） 1）, full-width digits, thousands separators, form feeds with running headers and
 * page numbers; blanks under tabs, "|" and Markdown separators. Each must give exactly the data.yaml of
 * the cells it was made from, with the year and the 发布机构 taken from the text itself.
 */
class TextLayoutsTest {
    private static final String ORG = "某某县人民政府办公室";
    private static final String[] ENUMERATORS = {"1.", "1、", "（1）", "1）"};
    private final ReportImporter importer = new ReportImporter();

    private ImportResult read(String text) {
        return importer.read(ImportInput.text("report.txt", text), new ImportOptions(null, null, "站点机构", false));
    }

    @Test
    void runningTextOfRandomReportsInEveryLayoutGivesTheirDataYaml() {
        for (int seed = 1; seed <= 80; seed++) {
            Random rnd = new Random(seed);
            int year = 2019 + rnd.nextInt(7);
            ReportTexts.Style style = new ReportTexts.Style(
                    4 + rnd.nextInt(14),
                    ENUMERATORS[rnd.nextInt(4)],
                    rnd.nextBoolean(),
                    rnd.nextBoolean(),
                    rnd.nextBoolean() ? 0 : 20 + rnd.nextInt(30));
            Map<String, BigDecimal> cells = ReportSamples.cells(year, rnd, rnd.nextBoolean() ? 0 : 0.1);
            String text = ReportTexts.running(year, ORG, cells, style, rnd);
            ImportResult r = read(text);
            assertThat(r.diagnostics())
                    .as("seed %d, %s:%n%s", seed, style, text)
                    .isEmpty();
            assertThat(r.year()).isEqualTo(year);
            assertThat(r.org()).isEqualTo(ORG);
            assertThat(r.date()).isEqualTo((year + 1) + "-02-15");
            assertThat(r.dataYaml())
                    .as("seed %d, %s:%n%s", seed, style, text)
                    .isEqualTo(new ReportYamlWriter().write(year, ORG, cells));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\t", "|", "md"})
    void separatedTablesKeepTheirBlankCellsAsBlanks(String sep) {
        for (int seed = 1; seed <= 20; seed++) {
            Random rnd = new Random(seed);
            int year = 2019 + rnd.nextInt(7);
            Map<String, BigDecimal> cells = ReportSamples.cells(year, rnd, 0.15);
            String text = ReportTexts.separated(year, ORG, cells, sep);
            ImportResult r = read(text);
            assertThat(r.diagnostics()).as("seed %d:%n%s", seed, text).isEmpty();
            assertThat(r.dataYaml())
                    .as("seed %d:%n%s", seed, text)
                    .isEqualTo(new ReportYamlWriter().write(year, ORG, cells));
            assertThat(r.blanks())
                    .hasSize(ReportSamples.cells(year, new Random(0), 0).size() - cells.size());
        }
    }

    /** The issue's own example: pdftotext's text of a real city's report. */
    @Test
    void labelsWrappedOverSeveralLinesJoinTheirFigures() {
        String text = text2021("""
                （二）部分公开（区分处理的，只计这一情
                形，不计其他情形） 447 7 0 0 0 0 454
                """, """
                （六）其
                他处理
                1、申请人无正当理由逾期不补
                正、行政机关不再处理其政府信
                息公开申请
                67 3 0 0 1 0 71
                2、申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 0 0 0 0 0 0 0
                3、其他 1 0 0 0 0 0 1
                """);
        ImportResult r = read(text);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.cells().get(AnnualReport.key("三", "办理结果.部分公开", "总计"))).isEqualByComparingTo("454");
        assertThat(r.cells().get(AnnualReport.key("三", "办理结果.其他处理.申请人无正当理由逾期不补正", "总计")))
                .isEqualByComparingTo("71");
        assertThat(r.cells().get(AnnualReport.key("三", "办理结果.其他处理.申请人无正当理由逾期不补正", "法律服务机构")))
                .isEqualByComparingTo("1");
    }

    @Test
    void fullWidthDigitsAndThousandsSeparatorsAreFigures() {
        String text = text2021("（二）部分公开（区分处理的，只计这一情形，不计其他情形） ３,００１ ７ 0 0 0 0 3,008\n", "");
        ImportResult r = read(text);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.cells().get(AnnualReport.key("三", "办理结果.部分公开", "自然人"))).isEqualByComparingTo("3001");
        assertThat(r.cells().get(AnnualReport.key("三", "办理结果.部分公开", "总计"))).isEqualByComparingTo("3008");
    }

    @Test
    void withoutSeparatorsAMissingFigureIsAnErrorAtItsLineNeverAGuess() {
        String text = text2021("（二）部分公开（区分处理的，只计这一情形，不计其他情形） 447 7 0 0 454\n", "");
        ImportResult r = read(text);
        assertThat(r.ok()).isFalse();
        Diagnostic d = r.diagnostics().get(0);
        assertThat(d.code()).isEqualTo("import.unplaced");
        assertThat(d.message()).contains("部分公开").contains("应有 7 个数").contains("有 5 个");
        assertThat(d.hint()).contains("制表符");
        assertThat(text.split("\n")[d.pos().line() - 1]).startsWith("（二）部分公开");
        assertThat(d.pos().column()).isEqualTo(1);
    }

    @Test
    void aBlankThatCouldBelongToEitherSideIsReportedNotGuessed() {
        String text = text2021("（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t1\t0\t0\t0\t0\t1\t\n", "");
        ImportResult r = read(text);
        assertThat(r.diagnostics()).extracting(Diagnostic::code).contains("import.unplaced");
        assertThat(r.diagnostics().get(0).message()).contains("可以算在左边也可以算在右边");
    }

    @Test
    void theIssuesPipeRowImportsItsBlanks() {
        String text = text2021("一、本年新收政府信息公开申请数量 | 821 | 35 |  |  | 2 | 1 | 859\n", "");
        ImportResult r = read(text.replace("一、本年新收政府信息公开申请数量 0 0 0 0 0 0 0\n", ""));
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.blanks())
                .containsExactly(AnnualReport.key("三", "本年新收", "科研机构"), AnnualReport.key("三", "本年新收", "社会公益组织"));
        assertThat(r.dataYaml()).contains("  本年新收: [821, 35, \"\", \"\", 2, 1, 859]\n");
    }

    /**
     * A complete 2021 report in running text, every row zero, with {@code extra} before the first 表三 row
     * and {@code other} in place of the （六） block (rows given there replace the zero rows).
     */
    static String text2021(String extra, String other) {
        Map<String, BigDecimal> zero = new HashMap<>(ReportSamples.cells(2021, new Random(0), 0));
        zero.replaceAll((k, v) -> BigDecimal.ZERO);
        String text =
                ReportTexts.running(2021, ORG, zero, new ReportTexts.Style(200, "1.", false, false, 0), new Random(0) {
                    @Override
                    public int nextInt(int bound) {
                        return 0;
                    }
                });
        if (extra.contains("部分公开")) {
            text = text.replace("（二）部分公开（区分处理的，只计这一情形，不计其他情形） 0 0 0 0 0 0 0\n", "");
        }
        if (!other.isEmpty()) {
            int from = text.indexOf("（六）其他处理\n");
            int to = text.indexOf("（七）总计");
            text = text.substring(0, from) + other + text.substring(to);
        }
        int at = text.indexOf("一、本年新收政府信息公开申请数量");
        return text.substring(0, at) + extra + text.substring(at);
    }
}
