package cn.gov.jinjiang.gksite.check;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.build.BuildRequest;
import cn.gov.jinjiang.gksite.build.Builds;
import cn.gov.jinjiang.gksite.build.Pipeline;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential test: the fast byte scanner and the jsoup scanner (positions tracked) give equal facts — the same
 * ids, the same refs in the same order at the same line and column, the same problems — on every page that the
 * test sites and the repository's own site build to, on the checker's defect pages, and on hand-written tricky
 * pages (src/test/resources/check/tricky/: entities, unquoted and duplicate attributes, NUL bytes in attribute
 * values, attribute names in mixed case, starting with '=' or longer than the names looked up, blank labels and
 * alt texts, end tags of unknown elements (case, non-ASCII names), comments, scripts and styles holding markup,
 * upper-case tags, nested tables, SVG and MathML, links inside links and left open, misnested end tags, main
 * nesting, srcset, CSS url()s, meta refresh, CRLF and characters outside the BMP, a page without doctype).
 * Untracked (all positions 0), the facts are equal too.
 */
class FastPageScannerTest {
    static final Path RESOURCES = TestSites.REPO.resolve("src/test/resources");

    @Test
    void sameFactsOnTrickyAndDefectPages() {
        Map<String, byte[]> pages = new TreeMap<>();
        pages.putAll(html(RESOURCES.resolve("check/tricky")));
        pages.putAll(html(RESOURCES.resolve("check/defects")));
        assertThat(pages).hasSizeGreaterThanOrEqualTo(15);
        assertSameFacts(pages);
    }

    @Test
    void sameFactsOnEveryBuiltTestSite(@TempDir Path dir) throws IOException {
        Map<String, byte[]> pages = new TreeMap<>();
        List<Path> fixtures;
        try (Stream<Path> list = Files.list(RESOURCES.resolve("sites"))) {
            fixtures = list.filter(Files::isDirectory).sorted().toList();
        }
        for (Path fixture : fixtures) {
            String name = fixture.getFileName().toString();
            pages.putAll(built(TestSites.fixture(name, dir.resolve(name)), name));
        }
        pages.putAll(built(TestSites.repoSite(dir.resolve("repo-site")), "repo-site"));
        assertThat(pages).hasSizeGreaterThan(100);
        assertSameFacts(pages);
    }

    /**
     * A build scans its pages without positions; a page with problems is scanned again with them, and each
     * problem is reported at the line and column of the output page that jsoup gives.
     */
    @Test
    void buildReportsProblemsWhereJsoupPlacesThem(@TempDir Path dir) {
        TestSites.inline(dir, "content/index.md", "---\ntitle: 首页\n---\n\n首页。\n",
                "content/a.md", "---\ntitle: 页面甲\n---\n\n## 一节\n\n中文𝄞<img src=\"index.html\">与"
                        + "[](index.html)。\n\n#### 跳级 *强调*\n\n<table><tr><td>格</td></tr></table>\n");
        new Pipeline().run(new BuildRequest(dir, null, false));
        String html = TestSites.read(dir.resolve("site/a.html"));
        List<String> expected = PageScanner.scan("a.html", html, true).problems().stream()
                .map(p -> "site/a.html:" + p.line() + ":" + p.column() + " " + p.code()).toList();
        assertThat(expected).hasSize(4);
        List<String> reported = Builds.errors(Builds.build(dir)).stream()
                .filter(d -> d.pos().file().equals("site/a.html"))
                .map(d -> d.pos() + " " + d.code()).toList();
        assertThat(reported).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** The HTML pages a site builds to (none when it does not build), keyed by a label. */
    private static Map<String, byte[]> built(Path site, String label) {
        // site/: the one folder inside a source a build may write to
        Path out = site.resolve("site");
        new Pipeline().run(new BuildRequest(site, out, false));
        Map<String, byte[]> pages = new TreeMap<>();
        if (Files.isDirectory(out)) {
            html(out).forEach((p, b) -> pages.put(label + "/" + p, b));
        }
        return pages;
    }

    private static Map<String, byte[]> html(Path root) {
        Map<String, byte[]> pages = new TreeMap<>();
        TestSites.snapshot(root).forEach((p, b) -> {
            if (p.endsWith(".html")) {
                pages.put(p, b);
            }
        });
        return pages;
    }

    private static void assertSameFacts(Map<String, byte[]> pages) {
        pages.forEach((path, bytes) -> {
            PageFacts jsoup = PageScanner.scan(path, new String(bytes, StandardCharsets.UTF_8), true);
            PageFacts fast = FastPageScanner.scan(path, bytes);
            assertThat(fast.ids()).as(path + " ids").isEqualTo(jsoup.ids());
            assertThat(fast.refs()).as(path + " refs").containsExactlyElementsOf(jsoup.refs());
            assertThat(fast.problems()).as(path + " problems").containsExactlyElementsOf(jsoup.problems());
            assertThat(FastPageScanner.scan(path, bytes, false)).as(path + " untracked")
                    .isEqualTo(PageScanner.scan(path, new String(bytes, StandardCharsets.UTF_8), false));
        });
    }
}
