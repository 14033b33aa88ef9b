package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The three tables of the Word download as WordprocessingML, read back cell by cell: every row fills the
 * grid exactly (spans and widths), a cell merged down continues a merged cell above it, the header rows and
 * only they repeat on each page, each label of the national template stands once, each figure in its cell.
 */
class DocxTablesTest {
    private static final Pattern CELL = Pattern.compile("<w:tc><w:tcPr><w:tcW w:w=\"(\\d+)\" w:type=\"dxa\"/>"
            + "(?:<w:gridSpan w:val=\"(\\d+)\"/>)?(<w:vMerge w:val=\"restart\"/>|<w:vMerge/>)?"
            + "<w:vAlign w:val=\"center\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr>"
            + "(?:<w:r><w:t xml:space=\"preserve\">([^<]*)</w:t></w:r>)?</w:p></w:tc>");
    private static final Pattern ROW =
            Pattern.compile("<w:tr><w:trPr><w:cantSplit/>(<w:tblHeader/>)?</w:trPr>(.*?)</w:tr>");

    /** A cell read back: its grid column, width, span, merge ("", "↓" restart, "┆" continue) and text. */
    record Cell(int col, int width, int span, String merge, String text) {
        /** As the expectations below write it: text, "×span" when more than one, the merge mark. */
        String show() {
            return text + (span > 1 ? "×" + span : "") + merge;
        }
    }

    /** A table read back, checked for a well-formed grid; {@code headers} rows repeat on each page. */
    private static List<List<Cell>> table(String xml, int headers) {
        assertThat(xml)
                .startsWith("<w:tbl><w:tblPr><w:tblW w:w=\"8844\" w:type=\"dxa\"/>")
                .endsWith("</w:tbl>");
        List<Integer> grid = new ArrayList<>();
        Matcher g = Pattern.compile("<w:gridCol w:w=\"(\\d+)\"/>").matcher(xml);
        while (g.find()) {
            grid.add(Integer.parseInt(g.group(1)));
        }
        assertThat(grid.stream().mapToInt(Integer::intValue).sum()).isEqualTo(DocxTables.TEXT_WIDTH);
        List<List<Cell>> rows = new ArrayList<>();
        Matcher r = ROW.matcher(xml.substring(xml.indexOf("</w:tblGrid>")));
        int consumed = 0;
        while (r.find()) {
            assertThat(r.group(1) != null)
                    .as("row %d repeats as a header", rows.size())
                    .isEqualTo(rows.size() < headers);
            List<Cell> cells = new ArrayList<>();
            Matcher c = CELL.matcher(r.group(2));
            int col = 0;
            int end = 0;
            while (c.find()) {
                assertThat(c.start()).as("nothing between cells").isEqualTo(end);
                end = c.end();
                int span = c.group(2) == null ? 1 : Integer.parseInt(c.group(2));
                assertThat(c.group(2) == null || span > 1)
                        .as("a gridSpan is written for more than one column")
                        .isTrue();
                String merge = c.group(3) == null ? "" : c.group(3).contains("restart") ? "↓" : "┆";
                Cell cell =
                        new Cell(col, Integer.parseInt(c.group(1)), span, merge, c.group(4) == null ? "" : c.group(4));
                assertThat(c.group(4)).as("an empty cell has no run").isNotEqualTo("");
                assertThat(cell.width())
                        .as("width of the cell at row %d column %d", rows.size(), col)
                        .isEqualTo(grid.subList(col, col + span).stream()
                                .mapToInt(Integer::intValue)
                                .sum());
                cells.add(cell);
                col += span;
            }
            assertThat(end).isEqualTo(r.group(2).length());
            assertThat(col).as("row %d fills the grid", rows.size()).isEqualTo(grid.size());
            rows.add(cells);
            consumed = r.end();
        }
        assertThat(xml.substring(xml.indexOf("</w:tblGrid>")).substring(consumed))
                .isEqualTo("</w:tbl>");
        for (int i = 0; i < rows.size(); i++) {
            for (Cell cell : rows.get(i)) {
                boolean continues = cell.merge().equals("┆");
                Cell above = i == 0 ? null : at(rows.get(i - 1), cell.col());
                Cell below = i + 1 == rows.size() ? null : at(rows.get(i + 1), cell.col());
                if (continues) {
                    assertThat(above)
                            .as("row %d column %d continues a merged cell", i, cell.col())
                            .isNotNull();
                    assertThat(above.merge()).isNotEmpty();
                    assertThat(above.span()).isEqualTo(cell.span());
                }
                if (cell.merge().equals("↓")) {
                    assertThat(below)
                            .as("row %d column %d is merged into the next row", i, cell.col())
                            .isNotNull();
                    assertThat(below.merge()).isEqualTo("┆");
                }
            }
        }
        return rows;
    }

