package cn.gov.jinjiang.gksite.build;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal theme on the repository's own site: every page type, the chrome of every page, lists with
 * TRS-style pagination, the column menu, document metadata and attachments, and the pages the theme
 * adds (404, search, 无障碍).
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
            return walk.map(p -> site.relativize(p).toString()).filter(p -> p.endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void everyPageHasTheChrome() throws Exception {
        List<String> pages = htmlPages();
        assertThat(pages).contains("404.html", "search.html", "wza.html", "xxgk/zfxxgkzl/zn/index.html",
                "xxgk/zfxxgkzl/ml/02/index_1.html");
        for (String p : pages) {
            Document d = page(p);
            assertThat(d.select("html").attr("lang")).as(p).isEqualTo("zh-CN");
            assertThat(d.select("h1")).as(p).hasSize(1);
            assertThat(d.select("a.skip-link[href=#main]")).as(p).hasSize(1);
            assertThat(d.select("header img.emblem[alt]")).as(p).hasSize(1);
            assertThat(d.select("form[role=search][action=/search.html][method=get] label[for=search-q]")).as(p)
                    .hasSize(1);
            assertThat(d.select(".topbar-tools a[href=/wza.html]").text()).as(p).isEqualTo("无障碍");
            assertThat(d.select(".topbar-tools [data-pref=elder]").text()).as(p).isEqualTo("长者模式");
            assertThat(d.select(".topbar-tools a.pref-fallback[href=/wza.html#elder]").text()).as(p).isEqualTo("长者模式");
            assertThat(d.select(".font-switch button").eachText()).as(p).containsExactly("大", "中", "小");
            assertThat(d.select("nav.breadcrumb").text()).as(p).startsWith("当前位置：");
            String footer = d.select("footer").text();
            assertThat(footer).as(p).contains("党政机关", "网站标识码：", "主办单位：晋江市人民政府办公室", "联系电话：",
                    "ICP备案号：", "公安机关备案号：", "我为政府网站找错");
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
        List<String> dates = new java.util.ArrayList<>(first.select(".doc-list time").eachText());
        dates.addAll(second.select(".doc-list time").eachText());
        assertThat(dates).hasSize(6).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(dates).allMatch(s -> s.matches("\\d{4}-\\d{2}-\\d{2}"));
        assertThat(first.select("nav.pager").text()).isEqualTo("首页 上一页 1 2 下一页 尾页 共2页");
        assertThat(first.select("nav.pager a[aria-current=page]").text()).isEqualTo("1");
        assertThat(second.select("nav.pager a[aria-current=page]").attr("href"))
                .isEqualTo("/xxgk/zfxxgkzl/ml/02/index_1.html");
        assertThat(second.select("nav.pager a").eachText()).contains("首页", "上一页").doesNotContain("下一页", "尾页");
        assertThat(second.title()).contains("第2页");
        assertThat(page("xxgk/zfxxgkzl/ml/03/index.html").select("nav.pager")).isEmpty();
    }

    @Test
    void columnMenuComesFromMenuYamlAndMarksTheCurrentItem() {
        Document d = page("xxgk/zfxxgkzl/ml/03/index.html");
        assertThat(d.select("nav.side-menu > ul > li > a").eachText()).containsExactly("政府信息公开指南", "政府信息公开目录",
                "政府信息公开规定", "依申请公开", "政府信息公开年度报告");
        assertThat(d.select("nav.side-menu a[aria-current=page]").text()).isEqualTo("规划计划方案意见");
        assertThat(d.select("nav.side-menu a[aria-current=true]").text()).isEqualTo("政府信息公开目录");
        assertThat(page("index.html").select("nav.side-menu")).isEmpty();
        assertThat(d.select("nav.main-nav a[aria-current=true]").text()).isEqualTo("政府信息公开专栏");
        assertThat(d.select("nav.main-nav a[aria-current=page]")).isEmpty();
        assertThat(page("index.html").select("nav.main-nav a[aria-current=page]").text()).isEqualTo("首页");
        assertThat(page("xxgk/zfxxgkzl/ndbg/2025/index.html").select("nav.side-menu a[aria-current=true]").text())
                .isEqualTo("政府信息公开年度报告");
    }

    @Test
    void documentsShowOnlyTheirMetadataTheirAttachmentsAndTools() {
        Document d = page("xxgk/zfxxgkzl/ml/02/jzb-2025-31.html");
        assertThat(d.select(".doc-meta dt").eachText()).containsExactly("索引号", "主题分类", "发布机构", "成文日期", "发布日期",
                "文号", "有效性");
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
        TestSites.inline(tmp, "content/index.md", "---\ntitle: 首页\n---\n\n首页。\n",
                "content/empty/index.md", "---\ntitle: 空栏目\n---\n");
        BuildResult r = Builds.build(tmp);
        assertThat(Builds.errors(r)).isEmpty();
        assertThat(r.diagnostics()).extracting(Diagnostic::code).contains("render.empty-column");
        assertThat(tmp.resolve("site/404.html")).exists();
        assertThat(tmp.resolve("site/search.html")).exists();
    }
}
