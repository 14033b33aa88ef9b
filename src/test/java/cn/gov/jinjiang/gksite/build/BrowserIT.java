package cn.gov.jinjiang.gksite.build;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.testing.StaticSiteServer;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * Every page of the sample site (with a draft notice and a draft report, built with drafts, so the draft banner
 * and the 草稿 marks in lists are checked too) in headless Chromium: axe-core (WCAG 2.0 and 2.1, A and AA) with no
 * violation (plus axe's structure rules: one h1, heading order, landmarks), and the Nu HTML Checker with no
 * error, at 1280 px and 375 px, each also in 长者模式, and without JavaScript; plus the
 * checks of src/test/browser/check.mjs that axe cannot make (no request leaves the site, reflow at 320 px
 * with text spacing, 长者模式 and 字号 persist, keyboard skip link, print stylesheet).
 *
 * <p>Needs node, /usr/bin/chromium and {@code npm ci --ignore-scripts} in src/test/browser ({@code bash .ci/run}
 * does all three). Without them the test fails and says what is missing; {@code -Dgksite.browser.skip=true}
 * skips it deliberately.
 */
class BrowserIT {
    static final Path BROWSER = TestSites.REPO.resolve("src/test/browser");
    static final Path CHROMIUM = Path.of(System.getProperty("gksite.chromium", "/usr/bin/chromium"));

    @TempDir
    static Path dir;
    static StaticSiteServer server;
    static Path site;
    static Path out;
    static Map<String, Object> result;
    static List<String> pages;

    @BeforeAll
    static void run() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(Boolean.getBoolean("gksite.browser.skip"),
                "browser checks skipped with -Dgksite.browser.skip=true");
        assertThat(BROWSER.resolve("node_modules/playwright-core")).as(
                "browser test tools missing: run `bash .ci/run`, or `npm ci --ignore-scripts` in src/test/browser").exists();
        assertThat(CHROMIUM).as("headless Chromium missing: run `bash .ci/run` or `apt-get install chromium`").exists();

        // With a draft notice and a draft report, built with drafts: the draft marking is checked too.
        Path src = DraftsTest.siteWithDrafts(dir.resolve("src"), true);
        BuildResult r = new Pipeline().run(new BuildRequest(src, null, true, true, false));
        assertThat(Builds.errors(r)).isEmpty();
        site = src.resolve("site");
        out = dir.resolve("browser");
        Files.createDirectories(out);

        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".html")).sorted()
                    .map(p -> "/" + (p.equals("index.html") || p.endsWith("/index.html") ? p.substring(0, p.length() - 10) : p))
                    .toList();
        }
        Files.writeString(out.resolve("pages.json"), pages.stream().map(p -> "\"" + p + "\"")
                .collect(Collectors.joining(",", "[", "]")), StandardCharsets.UTF_8);

        server = new StaticSiteServer(site);
        String base = server.base();

        Process node = new ProcessBuilder("node", BROWSER.resolve("check.mjs").toString(), "--base", base,
                "--pages", out.resolve("pages.json").toString(), "--out", out.toString(), "--chromium",
                CHROMIUM.toString()).redirectErrorStream(true).redirectOutput(out.resolve("node.log").toFile()).start();
        boolean done = node.waitFor(15, TimeUnit.MINUTES);
        if (!done) {
            node.destroyForcibly();
        }
        String log = Files.readString(out.resolve("node.log"), StandardCharsets.UTF_8);
        assertThat(done && node.exitValue() == 0).as("check.mjs failed:\n%s", log).isTrue();
        @SuppressWarnings("unchecked")
        Map<String, Object> parsed = new Yaml().load(Files.readString(out.resolve("result.json"), StandardCharsets.UTF_8));
        result = parsed;
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }


    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(String key) {
        return (List<Map<String, Object>>) result.get(key);
    }

    @Test
    void everyPageInEveryModeWasChecked() {
        assertThat(pages).hasSizeGreaterThan(20).contains("/", "/404.html", "/xxgk/zfxxgkzl/ndbg/2025/",
                "/xxgk/zfxxgkzl/ml/02/index_1.html", "/xxgk/zfxxgkzl/ndbg/2026/", "/xxgk/zfxxgkzl/ml/02/draft-notice.html");
        assertThat(TestSites.read(site.resolve("xxgk/zfxxgkzl/ndbg/2026/index.html"))).contains("class=\"draft-banner\"");
        assertThat(TestSites.read(site.resolve("xxgk/zfxxgkzl/ndbg/index.html"))).contains("tag-draft");
        assertThat(result.get("pages")).isEqualTo(pages.size());
        assertThat((List<String>) (List<?>) result.get("modes")).containsExactly("desktop", "mobile", "elder",
                "elder-mobile", "nojs");
    }

    @Test
    void axeFindsNoWcag21AaViolation() {
        List<String> lines = list("violations").stream().map(v -> v.get("mode") + " " + v.get("page") + " ["
                + v.get("id") + "] " + v.get("help") + "\n      " + v.get("targets")).toList();
        assertThat(lines).as("axe-core %s violations", result.get("axeVersion")).isEmpty();
    }

    @Test
    void noRequestLeavesTheSite() {
        assertThat((List<Object>) (List<?>) result.get("external")).isEmpty();
    }

    @Test
    void reflowElderModeFontSizeKeyboardAndPrintWork() {
        assertThat((List<Object>) (List<?>) result.get("problems")).isEmpty();
    }

    @Test
    void nuHtmlCheckerFindsNoError() throws Exception {
        Path vnu = BROWSER.resolve("node_modules/vnu-jar/build/dist/vnu.jar");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", vnu.toString(), "--errors-only", "--format", "json"));
        try (Stream<Path> a = Files.walk(site); Stream<Path> b = Files.walk(out.resolve("dom"))) {
            Stream.concat(a, b).filter(p -> p.toString().endsWith(".html")).sorted()
                    .forEach(p -> cmd.add(p.toString()));
        }
        int files = cmd.size() - 6;
        assertThat(files).as("static pages and DOM snapshots of four modes").isEqualTo(pages.size() * 5);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String json = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        Map<String, Object> report = new Yaml().load(json);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> messages = (List<Map<String, Object>>) report.get("messages");
        List<String> errors = messages.stream().filter(m -> !"info".equals(m.get("type")))
                .map(m -> m.get("url") + ":" + m.get("lastLine") + ": " + m.get("message")).toList();
        assertThat(errors).as("Nu HTML Checker over %d files", files).isEmpty();
    }
}
