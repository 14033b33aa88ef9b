package cn.gov.jinjiang.gksite.build;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal theme on the repository's own site: every page type, the chrome of every page, lists with
 * TRS-style pagination, the column menu, document metadata and attachments, the pages the theme
 * adds (404, search, 无障碍), the front pages of home and 专栏 with the newest documents and the latest report's
 * key figures, the feeds every list page announces, and report tables whose caption is their section heading.
 */
class PortalThemeIT {
    @TempDir
    static Path dir;

    static Path site;

    @BeforeAll
    static void build() {
        Path src = TestSites.repoSite(dir);
        BuildResult r = Builds.build(src);
        assertThat(Builds.errors(r)).isEmpty();
        site = src.resolve("site");
    }

    static Document page(String path) {
        return Jsoup.parse(TestSites.read(site.resolve(path)));
    }

    static List<String> htmlPages() throws Exception {
        try (var walk = Files.walk(site)) {
            return walk.map(p -> site.relativize(p).toString())
                    .filter(p -> p.endsWith(".html"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void everyPageHasTheChrome() throws Exception {
        List<String> pages = htmlPages();
        assertThat(pages)
                .contains(
                        "404.html",
                        "search.html",
                        "wza.html",
                        "xxgk/zfxxgkzl/zn/index.html",
                        "xxgk/zfxxgkzl/ml/02/index_1.html");
        for (String p : pages) {
            Document d = page(p);
            assertThat(d.select("html").attr("lang")).as(p).isEqualTo("zh-CN");
            assertThat(d.select("h1")).as(p).hasSize(1);
            assertThat(d.select("a.skip-link[href=#main]")).as(p).hasSize(1);
            assertThat(d.select("header img.emblem[alt]")).as(p).hasSize(1);
            assertThat(d.select("form[role=search][action=/search.html][method=get] label[for=search-q]"))
                    .as(p)
                    .hasSize(1);
            assertThat(d.select(".topbar-tools a[href=/wza.html]").text()).as(p).isEqualTo("无障碍");
            assertThat(d.select(".topbar-tools [data-pref=elder]").text()).as(p).isEqualTo("长者模式");
            assertThat(d.select(".topbar-tools a.pref-fallback[href=/wza.html#elder]")
                            .text())
                    .as(p)
                    .isEqualTo("长者模式");
            assertThat(d.select(".font-switch button").eachText()).as(p).containsExactly("大", "中", "小");
            assertThat(d.select("nav.breadcrumb").text()).as(p).startsWith("当前位置：");
            String footer = d.select("footer").text();
            assertThat(footer)
                    .as(p)
                    .contains("党政机关", "网站标识码：", "主办单位：晋江市人民政府办公室", "联系电话：", "ICP备案号：", "公安机关备案号：", "我为政府网站找错");
            for (String url : d.select("script[src], img[src]").eachAttr("src")) {
                assertThat(url).as(p).startsWith("/");
            }
            for (String url : d.select("link[href]").eachAttr("href")) {
                assertThat(url).as(p).startsWith("/");
            }
        }
    }

    @Test
    void listsAreNewestFirstAndPaginatedAtStableUrls() {
        Document first = page("xxgk/zfxxgkzl/ml/02/index.html");
        Document second = page("xxgk/zfxxgkzl/ml/02/index_1.html");
        List<String> dates = new ArrayList<>(first.select(".doc-list time").eachText());
        dates.addAll(second.select(".doc-list time").eachText());
        assertThat(dates).hasSize(6).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(dates).allMatch(s -> s.matches("\\d{4}-\\d{2}-\\d{2}"));
        assertThat(first.select("nav.pager").text()).isEqualTo("首页 上一页 1 2 下一页 尾页 共2页");
        assertThat(first.select("nav.pager a[aria-current=page]").text()).isEqualTo("1");
        assertThat(second.select("nav.pager a[aria-current=page]").attr("href"))
                .isEqualTo("/xxgk/zfxxgkzl/ml/02/index_1.html");
        assertThat(second.select("nav.pager a").eachText())
                .contains("首页", "上一页")
                .doesNotContain("下一页", "尾页");
        assertThat(second.title()).contains("第2页");
        assertThat(page("xxgk/zfxxgkzl/ml/03/index.html").select("nav.pager")).isEmpty();
    }

    @Test
    void columnMenuComesFromMenuYamlAndMarksTheCurrentItem() {
        Document d = page("xxgk/zfxxgkzl/ml/03/index.html");
        assertThat(d.select("nav.side-menu > ul > li > a").eachText())
                .containsExactly("政府信息公开指南", "政府信息公开目录", "政府信息公开规定", "依申请公开", "政府信息公开年度报告", "部门政府信息公开", "镇街道政府信息公开");
        assertThat(d.select("nav.side-menu a[aria-current=page]").text()).isEqualTo("规划计划方案意见");
        assertThat(d.select("nav.side-menu a[aria-current=true]").text()).isEqualTo("政府信息公开目录");
        assertThat(page("index.html").select("nav.side-menu")).isEmpty();
        assertThat(d.select("nav.main-nav a[aria-current=true]").text()).isEqualTo("政府信息公开专栏");
        assertThat(d.select("nav.main-nav a[aria-current=page]")).isEmpty();
        assertThat(page("index.html")
                        .select("nav.main-nav a[aria-current=page]")
                        .text())
                .isEqualTo("首页");
        assertThat(page("xxgk/zfxxgkzl/ndbg/2025/index.html")
                        .select("nav.side-menu a[aria-current=true]")
                        .text())
                .isEqualTo("政府信息公开年度报告");
    }

    @Test
    void documentsShowOnlyTheirMetadataTheirAttachmentsAndTools() {
        Document d = page("xxgk/zfxxgkzl/ml/02/jzb-2025-31.html");
        assertThat(d.select(".doc-meta dt").eachText())
                .containsExactly("索引号", "主题分类", "发布机构", "成文日期", "发布日期", "文号", "有效性");
        assertThat(d.select(".doc-meta dd").first().text()).matches("QZ\\d{5}-\\d{4}-\\d{4}-\\d{5}");
        assertThat(d.select(".article-body .file-info").text()).matches("（PDF，\\d+ KB）");
        assertThat(d.select(".doc-tools button").eachText()).containsExactly("打印", "关闭窗口");
        assertThat(d.select(".sample-note")).hasSize(1);
        Document noNumber = page("xxgk/zfxxgkzl/zd/bmsc.html");
        assertThat(noNumber.select(".doc-meta dt").eachText()).doesNotContain("文号");
    }

    @Test
    void everySampleDocumentSaysSo() throws Exception {
        for (String p : htmlPages()) {
            Document d = page(p);
            for (var a : d.select(".doc-list li")) {
                String href = a.selectFirst("a").attr("href");
                if (href.endsWith(".html") && !a.select(".tag").isEmpty()) {
                    String target = href.substring(1);
                    assertThat(page(target).select(".sample-note")).as(target).hasSize(1);
                }
            }
        }
    }

    @Test
    void noColumnIsAnEmptyList() throws Exception {
        for (String p : htmlPages()) {
            Document d = page(p);
            assertThat(d.select("ul.doc-list:not(:has(li))")).as(p).isEmpty();
        }
    }

    @Test
    void emptyColumnWarns(@TempDir Path tmp) {
        TestSites.inline(
                tmp,
                "content/index.md",
                "---\ntitle: 首页\n---\n\n首页。\n",
                "content/empty/index.md",
                "---\ntitle: 空栏目\n---\n");
        BuildResult r = Builds.build(tmp);
        assertThat(Builds.errors(r)).isEmpty();
        assertThat(r.diagnostics()).extracting(Diagnostic::code).contains("render.empty-column");
        assertThat(tmp.resolve("site/404.html")).exists();
        assertThat(tmp.resolve("site/search.html")).exists();
    }

    // The reader's front pages, feeds and report captions (issue 22).

    @Test
    void homeAndColumnPagesListTheNewestDocumentsWithDatesNewestFirst() {
        for (String p : List.of("index.html", "xxgk/zfxxgkzl/index.html")) {
            Document d = page(p);
            List<Element> items = d.select("main .front-latest li");
            assertThat(items).as(p).hasSizeGreaterThanOrEqualTo(5);
            List<String> dates = new ArrayList<>();
            for (Element li : items) {
                assertThat(li.selectFirst("a[href]")).as(p).isNotNull();
                String date = li.select("time").attr("datetime");
                assertThat(date).as(p).matches("\\d{4}-\\d{2}-\\d{2}");
                assertThat(li.select(".front-cat a[href]").text()).as(p).isNotBlank();
                dates.add(date);
            }
            List<String> sorted = new ArrayList<>(dates);
            sorted.sort(Comparator.reverseOrder());
            assertThat(dates).as(p).isEqualTo(sorted);
            // Each sub-column of the 专栏 is linked, with its own newest documents.
            assertThat(d.select(".front-columns h3 a").eachText()).as(p).contains("政府信息公开目录", "政府信息公开年度报告", "行政规范性文件库");
            assertThat(d.select(".front-column:has(h3 a:contains(政府信息公开目录)) li time"))
                    .as(p)
                    .isNotEmpty();
            // The latest annual report with its key figures.
            assertThat(d.select(".front-report a").first().attr("href")).as(p).isEqualTo("/xxgk/zfxxgkzl/ndbg/2025/");
            assertThat(d.select(".front-report .kf-list dt").eachText()).as(p).contains("本年新收申请", "本年办结");
            assertThat(d.select(".front-report .kf-list dd").first().text())
                    .as(p)
                    .isEqualTo("20 件");
        }
        // The 专栏 page no longer repeats its sub-columns as a bare list below the front page.
        assertThat(page("xxgk/zfxxgkzl/index.html").select("main > ul.doc-list"))
                .isEmpty();
        // The newest document of the whole site comes first on the home page: a unit's report of 2026-01-29.
        assertThat(page("index.html").select(".front-latest li a").first().text())
                .isEqualTo("晋江市安海镇人民政府2025年政府信息公开工作年度报告");
    }

    @Test
    void everyListPageAnnouncesItsFeedAndLinksIt() throws Exception {
        List<String> lists = List.of(
                "index.html",
                "xxgk/index.html",
                "xxgk/zfxxgkzl/index.html",
                "xxgk/zfxxgkzl/ml/02/index.html",
                "xxgk/zfxxgkzl/ml/02/index_1.html",
                "xxgk/zfxxgkzl/gfxwj/index.html",
                "xxgk/zfxxgkzl/zd/index.html");
        for (String p : lists) {
            Document d = page(p);
            Element link = d.selectFirst("head link[rel=alternate][type=application/atom+xml]");
            assertThat(link).as(p).isNotNull();
            String href = link.attr("href");
            assertThat(link.attr("title")).as(p).isNotBlank();
            assertThat(site.resolve(href.substring(1))).as(p + " → " + href).isRegularFile();
            assertThat(TestSites.read(site.resolve(href.substring(1))))
                    .as(href)
                    .startsWith("<?xml")
                    .contains("<feed");
            assertThat(d.select("main .feed-link a[href=" + href + "]")).as(p).hasSize(1);
        }
        // A document is not a list: no feed announced.
        assertThat(page("xxgk/zfxxgkzl/ml/02/jzb-2025-31.html").select("link[type=application/atom+xml], .feed-link"))
                .isEmpty();
        // Every announced feed exists.
        try (var walk = Files.walk(site)) {
            for (Path f : walk.filter(x -> x.toString().endsWith(".html")).toList()) {
                for (Element l : Jsoup.parse(TestSites.read(f)).select("link[type=application/atom+xml]")) {
                    assertThat(site.resolve(l.attr("href").substring(1)))
                            .as(f.toString())
                            .isRegularFile();
                }
            }
        }
    }

    /** The 市政府办公室's own report in the central year list, which groups every unit's reports by year and kind. */
    private static final String GOVERNMENT_REPORT = "#list ~ section li:has(a[href=\"/xxgk/zfxxgkzl/ndbg/2025/\"])";

    @Test
    void theCentralYearListGroupsTheUnitsReportsAndLinksTheYearsOverview() {
        Document d = page("xxgk/zfxxgkzl/ndbg/index.html");
        assertThat(d.select("#y2025 ~ h4").eachText()).containsExactly("市政府", "部门", "镇街道");
        assertThat(d.select("section[aria-labelledby=y2025] li")).hasSize(5);
        assertThat(d.select(".report-year-summary a").attr("href")).isEqualTo("overview-2025.html");
        Document o = page("xxgk/zfxxgkzl/ndbg/overview-2025.html");
        assertThat(o.select("#overview tbody th[scope=row]")).hasSize(5);
        assertThat(o.select("#overview caption").text()).isNotBlank();
    }

    @Test
    void theYearListShowsEachReportWithItsDateOrSaysItIsMissing(@TempDir Path other) {
        // The sample report's 发布日期 is still to be verified against the live site (report.R15 warns): said, not hidden.
        Element li = page("xxgk/zfxxgkzl/ndbg/index.html").selectFirst(GOVERNMENT_REPORT);
        assertThat(li.select(".no-date").text()).isEqualTo("未填发布日期");
        Path src = TestSites.repoSite(other);
        Path report = src.resolve("content/xxgk/zfxxgkzl/ndbg/2025/index.md");
        TestSites.write(report, TestSites.read(report).replaceFirst("\n---\n", "\n发布日期: 2026-01-20\n---\n"));
        assertThat(Builds.errors(Builds.build(src))).isEmpty();
        Element dated = Jsoup.parse(TestSites.read(src.resolve("site/xxgk/zfxxgkzl/ndbg/index.html")))
                .selectFirst(GOVERNMENT_REPORT);
        assertThat(dated.select("time").attr("datetime")).isEqualTo("2026-01-20");
        assertThat(dated.select(".no-date")).isEmpty();
    }

    @Test
    void aReportTablesCaptionIsItsSectionHeading() {
        Document d = page("xxgk/zfxxgkzl/ndbg/2025/index.html");
        for (String[] t : new String[][] {{"table-2", "s2"}, {"table-3", "s3"}, {"table-4", "s4"}}) {
            Element caption = d.getElementById(t[0]).selectFirst("caption");
            assertThat(caption.select("h2#" + t[1])).as(t[0]).hasSize(1);
            // The title is said once: no heading outside the table repeats the caption.
            String title = caption.text();
            assertThat(d.select("main h2").eachText().stream().filter(title::equals))
                    .as(t[0])
                    .hasSize(1);
        }
        // Header labels carry their wrap points between words only.
        assertThat(d.getElementById("table-4").html()).contains("结果<wbr>维持").doesNotContain("维<wbr>持");
    }
}
