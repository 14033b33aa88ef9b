package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The title, 发布机构, year and 发布日期 a report prints in its first lines, each with its line. */
class ReportFactsTest {
    static final String TITLE = "晋江市人民政府办公室2025年政府信息公开工作年度报告";

    static List<ImportLine> lines(String... texts) {
        List<ImportLine> out = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            out.add(ImportLine.text(i + 1, 1, texts[i]));
        }
        return out;
    }

    static ReportFacts facts(String... texts) {
        return ReportFacts.of(lines(texts), -1);
    }

    @Test
    void titleOrganisationYearAndDateWithTheirLines() {
        ReportFacts f = facts(
                "首页 > 政府信息公开",
                "本报告由晋江市人民政府办公室政府信息公开办公室编制",
                "关于印发年度报告的通知。",
                "晋江市 ２０２５ 年 度工作报告",
                "## **晋江市人民政府办公室 2025 年政府信息公开工作年度报告**",
                "晋江市2024年政府信息公开工作年度报告",
                "发布时间： 2026 年 1 月 20 日",
                "发布日期：2026-02-01",
                "统计期限自2024年1月1日至2024年12月31日");
        assertThat(f.title()).isEqualTo(TITLE);
        assertThat(f.titleLine().line()).isEqualTo(5);
        assertThat(f.org()).isEqualTo("晋江市人民政府办公室");
        assertThat(f.year()).isEqualTo(2025);
        assertThat(f.yearLine().line()).isEqualTo(5);
        assertThat(f.date()).isEqualTo("2026-01-20");
        assertThat(f.dateLine().line()).isEqualTo(7);
    }

    @Test
    void aTitleWrappedOverTwoLinesIsJoinedAndStartsOnTheFirst() {
        ReportFacts f = facts("发布日期：2026/1/5", "晋江市人民政府办公室2025年政府信息公开工作", "年度报告");
        assertThat(f.title()).isEqualTo(TITLE);
        assertThat(f.titleLine().line()).isEqualTo(2);
        assertThat(f.yearLine().line()).isEqualTo(2);
        assertThat(f.date()).isEqualTo("2026-01-05");
    }

    @Test
    void aLineBeforeTheTitleIsNotJoinedWhenTheTitleHasItsOwnYearOrItCannotBeATitlesStart() {
        ReportFacts own = facts("发布时间：2026年1月20日", TITLE);
        assertThat(own.title()).isEqualTo(TITLE);
        assertThat(own.titleLine().line()).isEqualTo(2);
        ReportFacts sentence = facts("2025年本机关认真贯彻条例。", "政府信息公开工作年度报告");
        assertThat(sentence.title()).isEqualTo("政府信息公开工作年度报告");
        assertThat(sentence.titleLine().line()).isEqualTo(2);
        assertThat(sentence.year()).isNull();
        assertThat(sentence.org()).isNull();
        String fifty = "一".repeat(45) + "2025年";
        assertThat(facts(fifty, "政府信息公开工作年度报告").title()).isEqualTo(fifty + "政府信息公开工作年度报告");
        assertThat(facts("二" + fifty, "政府信息公开工作年度报告").title()).isEqualTo("政府信息公开工作年度报告");
        assertThat(facts("", "政府信息公开工作年度报告").titleLine().line()).isEqualTo(2);
    }

    @Test
    void aTitleOnTheFirstLineWithoutAYear() {
        ReportFacts f = facts("政府信息公开工作年度报告", "统计期限：2024年1月1日至2024年12月31日");
        assertThat(f.title()).isEqualTo("政府信息公开工作年度报告");
        assertThat(f.titleLine().line()).isEqualTo(1);
        assertThat(f.org()).isNull();
        assertThat(f.year()).isEqualTo(2024);
        assertThat(f.yearLine().line()).isEqualTo(2);
        assertThat(f.date()).isNull();
        assertThat(f.dateLine()).isNull();
    }

    @Test
    void titlesNamingOnlyOneOfTheTwoAndLinesThatAreNoTitle() {
        assertThat(facts("关于2025年政府信息公开工作的报告").title()).isEqualTo("关于2025年政府信息公开工作的报告");
        assertThat(facts("关于2025年政府信息公开工作的报告").org()).isNull();
        assertThat(facts("某局2025年度报告").org()).isEqualTo("某局");
        ReportFacts none = facts("晋江市2025年工作报告", "2025年的工作");
        assertThat(none.title()).isNull();
        assertThat(none.titleLine()).isNull();
        assertThat(none.year()).isNull();
        assertThat(none.yearLine()).isNull();
    }

    @Test
    void aTitleOfEightyCharactersIsOneOfEightyOneIsNot() {
        String eighty = "关于2025年政府信息公开工作的报告" + "一".repeat(62);
        assertThat(eighty).hasSize(80);
        assertThat(facts(eighty).title()).isEqualTo(eighty);
        assertThat(facts(eighty + "一").title()).isNull();
    }

    @Test
    void theOrganisationAfterTheYearWhenTheTitleStartsWithIt() {
        assertThat(facts("2025年度晋江市人民政府政府信息公开工作年度报告").org()).isEqualTo("晋江市人民政府");
        assertThat(facts("关于2025年度某局关于政府信息公开工作年度报告").org()).isEqualTo("某局");
        assertThat(facts("2025年政府信息公开工作年度报告").org()).isNull();
    }

    @Test
    void onlyTheFirstFortyLinesBeforeTheEndAreSearched() {
        List<String> texts = new ArrayList<>(List.of(""));
        for (int i = 1; i < 39; i++) {
            texts.add("第" + i + "行");
        }
        texts.add(TITLE); // the 40th line
        assertThat(facts(texts.toArray(String[]::new)).title()).isEqualTo(TITLE);
        texts.add(0, "前言");
        assertThat(facts(texts.toArray(String[]::new)).title()).isNull();
        List<ImportLine> l = lines(TITLE, "发布日期：2026-01-20", "统计期限：2024年1月1日起");
        assertThat(ReportFacts.of(l, 0).title()).isNull();
        assertThat(ReportFacts.of(l, 0).date()).isNull();
        assertThat(ReportFacts.of(l, 1).title()).isEqualTo(TITLE);
        assertThat(ReportFacts.of(l, 1).date()).isNull();
        assertThat(ReportFacts.of(l, 2).date()).isEqualTo("2026-01-20");
        assertThat(ReportFacts.of(l, 9).date()).isEqualTo("2026-01-20");
    }

    @Test
    void theFirstTitleAndTheFirstValidDateCount() {
        ReportFacts f = facts(TITLE, "某局2024年政府信息公开工作年度报告", "发布日期：2026-02-30", "发布日期：2026-03-01", "发布日期：2026-03-02");
        assertThat(f.title()).isEqualTo(TITLE);
        assertThat(f.date()).isEqualTo("2026-03-01");
        assertThat(f.dateLine().line()).isEqualTo(4);
        ReportFacts bad = facts(TITLE, "发布日期：2026-13-01");
        assertThat(bad.date()).isNull();
        assertThat(bad.dateLine()).isNull();
    }

    @Test
    void thePeriodYearIsTheFirstStatedBeforeTheEnd() {
        List<ImportLine> l = lines("前言", "统计期间为2024年1月1日至12月31日", "统计期限：2023年01月01日起");
        assertThat(ReportFacts.periodYear(l, -1)).isEqualTo(2024);
        assertThat(ReportFacts.periodYear(l, 9)).isEqualTo(2024);
        assertThat(ReportFacts.periodYear(l, 1)).isNull();
        assertThat(ReportFacts.periodYear(l, 0)).isNull();
        assertThat(ReportFacts.periodYear(lines("统计时间 2022 年 1 月 1 日"), 1)).isEqualTo(2022);
        assertThat(ReportFacts.periodYear(lines("无"), -1)).isNull();
        ReportFacts f = facts("政府信息公开年度报告", "统计期限：2023年1月1日", "统计期限：2022年1月1日");
        assertThat(f.year()).isEqualTo(2023);
        assertThat(f.yearLine().line()).isEqualTo(2);
    }
}