    /** The cell of {@code row} that starts at grid column {@code col}, or null. */
    private static Cell at(List<Cell> row, int col) {
        return row.stream().filter(c -> c.col() == col).findFirst().orElse(null);
    }

    private static List<String> shown(List<Cell> row) {
        return row.stream().map(Cell::show).toList();
    }

    private static String text(Map<String, BigDecimal> cells, String table, String row, String col) {
        BigDecimal v = cells.get(AnnualReport.key(table, row, col));
        return v == null ? "" : v.toPlainString();
    }

    private static AnnualReport report(int year, Map<String, BigDecimal> cells) {
        String data = new ReportYamlWriter().write(year, "某局", cells);
        return ReportSamples.report(year, ReportSamples.indexMd(year, "某局"), data);
    }

    @Test
    void table2HasEachItemAcrossTheTableAndItsFiguresUnderTheirColumns() {
        Map<String, BigDecimal> cells = ReportSamples.cells(2024, new Random(11), 0.2);
        cells.put(AnnualReport.key("二", "规章", "本年制发件数"), new BigDecimal("3"));
        cells.remove(AnnualReport.key("二", "规章", "本年废止件数"));
        cells.put(AnnualReport.key("二", "行政事业性收费", "本年收费金额"), new BigDecimal("12.50"));
        List<List<Cell>> rows = table(new DocxTables(report(2024, cells)).disclosure(), 0);
        assertThat(rows).hasSize(14);
        assertThat(shown(rows.get(0))).containsExactly("第二十条第（一）项×4");
        assertThat(shown(rows.get(1))).containsExactly("信息内容", "本年制发件数", "本年废止件数", "现行有效件数");
        assertThat(shown(rows.get(2))).containsExactly("规章", "3", "", text(cells, "二", "规章", "现行有效件数"));
        assertThat(shown(rows.get(4))).containsExactly("第二十条第（五）项×4");
        assertThat(shown(rows.get(5))).containsExactly("信息内容", "本年处理决定数量×3");
        assertThat(shown(rows.get(6))).containsExactly("行政许可", text(cells, "二", "行政许可", "本年处理决定数量") + "×3");
        assertThat(shown(rows.get(12))).containsExactly("信息内容", "本年收费金额（单位：万元）×3");
        assertThat(shown(rows.get(13))).containsExactly("行政事业性收费", "12.50×3");
    }

    @Test
    void table2Of2019HasTwoColumnsWhereTheItemHasTwo() {
        Map<String, BigDecimal> cells = ReportSamples.cells(2019, new Random(12), 0);
        List<List<Cell>> rows = table(new DocxTables(report(2019, cells)).disclosure(), 0);
        assertThat(rows).hasSize(18);
        assertThat(shown(rows.get(13))).containsExactly("信息内容", "上一年项目数量", "本年增/减×2");
        assertThat(shown(rows.get(14)))
                .containsExactly(
                        "行政事业性收费", text(cells, "二", "行政事业性收费", "上一年项目数量"), text(cells, "二", "行政事业性收费", "本年增/减") + "×2");
    }

