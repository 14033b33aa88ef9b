package cn.gov.jinjiang.gksite.build;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.testing.StaticSiteServer;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * Site search without a server, in headless Chromium on the sample site (src/test/browser/search.mjs): Chinese
 * queries typed into the search page find a document by its 文号, by its 索引号, and by a two-character word
 * inside a longer one; the filters narrow the results; matches are highlighted; the result count is in the
 * heading and the status line; without JavaScript the page says so and links to the columns. Same tools as
 * {@link BrowserIT} (node, playwright-core, /usr/bin/chromium).
 */
class SearchBrowserIT {
    @TempDir
    static Path dir;

    static StaticSiteServer server;
    static Path site;
    static List<Map<String, Object>> results;
    static Map<String, Object> nojs;
    static List<?> external;

    private static final String[][] QUERIES = {
        {"晋政办〔2025〕12号"},
        {"晋政办[2025]31号"},
        {"QZ06101-0240-2025-00112"},
        {"挖掘"},
        {"规范性文件"},
        {"临时占用", "year", "2021年"},
        {"没有这个词语"},
    };

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void run() throws Exception {
        Assumptions.assumeFalse(
                Boolean.getBoolean("gksite.browser.skip"), "browser checks skipped with -Dgksite.browser.skip=true");
        assertThat(BrowserIT.BROWSER.resolve("node_modules/playwright-core"))
                .as("browser test tools missing: run `bash .ci/run`, or `npm ci --ignore-scripts` in src/test/browser")
                .exists();
        assertThat(BrowserIT.CHROMIUM).as("headless Chromium missing").exists();
        Path src = TestSites.repoSite(dir.resolve("src"));
        assertThat(Builds.errors(Builds.build(src))).isEmpty();
        site = src.resolve("site");
        StringBuilder q = new StringBuilder("[");
        for (String[] query : QUERIES) {
            q.append(q.length() > 1 ? "," : "")
                    .append("{\"q\":\"")
                    .append(query[0])
                    .append('"');
            for (int i = 1; i < query.length; i += 2) {
                q.append(",\"")
                        .append(query[i])
                        .append("\":\"")
                        .append(query[i + 1])
                        .append('"');
            }
            q.append('}');
        }
        Path queries = dir.resolve("queries.json");
        Files.writeString(queries, q.append(']').toString(), StandardCharsets.UTF_8);

        server = new StaticSiteServer(site);
        Path out = dir.resolve("result.json");
        Process node = new ProcessBuilder(
                        "node",
                        BrowserIT.BROWSER.resolve("search.mjs").toString(),
                        "--base",
                        server.base(),
                        "--queries",
                        queries.toString(),
                        "--out",
                        out.toString(),
                        "--chromium",
                        BrowserIT.CHROMIUM.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("node.log").toFile())
                .start();
        boolean done = node.waitFor(5, TimeUnit.MINUTES);
        if (!done) {
            node.destroyForcibly();
        }
        assertThat(done && node.exitValue() == 0)
                .as("search.mjs failed:\n%s", Files.readString(dir.resolve("node.log"), StandardCharsets.UTF_8))
                .isTrue();
        Map<String, Object> parsed = new Yaml().load(Files.readString(out, StandardCharsets.UTF_8));
        results = (List<Map<String, Object>>) parsed.get("results");
        nojs = (Map<String, Object>) parsed.get("nojs");
        external = (List<?>) parsed.get("external");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @SuppressWarnings("unchecked")
    static List<String> hrefs(int i) {
        return (List<String>) results.get(i).get("hrefs");
    }

    @SuppressWarnings("unchecked")
    static List<String> marks(int i) {
        return (List<String>) results.get(i).get("marks");
    }

    @Test
    void docNoFindsItsDocumentFirstInAnyBrackets() {
        assertThat(hrefs(0)).first().isEqualTo("/xxgk/zfxxgkzl/ml/02/jzb-2025-12.html");
        assertThat(marks(0)).contains("晋政办〔2025〕12号");
        assertThat(hrefs(1)).first().isEqualTo("/xxgk/zfxxgkzl/ml/02/jzb-2025-31.html");
    }

    @Test
    void indexNoFindsItsDocument() {
        assertThat(hrefs(2)).containsExactly("/xxgk/zfxxgkzl/ml/02/jzb-2025-31.html");
        assertThat(results.get(2).get("heading").toString()).endsWith("共 1 条");
        assertThat(results.get(2).get("status").toString()).startsWith("找到 1 条结果");
    }

    @Test
    void twoCharacterWordInsideALongerWordIsFoundAndHighlighted() {
        assertThat(hrefs(3)).contains("/xxgk/zfxxgkzl/ml/02/jzb-2025-31.html");
        assertThat(marks(3)).contains("挖掘");
        // 规范性文件 inside 行政规范性文件: titles that hold the whole word come first.
        assertThat(hrefs(4)).contains("/xxgk/zfxxgkzl/ml/02/jzb-2025-12.html", "/xxgk/zfxxgkzl/ml/02/jzb-2025-58.html");
        assertThat(marks(4)).contains("规范性文件");
    }

    @Test
    void filtersNarrowTheResults() {
        // 临时占用 is in the 2021 measures and in their 2025 revision: the year filter keeps the 2021 one.
        assertThat(hrefs(5)).containsExactly("/xxgk/zfxxgkzl/gfxwj/jzb-2021-18.html");
        assertThat(results.get(5).get("url").toString()).contains("year=2021");
        assertThat(hrefs(6)).isEmpty();
        assertThat(results.get(6).get("status").toString()).startsWith("没有找到");
    }

    @Test
    void withoutJavaScriptThePageSaysSoAndLinksToTheColumns() {
        assertThat(nojs.get("text").toString()).contains("需要浏览器启用 JavaScript");
        assertThat(nojs.get("formVisible")).isEqualTo(false);
        assertThat(external).isEmpty();
    }
}
