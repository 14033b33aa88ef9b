package cn.gov.jinjiang.gksite.build;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.output.OutputWriter;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A broken template is reported at the template, line and column that hold the mistake, not at the parent
 * template Pebble names for a child's block, and not without a line when a referenced template is missing.
 */
class TemplateErrorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '#',
            value = {
                "unknown filter      # <h1>{{ page.title | nosuchfilter }}</h1> # render.template          # 4 # 21",
                "unknown variable    # <p>{{ page.nosuch }}</p>                    # render.template          # 4 # 12",
                "unknown macro       # <p>{{ nosuchmacro(page) }}</p>              # render.template          # 4 # 7",
                "missing include     # {% include \"nosuch.peb\" %}                # render.template-missing  # 4 # 13",
                "syntax error        # {% if page.title %}                         # render.template          # 5 # 0",
                "filter argument     # <p>{{ page.title | date(\"x\") }}</p>    # render.template          # 0 # 0",
                "recursive include   # {% include \"page.peb\" %}                # render.template          # 0 # 0",
            })
    void aTemplateMistakeIsReportedWhereItIs(
            String what, String line, String code, int row, int column, @TempDir Path dir) {
        TestSites.inline(
                dir,
                "content/index.md",
                "---\ntitle: 首页\n---\n\n首页。\n",
                "content/a.md",
                "---\ntitle: 页面\n---\n\n正文。\n",
                "site.yaml",
                TestSites.SITE_YAML + "theme: t\n",
                "themes/t/templates/page.peb",
                "{% extends \"base.peb\" %}\n{% block content %}\n\n" + line.replace("|", "|") + "\n{% endblock %}\n");
        List<Diagnostic> errors = Builds.errors(Builds.build(dir));
        assertThat(errors).as(what).extracting(Diagnostic::code).containsExactly(code);
        Diagnostic d = errors.get(0);
        assertThat(d.pos().file()).as(what).isEqualTo("themes/t/templates/page.peb");
        assertThat(d.pos().line()).as(what).isEqualTo(row);
        assertThat(d.pos().column()).as(what).isEqualTo(column);
        assertThat(d.message()).as(what).doesNotContain("null").matches("(?s)[^\\p{Cntrl}]*");
    }

    @Test
    void aMissingThemeIsReportedAtTheThemeLineOfSiteYaml(@TempDir Path dir) {
        TestSites.inline(
                dir,
                "content/index.md",
                "---\ntitle: 首页\n---\n\n首页。\n",
                "site.yaml",
                TestSites.SITE_YAML + "theme: nosuch\n");
        OutputWriter.deleteTree(dir.resolve("themes"));
        List<Diagnostic> errors = Builds.errors(Builds.build(dir));
        assertThat(errors).extracting(Diagnostic::code).containsExactly("render.theme-missing");
        assertThat(errors.get(0).pos()).hasToString("site.yaml:9:8");
    }

    /** A typo in theme: with the default theme present is an error too, not a silent build with the default. */
    @Test
    void aMisspeltThemeIsReportedEvenWhenTheDefaultThemeIsThere(@TempDir Path dir) {
        TestSites.inline(
                dir,
                "content/index.md",
                "---\ntitle: 首页\n---\n\n首页。\n",
                "site.yaml",
                TestSites.SITE_YAML + "theme: portl\n");
        assertThat(dir.resolve("themes/portal")).isDirectory();
        List<Diagnostic> errors = Builds.errors(Builds.build(dir));
        assertThat(errors).extracting(Diagnostic::code).containsExactly("render.theme-missing");
        assertThat(errors.get(0).pos()).hasToString("site.yaml:9:8");
    }
}