    @Test
    void table3HasItsThreeHeaderRowsAndEachLabelOnceMergedDownOverItsRows() {
        for (int year : new int[] {2019, 2024}) {
            Map<String, BigDecimal> cells = ReportSamples.cells(year, new Random(year), 0.2);
            ReportFormat f = ReportFormat.forYear(year);
            List<List<Cell>> rows = table(new DocxTables(report(year, cells)).applications(), 3);
            assertThat(rows).hasSize(3 + f.applicationRowKeys().size());
            assertThat(shown(rows.get(0))).containsExactly(ReportFormat.TABLE3_NOTE + "×3↓", "申请人情况×7");
            assertThat(shown(rows.get(1))).containsExactly("×3┆", "自然人↓", "法人或其他组织×5", "总计↓");
            assertThat(shown(rows.get(2))).containsExactly("×3┆", "┆", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "┆");
            assertThat(shown(rows.get(3)).subList(0, 1)).containsExactly("一、本年新收政府信息公开申请数量×3");
            assertThat(shown(rows.get(5)).subList(0, 2)).containsExactly("三、本年度办理结果↓", "（一）予以公开×2");
            assertThat(shown(rows.get(6)).subList(0, 2)).containsExactly("┆", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）×2");
            assertThat(shown(rows.get(7)).subList(0, 3)).containsExactly("┆", "（三）不予公开↓", "1.属于国家秘密");
            assertThat(shown(rows.get(8)).subList(0, 3)).containsExactly("┆", "┆", "2.其他法律行政法规禁止公开");
            List<String> labels = new ArrayList<>();
            for (RowSpec top : f.applicationRows()) {
                labels.add(top.label());
                for (RowSpec mid : top.children()) {
                    labels.add(mid.label());
                    mid.children().forEach(leaf -> labels.add(leaf.label()));
                }
            }
            List<String> texts = rows.stream()
                    .skip(3)
                    .flatMap(r -> r.subList(0, r.size() - 7).stream())
                    .map(Cell::text)
                    .filter(t -> !t.isEmpty())
                    .toList();
            assertThat(texts).as("%d", year).containsExactlyElementsOf(labels);
            for (int i = 0; i < f.applicationRowKeys().size(); i++) {
                List<Cell> row = rows.get(3 + i);
                String path = f.applicationRowKeys().get(i);
                List<String> figures = f.applicantColumns().stream()
                        .map(c -> text(cells, "三", path, c.key()))
                        .toList();
                assertThat(shown(row.subList(row.size() - 7, row.size())))
                        .as(path)
                        .containsExactlyElementsOf(figures);
            }
        }
    }

    @Test
    void table4HasReviewAndLawsuitOverTheirGroupsAndOneRowOfFigures() {
        Map<String, BigDecimal> cells = ReportSamples.cells(2024, new Random(4), 0.3);
        List<List<Cell>> rows = table(new DocxTables(report(2024, cells)).reviews(), 3);
        assertThat(rows).hasSize(4);
        assertThat(shown(rows.get(0))).containsExactly("行政复议×5", "行政诉讼×10");
        assertThat(shown(rows.get(1)))
                .containsExactly("结果维持↓", "结果纠正↓", "其他结果↓", "尚未审结↓", "总计↓", "未经复议直接起诉×5", "复议后起诉×5");
        assertThat(shown(rows.get(2)))
                .containsExactly(
                        "┆", "┆", "┆", "┆", "┆", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结",
                        "总计");
        List<String> figures = new ArrayList<>();
        for (String g : ReportFormat.forYear(2024).reviewGroups()) {
            for (Column c : ReportFormat.forYear(2024).reviewColumns()) {
                figures.add(text(cells, "四", g, c.key()));
            }
        }
        assertThat(shown(rows.get(3))).containsExactlyElementsOf(figures);
        assertThat(rows.get(3).get(0).width()).isEqualTo(590);
        assertThat(rows.get(3).get(14).width()).isEqualTo(DocxTables.TEXT_WIDTH - 590 * 14);
    }

    @Test
    void aCellsTextIsEscaped() {
        assertThat(DocxTables.cell(100, 1, null, "A&B <c>"))
                .isEqualTo("<w:tc><w:tcPr><w:tcW w:w=\"100\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/></w:tcPr><w:p>"
                        + "<w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr><w:r><w:t xml:space=\"preserve\">A&amp;B &lt;c&gt;"
                        + "</w:t></w:r></w:p></w:tc>");
    }
}
