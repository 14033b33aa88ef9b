package cn.gov.jinjiang.gksite.build;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.Severity;
import cn.gov.jinjiang.gksite.report.ReportScaffold;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drafts (issue 17): a build without drafts ({@code build}, {@code publish}) leaves every draft out, with every
 * problem in it, from every file it writes; {@code build --drafts} builds, checks and marks them.
 */
class DraftsTest {
    static final String NOTICE = "content/xxgk/zfxxgkzl/ml/02/draft-notice.md";
    private static final String NOTICE_TITLE = "草稿通知甲乙丙";
    private static final String REPORT_TITLE = "晋江市人民政府办公室2026年政府信息公开工作年度报告";

    static BuildResult build(Path site, boolean drafts) {
        return new Pipeline().run(new BuildRequest(site, null, true, drafts, false));
    }

    /**
     * The repository's site with a draft notice (in the catalogue, its own 主题分类) and {@code new report 2026}
     * ({@code balanced}: its figures made to add up, so a build with drafts passes). BrowserIT checks its pages.
     */
    static Path siteWithDrafts(Path dir, boolean balanced) {
        Path site = TestSites.repoSite(dir);
        // The draft's 主题分类 is one of the site's (content.topic), used by no other page.
        TestSites.write(
                site.resolve("site.yaml"),
                TestSites.read(site.resolve("site.yaml"))
                        .replace("    - 其他应主动公开的政府信息\n", "    - 其他应主动公开的政府信息\n    - 草稿专题\n"));
        TestSites.write(
                site.resolve(NOTICE),
                "---\ntitle: " + NOTICE_TITLE + "\ndraft: true\n索引号: QZ06101-0240-2025-09999\n"
                        + "主题分类: 草稿专题\n发布机构: 晋江市人民政府办公室\n成文日期: 2025-05-01\n发布日期: 2025-05-02\n---\n\n草稿正文。\n");
        SourceLayout layout = SourceLayout.of(site, null);
        var files = new ReportScaffold().scaffold(layout, 2026, "晋江市人民政府办公室", new Diagnostics());
        new ReportScaffold().write(layout, files);
        if (balanced) {
            Path data = files.dir().resolve("data.yaml");
            TestSites.write(
                    data,
                    TestSites.read(data).replace("  结转下年度: [0, 0, 0, 0, 0, 0, 0]", "  结转下年度: [1, 0, 0, 0, 0, 0, 1]"));
        }
        return site;
    }

