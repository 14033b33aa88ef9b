package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Table lines joined to their rows: labels wrapped before, around or after their figures, figures continued
 * on the next line, rows left blank, and lines of another column told apart by where they start.
 */
class TableReaderTest {
    private static final String SECRET = "办理结果.不予公开.属于国家秘密";
    private final TableMatcher m = new TableMatcher(ReportFormat.forYear(2023), "r.txt");

    /** Lines of running text, numbered from 1; a line's column is where its text starts. */
    private void read(boolean columns, String... lines) {
        List<ImportLine> in = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            in.add(ImportLine.text(i + 1, l.length() - l.stripLeading().length() + 1, l));
        }
        new TableReader(m, columns).read(in);
    }

    private void readLines(ImportLine... lines) {
        new TableReader(m, true).read(Arrays.asList(lines));
    }

    private static ImportLine row(int line, String... cells) {
        return ImportLine.row(line, 1, Arrays.asList(cells), "");
    }

    private BigDecimal total(String row) {
        return m.cells().get(AnnualReport.key("三", row, "总计"));
    }

    private List<String> messages() {
        return m.diagnostics().stream().map(Diagnostic::message).toList();
    }

    @Test
    void aLabelWrappedBeforeItsFiguresIsJoinedFromItsItem() {
        read(true, "（三）不予公开", "1.属于国家", "秘密 0 0 0 0 0 0 7");
        assertThat(total(SECRET)).isEqualByComparingTo("7");
        assertThat(m.diagnostics()).isEmpty();
    }

    @Test
    void aLabelWrappedBeforeItsFiguresStartsAtTheLastItemNotBefore() {
        read(true, "5.要求行政机关确认或重新出具已获取信息", "1.属于国家", "秘密 0 0 0 0 0 0 7");
        assertThat(total(SECRET)).isEqualByComparingTo("7");
    }

    @Test
    void aLabelWithoutAnItemIsJoinedWhole() {
        read(true, "属于国家", "秘密 0 0 0 0 0 0 7");
        assertThat(total(SECRET)).isEqualByComparingTo("7");
    }

    @Test
    void aLabelContinuedAfterItsFiguresTakesOnlyWhatItNeeds() {
        read(true, "1.属于国家 0 0 0 0 0 0 7", "秘密", "2.其他法律行政法规禁止公开 0 0 0 0 0 0 3");
        assertThat(total(SECRET)).isEqualByComparingTo("7");
        assertThat(total("办理结果.不予公开.其他法律行政法规禁止公开")).isEqualByComparingTo("3");
        assertThat(m.diagnostics()).isEmpty();
    }

    @Test
    void aLineTakenAsTheRowsContinuationIsNotTheNextRowsLabel() {
        read(true, "1. 0 0 0 0 0 0 7", "属于国家秘密", "0 0 0 0 0 0 2");
        assertThat(total(SECRET)).isEqualByComparingTo("7");
        assertThat(messages()).singleElement().asString().startsWith("这一行有 7 个单元格，但认不出");
        assertThat(m.diagnostics().get(0).pos().line()).isEqualTo(3);
    }

    @Test
    void aLabelContinuedAfterItsFiguresStopsAtTheNextItem() {
        read(true, "1.属于国家 0 0 0 0 0 0 7", "2.属于国家秘密");
        assertThat(m.cells()).isEmpty();
        assertThat(messages()).singleElement().asString().contains("认不出").contains("1.属于国家");
    }

    @Test
    void figuresOnTheNextLinesContinueTheRow() {
        read(true, "1.属于国家秘密 1 2", "3", "4 5 6 7");
        assertThat(total(SECRET)).isEqualByComparingTo("7");
        assertThat(m.cells().get(AnnualReport.key("三", SECRET, "科研机构"))).isEqualByComparingTo("3");
    }

    @Test
    void figuresContinueOnlyRunningTextNotARowWithCells() {
        readLines(ImportLine.text(1, 1, "1.属于国家秘密 1 2 3"), row(2, "4", "5", "6", "7"));
        assertThat(m.cells()).isEmpty();
        assertThat(messages()).hasSize(2).first().asString().contains("应有 7 个数，这一行有 3 个");
    }

    @Test
    void aRowWithCellsIsNotContinuedByFiguresBelow() {
        readLines(row(1, "1.属于国家秘密", "1", "2", "3"), ImportLine.text(2, 1, "4 5 6 7"));
        assertThat(m.cells()).isEmpty();
        assertThat(messages()).first().asString().contains("应有 7 个单元格，这一行有 3 个");
    }

    @Test
    void aHeadingEndsTheLabelsBeforeIt() {
        read(true, "1.属于国家", "三、收到和处理政府信息公开申请情况", "秘密 0 0 0 0 0 0 7");
        assertThat(m.cells()).isEmpty();
        assertThat(messages()).singleElement().asString().contains("认不出");
    }

    @Test
    void aHeadingWithoutItsNumberEndsTheLabelsAfterARowToo() {
        read(true, "（六）其他处理 0 0 0 0 0 0 1", "总体情况", "其他");
        assertThat(m.cells()).isEmpty();
        assertThat(m.diagnostics())
                .singleElement()
                .satisfies(d -> assertThat(d.pos().line()).isEqualTo(1));
    }

    @Test
    void fifteenUnlabelledFiguresAre表四OnlyWhileNoGroupIsRead() {
        read(true, "行政复议 1 0 0 0 1", "行政诉讼", "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15");
        assertThat(m.cells().get(AnnualReport.key("四", "行政复议", "结果纠正"))).isEqualByComparingTo("0");
        assertThat(m.cells()).doesNotContainKey(AnnualReport.key("四", "未经复议直接起诉", "结果维持"));
        assertThat(messages()).singleElement().asString().startsWith("这一行有 15 个单元格");

        TableMatcher fresh = new TableMatcher(ReportFormat.forYear(2023), "r.txt");
        new TableReader(fresh, true).read(List.of(ImportLine.text(1, 1, "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15")));
        assertThat(fresh.cells().get(AnnualReport.key("四", "复议后起诉", "总计"))).isEqualByComparingTo("15");
    }

    @Test
    void fifteenFiguresWithALabelNamingNoRowAreNot表四() {
        read(true, "合计 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15");
        assertThat(m.cells()).isEmpty();
        assertThat(messages()).singleElement().asString().startsWith("这一行有 15 个单元格");
    }

    @Test
    void aRowWhoseOwnCellStartsAnItemIgnoresTheLinesAbove() {
        readLines(
                ImportLine.text(1, 1, "2.其他法律行政法规禁止公开"),
                row(2, "不予公开", "1.属于国家", "0", "0", "0", "0", "0", "0", "7"),
                ImportLine.text(3, 1, "秘密"));
        assertThat(total(SECRET)).isEqualByComparingTo("7");
        assertThat(total("办理结果.不予公开.其他法律行政法规禁止公开")).isNull();
    }

    @Test
    void aLineStartingLeftOfTheLabelIsAnotherColumns() {
        read(true, "    1.属于国家 0 0 0 0 0 0 7", "  秘密");
        assertThat(m.cells()).isEmpty();
        TableMatcher next = new TableMatcher(ReportFormat.forYear(2023), "r.txt");
        new TableReader(next, true)
                .read(List.of(ImportLine.text(1, 5, "    1.属于国家 0 0 0 0 0 0 7"), ImportLine.text(2, 4, "   秘密")));
        assertThat(next.cells().get(AnnualReport.key("三", SECRET, "总计"))).isEqualByComparingTo("7");
    }

    @Test
    void theLabelColumnIsTheItemsAboveWhenTheFiguresLineDoesNotStartOne() {
        read(true, "    1.属于", "国家 0 0 0 0 0 0 7", "  秘密");
        assertThat(m.cells()).isEmpty();
        assertThat(messages()).singleElement().asString().contains("认不出");
    }

    @Test
    void aLineLeftOfTheItemAboveIsSkippedInTheLabel() {
        read(true, "    1.属于国家", "不予公开", "    秘密", "    0 0 0 0 0 0 7");
        assertThat(total(SECRET)).isEqualByComparingTo("7");
    }

    @Test
    void withoutColumnsWhereALineStartsSaysNothing() {
        read(false, "    1.属于国家 0 0 0 0 0 0 7", "  秘密");
        assertThat(total(SECRET)).isEqualByComparingTo("7");
    }

    @Test
    void aRowWithCellsIsNeverAnotherColumn() {
        readLines(ImportLine.text(1, 5, "    1.属于国家 0 0 0 0 0 0 7"), row(2, "秘密"));
        assertThat(total(SECRET)).isEqualByComparingTo("7");
    }

    @Test
    void aRowLeftBlankIsRead() {
        readLines(row(1, "行政许可", ""), row(2, "", "", "1.属于国家秘密", "", "", "", "", "", "", "/"));
        assertThat(m.diagnostics()).isEmpty();
        assertThat(m.blanks()).contains(AnnualReport.key("二", "行政许可", "本年处理决定数量"), AnnualReport.key("三", SECRET, "总计"));
    }

    @Test
    void aHeaderRowWithEmptyCellsIsNoRow() {
        readLines(
                row(1, "申请人情况", "法律服务机构", "其他", ""),
                row(2, "（三）不予公开", "", "1.属于国家秘密", "", "", "", "", "", "", ""),
                row(3, "1.属于国家秘密", "0", "0", "0", "0", "0", "0", "7"));
        assertThat(m.diagnostics()).isEmpty();
        assertThat(m.blanks()).isEmpty();
        assertThat(total(SECRET)).isEqualByComparingTo("7");
    }

    @Test
    void aBlankRunningRowIsARowOfPlaceholders() {
        read(true, "行政许可 /");
        assertThat(m.blanks()).containsExactly(AnnualReport.key("二", "行政许可", "本年处理决定数量"));
    }

    @Test
    void aRowNamedByItsOwnLabelIgnoresTheLabelAbove() {
        read(true, "5.要求行政机关确认或重新出具已获取信息", "属于国家秘密 0 0 0 0 0 0 7");
        assertThat(total(SECRET)).isEqualByComparingTo("7");
        assertThat(m.diagnostics()).isEmpty();
    }

    @Test
    void aRowStartingAnItemTakesItsOwnColumnForTheLinesBelow() {
        read(true, "      2.其他", "1.属于国家 0 0 0 0 0 0 7", "秘密");
        assertThat(total(SECRET)).isEqualByComparingTo("7");
    }

    @Test
    void whenTheLinesAboveSpoilTheLabelItStartsOnTheFiguresLine() {
        // "A2其他": a short name after a figure is no name, so the label is the line below alone
        read(true, "A2", "0 0 0 0 0 0 1", "其他");
        assertThat(total("办理结果.其他处理.其他")).isEqualByComparingTo("1");
    }

    @Test
    void aRowOfBlankCellsWithoutTextIsNoRow() {
        readLines(row(1, "", "/"));
        assertThat(m.diagnostics()).isEmpty();
        assertThat(m.blanks()).isEmpty();
    }
}
