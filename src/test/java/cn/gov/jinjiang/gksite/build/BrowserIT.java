package cn.gov.jinjiang.gksite.build;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.testing.BrowserChecks;
import cn.gov.jinjiang.gksite.testing.StaticSiteServer;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page of the sample site (with a draft notice and a draft report, built with drafts, so the draft banner
 * and the 草稿 marks in lists are checked too) in headless Chromium: axe-core (WCAG 2.0 and 2.1, A and AA) with no
 * violation (plus axe's structure rules: one h1, heading order, landmarks), and the Nu HTML Checker with no
 * error, at 1280 px and 375 px, each also in 长者模式, and without JavaScript; plus the
 * checks of src/test/browser/check.mjs that axe cannot make (no request leaves the site, reflow at 320 px
 * with text spacing, 长者模式 and 字号 persist, keyboard skip link, print stylesheet); and the reader's layout,
 * measured by src/test/browser/layout.mjs: at 1280 px (also in 长者模式) and 1600 px no table, image, SVG or pre wider than
 * its container
 * and no table box that scrolls; at 375 px (normal and 长者模式), after each report table is scrolled fully sideways,
 * its row labels still in its box; in every mode no header cell's text wrapped inside a word (its rendered lines
 * checked against Chromium's own Chinese word segmenter).
 *
 * <p>Needs node, /usr/bin/chromium and {@code npm ci --ignore-scripts} in src/test/browser ({@code bash .ci/run}
 * does all three). Without them the test fails and says what is missing; {@code -Dgksite.browser.skip=true}
 * skips it deliberately.
 */
class BrowserIT {
    static final Path BROWSER = BrowserChecks.BROWSER;
    static final Path CHROMIUM = BrowserChecks.CHROMIUM;

    @TempDir
    static Path dir;

    static StaticSiteServer server;
    static Path site;
    static Path out;
    static Map<String, Object> result;
    static Map<String, Object> layout;
    static List<String> pages;

    @BeforeAll
    static void run() throws Exception {
        BrowserChecks.requireTools();

        // With a draft notice and a draft report, built with drafts: the draft marking is checked too.
        Path src = DraftsTest.siteWithDrafts(dir.resolve("src"), true);
        BuildResult r = new Pipeline().run(new BuildRequest(src, null, true, true, false));
        assertThat(Builds.errors(r)).isEmpty();
        site = src.resolve("site");
        out = dir.resolve("browser");
        Files.createDirectories(out);

        pages = BrowserChecks.pages(site, out);

        server = new StaticSiteServer(site);
        String base = server.base();

        result = BrowserChecks.node("check.mjs", base, out, "result.json");
        // The reader's layout (issue 22): tables fit at 1280 px, row labels stay in view at 375 px, header
        // labels never wrap inside a word.
        layout = BrowserChecks.node("layout.mjs", base, out, "layout.json");
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
        assertThat(pages)
                .hasSizeGreaterThan(20)
                .contains(
                        "/",
                        "/404.html",
                        "/xxgk/zfxxgkzl/ndbg/2025/",
                        "/xxgk/zfxxgkzl/ml/02/index_1.html",
                        "/xxgk/zfxxgkzl/ndbg/2026/",
                        "/xxgk/zfxxgkzl/ml/02/draft-notice.html");
        assertThat(TestSites.read(site.resolve("xxgk/zfxxgkzl/ndbg/2026/index.html")))
                .contains("class=\"draft-banner\"");
        assertThat(TestSites.read(site.resolve("xxgk/zfxxgkzl/ndbg/index.html")))
                .contains("tag-draft");
        assertThat(result.get("pages")).isEqualTo(pages.size());
        assertThat(List.<Object>copyOf((List<?>) result.get("modes")))
                .containsExactly("desktop", "mobile", "elder", "elder-mobile", "nojs");
    }

    @Test
    void axeFindsNoWcag21AaViolation() {
        List<String> lines = list("violations").stream()
                .map(v -> v.get("mode") + " " + v.get("page") + " [" + v.get("id") + "] " + v.get("help") + "\n      "
                        + v.get("targets"))
                .toList();
        assertThat(lines).as("axe-core %s violations", result.get("axeVersion")).isEmpty();
    }

    @Test
    void noRequestLeavesTheSite() {
        assertThat((List<?>) result.get("external")).isEmpty();
    }

    @Test
    void reflowElderModeFontSizeKeyboardAndPrintWork() {
        assertThat((List<?>) result.get("problems")).isEmpty();
    }

    @Test
    void nuHtmlCheckerFindsNoError() throws Exception {
        BrowserChecks.Nu nu = BrowserChecks.nuHtmlChecker(site, out);
        int files = nu.files();
        assertThat(files).as("static pages and DOM snapshots of four modes").isEqualTo(pages.size() * 5);
        List<String> errors = nu.errors();
        assertThat(errors).as("Nu HTML Checker over %d files", files).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void layoutMeasuresHadSomethingToMeasure() {
        assertThat(layout.get("pages")).isEqualTo(pages.size());
        Map<String, Integer> c = (Map<String, Integer>) layout.get("checked");
        // Report tables scroll at 375 px in both modes (so the row-label check is not vacuous), header cells wrap
        // (so the word-break check sees real line breaks), and tables, images and charts were measured at 1280 px.
        assertThat(c.get("scrolledTables")).isGreaterThanOrEqualTo(4);
        assertThat(c.get("stickyLabels")).isGreaterThan(40);
        assertThat(c.get("wrappedHeaderCells")).isGreaterThan(50);
        assertThat(c.get("lineBreaks")).isGreaterThan(100);
        assertThat(c.get("fitElements")).isGreaterThan(20);
    }

    @Test
    void tablesFitAt1280RowLabelsStayInViewAt375AndHeadersNeverWrapInsideAWord() {
        assertThat((List<?>) layout.get("problems")).isEmpty();
    }
}