    @Test
    void aBuildWithoutDraftsHasNoTraceOfThemInAnyFile(@TempDir Path dir) {
        Path site = siteWithDrafts(dir, false);
        BuildResult r = build(site, false);
        assertThat(Builds.errors(r)).isEmpty();
        assertThat(r.diagnostics())
                .noneMatch(d ->
                        d.pos().file().contains("/ndbg/2026/") || d.pos().file().equals(NOTICE));
        Map<String, byte[]> files = TestSites.snapshot(site.resolve("site"));
        assertThat(files.keySet())
                .noneMatch(p ->
                        p.contains("2026/") && p.contains("ndbg") || p.contains("draft-notice") || p.contains("草稿专题"));
        files.forEach((path, bytes) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(text)
                    .as(path)
                    .doesNotContain(NOTICE_TITLE)
                    .doesNotContain(REPORT_TITLE)
                    .doesNotContain("draft-notice")
                    .doesNotContain("ndbg/2026")
                    .doesNotContain("草稿专题");
        });
        assertThat(new String(files.get("xxgk/zfxxgkzl/ndbg/key-figures.csv"), StandardCharsets.UTF_8))
                .doesNotContain("2026");
        assertThat(r.drafts().leftOut())
                .containsEntry("xxgk/zfxxgkzl/ml/02/draft-notice.html", NOTICE)
                .containsKey("xxgk/zfxxgkzl/ndbg/2026/index.html");
    }

    @Test
    void aBuildWithDraftsShowsThemMarkedInEveryList(@TempDir Path dir) {
        Path site = siteWithDrafts(dir, true);
        BuildResult r = build(site, true);
        assertThat(Builds.errors(r)).isEmpty();
        assertThat(r.drafts().leftOut()).isEmpty();
        Path out = site.resolve("site");
        String notice = TestSites.read(out.resolve("xxgk/zfxxgkzl/ml/02/draft-notice.html"));
        assertThat(notice)
                .contains("<title>【草稿】" + NOTICE_TITLE)
                .contains("class=\"draft-banner\"")
                .contains("<strong class=\"draft-label\">草稿</strong>");
        String report = TestSites.read(out.resolve("xxgk/zfxxgkzl/ndbg/2026/index.html"));
        assertThat(report).contains("<title>【草稿】" + REPORT_TITLE).contains("class=\"draft-banner\"");
        String published = TestSites.read(out.resolve("xxgk/zfxxgkzl/ndbg/2025/index.html"));
        assertThat(published).doesNotContain("draft-banner").doesNotContain("【草稿】");
        // Lists: the column's list, the catalogue's lists by 主题分类 and year, the year list of reports and its
        // key figures, the search results, the feed and the sitemap all have the drafts, marked where people read.
        assertThat(draftEntry(out, "xxgk/zfxxgkzl/zt/草稿专题/index.html", NOTICE_TITLE))
                .contains("tag-draft");
        assertThat(draftEntry(out, "xxgk/zfxxgkzl/nf/2025/index.html", NOTICE_TITLE))
                .contains("tag-draft");
        assertThat(listEntries(out, "xxgk/zfxxgkzl/ml/02/", NOTICE_TITLE)).contains("tag-draft");
        assertThat(draftEntry(out, "xxgk/zfxxgkzl/ndbg/index.html", REPORT_TITLE))
                .contains("tag-draft");
        // Header labels carry <wbr> where they may wrap (render/LabelBreaks).
        assertThat(TestSites.read(out.resolve("xxgk/zfxxgkzl/ndbg/index.html")).replace("<wbr>", ""))
                .contains("2026年（草稿）");
        assertThat(TestSites.read(out.resolve("xxgk/zfxxgkzl/ndbg/key-figures.csv")))
                .contains("2026");
        assertThat(TestSites.snapshot(out.resolve("search")).values().stream()
                        .map(b -> new String(b, StandardCharsets.UTF_8)))
                .anyMatch(t -> t.contains("【草稿】" + NOTICE_TITLE));
        assertThat(TestSites.read(out.resolve("xxgk/zfxxgkzl/ml/02/atom.xml"))).contains("【草稿】" + NOTICE_TITLE);
        assertThat(TestSites.read(out.resolve("sitemap.xml")))
                .contains("draft-notice.html")
                .contains("ndbg/2026/");
    }

    /** The list item of {@code title} in the page at {@code path}. */
    private static String draftEntry(Path out, String path, String title) {
        String html = TestSites.read(out.resolve(path));
        int at = html.indexOf(title);
        assertThat(at).as("%s lists %s", path, title).isPositive();
        return html.substring(at, html.indexOf("</li>", at));
    }

    /** The list item of {@code title} on whichever page of a paginated list has it. */
    private static String listEntries(Path out, String folder, String title) {
        for (String page : List.of("index.html", "index_1.html", "index_2.html", "index_3.html")) {
            Path p = out.resolve(folder + page);
            if (Files.exists(p) && TestSites.read(p).contains(title)) {
                return draftEntry(out, folder + page, title);
            }
        }
        throw new AssertionError(folder + " does not list " + title);
    }

    @Test
    void aDraftsErrorsNeverFailABuildWithoutDraftsAndAreReportedWithThem(@TempDir Path dir) {
        Path site = TestSites.fixture("drafts-with-errors", dir);
        BuildResult without = build(site, false);
        assertThat(without.diagnostics())
                .as("no problem of a draft counts without drafts")
                .isEmpty();
        assertThat(without.written()).isTrue();
        assertThat(site.resolve("site/ndbg/2026")).doesNotExist();
        assertThat(site.resolve("site/ml/draft-html.html")).doesNotExist();
        assertThat(TestSites.read(site.resolve("site/ml/index.html")))
                .contains("已发布的文件")
                .doesNotContain("草稿");

        BuildResult with = build(site, true);
        assertThat(with.written()).isFalse();
        assertThat(Builds.errors(with))
                .extracting(d -> d.code() + " " + d.pos())
                .containsExactly(
                        "yaml.syntax content/ml/draft-yaml.md:3:6",
                        "content.filename content/ndbg/2026/a#b.pdf",
                        "report.R3 content/ndbg/2026/data.yaml:52:11",
                        "report.R3 content/ndbg/2026/data.yaml:52:29",
                        "yaml.syntax content/ndbg/2027/data.yaml:4:1");
        assertThat(with.diagnostics())
                .filteredOn(d -> d.code().equals("content.placeholder"))
                .extracting(d -> d.pos().toString())
                .containsExactly(
                        "content/ml/draft-html.md:6:1",
                        "content/ndbg/2026/index.md:14:1",
                        "content/ndbg/2026/index.md:18:1",
                        "content/ndbg/2026/index.md:22:1",
                        "content/ndbg/2027/index.md:9:1");
    }

    @Test
    void aDraftsMarkdownAndLinksAreCheckedOnlyWithDrafts(@TempDir Path dir) {
        Path site = TestSites.inline(
                dir,
                "content/index.md",
                "---\ntitle: 首页\n---\n\n首页。\n",
                "content/d.md",
                "---\ntitle: 草稿\ndraft: true\n---\n\n<script>alert(1)</script>\n");
        assertThat(build(site, false).diagnostics()).isEmpty();
        assertThat(Builds.errors(build(site, true)))
                .extracting(d -> d.code() + " " + d.pos())
                .containsExactly("markdown.raw-html content/d.md:6:1");
        TestSites.write(site.resolve("content/d.md"), "---\ntitle: 草稿\ndraft: true\n---\n\n[坏](/nowhere.html)\n");
        assertThat(build(site, false).diagnostics()).isEmpty();
        assertThat(Builds.errors(build(site, true)))
                .extracting(d -> d.code() + " " + d.pos())
                .containsExactly("check.link-broken content/d.md:6:5");
    }

    @Test
    void aLinkToADraftFolderOrHomePageSaysItIsADraft(@TempDir Path dir) {
        Path site = TestSites.inline(
                dir,
                "content/index.md",
                "---\ntitle: 首页\n---\n\n见[报告](/ndbg/2026/)。\n",
                "content/ndbg/2026/index.md",
                "---\ntitle: 2026年报告\ndraft: true\n---\n\n[附件](a.pdf)\n",
                "content/ndbg/2026/a.pdf",
                "附件\n",
                "content/b.md",
                "---\ntitle: 文件\n---\n\n[附件](ndbg/2026/a.pdf)\n");
        BuildResult r = build(site, false);
        assertThat(Builds.errors(r))
                .extracting(d -> d.code() + " " + d.pos())
                .containsExactly("check.link-draft content/b.md:5:6", "check.link-draft content/index.md:5:7");
        assertThat(Builds.errors(r).get(0).message())
                .contains("content/ndbg/2026/a.pdf")
                .contains("草稿");
        assertThat(Builds.errors(r).get(1).message())
                .contains("content/ndbg/2026/index.md")
                .contains("草稿");
        assertThat(Builds.errors(build(site, true))).isEmpty();

        // A draft home page is a draft on its own, not the whole site: every link to it says so.
        TestSites.write(site.resolve("content/index.md"), "---\ntitle: 首页\ndraft: true\n---\n\n首页。\n");
        BuildResult home = build(site, false);
        assertThat(home.pages()).isPositive();
        assertThat(Builds.errors(home))
                .allMatch(d -> d.code().equals("check.link-draft"))
                .filteredOn(d -> d.message().contains("content/index.md"))
                .hasSizeGreaterThan(1);
    }

    @Test
    void aDraftWhoseFrontMatterIsBrokenIsStillADraft(@TempDir Path dir) {
        Path site = TestSites.inline(
                dir,
                "content/index.md",
                "---\ntitle: 首页\n---\n\n首页。\n",
                "content/unclosed.md",
                "---\ntitle: 没有结束的头部\ndraft: true\n\n正文。\n",
                "content/colon/index.md",
                "---\ntitle: 栏目：全角冒号后\n文号：晋政办〔2025〕1号\ndraft: true\n---\n\n正文。\n",
                "content/colon/data.yaml",
                "a: [1\n");
        assertThat(build(site, false).diagnostics()).isEmpty();
        assertThat(Builds.errors(build(site, true)))
                .extracting(d -> d.code() + " " + d.pos().file())
                .contains("content.frontmatter-unclosed content/unclosed.md", "yaml.syntax content/colon/data.yaml");
        // Without the line, a broken page is no draft: its error counts.
        TestSites.write(site.resolve("content/unclosed.md"), "---\ntitle: 没有结束的头部\n\n正文。\n");
        assertThat(Builds.errors(build(site, false)))
                .extracting(Diagnostic::code)
                .containsExactly("content.frontmatter-unclosed");
    }

    @Test
    void aPublishedReportIsNeverComparedWithADraft(@TempDir Path dir) {
        // warn-report.R5: 2025's 上年结转 differs from 2024's 结转下年度 in two columns.
        Path site = TestSites.fixture("warn-report.R5", dir.resolve("a"));
        Path y2024 = site.resolve("content/ndbg/2024/index.md");
        TestSites.write(y2024, TestSites.read(y2024).replaceFirst("\n---\n", "\ndraft: true\n---\n"));
        assertThat(codes(build(site, true))).doesNotContain("report.R5");
        assertThat(codes(build(site, false))).doesNotContain("report.R5");

        // A draft is compared with the published report before it (that is what it must agree with).
        site = TestSites.fixture("warn-report.R5", dir.resolve("b"));
        Path y2025 = site.resolve("content/ndbg/2025/index.md");
        TestSites.write(y2025, TestSites.read(y2025).replaceFirst("\n---\n", "\ndraft: true\n---\n"));
        assertThat(build(site, true).diagnostics())
                .filteredOn(d -> d.code().equals("report.R5"))
                .hasSize(2)
                .allMatch(d -> d.severity() == Severity.WARNING);
        assertThat(codes(build(site, false))).doesNotContain("report.R5");
    }

    private static List<String> codes(BuildResult r) {
        return r.diagnostics().stream().map(Diagnostic::code).toList();
    }
}
