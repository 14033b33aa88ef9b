package cn.gov.jinjiang.gksite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.testing.Chromium;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real browser (headless Chromium over the DevTools protocol) sees a saved edit: a change of the text alone is
 * put in place without a reload (a marker set on the document stays, the theme's tools stay shown), a change
 * outside {@code <main>} reloads the page (the marker is gone); an error shows the error
 * page, and the fix brings the page back; a stylesheet edit is swapped in without a reload.
 */
class BrowserReloadIT {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void pageReloadsAfterAnEdit(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Chromium.available(), "needs " + Chromium.BINARY);
        Path site = TestSites.inline(
                dir.resolve("src"),
                "content/index.md",
                "---\ntitle: 首页\n---\n\n首页正文。\n",
                "content/xxgk/index.md",
                "---\ntitle: 信息公开\n---\n\n栏目。\n",
                "content/xxgk/a.md",
                "---\ntitle: 第一篇\n---\n\n原来的正文。\n");
        ServeSession.Listener quiet = new ServeSession.Listener() {
            @Override
            public void built(Rebuilder.Outcome outcome) {}

            @Override
            public void watcherFailed(Exception e) {}
        };
        try (ServeSession session = ServeSession.start(
                        new ServeSession.Options(site, "127.0.0.1", 0, Duration.ofMillis(50)),
                        quiet,
                        Clock.systemUTC());
                Chromium chromium = new Chromium(Files.createDirectory(dir.resolve("profile")))) {
            chromium.navigate(session.uri() + "xxgk/a.html");
            chromium.waitFor("document.body && document.body.innerText.includes('原来的正文')", WAIT);
            // wait until the page's event stream is connected, then mark this document
            chromium.waitFor("(function(){window.__old='yes';return true;})()", WAIT);
            waitForClient(session);

            chromium.eval("document.addEventListener('gksite:updated',function(){window.__updated=true;})");
            Files.writeString(site.resolve("content/xxgk/a.md"), "---\ntitle: 第一篇\n---\n\n浏览器看到的新正文。\n");
            // only <main> changed: it is put in place without a reload, and the theme's tools are shown again
            chromium.waitFor("document.body.innerText.includes('浏览器看到的新正文')", WAIT);
            assertThat(chromium.eval("window.__old")).isEqualTo("\"yes\"");
            assertThat(chromium.eval("window.__updated")).isEqualTo("true");
            assertThat(chromium.eval("document.querySelector('main .doc-tools').hidden"))
                    .isEqualTo("false");
            assertThat(chromium.eval("document.querySelectorAll('main').length"))
                    .isEqualTo("1");

            // the title is in the breadcrumb, outside <main>: the page reloads
            waitForClient(session);
            Files.writeString(site.resolve("content/xxgk/a.md"), "---\ntitle: 改过的标题\n---\n\n浏览器看到的新正文。\n");
            chromium.waitFor("window.__old === undefined && document.title.includes('改过的标题')", WAIT);

            chromium.eval("window.__old='yes'");
            waitForClient(session);
            Files.writeString(site.resolve("content/xxgk/a.md"), "---\ntitle: [第一篇\n---\n\n坏了。\n");
            chromium.waitFor(
                    "window.__old === undefined && document.title.includes('构建出错')"
                            + " && document.body.innerText.includes('content/xxgk/a.md:3:1')",
                    WAIT);

            waitForClient(session);
            Files.writeString(site.resolve("content/xxgk/a.md"), "---\ntitle: 第一篇\n---\n\n修好了。\n");
            chromium.waitFor("document.body.innerText.includes('修好了')", WAIT);

            chromium.eval("window.__old='yes'");
            waitForClient(session);
            Path css = site.resolve("themes/portal/static/css/site.css");
            Files.writeString(css, Files.readString(css) + "\nbody{outline:7px solid rgb(1, 2, 3)}\n");
            chromium.waitFor("getComputedStyle(document.body).outlineColor === 'rgb(1, 2, 3)'", WAIT);
            assertThat(chromium.eval("window.__old")).isEqualTo("\"yes\"");
        }
    }

    private static void waitForClient(ServeSession session) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (session.liveReload().clients() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(session.liveReload().clients()).isPositive();
    }
}
