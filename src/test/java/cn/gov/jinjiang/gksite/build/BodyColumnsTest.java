package cn.gov.jinjiang.gksite.build;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.config.Bodies;
import cn.gov.jinjiang.gksite.config.Body;
import cn.gov.jinjiang.gksite.config.ConfigLoader;
import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.Severity;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every body of the sample site has its own column (issue 19): its folder's menu.yaml titled with its name on every
 * page of the folder, the breadcrumb 首页 › 信息公开 › 政府信息公开专栏 › 部门/镇街道 › body › page, its own lists by
 * 主题分类, 发布机构 and year over its own pages, while the 政府信息公开专栏's lists cover all bodies; and the search
 * index, the sitemap and the feeds reach every body's pages.
 */
class BodyColumnsTest {
    @TempDir
    static Path dir;

    private static Path site;
    private static Bodies bodies;

    @BeforeAll
    static void build() {
        site = TestSites.repoSite(dir);
        BuildResult r = Builds.build(site);
        assertThat(Builds.errors(r)).isEmpty();
        bodies = new ConfigLoader()
                .load(SourceLayout.of(site, null), new Diagnostics())
                .bodies();
    }

    private static Document page(String path) {
        return Jsoup.parse(TestSites.read(site.resolve("site").resolve(path)));
    }

