package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import cn.gov.jinjiang.gksite.testing.TestSites;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A saved web page as lines: paragraphs at their place in the file, table rows laid out on their grid. */
class HtmlLinesTest {
    private static List<String> texts(List<ImportLine> lines) {
        return lines.stream().map(ImportLine::text).toList();
    }

    private static List<List<String>> rows(String html) {
        return HtmlLines.read(html).stream().map(ImportLine::cells).toList();
    }

    @Test
    void eachParagraphHeadingAndItemIsALineAtItsElement() {
        String html = "<html><body>\n<h1>标题</h1>\n<p>第一段</p>\n  <ul><li>一项</li></ul>\n</body></html>";
        List<ImportLine> lines = HtmlLines.read(html);
        assertThat(lines)
                .extracting(ImportLine::text, ImportLine::line, ImportLine::column)
                .containsExactly(tuple("标题", 2, 1), tuple("第一段", 3, 1), tuple("一项", 4, 7));
        assertThat(lines).allSatisfy(l -> {
            assertThat(l.positional()).isFalse();
            assertThat(l.where()).isEmpty();
        });
    }

    @Test
    void aParagraphWithLineBreaksInTheSourceIsOneLinePerNonBlankPart() {
        List<ImportLine> lines = HtmlLines.read("<body><p>第一行\n   第二行  \n\n \n第三行</p></body>");
        assertThat(texts(lines)).containsExactly("第一行", "第二行", "第三行");
        assertThat(lines).extracting(ImportLine::line).containsOnly(1);
        assertThat(lines).extracting(ImportLine::column).containsOnly(7);
    }

    @Test
    void textOutsideParagraphsIsALineAtItsParentAndWhitespaceBetweenElementsIsNone() {
        String html = "<body>\n<div class=\"a\">\n  引言  文字\n  <p>段落</p>\n  <span>行内</span>\n</div>\n</body>";
        List<ImportLine> lines = HtmlLines.read(html);
        assertThat(texts(lines)).containsExactly("引言 文字", "段落", "行内");
        assertThat(lines.get(0).line()).isEqualTo(2);
        assertThat(lines.get(0).column()).isEqualTo(1);
        assertThat(lines.get(1).line()).isEqualTo(4);
        assertThat(lines.get(1).column()).isEqualTo(3);
        assertThat(lines.get(2).line()).isEqualTo(5);
        assertThat(lines.get(2).column()).isEqualTo(3);
    }

    @Test
    void commentsAndScriptsAreNoText() {
        String html = "<body><div><!-- 注释 --><script>var a = 1;</script><style>p {}</style>文字</div></body>";
        assertThat(texts(HtmlLines.read(html))).containsExactly("文字");
    }

    @Test
    void aRowLabelSpanningRowsIsRepeatedOnEveryRowItCoversAndNoFurther() {
        String html = """
                <table>
                <tr><td rowspan="3">（三）不予公开</td><td>1.属于国家秘密</td><td>0</td></tr>
                <tr><td>2.其他法律行政法规禁止公开</td><td>1</td></tr>
                <tr><td>3.危及“三安全一稳定”</td><td>2</td></tr>
                <tr><td>（七）总计</td><td>3</td></tr>
                </table>""";
        List<ImportLine> lines = HtmlLines.read(html);
        assertThat(lines)
                .extracting(ImportLine::cells)
                .containsExactly(
                        List.of("（三）不予公开", "1.属于国家秘密", "0"),
                        List.of("（三）不予公开", "2.其他法律行政法规禁止公开", "1"),
                        List.of("（三）不予公开", "3.危及“三安全一稳定”", "2"),
                        List.of("（七）总计", "3"));
        assertThat(lines.get(1).text()).isEqualTo("（三）不予公开\t2.其他法律行政法规禁止公开\t1");
        assertThat(lines).extracting(ImportLine::line).containsExactly(2, 3, 4, 5);
        assertThat(lines).extracting(ImportLine::column).containsOnly(1);
    }

    @Test
    void nestedRowLabelsAreCarriedAtTheirColumnsAndAWideOneCoversItsColumns() {
        String html = "<table>"
                + "<tr><td rowspan=\"2\" colspan=\" 2 \">三、本年度办理结果</td><td rowspan=\"2\">（四）无法提供</td><td>1.本机关不掌握</td><td>31</td></tr>"
                + "<tr><td>2.没有现成信息</td><td>0</td></tr>"
                + "</table>";
        assertThat(rows(html))
                .containsExactly(
                        List.of("三、本年度办理结果", "（四）无法提供", "1.本机关不掌握", "31"),
                        List.of("三、本年度办理结果", "（四）无法提供", "2.没有现成信息", "0"));
    }

    @Test
    void aFigureSpanningRowsCountsOnceAndAnUnreadableSpanIsOne() {
        String html = "<table>"
                + "<tr><td rowspan=\"2\">5</td><td colspan=\"x\">甲</td><td rowspan=\"0\" colspan=\"0\">乙</td><td>1</td></tr>"
                + "<tr><td>丙</td><td>2</td></tr>"
                + "</table>";
        assertThat(rows(html)).containsExactly(List.of("5", "甲", "乙", "1"), List.of("丙", "2"));
    }

    @Test
    void aCellSpanningColumnsCountsOnceAndNonBreakingSpacesAreSpaces() {
        String html = "<table><tr><td>行政许可</td><td colspan=\"3\">&nbsp;2629&nbsp;</td></tr>"
                + "<tr><th>信息内容</th><script>var x = 1;</script><td>本年处理决定数量</td></tr></table>";
        assertThat(rows(html)).containsExactly(List.of("行政许可", "2629"), List.of("信息内容", "本年处理决定数量"));
    }

    @Test
    void aTableInsideACellIsPartOfThatCellNotRowsOfItsOwn() {
        String html = "<table><tr><td>外<table><tr><td>内</td><td>9</td></tr></table></td><td>1</td></tr></table>";
        assertThat(rows(html)).containsExactly(List.of("外 内 9", "1"));
    }

    @Test
    void theRealPingtanPageHasItsParagraphsAndItsThreeTables() {
        String html =
                TestSites.read(TestSites.REPO.resolve("src/test/resources/import/pingtan-zonghe-shiyanqu-2023.html"));
        List<ImportLine> lines = HtmlLines.read(html);
        assertThat(lines.get(0).text()).isEqualTo("平潭综合实验区2023年度政府信息公开工作年度报告");
        assertThat(lines.get(0).line()).isEqualTo(5);
        assertThat(lines.get(1).text()).isEqualTo("发布时间：2024-03-08 15:34");
        assertThat(lines)
                .filteredOn(l -> l.text().contains("2.没有现成信息需要另行制作"))
                .singleElement()
                .satisfies(l -> assertThat(l.cells())
                        .containsExactly("三、本年度办理结果", "（四）无法提供", "2.没有现成信息需要另行制作", "0", "0", "0", "0", "0", "0", "0"));
        // 表四: the five 行政复议 headers span the two header rows, so the second carries them before its own ten
        assertThat(texts(lines))
                .containsSubsequence(
                        "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计" + "\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计",
                        "1\t1\t0\t0\t2\t4\t0\t0\t1\t5\t1\t0\t1\t0\t2",
                        "五、存在的主要问题及改进情况");
    }
}
