package cn.gov.jinjiang.gksite.build;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each invalid fixture site under src/test/resources/sites/invalid-&lt;code&gt;/ produces exactly one
 * error: that code, at that file, line and column. Nothing is written.
 */
class InvalidSitesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "invalid-yaml.syntax,           yaml.syntax,           content/xxgk/index.md,                 3, 9",
        "invalid-content.title-missing, content.title-missing, content/xxgk/index.md,                 1, 1",
        "invalid-render.layout-unknown, render.layout-unknown, content/xxgk/index.md,                 3, 9",
        "invalid-render.template,       render.template,       themes/broken/templates/page.peb,      3, 21",
        "invalid-report.data-syntax,    yaml.syntax,           content/ndbg/2025/data.yaml,           4, 6",
        // 本年新收's 总计 is 21 where its columns add up to 20: R1 only, not also R3 "结转下年度应为 2" (issue 17).
        "invalid-report.R1,             report.R1,             content/ndbg/2025/data.yaml,          23, 29",
        // Full-width punctuation, named at its own sign (issue 17): not "缺少冒号" a line later, not four follow-ons.
        "invalid-yaml.full-width,        yaml.full-width,      content/ml/a.md,                       3, 3",
        "invalid-report.full-width-colon, yaml.full-width,     content/ndbg/2025/data.yaml,          23, 7",
        "invalid-report.full-width-comma, yaml.full-width,     content/ndbg/2025/data.yaml,          23, 12",
        // An empty cell ", ," is a blank cell like any other, at the gap: not a parser message.
        "invalid-report.R8,              report.R8,             content/ndbg/2025/data.yaml,          23, 13",
        // Links written the natural way (issue 17): an address with spaces, an image without alt text, at the .md line.
        "invalid-markdown.link-space,    markdown.link-space,   content/ml/03/a.md,                    7, 7",
        "invalid-check.img-alt,          check.img-alt,         content/ml/03/a.md,                    7, 1",
        // Silent structure mistakes (issue 17): a 主题分类 not among the portal's, a skipped heading level at its .md line.
        "invalid-content.topic,          content.topic,         content/ml/a.md,                       4, 7",
        "invalid-check.heading-skip,     check.heading-skip,    content/tz/a.md,                       7, 1",
        "invalid-report.R14,            report.R14,            content/ndbg/2025/index.md,           13, 1",
        "invalid-report.ack.misplaced,  report.ack.misplaced,  content/ndbg/2025/ack.yaml,            2, 5",
        "invalid-report.ack.invalid,    report.ack.invalid,    content/ndbg/2025/ack.yaml,            6, 10",
        "invalid-config.footer-missing, config.footer-missing, site.yaml,                             4, 1",
        "invalid-content.index-no-duplicate, content.index-no-duplicate, content/ml/b.md,          4, 6",
        "invalid-content.index-no,       content.index-no,      content/ml/a.md,                       4, 6",
        "invalid-content.index-no-year,  content.index-no-year, content/ml/a.md,                       4, 6",
        // a department's page numbered with the government's 机构代码 (b.md, with its own, is fine)
        "invalid-content.index-no-body,  content.index-no-body, content/bm/sjj/a.md,                   4, 6",
        "invalid-content.doc-no,         content.doc-no,        content/ml/a.md,                       4, 5",
        "invalid-content.date-future,    content.date-future,   content/ml/a.md,                       4, 7",
        "invalid-content.validity,       content.validity,      content/ml/a.md,                       4, 6",
        "invalid-content.interprets-unknown, content.interprets-unknown, content/ml/a.md,              3, 5",
        "invalid-content.replaces-unknown, content.replaces-unknown, content/ml/a.md,                  4, 5",
        "invalid-output.conflict,        output.conflict,       content/other/c.md,                    3, 6",
        "invalid-output.conflict-theme-file, output.conflict,   content/other/c.md,                    3, 6",
        "invalid-output.conflict-sitemap, output.conflict,      content/other/c.md,                    3, 6",
        "invalid-output.conflict-404,    output.conflict,       content/other/c.md,                    3, 6",
        "invalid-output.conflict-folder, output.conflict,       content/other/c.md,                    3, 6",
        "invalid-output.conflict-in-file, output.conflict,      content/other/c.md,                    3, 6",
        "invalid-output.conflict-search, output.conflict,       content/other/c.md,                    3, 6",
        "invalid-content.url,            content.url,           content/other/c.md,                    3, 6",
        "invalid-content.filename,       content.filename,      content/other/a#b.md,                  0, 0",
        "invalid-yaml.duplicate-key,      yaml.duplicate-key,    content/xxgk/index.md,                 4, 1",
        "invalid-yaml.duplicate-key-site, yaml.duplicate-key,    site.yaml,                             9, 3",
        "invalid-yaml.duplicate-key-menu, yaml.duplicate-key,    content/xxgk/menu.yaml,                5, 5",
        "invalid-yaml.duplicate-key-data, yaml.duplicate-key,    content/ndbg/2025/data.yaml,          17, 3",
        "invalid-check.link-draft,       check.link-draft,      content/a.md,                          5, 15",
    })
    void fixtureReportsExactlyItsError(
            String fixture, String code, String file, int line, int column, @TempDir Path dir) {
        BuildResult r = Builds.build(TestSites.fixture(fixture, dir));
        List<Diagnostic> errors = Builds.errors(r);
        assertThat(errors).hasSize(1);
        Diagnostic d = errors.get(0);
        assertThat(d.code()).isEqualTo(code);
        assertThat(d.pos().file()).isEqualTo(file);
        assertThat(d.pos().line()).isEqualTo(line);
        assertThat(d.pos().column()).isEqualTo(column);
        assertThat(d.message()).isNotBlank();
        assertThat(r.written()).isFalse();
        assertThat(dir.resolve("site")).doesNotExist();
    }

    @Test
    void gbkFileIsRefusedWithTheLineOfItsFirstChineseCharacter(@TempDir Path dir) {
        TestSites.inline(dir, "content/index.md", "---\ntitle: 首页\n---\n\n首页。\n");
        String text = "---\ntitle: GBK\n---\n\nabc 政府信息公开\n";
        TestSites.write(dir.resolve("content/gbk.md"), text.getBytes(Charset.forName("GBK")));
        List<Diagnostic> errors = Builds.errors(Builds.build(dir));
        assertThat(errors).hasSize(1);
        Diagnostic d = errors.get(0);
        assertThat(d.code()).isEqualTo("content.encoding");
        assertThat(d.pos().file()).isEqualTo("content/gbk.md");
        assertThat(d.pos().line()).isEqualTo(5);
        assertThat(d.pos().column()).isEqualTo(5);
        assertThat(d.message()).contains("GBK");
    }

    @Test
    void gbkSiteYamlIsRefusedAtItsFirstChineseCharacter(@TempDir Path dir) {
        TestSites.inline(dir, "content/index.md", "---\ntitle: 首页\n---\n\n首页。\n");
        TestSites.write(dir.resolve("site.yaml"), TestSites.SITE_YAML.getBytes(Charset.forName("GBK")));
        List<Diagnostic> errors = Builds.errors(Builds.build(dir));
        assertThat(errors).extracting(Diagnostic::code).contains("content.encoding");
        Diagnostic d = errors.stream()
                .filter(x -> x.code().equals("content.encoding"))
                .findFirst()
                .orElseThrow();
        assertThat(d.pos()).hasToString("site.yaml:2:9");
    }

    @Test
    void bomAndCrlfAreAcceptedAndLinesStayRight(@TempDir Path dir) {
        TestSites.inline(dir, "content/index.md", "---\ntitle: 首页\n---\n\n首页。\n");
        String text = "\uFEFF---\r\ntitle: 页面\r\nlayout: nosuch\r\n---\r\n\r\n正文\r\n";
        TestSites.write(dir.resolve("content/win.md"), text);
        List<Diagnostic> errors = Builds.errors(Builds.build(dir));
        assertThat(errors).extracting(Diagnostic::code).containsExactly("render.layout-unknown");
        assertThat(errors.get(0).pos().line()).isEqualTo(3);
    }

    @Test
    void blankFooterValueFailsAtItsLineAndPlaceholdersOnlyWarn(@TempDir Path dir) {
        TestSites.inline(dir, "content/index.md", "---\ntitle: 首页\n---\n\n首页。\n", "site.yaml", """
                site:
                  name: 测试站点
                  base_url: http://www.example.gov.cn/
                footer:
                  host: 测试单位
                  site_code: 待填写：网站标识码
                  icp: ""
                  police: 测公网安备00000000000000号
                """);
        BuildResult r = Builds.build(dir);
        List<Diagnostic> errors = Builds.errors(r);
        assertThat(errors).extracting(Diagnostic::code).containsExactly("config.footer-missing");
        assertThat(errors.get(0).pos().line()).isEqualTo(7);
        assertThat(errors.get(0).message()).contains("footer.icp");
        assertThat(r.diagnostics())
                .anyMatch(d -> d.code().equals("config.placeholder")
                        && !d.isError()
                        && d.pos().toString().equals("site.yaml:6:14"));
    }
}
