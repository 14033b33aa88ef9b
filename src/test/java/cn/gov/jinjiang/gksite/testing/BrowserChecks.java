package cn.gov.jinjiang.gksite.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The accessibility checks of a built site in headless Chromium (src/test/browser: axe-core and the checks axe cannot
 * make) and the Nu HTML Checker, for every browser IT that checks a site: the sample site's and a new site's.
 * Needs node, /usr/bin/chromium and {@code npm ci --ignore-scripts} in src/test/browser ({@code bash .ci/run} does
 * all three); {@code -Dgksite.browser.skip=true} skips the tests deliberately.
 */
public final class BrowserChecks {
    public static final Path BROWSER = TestSites.REPO.resolve("src/test/browser");
    public static final Path CHROMIUM = Path.of(System.getProperty("gksite.chromium", "/usr/bin/chromium"));

    private BrowserChecks() {}

    /** Skips when asked to; otherwise fails saying what is missing. */
    public static void requireTools() {
        Assumptions.assumeFalse(
                Boolean.getBoolean("gksite.browser.skip"), "browser checks skipped with -Dgksite.browser.skip=true");
        assertThat(BROWSER.resolve("node_modules/playwright-core"))
                .as("browser test tools missing: run `bash .ci/run`, or `npm ci --ignore-scripts` in src/test/browser")
                .exists();
        assertThat(CHROMIUM)
                .as("headless Chromium missing: run `bash .ci/run` or `apt-get install chromium`")
                .exists();
    }

    /** Every HTML page of {@code site} by its address ("/", "/a/", "/a/b.html"), also written to out/pages.json. */
    public static List<String> pages(Path site, Path out) throws IOException {
        List<String> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".html"))
                    .sorted()
                    .map(p -> "/"
                            + (p.equals("index.html") || p.endsWith("/index.html")
                                    ? p.substring(0, p.length() - 10)
                                    : p))
                    .toList();
        }
        Files.createDirectories(out);
        Files.writeString(
                out.resolve("pages.json"),
                pages.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(",", "[", "]")),
                StandardCharsets.UTF_8);
        return pages;
    }

    /**
     * Runs a script of src/test/browser over the site served at {@code base} and reads the JSON it writes to {@code
     * out}.
     */
    public static Map<String, Object> node(String script, String base, Path out, String resultFile) throws Exception {
        Path log = out.resolve(script + ".log");
        Process node = new ProcessBuilder(
                        "node",
                        BROWSER.resolve(script).toString(),
                        "--base",
                        base,
                        "--pages",
                        out.resolve("pages.json").toString(),
                        "--out",
                        out.toString(),
                        "--chromium",
                        CHROMIUM.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean done = node.waitFor(15, TimeUnit.MINUTES);
        if (!done) {
            node.destroyForcibly();
        }
        assertThat(done && node.exitValue() == 0)
                .as("%s failed:\n%s", script, Files.readString(log, StandardCharsets.UTF_8))
                .isTrue();
        return new Yaml().load(Files.readString(out.resolve(resultFile), StandardCharsets.UTF_8));
    }

    /** What the Nu HTML Checker says about the pages of {@code site} and the DOM snapshots of check.mjs in out/dom. */
    public record Nu(int files, List<String> errors) {}

    public static Nu nuHtmlChecker(Path site, Path out) throws Exception {
        Path vnu = BROWSER.resolve("node_modules/vnu-jar/build/dist/vnu.jar");
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                vnu.toString(),
                "--errors-only",
                "--format",
                "json"));
        int options = cmd.size();
        try (Stream<Path> a = Files.walk(site);
                Stream<Path> b = Files.walk(out.resolve("dom"))) {
            Stream.concat(a, b)
                    .filter(p -> p.toString().endsWith(".html"))
                    .sorted()
                    .forEach(p -> cmd.add(p.toString()));
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String json = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        Map<String, Object> report = new Yaml().load(json);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> messages = (List<Map<String, Object>>) report.get("messages");
        return new Nu(
                cmd.size() - options,
                messages.stream()
                        .filter(m -> !"info".equals(m.get("type")))
                        .map(m -> m.get("url") + ":" + m.get("lastLine") + ": " + m.get("message"))
                        .toList());
    }
}
