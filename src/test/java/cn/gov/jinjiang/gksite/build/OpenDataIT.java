package cn.gov.jinjiang.gksite.build;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the two-year fixture (the real 2025 report and an invented 2024 sample) and reads the year list
 * page, its chart and the data downloads. The build's own link checker runs, so every download link the
 * pages carry must resolve.
 */
class OpenDataIT {
    @TempDir
    static Path dir;

    static Path out;
    static BuildResult result;
    static Document list;

    @BeforeAll
    static void build() {
        Path site = TestSites.fixture("reports-two-years", dir);
        result = Builds.build(site);
        out = site.resolve("site");
        list = Jsoup.parse(TestSites.read(out.resolve("xxgk/zfxxgkzl/ndbg/index.html")));
    }

    @Test
    void buildsWithoutErrorsAndTheCheckerRan() {
        assertThat(Builds.errors(result)).isEmpty();
        assertThat(result.written()).isTrue();
    }

    @Test
    void yearListNewestFirst() {
        List<String> titles = list.select("ul.doc-list li a").eachText();
        assertThat(titles).hasSize(2);
        assertThat(titles.get(0)).contains("2025");
        assertThat(titles.get(1)).contains("2024");
    }

    @Test
    void chartIsAnAccessibleImageWithOneGroupPerYear() {
        Element svg = list.selectFirst("svg.kf-chart");
        assertThat(svg).isNotNull();
        assertThat(svg.attr("role")).isEqualTo("img");
        String[] labelledBy = svg.attr("aria-labelledby").split(" ");
        Element title = list.getElementById(labelledBy[0]);
        assertThat(title).isNotNull();
        assertThat(title.tagName()).isEqualTo("title");
        assertThat(title.text()).isEqualTo("历年政府信息公开申请办理情况（单位：件）");
        Element desc = list.getElementById(labelledBy[1]);
        assertThat(desc.tagName()).isEqualTo("desc");
        assertThat(desc.text()).endsWith("数据见下表。").contains("2024年").contains("2025年");
        assertThat(svg.select("g.kf-year").eachAttr("data-year")).containsExactly("2024", "2025");
        assertThat(svg.select("g.kf-year").get(0).select("rect.kf-bar")).hasSize(3);
        assertThat(svg.select("g.kf-year").get(0).select("text.kf-value").eachText())
                .containsExactly("17", "16", "2");
        assertThat(svg.select("g.kf-year").get(1).select("text.kf-value").eachText())
                .containsExactly("20", "21", "1");
        assertThat(svg.select("script")).isEmpty();
    }

    @Test
    void tableFollowsTheChartWithBothYears() {
        Element figure = list.selectFirst("figure.kf-figure");
        Element next = figure.nextElementSibling();
        assertThat(next.selectFirst("table#key-figures")).isNotNull();
        List<String> rows = list.select("#key-figures tbody tr").eachText();
        assertThat(rows).containsExactly("2025年 20 21 1 0 0 14", "2024年 17 16 2 1 0 11");
    }

    @Test
    void keyFiguresDownloadsHaveBothYears() throws IOException {
        String csv = Files.readString(out.resolve("xxgk/zfxxgkzl/ndbg/key-figures.csv"), StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith("\uFEFF年度,")
                .contains("\r\n2025,20,21,1,0,0,14\r\n")
                .contains("\r\n2024,17,16,2,1,0,11\r\n");
        assertThat(csv.indexOf("2025,")).isLessThan(csv.indexOf("2024,"));
        String json = Files.readString(out.resolve("xxgk/zfxxgkzl/ndbg/key-figures.json"), StandardCharsets.UTF_8);
        assertThat(json)
                .contains("{\"year\": 2025, \"newApplications\": 20")
                .contains("{\"year\": 2024, \"newApplications\": 17");
        assertThat(list.select("a[href=key-figures.csv]")).hasSize(1);
        assertThat(list.select("a[href=key-figures.json]")).hasSize(1);
    }

    @Test
    void eachReportPageLinksItsDataFiles() throws IOException {
        for (int year : new int[] {2024, 2025}) {
            Path folder = out.resolve("xxgk/zfxxgkzl/ndbg/" + year);
            Document page = Jsoup.parse(TestSites.read(folder.resolve("index.html")));
            assertThat(page.select("a[href=data.csv]")).as("%s csv link", year).hasSize(1);
            assertThat(page.select("a[href=data.json]"))
                    .as("%s json link", year)
                    .hasSize(1);
            assertThat(page.select("a[href=report.docx]").attr("download"))
                    .as("%s Word link", year)
                    .contains(year + "年政府信息公开工作年度报告")
                    .endsWith(".docx");
            byte[] docx = Files.readAllBytes(folder.resolve("report.docx"));
            assertThat(docx).startsWith('P', 'K', 3, 4);
            assertThat(Files.isRegularFile(folder.resolve("data.csv"))).isTrue();
            String json = Files.readString(folder.resolve("data.json"), StandardCharsets.UTF_8);
            assertThat(json).startsWith("{\n  \"year\": " + year + ",");
        }
        String csv24 = Files.readString(out.resolve("xxgk/zfxxgkzl/ndbg/2024/data.csv"), StandardCharsets.UTF_8);
        assertThat(csv24).contains("\r\n三,四、结转下年度继续办理,总计,2,\r\n");
    }
}
