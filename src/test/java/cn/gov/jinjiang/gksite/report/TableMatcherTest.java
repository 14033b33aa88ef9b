package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rows placed in their cells by their labels: the longest name wins, a tie or a short name inside a word
 * names nothing, a row with the wrong count of cells is an error at its line, blanks stay blanks.
 */
class TableMatcherTest {
    private static final String FILE = "r.txt";
    private final TableMatcher m = new TableMatcher(ReportFormat.forYear(2023), FILE);

    private static String key(String table, String row, String column) {
        return AnnualReport.key(table, row, column);
    }

    private static ImportLine row(int line, String... cells) {
        return ImportLine.row(line, 1, Arrays.asList(cells), "");
    }

    /** Places a line by its own label, as the reader does. */
    private void place(ImportLine line) {
        LabelText.Row r = LabelText.row(line);
        m.place(line, r, m.best(r.label()));
    }

    private String rowKey(String label) {
        TableMatcher.Target t = m.best(LabelText.norm(label));
        return t == null ? null : t.table() + " " + t.row();
    }

    @Test
    void theLongestNameTheLabelContainsNamesTheRow() {
        assertThat(rowKey("1.属于国家秘密")).isEqualTo("三 办理结果.不予公开.属于国家秘密");
        assertThat(rowKey("（三）不予公开 1.属于国家秘密")).isEqualTo("三 办理结果.不予公开.属于国家秘密");
        assertThat(rowKey("第二十条第（一）项 行政规范性文件")).isEqualTo("二 行政规范性文件");
        assertThat(rowKey("三、本年度办理结果（七）总计")).isEqualTo("三 办理结果.总计");
        assertThat(rowKey("（六）其他处理 3.其他")).isEqualTo("三 办理结果.其他处理.其他");
        assertThat(rowKey("未经复议直接起诉")).isEqualTo("四 未经复议直接起诉");
        assertThat(rowKey("属于")).isNull();
        assertThat(rowKey("")).isNull();
    }

    @Test
    void aShortNameCountsOnlyAtTheEndAndNotAfterAFigure() {
        assertThat(rowKey("规章")).isEqualTo("二 规章");
        assertThat(rowKey("第二十条 规章")).isEqualTo("二 规章");
        assertThat(rowKey("规章制度")).isNull();
        assertThat(rowKey("不计其他情形")).isNull();
        assertThat(rowKey("（六）其他处理 其他")).isEqualTo("三 办理结果.其他处理.其他");
        assertThat(rowKey("2其他")).isNull();
        assertThat(rowKey("总计")).isEqualTo("三 办理结果.总计");
    }

    @Test
    void twoRowsNamedEquallyLongNameNeither() {
        assertThat(rowKey("行政处罚")).isEqualTo("二 行政处罚");
        assertThat(rowKey("行政处罚 行政强制")).isNull();
        assertThat(rowKey("行政处罚 行政强制 未经复议直接起诉")).isEqualTo("四 未经复议直接起诉");
    }

    @Test
    void aRowOfExactlyItsCellsIsPlacedAndItsBlanksKept() {
        place(row(7, "行政规范性文件", "77", "", "470"));
        place(ImportLine.text(8, 1, "行政许可 2629"));
        assertThat(m.cells())
                .containsOnly(
                        entry(key("二", "行政规范性文件", "本年制发件数"), new BigDecimal("77")),
                        entry(key("二", "行政规范性文件", "现行有效件数"), new BigDecimal("470")),
                        entry(key("二", "行政许可", "本年处理决定数量"), new BigDecimal("2629")));
        assertThat(m.blanks()).containsExactly(key("二", "行政规范性文件", "本年废止件数"));
        assertThat(m.diagnostics()).isEmpty();
        assertThat(m.placed("二")).containsExactly(2, 6);
        assertThat(m.placed("三")).containsExactly(0, 25);
        assertThat(m.placed("四")).containsExactly(0, 3);
        assertThat(m.placed("五")).containsExactly(0, 0);
    }

    @Test
    void emptyCellsOfTheLayoutAtOneEndAreDropped() {
        place(row(3, "规章", "", "1", "2", "3"));
        place(row(4, "行政许可", "5", "", ""));
        place(row(5, "行政处罚", "", "", "", "", ""));
        assertThat(m.diagnostics()).isEmpty();
        assertThat(m.cells())
                .containsEntry(key("二", "规章", "本年制发件数"), new BigDecimal("1"))
                .containsEntry(key("二", "规章", "现行有效件数"), new BigDecimal("3"))
                .containsEntry(key("二", "行政许可", "本年处理决定数量"), new BigDecimal("5"))
                .hasSize(4);
        assertThat(m.blanks()).containsExactly(key("二", "行政处罚", "本年处理决定数量"));
    }

