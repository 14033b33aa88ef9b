package cn.gov.jinjiang.gksite.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.jinjiang.gksite.build.BuildRequest;
import cn.gov.jinjiang.gksite.build.BuildResult;
import cn.gov.jinjiang.gksite.build.Builds;
import cn.gov.jinjiang.gksite.build.Pipeline;
import cn.gov.jinjiang.gksite.config.Placeholders;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code gksite new site}'s files (issue 21): a new site builds with no error, and what it warns about is exactly
 * the placeholders it wrote (every mandatory footer value among them), which publish refuses; the 政府信息公开 column
 * with its menu; the editor settings and CI templates are well-formed.
 */
class SiteScaffoldTest {
    private static final List<String> PLACEHOLDER_CODES = List.of(Placeholders.CONFIG_CODE, Placeholders.CONTENT_CODE);

    @ParameterizedTest
    @EnumSource(SiteScaffold.BodyType.class)
    void aNewSiteBuildsWithOnlyItsPlaceholdersToWarnAbout(SiteScaffold.BodyType type, @TempDir Path dir) {
        Path site = NewSites.write(
                dir.resolve("site"), type == SiteScaffold.BodyType.TOWN ? null : "晋江市东石镇人民政府", type, null);
        BuildResult r = Builds.build(site);
        assertThat(Builds.errors(r)).isEmpty();
        assertThat(r.diagnostics()).extracting(Diagnostic::code).isNotEmpty().allMatch(PLACEHOLDER_CODES::contains);
        // Every placeholder written is one the checks find, once: the warnings are the placeholders, one for one (the
        // first ten of a file each, as the checks report them).
        long written = writtenPlaceholders(site);
        assertThat(r.diagnostics()).hasSize((int) written);
        for (String page : List.of(
                "index.html",
                "xxgk/zfxxgkzl/index.html",
                "xxgk/zfxxgkzl/zn/index.html",
                "xxgk/zfxxgkzl/ml/index.html",
                "xxgk/zfxxgkzl/zd/index.html",
                "xxgk/zfxxgkzl/ysqgk/index.html",
                "xxgk/zfxxgkzl/ndbg/index.html",
                "404.html",
                "css/site.css")) {
            assertThat(site.resolve("site").resolve(page)).as(page).isRegularFile();
        }
        String yaml = TestSites.read(site.resolve("site.yaml"));
        assertThat(yaml).contains("body_type: " + type.yaml());
        assertThat(TestSites.read(site.resolve("content/xxgk/zfxxgkzl/ndbg/index.md")))
                .contains(type == SiteScaffold.BodyType.GOVERNMENT ? "每年3月31日前" : "每年1月31日前");
    }