    /** The output files of the pages in a body's folder of content/ (the .md files). */
    private static List<String> pagesOf(Body b) {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(site.resolve("content").resolve(b.folder()))) {
            s.filter(p -> p.toString().endsWith(".md")).forEach(p -> {
                String rel = site.resolve("content").relativize(p).toString();
                out.add(
                        rel.endsWith("index.md")
                                ? rel.substring(0, rel.length() - "index.md".length()) + "index.html"
                                : rel.substring(0, rel.length() - 3) + ".html");
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<Body> columns() {
        return bodies.listed().stream()
                .filter(b -> !b.kind().equals(Body.GOVERNMENT))
                .toList();
    }

    @Test
    void everyBodyHasTheFourColumnsAndItsOwnMenuOnEachOfItsPages() {
        assertThat(columns()).hasSize(4);
        for (Body b : columns()) {
            for (String col : List.of("zn/", "ml/", "ysqgk/", "ndbg/")) {
                assertThat(site.resolve("site/" + b.folder() + "/" + col + "index.html"))
                        .as(b.name() + " " + col)
                        .exists();
            }
            List<String> pages = pagesOf(b);
            assertThat(pages).hasSizeGreaterThanOrEqualTo(8);
            for (String p : pages) {
                Document d = page(p);
                assertThat(d.select("nav.side-menu .side-title").text()).as(p).isEqualTo(b.name());
                assertThat(d.select("nav.side-menu a").eachAttr("href"))
                        .as(p)
                        .contains("/" + b.folder() + "/zn/", "/" + b.folder() + "/ysqgk/", "/" + b.folder() + "/ndbg/");
            }
        }
        // the 专栏's own pages keep the 专栏's menu
        assertThat(page("xxgk/zfxxgkzl/ml/02/index.html")
                        .select("nav.side-menu .side-title")
                        .text())
                .isEqualTo("政府信息公开");
    }

    @Test
    void aBodysPageHasTheBreadcrumbThroughTheColumnAndItsKind() {
        assertThat(page("xxgk/zfxxgkzl/bmzfxxgk/sjj/zn/index.html")
                        .select("nav.breadcrumb a, nav.breadcrumb [aria-current]")
                        .eachText())
                .containsExactly("首页", "信息公开", "政府信息公开专栏", "部门政府信息公开", "审计局", "晋江市审计局政府信息公开指南");
        assertThat(page("xxgk/zfxxgkzl/zjdgk/12/ml/06/rjhj-2025.html")
                        .select("nav.breadcrumb a")
                        .eachText())
                .containsExactly("首页", "信息公开", "政府信息公开专栏", "镇街道政府信息公开", "东石镇", "政府信息公开目录", "城乡建设管理");
        // a body's generated lists too: the column's whole trail, then the list
        assertThat(page("xxgk/zfxxgkzl/bmzfxxgk/sjj/zt/机构设置/index.html")
                        .select("nav.breadcrumb a")
                        .eachText())
                .containsExactly("首页", "信息公开", "政府信息公开专栏", "部门政府信息公开", "审计局", "按主题分类");
    }

    @Test
    void aBodysListsHoldItsOwnPagesAndTheCentralListsHoldEveryBodys() {
        assertThat(page("xxgk/zfxxgkzl/bmzfxxgk/sjj/jg/index.html")
                        .select("main ul.doc-list a")
                        .eachText())
                .containsExactly("晋江市审计局（3）");
        assertThat(page("xxgk/zfxxgkzl/zjdgk/12/jg/index.html")
                        .select("main ul.doc-list a")
                        .eachText())
                .containsExactly("晋江市东石镇人民政府（3）");
        assertThat(page("xxgk/zfxxgkzl/bmzfxxgk/sjj/zt/index.html")
                        .select("main ul.doc-list a")
                        .eachText())
                .containsExactly("其他应主动公开的政府信息（1）", "机构设置（1）");
        assertThat(page("xxgk/zfxxgkzl/bmzfxxgk/sjj/nf/2026/index.html")
                        .select("main ul.doc-list a")
                        .eachAttr("href"))
                .containsExactly("/xxgk/zfxxgkzl/bmzfxxgk/sjj/ndbg/2025/");
        assertThat(page("xxgk/zfxxgkzl/jg/index.html")
                        .select("main ul.doc-list a")
                        .eachText())
                .anyMatch(t -> t.startsWith("晋江市人民政府办公室（"))
                .contains("晋江市审计局（3）", "晋江市东石镇人民政府（3）");
        // the 专栏's 机构设置 list has both bodies' 机构设置 pages, the 审计局's only its own
        assertThat(page("xxgk/zfxxgkzl/zt/机构设置/index.html")
                        .select("main ul.doc-list a")
                        .eachAttr("href"))
                .containsExactlyInAnyOrder(
                        "/xxgk/zfxxgkzl/bmzfxxgk/sjj/ml/01/jgzn.html", "/xxgk/zfxxgkzl/zjdgk/12/ml/01/jgzn.html");
        assertThat(page("xxgk/zfxxgkzl/bmzfxxgk/sjj/zt/机构设置/index.html")
                        .select("main ul.doc-list a")
                        .eachAttr("href"))
                .containsExactly("/xxgk/zfxxgkzl/bmzfxxgk/sjj/ml/01/jgzn.html");
    }

    @Test
    void searchSitemapAndFeedsReachEveryBodysPages() {
        String sitemap = TestSites.read(site.resolve("site/sitemap.xml"));
        StringBuilder search = new StringBuilder();
        try (Stream<Path> s = Files.list(site.resolve("site/search"))) {
            s.filter(p -> p.getFileName().toString().startsWith("docs-"))
                    .sorted()
                    .forEach(p -> search.append(TestSites.read(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Body b : bodies.listed()) {
            List<String> pages = pagesOf(b);
            assertThat(pages).as(b.name()).isNotEmpty();
            for (String p : pages) {
                String url = "/" + (p.endsWith("/index.html") ? p.substring(0, p.length() - "index.html".length()) : p);
                assertThat(search.toString()).as("search: " + url).contains("\"" + url + "\"");
                assertThat(sitemap).as("sitemap: " + url).contains("<loc>http://www.jinjiang.gov.cn" + url + "</loc>");
            }
        }
        // each department's and town's folder has its feed of its latest pages (the 专栏's holds every body's)
        for (Body b : columns()) {
            String feed = TestSites.read(site.resolve("site/" + b.folder() + "/atom.xml"));
            for (String col : List.of("ndbg/2025/", "zn/")) {
                assertThat(feed)
                        .as(b.name() + " " + col)
                        .contains("href=\"http://www.jinjiang.gov.cn/" + b.folder() + "/" + col + "\"");
            }
        }
    }

    @Test
    void aPublisherThatIsNotThePagesBodyIsAWarningNamingTheBody(@TempDir Path other) {
        Path fixture = TestSites.fixture("warn-content.publisher-body", other);
        BuildResult r = Builds.build(fixture);
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.pos()).hasToString("content/bm/sjj/a.md:5:7");
            assertThat(d.message())
                    .startsWith("发布机构“测试市人民政府办公室”")
                    .contains("这是“测试市人民政府办公室”（bm）的名称", "“测试市审计局”的目录 bm/sjj");
            assertThat(d.hint()).contains("发布机构应写作“测试市审计局”或其别名 测试县审计局", "aliases");
        });
        // the alias (c.md), a page without 索引号 (d.md) and the 市政府办公室's own page (e.md) pass; so does a
        // fixed page
        TestSites.write(
                fixture.resolve("content/bm/sjj/a.md"),
                TestSites.read(fixture.resolve("content/bm/sjj/a.md")).replace("发布机构: 测试市人民政府办公室", "发布机构: 测试市审计局"));
        assertThat(Builds.build(fixture).diagnostics()).isEmpty();
    }
}