    @Test
    void extraCellsThatHoldFiguresAreAnError() {
        ImportLine l = row(9, "行政许可", "5", "6");
        place(l);
        assertThat(m.cells()).isEmpty();
        assertThat(m.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(TableMatcher.UNPLACED);
            assertThat(d.pos()).isEqualTo(new SourcePos(FILE, 9, 1));
            assertThat(d.message()).isEqualTo("表二“第二十条第（五）项 行政许可”应有 1 个单元格，这一行有 2 个：行政许可 5 6。多出的单元格不是空的，无法确定每个数属于哪一列。");
            assertThat(d.hint()).contains("填“/”或 0");
        });
    }

    @Test
    void anEmptyCellThatMayBelongLeftOrRightIsAnError() {
        place(row(9, "规章", "", "1", "2", ""));
        assertThat(m.cells()).isEmpty();
        assertThat(m.diagnostics())
                .singleElement()
                .extracting(Diagnostic::message)
                .isEqualTo("表二“第二十条第（一）项 规章”应有 3 个单元格，这一行有 4 个：规章 1 2。多出的空单元格可以算在左边也可以算在右边，无法确定每个数属于哪一列。");
    }

    @Test
    void tooFewCellsOrFiguresSaySoWithTheirOwnHint() {
        place(row(4, "规章", "1", "2"));
        ImportLine text = ImportLine.text(5, 3, "行政规范性文件 1 2 3 4");
        place(text);
        assertThat(m.diagnostics()).hasSize(2);
        Diagnostic cells = m.diagnostics().get(0);
        assertThat(cells.message()).isEqualTo("表二“第二十条第（一）项 规章”应有 3 个单元格，这一行有 2 个：规章 1 2。");
        assertThat(cells.hint()).isEqualTo("核对原文这一行是否漏了单元格。");
        Diagnostic figures = m.diagnostics().get(1);
        assertThat(figures.pos()).isEqualTo(new SourcePos(FILE, 5, 3));
        assertThat(figures.message()).isEqualTo("表二“第二十条第（一）项 行政规范性文件”应有 3 个数，这一行有 4 个：行政规范性文件 1 2 3 4。");
        assertThat(figures.hint()).startsWith("核对原文这一行是否漏了或多了数字。").contains("填“/”");
        assertThat(m.cells()).isEmpty();
    }

    @Test
    void aRowReadTwiceIsAnErrorAtTheSecondNamingTheFirst() {
        place(row(4, "行政许可", "1"));
        place(ImportLine.row(9, 2, List.of("行政许可", "2"), "第 1 张表格第 6 行"));
        assertThat(m.cells()).containsEntry(key("二", "行政许可", "本年处理决定数量"), new BigDecimal("1"));
        assertThat(m.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.pos()).isEqualTo(new SourcePos(FILE, 9, 2));
            assertThat(d.message()).isEqualTo("表二“第二十条第（五）项 行政许可”在第 4 行已读到，这一行又出现一次。（第 1 张表格第 6 行）");
        });
    }

    @Test
    void fifteenUnlabelledFiguresAreTheThreeReviewGroups() {
        assertThat(m.reviewWidth()).isEqualTo(15);
        assertThat(m.reviewsOpen()).isTrue();
        List<String> cells = new ArrayList<>();
        for (int i = 1; i <= 15; i++) {
            cells.add(i == 4 ? "/" : String.valueOf(i));
        }
        ImportLine l = ImportLine.row(20, 1, cells, "");
        m.placeReviews(l, LabelText.row(l));
        assertThat(m.reviewsOpen()).isFalse();
        assertThat(m.cells())
                .hasSize(14)
                .containsEntry(key("四", "行政复议", "结果维持"), new BigDecimal("1"))
                .containsEntry(key("四", "行政复议", "总计"), new BigDecimal("5"))
                .containsEntry(key("四", "未经复议直接起诉", "结果维持"), new BigDecimal("6"))
                .containsEntry(key("四", "复议后起诉", "总计"), new BigDecimal("15"));
        assertThat(m.blanks()).containsExactly(key("四", "行政复议", "尚未审结"));
        assertThat(m.placed("四")).containsExactly(3, 3);
    }

    @Test
    void fourteenUnlabelledFiguresAreAnErrorAndPlaceNothing() {
        ImportLine l = ImportLine.text(20, 1, "1 2 3 4 5 6 7 8 9 10 11 12 13 14");
        m.placeReviews(l, LabelText.row(l));
        assertThat(m.cells()).isEmpty();
        assertThat(m.reviewsOpen()).isTrue();
        assertThat(m.diagnostics())
                .singleElement()
                .extracting(Diagnostic::message)
                .isEqualTo("表四应有 15 个数，这一行有 14 个：1 2 3 4 5 6 7 8 9 10 11 12 13 14。");
    }

    @Test
    void oneReviewGroupPlacedClosesTheUnlabelledRow() {
        place(row(3, "复议后起诉", "1", "0", "0", "0", "1"));
        assertThat(m.reviewsOpen()).isFalse();
    }

    @Test
    void aFormatWithoutReviewGroupsHasNoUnlabelledRow() {
        ReportFormat f = ReportFormat.forYear(2023);
        ReportFormat none = new ReportFormat(
                f.version(), f.disclosure(), f.applicantColumns(), f.applicationRows(), List.of(), f.reviewColumns());
        TableMatcher without = new TableMatcher(none, FILE);
        assertThat(without.reviewWidth()).isZero();
        assertThat(without.reviewsOpen()).isFalse();
    }

    @Test
    void aRowNamedNowhereIsReportedWithItsText() {
        ImportLine l = ImportLine.text(12, 4, "\t另一种   情形\t1  2 ");
        m.unplaced(l, LabelText.row(l));
        assertThat(m.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(TableMatcher.UNPLACED);
            assertThat(d.pos()).isEqualTo(new SourcePos(FILE, 12, 4));
            assertThat(d.message()).isEqualTo("这一行有 2 个单元格，但认不出它是统计表的哪一行：“另一种 情形 1 2”。");
            assertThat(d.hint()).contains("1.属于国家秘密");
        });
    }

    @Test
    void everyRowNotReadIsMissingAfterTheRowReadBeforeIt() {
        place(row(4, "规章", "1", "2", "3"));
        place(row(6, "行政许可", "1", "2"));
        m.finish(row(2, "二、主动公开政府信息情况"));
        List<Diagnostic> missing = m.diagnostics().stream()
                .filter(d -> d.code().equals(TableMatcher.MISSING))
                .toList();
        // 6 rows of 表二, 25 of 表三, 3 of 表四; 规章 was placed, 行政许可 tried (its error is already reported)
        assertThat(missing).hasSize(32);
        assertThat(missing.get(0).message()).isEqualTo("没有读到表二“第二十条第（一）项 行政规范性文件”这一行（应在第 4 行之后）。");
        assertThat(missing.get(0).pos()).isEqualTo(new SourcePos(FILE, 4, 1));
        assertThat(missing.get(1).message()).contains("行政处罚").contains("（应在第 4 行之后）");
        assertThat(missing)
                .noneMatch(d -> d.message().contains("规章") || d.message().contains("行政许可"));
        assertThat(m.diagnostics()).filteredOn(Diagnostic::isError).hasSize(33);
    }

    @Test
    void withNothingReadEveryRowIsMissingAtTheFileOrAfterTheTablesStart() {
        m.finish(null);
        assertThat(m.diagnostics()).hasSize(34).allSatisfy(d -> {
            assertThat(d.pos()).isEqualTo(SourcePos.of(FILE));
            assertThat(d.message()).doesNotContain("应在");
        });
        TableMatcher other = new TableMatcher(ReportFormat.forYear(2023), FILE);
        other.finish(ImportLine.row(3, 1, List.of("二、主动公开政府信息情况"), "第 1 张表格第 1 行"));
        assertThat(other.diagnostics().get(0).message()).isEqualTo("没有读到表二“第二十条第（一）项 规章”这一行（应在第 1 张表格第 1 行之后）。");
        assertThat(other.diagnostics().get(0).pos()).isEqualTo(new SourcePos(FILE, 3, 1));
    }

    @Test
    void atNamesALineOfTextByItsNumberAndOtherwiseInItsOwnWords() {
        assertThat(TableMatcher.at(ImportLine.text(12, 3, "x"))).isEqualTo("第 12 行");
        assertThat(TableMatcher.at(ImportLine.row(2, 5, List.of("x"), "第 2 页第 5 行")))
                .isEqualTo("第 2 页第 5 行");
    }

    @Test
    void clipShortensLongTextToSixtyCharacters() {
        String sixty = "一二三四五六七八九十".repeat(6);
        assertThat(TableMatcher.clip(sixty)).isEqualTo(sixty);
        assertThat(TableMatcher.clip(sixty + "甲")).isEqualTo(sixty + "…");
        assertThat(TableMatcher.clip(" a\tb   c  ")).isEqualTo("a b c");
    }
}