    @Test
    void everyMandatoryFooterValueIsAPlaceholderThatWarnsAtItsLineAndPublishRefuses(@TempDir Path dir) {
        Path site = NewSites.write(dir.resolve("site"));
        List<String> lines = TestSites.read(site.resolve("site.yaml")).lines().toList();
        BuildResult r = Builds.build(site);
        for (String key : List.of("host", "site_code", "icp", "police", "name", "base_url")) {
            int line = 0;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).strip().startsWith(key + ":")) {
                    line = i + 1;
                }
            }
            int at = line;
            assertThat(at).as(key).isPositive();
            assertThat(lines.get(at - 1)).as(key).contains(Placeholders.PENDING);
            assertThat(r.diagnostics())
                    .as(key)
                    .anyMatch(d -> d.code().equals(Placeholders.CONFIG_CODE)
                            && d.pos().file().equals("site.yaml")
                            && d.pos().line() == at);
        }
        BuildResult published = new Pipeline().run(new BuildRequest(site, dir.resolve("out"), true, false, true));
        assertThat(published.written()).isFalse();
        assertThat(Builds.errors(published))
                .isNotEmpty()
                .extracting(Diagnostic::code)
                .allMatch(PLACEHOLDER_CODES::contains);
    }

    @Test
    void theNameGivenIsTheSitesOrganisationAndHeader(@TempDir Path dir) {
        Path site = NewSites.write(dir.resolve("site"));
        assertThat(TestSites.read(site.resolve("site.yaml"))).contains("organisation: \"晋江市审计局\"");
        assertThat(Builds.errors(Builds.build(site))).isEmpty();
        assertThat(TestSites.read(site.resolve("site/index.html"))).contains("晋江市审计局");
    }

    @Test
    void aNameThatIsNotOneLineOfWordsIsRefused() {
        for (String bad : List.of(
                "a: b", "\"审计局", "审计局\n  evil: x", "<script>", "a#b", "", " ".repeat(3), "局".repeat(61), "审计局\u0000")) {
            assertThatThrownBy(() -> SiteScaffold.organisation(bad))
                    .as(bad)
                    .isInstanceOf(DiagnosticException.class)
                    .satisfies(e -> assertThat(((DiagnosticException) e)
                                    .diagnostics()
                                    .get(0)
                                    .code())
                            .isEqualTo("setup.org"));
        }
        assertThat(SiteScaffold.organisation(" 晋江市东石镇人民政府（街道） ")).isEqualTo("晋江市东石镇人民政府（街道）");
    }

    @Test
    void theColumnsMenuListsTheFiveColumns(@TempDir Path dir) {
        Path site = NewSites.write(dir.resolve("site"));
        Map<String, Object> menu = new Yaml().load(TestSites.read(site.resolve("content/xxgk/zfxxgkzl/menu.yaml")));
        @SuppressWarnings("unchecked")
        List<Map<String, String>> items = (List<Map<String, String>>) menu.get("items");
        assertThat(items)
                .extracting(i -> i.get("label"))
                .containsExactly("政府信息公开指南", "政府信息公开目录", "政府信息公开规定", "依申请公开", "政府信息公开年度报告");
        assertThat(items)
                .extracting(i -> i.get("url"))
                .containsExactly(
                        "/xxgk/zfxxgkzl/zn/",
                        "/xxgk/zfxxgkzl/ml/",
                        "/xxgk/zfxxgkzl/zd/",
                        "/xxgk/zfxxgkzl/ysqgk/",
                        "/xxgk/zfxxgkzl/ndbg/");
        assertThat(TestSites.read(site.resolve("content/xxgk/zfxxgkzl/ndbg/index.md")))
                .contains("layout: reports");
    }

    @Test
    void gitIgnoresTheOutputAndVsCodeGetsTheYamlExtensionAndTheSchemas(@TempDir Path dir) {
        Path site = NewSites.write(dir.resolve("site"));
        assertThat(TestSites.read(site.resolve(".gitignore")).lines()).contains("/site/", "/.gksite/");
        Map<String, Object> extensions = new Yaml().load(TestSites.read(site.resolve(".vscode/extensions.json")));
        assertThat(List.<Object>copyOf((List<?>) extensions.get("recommendations")))
                .containsExactly("redhat.vscode-yaml");
        Map<String, Object> settings = new Yaml().load(TestSites.read(site.resolve(".vscode/settings.json")));
        assertThat(settings.get("yaml.schemas"))
                .isEqualTo(Map.of(
                        "./.gksite/schemas/site.schema.json", "site.yaml",
                        "./.gksite/schemas/menu.schema.json", "**/menu.yaml",
                        "./.gksite/schemas/report-data.schema.json", "**/ndbg/**/data.yaml"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGitLabTemplateChecksEveryPushAndPublishesTheDefaultBranchWithTheDeployKey(@TempDir Path dir) {
        Path site =
                NewSites.write(dir.resolve("site"), "晋江市审计局", SiteScaffold.BodyType.DEPARTMENT, SiteScaffold.Ci.GITLAB);
        String text = TestSites.read(site.resolve(".gitlab-ci.yml"));
        Map<String, Object> ci = new Yaml().load(text);
        Map<String, Object> build = (Map<String, Object>) ci.get("build");
        Map<String, Object> publish = (Map<String, Object>) ci.get("publish");
        assertThat(build).doesNotContainKey("rules");
        assertThat(String.join("\n", (List<String>) build.get("script"))).contains("\"$GKSITE\" build");
        assertThat(publish.get("rules").toString()).contains("$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH");
        assertThat(String.join("\n", (List<String>) publish.get("script")))
                .contains("ssh-add \"$GKSITE_DEPLOY_KEY\"")
                .contains("\"$GKSITE\" publish")
                .contains("GKSITE_KNOWN_HOSTS");
        // Each variable it reads is explained in its comments.
        for (String variable :
                List.of("GKSITE_DEPLOY_KEY", "GKSITE_KNOWN_HOSTS", "GKSITE_TARGET", "GKSITE_HOME", "GKSITE_ZIP_URL")) {
            assertThat(text.lines().filter(l -> l.startsWith("#")).anyMatch(l -> l.contains(variable)))
                    .as(variable)
                    .isTrue();
        }
        assertThat(site.resolve(".github")).doesNotExist();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGitHubWorkflowChecksEveryPushAndPublishesTheDefaultBranchWithTheDeployKey(@TempDir Path dir) {
        Path site = NewSites.write(dir.resolve("site"), null, SiteScaffold.BodyType.GOVERNMENT, SiteScaffold.Ci.GITHUB);
        String text = TestSites.read(site.resolve(".github/workflows/gksite.yml"));
        Map<Object, Object> wf = new Yaml().load(text);
        // YAML 1.1 reads the key "on" as true
        assertThat(wf.get(Boolean.TRUE).toString()).contains("push");
        Map<String, Object> jobs = (Map<String, Object>) wf.get("jobs");
        Map<String, Object> publish = (Map<String, Object>) jobs.get("publish");
        assertThat(publish.get("needs")).isEqualTo("build");
        assertThat((String) publish.get("if")).contains("github.event.repository.default_branch");
        assertThat(text)
                .contains("${{ secrets.GKSITE_DEPLOY_KEY }}")
                .contains("${{ secrets.GKSITE_KNOWN_HOSTS }}")
                .contains("\"$GKSITE\" publish")
                .contains("\"$GKSITE\" build");
        assertThat(site.resolve(".gitlab-ci.yml")).doesNotExist();
    }

    /**
     * The placeholders of every file the scaffold wrote (YAML comments aside, as the checks read them), ten a file at
     * most.
     */
    private static long writtenPlaceholders(Path site) {
        try (Stream<Path> walk = Files.walk(site.resolve("content"))) {
            long content = walk.filter(Files::isRegularFile)
                    .mapToLong(p -> Math.min(
                            10,
                            Placeholders.find(TestSites.read(p), 1, p.toString().endsWith(".yaml"))
                                    .size()))
                    .sum();
            return content
                    + Math.min(
                            10,
                            Placeholders.find(TestSites.read(site.resolve("site.yaml")), 1, true)
                                    .size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
