package cn.gov.jinjiang.gksite.build;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.output.OutputManifest;
import cn.gov.jinjiang.gksite.output.OutputWriter;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal theme inside gksite (issue 21): a site without themes/ builds with it, exactly as the repository's
 * own site builds with its themes/portal/ (the one source of the built-in theme); a site overrides it file by
 * file, and an overridden template changes only the pages rendered with it; the built-in files are named
 * {@code 内置主题/…} in diagnostics.
 */
class BuiltinThemeTest {

    /** The repository's site with its themes/ removed: only the built-in theme is left. */
    private static Path siteWithoutThemes(Path dir) {
        Path site = TestSites.repoSite(dir);
        OutputWriter.deleteTree(site.resolve("themes"));
        return site;
    }

    private static Map<String, byte[]> built(Path site) {
        BuildResult r = Builds.build(site);
        assertThat(Builds.errors(r)).isEmpty();
        return TestSites.snapshot(site.resolve("site"));
    }

    /** Output paths whose bytes differ between two builds (or exist in one only). */
    private static Set<String> changed(Map<String, byte[]> a, Map<String, byte[]> b) {
        Set<String> all = new TreeSet<>(a.keySet());
        all.addAll(b.keySet());
        return all.stream()
                .filter(p -> !a.containsKey(p) || !b.containsKey(p) || !Arrays.equals(a.get(p), b.get(p)))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void aSiteWithoutThemesBuildsWithTheBuiltInThemeExactlyAsWithTheRepositorysTheme(@TempDir Path dir) {
        Map<String, byte[]> withThemes = built(TestSites.repoSite(dir.resolve("with")));
        Map<String, byte[]> builtIn = built(siteWithoutThemes(dir.resolve("without")));
        assertThat(builtIn).containsKeys("index.html", "css/site.css", "css/print.css", "js/site.js", "img/emblem.svg");
        assertThat(changed(withThemes, builtIn)).isEmpty();
    }

    @Test
    void overridingOneTemplateChangesOnlyThePagesRenderedWithIt(@TempDir Path dir) {
        Path site = siteWithoutThemes(dir.resolve("s"));
        Map<String, byte[]> before = built(site);
        String page = TestSites.read(TestSites.REPO.resolve("themes/portal/templates/page.peb"));
        TestSites.write(
                site.resolve("themes/portal/templates/page.peb"),
                page.replace("{% block content %}", "{% block content %}<p class=\"local-note\">本站说明</p>"));
        BuildResult r = Builds.build(site);
        assertThat(Builds.errors(r)).isEmpty();
        Map<String, byte[]> after = TestSites.snapshot(site.resolve("site"));

        Set<String> withPage = r.manifest().entries().stream()
                .filter(e -> e.template().equals("page.peb"))
                .map(OutputManifest.Entry::path)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(withPage).hasSizeGreaterThan(5);
        assertThat(changed(before, after)).isEqualTo(withPage);
        withPage.forEach(p -> assertThat(new String(after.get(p), StandardCharsets.UTF_8))
                .as(p)
                .contains("<p class=\"local-note\">本站说明</p>"));
    }

    @Test
    void aStaticFileOfTheSiteReplacesTheBuiltInOneAndNothingElse(@TempDir Path dir) {
        Path site = siteWithoutThemes(dir.resolve("s"));
        Map<String, byte[]> before = built(site);
        TestSites.write(site.resolve("themes/portal/static/css/print.css"), "body { color: black; }\n");
        Map<String, byte[]> after = built(site);
        assertThat(changed(before, after)).containsExactly("css/print.css");
        assertThat(after.get("css/print.css")).isEqualTo("body { color: black; }\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aThemeOfItsOwnFallsBackToTheBuiltInTheme(@TempDir Path dir) {
        Path site = siteWithoutThemes(dir.resolve("s"));
        Map<String, byte[]> before = built(site);
        TestSites.write(
                site.resolve("site.yaml"),
                TestSites.read(site.resolve("site.yaml")).replace("theme: portal", "theme: jinjiang"));
        TestSites.write(site.resolve("themes/jinjiang/static/css/print.css"), "body { color: black; }\n");
        Map<String, byte[]> after = built(site);
        assertThat(changed(before, after)).containsExactly("css/print.css");
    }

    /**
     * A site's template that breaks what a built-in template relies on: the error is at the built-in file, so named.
     */
    @Test
    void aBuiltInTemplateIsNamedAsBuiltInInDiagnostics(@TempDir Path dir) {
        Path site = siteWithoutThemes(dir.resolve("s"));
        TestSites.write(site.resolve("themes/portal/templates/macros.peb"), "{% macro other() %}{% endmacro %}\n");
        List<Diagnostic> errors = Builds.errors(Builds.build(site));
        assertThat(errors).isNotEmpty().allSatisfy(d -> assertThat(d.code()).isEqualTo("render.template"));
        assertThat(errors)
                .extracting(d -> d.pos().file())
                .contains("内置主题/templates/library.peb", "内置主题/templates/report.peb")
                .allSatisfy(f -> assertThat(f).startsWith("内置主题/templates/"));
        assertThat(site.resolve("site")).doesNotExist();
    }
}
