package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How printed labels and figures are read, whatever width, separators and numbering they were printed with. */
class LabelTextTest {
    private static List<BigDecimal> values(String... v) {
        return Arrays.stream(v).map(s -> s == null ? null : new BigDecimal(s)).toList();
    }

    @Test
    void normDropsSpacesQuotesBracketsAndSeparatorsAndMakesFullWidthAscii() {
        assertThat(LabelText.norm("（一） 予以公开，“三安全一稳定”．")).isEqualTo("一予以公开三安全一稳定");
        assertThat(LabelText.norm("１.属于　国家秘密")).isEqualTo("1属于国家秘密");
        assertThat(LabelText.norm("本年收费金额（单位：万元）")).isEqualTo("本年收费金额单位万元");
    }

    @Test
    void nfkcMakesDigitsBracketsAndTheMinusSignAscii() {
        assertThat(LabelText.nfkc("（３,００１）−５")).isEqualTo("(3,001)-5");
    }

    @Test
    void digitsConvertsOnlyFullWidthDigitsAndTheIdeographicSpace() {
        assertThat(LabelText.digits("２０２３年度　报告")).isEqualTo("2023年度 报告");
        assertThat(LabelText.digits("０１２３４５６７８９")).isEqualTo("0123456789");
        // the characters either side of ０…９ stay full-width, and ASCII stays as it is
        assertThat(LabelText.digits("／：Ａａ09 x")).isEqualTo("／：Ａａ09 x");
    }

    @Test
    void joinWrappedRunsChineseOnAndKeepsASpaceBetweenLatinWords() {
        assertThat(LabelText.joinWrapped(List.of(" 申请人无正当理由逾期不补", "", "  ", "正、行政机关 ")))
                .isEqualTo("申请人无正当理由逾期不补正、行政机关");
        assertThat(LabelText.joinWrapped(List.of("Word", "2019 版", "文档"))).isEqualTo("Word 2019 版文档");
        assertThat(LabelText.joinWrapped(List.of("第 3", "、4 项", "a"))).isEqualTo("第 3、4 项a");
        assertThat(LabelText.joinWrapped(List.of("", "abc"))).isEqualTo("abc");
        // punctuation is no letter: "(a)" runs on; an empty part after a Latin end is skipped
        assertThat(LabelText.joinWrapped(List.of("(a)", "b"))).isEqualTo("(a)b");
        assertThat(LabelText.joinWrapped(List.of("a", "", "b"))).isEqualTo("a b");
        assertThat(LabelText.joinWrapped(List.of())).isEmpty();
    }

    @Test
    void normWithoutOrdinalDropsTheLeadingNumberOfAnItem() {
        assertThat(LabelText.normWithoutOrdinal("（一）予以公开")).isEqualTo("予以公开");
        assertThat(LabelText.normWithoutOrdinal("1.属于国家秘密")).isEqualTo("属于国家秘密");
        assertThat(LabelText.normWithoutOrdinal("12、其他")).isEqualTo("其他");
        assertThat(LabelText.normWithoutOrdinal("其他1")).isEqualTo("其他1");
    }

    @Test
    void startsItemKnowsEveryWayAnItemIsNumbered() {
        for (String item : List.of(
                "1.属于",
                "1、属于",
                "1）属于",
                "(1)属于",
                "（１）属于",
                "（一）予以公开",
                "三、本年度办理结果",
                "①其他",
                "⑳其他",
                "\u3000①其他",
                "  12、x")) {
            assertThat(LabelText.startsItem(item)).as(item).isTrue();
        }
        for (String text : List.of("属于国家秘密", "1.5 万元", "2023年", "123、x", "（十一一一）x", "")) {
            assertThat(LabelText.startsItem(text)).as(text).isFalse();
        }
    }

    @Test
    void pageNumbersInEveryPrintedForm() {
        for (String p : List.of("- 3 -", "  —12—", "－ 7 －", "第 2 页", "第2页 共5页", "3 / 10", "３/１０")) {
            assertThat(LabelText.isPageNumber(p)).as(p).isTrue();
        }
        for (String p : List.of("3", "- 3", "2023年", "第 2 行", "1234/5", "行政许可 3")) {
            assertThat(LabelText.isPageNumber(p)).as(p).isFalse();
        }
    }

    @Test
    void headingIsTheIndexOfTheNationalHeadingWithOrWithoutItsNumber() {
        for (int i = 0; i < ReportFormat.HEADINGS.length; i++) {
            assertThat(LabelText.heading(ReportFormat.HEADINGS[i])).isEqualTo(i);
        }
        assertThat(LabelText.heading("总体情况")).isZero();
        assertThat(LabelText.heading("## 六、其他需要报告的事项 {#s6}")).isEqualTo(5);
        assertThat(LabelText.heading("**三、 收到和处理政府信息公开申请情况**")).isEqualTo(2);
        assertThat(LabelText.heading("一、总体情况良好")).isEqualTo(-1);
        assertThat(LabelText.heading("")).isEqualTo(-1);
    }

    @Test
    void blankOnlyIsARowOfBlanksAndAtLeastOne() {
        assertThat(new LabelText.Row("x", values(null, null), true).blankOnly()).isTrue();
        assertThat(new LabelText.Row("x", values(null, "0"), true).blankOnly()).isFalse();
        assertThat(new LabelText.Row("x", values("0", null), true).blankOnly()).isFalse();
        assertThat(new LabelText.Row("x", values(), true).blankOnly()).isFalse();
    }

