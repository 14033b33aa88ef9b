package cn.gov.jinjiang.gksite.build;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.Severity;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One fixture site per diagnostic code that InvalidSitesTest, ReportErrorSitesTest and ReportRulesTest do not
 * already cover (DiagnosticCodesTest asks every code for one): the build reports that code once and nothing
 * else, with that severity, at that file, line and column. An error writes nothing; a warning still builds.
 * The check.* fixtures whose markup Markdown cannot write (no raw HTML gets through the policy) bring a small
 * theme of their own; those codes point into the output page, as the checker reports any template's markup.
 */
class SiteFixturesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        invalid-check.link-broken            | check.link-broken            | ERROR   | content/a.md                    |  5 | 15
        invalid-check.fragment-missing       | check.fragment-missing       | ERROR   | content/a.md                    |  7 |  8
        invalid-check.mailto                 | check.mailto                 | ERROR   | content/a.md                    |  5 | 10
        invalid-check.tel                    | check.tel                    | ERROR   | content/a.md                    |  5 | 12
        invalid-check.link-empty             | check.link-empty             | ERROR   | site/a.html                     | 68 | 11
        invalid-check.link-text-empty        | check.link-text-empty        | ERROR   | site/a.html                     | 68 | 11
        invalid-check.h1                     | check.h1                     | ERROR   | site/a.html                     | 68 |  1
        invalid-check.heading-skip-md        | check.heading-skip           | ERROR   | content/a.md                    |  9 |  1
        invalid-check.duplicate-id           | check.duplicate-id           | ERROR   | site/a.html                     | 70 |  1
        invalid-check.link-javascript        | check.link-javascript        | ERROR   | site/a.html                     | 66 |  4
        invalid-check.img-alt-theme          | check.img-alt                | ERROR   | site/a.html                     | 66 |  4
        invalid-check.iframe-title           | check.iframe-title           | ERROR   | site/a.html                     | 66 |  1
        invalid-check.table-th               | check.table-th               | ERROR   | site/a.html                     | 66 |  1
        invalid-check.lang                   | check.lang                   | ERROR   | site/a.html                     |  1 |  1
        invalid-check.encoding               | check.encoding               | ERROR   | site/old.html                   |  1 |  1
        invalid-config.body-duplicate        | config.body-duplicate        | ERROR   | site.yaml                       | 11 | 10
        invalid-config.body-folder           | config.body-folder           | ERROR   | site.yaml                       | 13 | 13
        invalid-config.body-folder-overlap   | config.body-folder           | ERROR   | site.yaml                       | 11 | 55
        invalid-config.body-type-kind        | config.body-type             | ERROR   | site.yaml                       | 10 | 43
        invalid-config.missing               | config.missing               | ERROR   | site.yaml                       |  0 |  0
        invalid-config.base-url              | config.base-url              | ERROR   | site.yaml                       |  3 | 13
        invalid-config.body-type             | config.body-type             | ERROR   | site.yaml                       |  4 | 14
        invalid-config.required              | config.required              | ERROR   | site.yaml                       |  1 |  1
        invalid-config.severity              | config.severity              | ERROR   | site.yaml                       | 10 | 18
        invalid-config.type                  | config.type                  | ERROR   | site.yaml                       |  9 |  8
        invalid-config.url-scheme            | config.url-scheme            | ERROR   | site.yaml                       | 11 | 10
        warn-config.unknown-key              | config.unknown-key           | WARNING | site.yaml                       |  9 |  1
        warn-config.placeholder              | config.placeholder           | WARNING | site.yaml                       |  6 | 14
        invalid-content.type                 | content.type                 | ERROR   | content/a.md                    |  3 |  7
        invalid-content.frontmatter-unclosed | content.frontmatter-unclosed | ERROR   | content/a.md                    |  1 |  1
        invalid-content.url-duplicate        | content.url-duplicate        | ERROR   | content/b.md                    |  3 |  6
        warn-content.unknown-key             | content.unknown-key          | WARNING | content/a.md                    |  3 |  1
        warn-content.publisher-body          | content.publisher-body       | WARNING | content/bm/sjj/a.md             |  5 |  7
        invalid-markdown.raw-html            | markdown.raw-html            | ERROR   | content/a.md                    |  7 |  1
        invalid-markdown.attribute           | markdown.attribute           | ERROR   | content/a.md                    |  5 |  7
        invalid-markdown.url-scheme          | markdown.url-scheme          | ERROR   | content/a.md                    |  5 | 11
        invalid-render.menu.required         | render.menu.required         | ERROR   | content/tz/menu.yaml            |  3 |  5
        invalid-render.menu.type             | render.menu.type             | ERROR   | content/tz/menu.yaml            |  2 |  8
        invalid-render.menu.url-scheme       | render.menu.url-scheme       | ERROR   | content/tz/menu.yaml            |  4 | 10
        warn-render.menu.unknown-key         | render.menu.unknown-key      | WARNING | content/tz/menu.yaml            |  5 |  5
        invalid-render.template-missing      | render.template-missing      | ERROR   | themes/local/templates/page.peb |  3 | 13
        warn-render.empty-column             | render.empty-column          | WARNING | content/tz/index.md             |  2 |  8
        invalid-report.year                  | report.year                  | ERROR   | content/ndbg/latest/index.md    |  3 |  9
        invalid-content.missing              | content.missing              | ERROR   | content                         |  0 |  0
        invalid-report.data-missing          | report.data-missing          | ERROR   | content/ndbg/2025/index.md      |  3 |  9
        """)
    void fixtureReportsOnlyItsCode(
            String fixture, String code, Severity severity, String file, int line, int column, @TempDir Path dir) {
        List<Diagnostic> found;
        boolean written;
        try {
            BuildResult r = Builds.build(TestSites.fixture(fixture, dir));
            found = r.diagnostics();
            written = r.written();
        } catch (DiagnosticException e) {
            // a site the build cannot start on (no site.yaml)
            found = e.diagnostics();
            written = false;
        }
        assertThat(found).extracting(Diagnostic::code).containsExactly(code);
        Diagnostic d = found.get(0);
        assertThat(d.severity()).isEqualTo(severity);
        assertThat(d.pos().file()).isEqualTo(file);
        assertThat(d.pos().line()).isEqualTo(line);
        assertThat(d.pos().column()).isEqualTo(column);
        assertThat(d.message()).isNotBlank();
        assertThat(written).isEqualTo(severity != Severity.ERROR);
        assertThat(dir.resolve("site").toFile().exists()).isEqualTo(written);
    }
}
