package cn.gov.jinjiang.gksite.build;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.testing.TestSites;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the repository's own site and reads the 2025 report page the way a screen reader does: every
 * data cell through the header cells its {@code headers} attribute names. Every number of the seed's
 * tables (parsed here from the seed text itself, not from data.yaml) must sit in the cell of its row
 * label and column label.
 */
class ReportPageIT {
    @TempDir
    static Path dir;

    static Document page;
    static List<String> seed;

    @BeforeAll
    static void build() {
        Path site = TestSites.repoSite(dir);
        BuildResult r = Builds.build(site);
        assertThat(Builds.errors(r)).isEmpty();
        page = Jsoup.parse(TestSites.read(site.resolve("site/xxgk/zfxxgkzl/ndbg/2025/index.html")));
        seed = TestSites.read(TestSites.REPO.resolve("src/test/resources/seed/jinjiang-2025-annual-report.md"))
                .lines()
                .toList();
    }

    /** Full-width brackets, no spaces: "(一) 予以公开" and "（一）予以公开" compare equal. */
    static String norm(String s) {
        return s.replace('(', '（').replace(')', '）').replace(',', '，').replaceAll("[\\s　]", "");
    }

    /** The texts of every header cell a data cell names, through its own headers attribute. */
    static Set<String> headerTexts(Element td) {
        Set<String> out = new LinkedHashSet<>();
        for (String id : td.attr("headers").split(" ")) {
            Element th = page.getElementById(id);
            assertThat(th).as("header id %s of a cell", id).isNotNull();
            out.add(norm(th.text()));
        }
        return out;
    }

    /** The one data cell of table {@code tableId} whose headers include all the given labels. */
    static Element cell(String tableId, String... labels) {
        List<Element> found = new ArrayList<>();
        for (Element td : page.select("#" + tableId + " td")) {
            Set<String> h = headerTexts(td);
            boolean all = true;
            for (String l : labels) {
                all &= h.contains(norm(l));
            }
            if (all) {
                found.add(td);
            }
        }
        assertThat(found).as("cells of %s under %s", tableId, List.of(labels)).hasSize(1);
        return found.get(0);
    }

    static List<String> section(String from, String to) {
        int i = indexOf(from);
        int j = to == null ? seed.size() : indexOf(to);
        return seed.subList(i + 1, j);
    }

    static int indexOf(String prefix) {
        for (int i = 0; i < seed.size(); i++) {
            if (seed.get(i).replaceAll("^#+\\s*", "").startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("seed has no line starting " + prefix);
    }

    @Test
    void table2_everyFigureInItsBlockRowAndColumn() {
        String block = null;
        List<String> columns = List.of();
        int checked = 0;
        for (String line : section("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况")) {
            List<String> f = fields(line);
            if (f.isEmpty()) {
                continue;
            }
            if (f.get(0).startsWith("第二十条")) {
                block = f.get(0);
            } else if (f.get(0).equals("信息内容")) {
                columns = f.subList(1, f.size());
            } else {
                for (int c = 0; c < columns.size(); c++) {
                    assertThat(cell("table-2", block, columns.get(c), f.get(0)).text())
                            .as("%s / %s / %s", block, f.get(0), columns.get(c))
                            .isEqualTo(f.get(c + 1));
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(6 + 1 + 2 + 1);
    }

    @Test
    void table3_everyFigureInItsRowAndColumn() {
        List<String> columns = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");
        int rows = 0;
        for (String line : section("三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议")) {
            List<String> f = fields(line);
            if (f.size() < 8 || !f.get(f.size() - 1).matches("\\d+")) {
                continue;
            }
            List<String> numbers = f.subList(f.size() - 7, f.size());
            String label = f.get(f.size() - 8);
            for (int c = 0; c < 7; c++) {
                assertThat(cell("table-3", label, columns.get(c)).text())
                        .as("%s / %s", label, columns.get(c))
                        .isEqualTo(numbers.get(c));
            }
            rows++;
        }
        assertThat(rows).isEqualTo(25);
    }

    @Test
    void table4_everyFigureInItsGroupAndColumn() {
        List<String> numbers = null;
        for (String line : section("四、政府信息公开行政复议", "五、存在的主要问题")) {
            List<String> f = fields(line);
            if (f.size() == 15 && f.stream().allMatch(s -> s.matches("\\d+"))) {
                numbers = f;
            }
        }
        assertThat(numbers).isNotNull();
        String[] groups = {"行政复议", "未经复议直接起诉", "复议后起诉"};
        String[] cols = {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};
        for (int g = 0; g < 3; g++) {
            for (int c = 0; c < 5; c++) {
                assertThat(cell("table-4", groups[g], cols[c]).text()).isEqualTo(numbers.get(g * 5 + c));
            }
        }
    }

    @Test
    void narrativeHeadingsOneToSixInOrder() {
        List<String> h2 = page.select("main h2").eachText();
        List<String> numbered =
                h2.stream().filter(t -> t.matches("^[一二三四五六]、.*")).toList();
        assertThat(numbered)
                .containsExactly(
                        "一、总体情况",
                        "二、主动公开政府信息情况",
                        "三、收到和处理政府信息公开申请情况",
                        "四、政府信息公开行政复议、行政诉讼情况",
                        "五、存在的主要问题及改进情况",
                        "六、其他需要报告的事项");
    }

    @Test
    void narrativeIsTheSeedsWordForWordWithPageBreaksRejoined() {
        String text = page.select("main").text();
        assertThat(text)
                .contains("加大政府网站与政务新媒体信息更新工作力度的通知")
                .contains("定期组织 AI 应用、政务公开业务等专题培训")
                .contains("全年市政府办公室全年共受理申请22件，办结21件，结转下年度办理1件。")
                .contains("2025 年度晋江市人民政府办公室无收取信息处理费情况。");
    }

    @Test
    void everyTableHasCaptionAndEveryDataCellItsHeaders() {
        for (String id : List.of("table-2", "table-3", "table-4")) {
            Element t = page.getElementById(id);
            assertThat(t.selectFirst("caption")).isNotNull();
            for (Element td : t.select("td")) {
                assertThat(td.attr("headers")).as("td in %s", id).isNotBlank();
            }
        }
    }

    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        for (String s : line.split("\t")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }
}