    @Test
    void numberReadsPrintedFiguresAndNothingElse() {
        assertThat(LabelText.number("3,001")).isEqualByComparingTo("3001");
        assertThat(LabelText.number(" １２ ")).isEqualByComparingTo("12");
        assertThat(LabelText.number("5949.088667")).isEqualByComparingTo("5949.088667");
        assertThat(LabelText.number("-2")).isEqualByComparingTo("-2");
        assertThat(LabelText.number("1,234,567.5")).isEqualByComparingTo("1234567.5");
        for (String s : List.of("", "/", "-", "12a", "1,23", "3.", "二", "1 2")) {
            assertThat(LabelText.number(s)).as(s).isNull();
        }
    }

    @Test
    void splitTakesTheTrailingFiguresAndPlaceholdersAsCells() {
        LabelText.Row r = LabelText.split("（二）部分公开（区分处理的，只计这一情形） 447 7 / - ３,００１");
        assertThat(r.label()).isEqualTo("二部分公开区分处理的只计这一情形");
        assertThat(r.values()).isEqualTo(values("447", "7", null, null, "3001"));
        assertThat(r.positional()).isFalse();

        // figures inside the label are the label's
        LabelText.Row inner = LabelText.split("第 3 项 其他 1 2");
        assertThat(inner.label()).isEqualTo("第3项其他");
        assertThat(inner.values()).isEqualTo(values("1", "2"));
    }

    @Test
    void splitOfFiguresAloneOrOfNothing() {
        LabelText.Row figures = LabelText.split("  67 3 0 0 1 0 71 ");
        assertThat(figures.label()).isEmpty();
        assertThat(figures.values()).isEqualTo(values("67", "3", "0", "0", "1", "0", "71"));
        assertThat(LabelText.split("").values()).isEmpty();
        assertThat(LabelText.split("   ").values()).isEmpty();
        assertThat(LabelText.split("属于国家秘密").values()).isEmpty();
        assertThat(LabelText.split("属于国家秘密").label()).isEqualTo("属于国家秘密");
    }

    @Test
    void anItemsCircledMarkIsPartOfTheLabelNotAFigure() {
        // NFKC makes ① the digit 1: read as a cell, it would shift every figure of the row by one column
        assertThat(LabelText.number("①")).isNull();
        assertThat(LabelText.number(" ⑳ ")).isNull();
        assertThat(LabelText.number("１")).isEqualByComparingTo("1");

        LabelText.Row alone = LabelText.split("① 0 0 0 0 0 0 7");
        assertThat(alone.label()).isEqualTo("1");
        assertThat(alone.values()).isEqualTo(values("0", "0", "0", "0", "0", "0", "7"));

        LabelText.Row item = LabelText.split("②　其他 3 /");
        assertThat(item.label()).isEqualTo("2其他");
        assertThat(item.values()).isEqualTo(values("3", null));

        LabelText.Row cells = LabelText.cells(List.of("③", "", "4"));
        assertThat(cells.label()).isEqualTo("3");
        assertThat(cells.values()).isEqualTo(values(null, "4"));
    }

    @Test
    void splitCutsAFigureGluedToTheEndOfItsLabel() {
        LabelText.Row r = LabelText.split("行政许可106");
        assertThat(r.label()).isEqualTo("行政许可");
        assertThat(r.values()).isEqualTo(values("106"));

        LabelText.Row more = LabelText.split("第二十条 行政许可1,060 7 8");
        assertThat(more.label()).isEqualTo("第二十条行政许可");
        assertThat(more.values()).isEqualTo(values("1060", "7", "8"));

        LabelText.Row quoted = LabelText.split("危及“三安全一稳定”2");
        assertThat(quoted.label()).isEqualTo("危及三安全一稳定");
        assertThat(quoted.values()).isEqualTo(values("2"));

        // a figure glued to a Latin letter is no cell
        LabelText.Row latin = LabelText.split("表A12");
        assertThat(latin.label()).isEqualTo("表A12");
        assertThat(latin.values()).isEmpty();
    }

    @Test
    void cellsTakeTheLabelUpToTheLastTextCellAndKeepBlanksInPlace() {
        LabelText.Row r = LabelText.cells(List.of("（三）不予公开", "1.属于国家秘密", "0", "", "/", "5"));
        assertThat(r.label()).isEqualTo("三不予公开1属于国家秘密");
        assertThat(r.values()).isEqualTo(values("0", null, null, "5"));
        assertThat(r.positional()).isTrue();

        LabelText.Row inner = LabelText.cells(List.of("第", "2", "项", "/", "3"));
        assertThat(inner.label()).isEqualTo("第2项");
        assertThat(inner.values()).isEqualTo(values(null, "3"));

        LabelText.Row figures = LabelText.cells(List.of("1", "", "2"));
        assertThat(figures.label()).isEmpty();
        assertThat(figures.values()).isEqualTo(values("1", null, "2"));

        assertThat(LabelText.cells(List.of("行政许可")).values()).isEmpty();
    }

    @Test
    void rowReadsCellsWhenTheyAreKnownElseSplitsTheText() {
        LabelText.Row byCells = LabelText.row(ImportLine.row(3, 1, List.of("行政许可", "", "7"), ""));
        assertThat(byCells.values()).isEqualTo(values(null, "7"));
        assertThat(byCells.positional()).isTrue();

        LabelText.Row byText = LabelText.row(ImportLine.text(3, 1, "行政许可 / 7"));
        assertThat(byText.label()).isEqualTo("行政许可");
        assertThat(byText.values()).isEqualTo(values(null, "7"));
        assertThat(byText.positional()).isFalse();
    }
}
