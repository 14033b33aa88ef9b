package cn.gov.jinjiang.gksite.build;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An editor's ordinary day (issue 17), on fixture sites: what a web editor writes the natural way — text pasted
 * from Word — comes out as meant, or is reported at the .md line with the fix.
 */
class EditorSitesTest {

    private static String brief(Diagnostic d) {
        return d.code() + "@" + d.pos();
    }

    @Test
    void textPastedFromWordKeepsItsParagraphsAndASentenceEndWithoutBreakWarns(@TempDir Path dir) {
        Path site = TestSites.fixture("warn-markdown.line-break", dir);
        BuildResult r = Builds.build(site);
        assertThat(r.diagnostics())
                .extracting(EditorSitesTest::brief)
                .containsExactly("markdown.line-break@content/tz/a.md:10:1");
        String html = TestSites.read(site.resolve("site/tz/a.html"));
        assertThat(html)
                .contains("<p>各镇人民政府、街道办事处，市直有关单位：</p>\n<p>《晋江市城市道路临时占用管理办法》")
                .contains("<p>本办法自印发之日起施行，有效期五年。</p>")
                .doesNotContain("\u3000");
    }

    @Test
    void linksToMarkdownFilesLinkTheirPagesAndAreCheckedAtTheMarkdownLine(@TempDir Path dir) {
        Path site = TestSites.fixture("editor-md-links", dir.resolve("src"));
        BuildResult r = Builds.build(site);
        // #s9 does not exist on the page: reported where it was written, as a .md link.
        assertThat(Builds.errors(r))
                .extracting(EditorSitesTest::brief)
                .containsExactly("check.fragment-missing@content/ml/03/a.md:7:9");
        Path out = dir.resolve("out");
        BuildResult written = new Pipeline().run(new BuildRequest(site, out, false));
        assertThat(written.written()).isTrue();
        assertThat(TestSites.read(out.resolve("ml/03/a.html")))
                .contains("<a href=\"../02/jzb-2025-12.html\">通知</a>")
                .contains("<a href=\"../02/jzb-2025-12.html#s1\">第一节</a>")
                .contains("<a href=\"../02/\">本栏目</a>");
    }

    @Test
    void aTopicTypoNamesTheCategoryMeant(@TempDir Path dir) {
        List<Diagnostic> errors = Builds.errors(Builds.build(TestSites.fixture("invalid-content.topic", dir)));
        assertThat(errors.get(0).hint()).startsWith("是否想写“城乡建设管理”？").contains("法规规章和规范");
    }

    @Test
    void pagesOfAFolderWithoutIndexWarnOnceThatNoListReachesThem(@TempDir Path dir) {
        BuildResult r = Builds.build(TestSites.fixture("warn-content.unlisted", dir));
        assertThat(r.diagnostics())
                .extracting(EditorSitesTest::brief)
                .containsExactly("content.unlisted@content/tz/a.md:2:8");
        assertThat(r.diagnostics().get(0).message()).contains("content/tz/").contains("另外 1 个页面");
        assertThat(r.written()).isTrue();
    }

    @Test
    void aPageWithAnIndexNumberIsListedByTheCatalogueEvenWithoutAnIndexPage(@TempDir Path dir) {
        Path site = TestSites.fixture("warn-content.unlisted", dir);
        TestSites.write(site.resolve("content/tz/b.md"), "---\ntitle: 通知\n索引号: QZ06101-0240-2025-00001\n---\n\n正文。\n");
        TestSites.write(site.resolve("content/tz/a.md"), "---\ntitle: 通知\n索引号: QZ06101-0240-2025-00002\n---\n\n正文。\n");
        assertThat(Builds.build(site).diagnostics()).noneMatch(d -> d.code().equals("content.unlisted"));
    }
}
