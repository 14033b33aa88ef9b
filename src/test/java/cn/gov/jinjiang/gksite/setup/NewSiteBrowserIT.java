package cn.gov.jinjiang.gksite.setup;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.build.Builds;
import cn.gov.jinjiang.gksite.testing.BrowserChecks;
import cn.gov.jinjiang.gksite.testing.StaticSiteServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site just made by {@code gksite new site}, built with the built-in theme alone (no themes/), passes the same
 * browser checks as the sample site ({@code build.BrowserIT}): axe-core (WCAG 2.0 and 2.1 A and AA, and the
 * structure rules) with no violation in every mode, the checks axe cannot make, no request leaving the site, and
 * the Nu HTML Checker with no error (issue 21). Its placeholders are on the pages too, as an office first sees them.
 */
class NewSiteBrowserIT {
    @TempDir
    static Path dir;

    static StaticSiteServer server;
    static Path site;
    static Path out;
    static Map<String, Object> result;
    static List<String> pages;

    @BeforeAll
    static void run() throws Exception {
        BrowserChecks.requireTools();
        Path src = NewSites.write(dir.resolve("src"));
        assertThat(src.resolve("themes")).doesNotExist();
        assertThat(Builds.errors(Builds.build(src))).isEmpty();
        site = src.resolve("site");
        out = dir.resolve("browser");
        pages = BrowserChecks.pages(site, out);
        server = new StaticSiteServer(site);
        result = BrowserChecks.node("check.mjs", server.base(), out, "result.json");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(String key) {
        return (List<Object>) result.get(key);
    }

    @Test
    void everyPageOfTheNewSiteInEveryModeWasChecked() {
        assertThat(pages)
                .contains(
                        "/",
                        "/xxgk/zfxxgkzl/zn/",
                        "/xxgk/zfxxgkzl/ml/",
                        "/xxgk/zfxxgkzl/zd/",
                        "/xxgk/zfxxgkzl/ysqgk/",
                        "/xxgk/zfxxgkzl/ndbg/",
                        "/404.html",
                        "/search.html",
                        "/wza.html");
        assertThat(result.get("pages")).isEqualTo(pages.size());
        assertThat(list("modes")).hasSize(5);
    }

    @Test
    void axeFindsNoViolationAndNoRequestLeavesTheSite() {
        assertThat(list("violations"))
                .as("axe-core %s violations", result.get("axeVersion"))
                .isEmpty();
        assertThat(list("external")).isEmpty();
    }

    @Test
    void reflowElderModeFontSizeKeyboardAndPrintWork() {
        assertThat(list("problems")).isEmpty();
    }

    @Test
    void nuHtmlCheckerFindsNoError() throws Exception {
        BrowserChecks.Nu nu = BrowserChecks.nuHtmlChecker(site, out);
        assertThat(nu.files()).as("static pages and DOM snapshots of the modes").isEqualTo(pages.size() * 5);
        assertThat(nu.errors()).as("Nu HTML Checker over %d files", nu.files()).isEmpty();
    }
}
