package cn.gov.jinjiang.gksite.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import cn.gov.jinjiang.gksite.build.BuildRequest;
import cn.gov.jinjiang.gksite.build.Builds;
import cn.gov.jinjiang.gksite.build.Pipeline;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential test: the checks ({@link CheckRules}) fed by the byte scanner and fed by jsoup's DOM, and the
 * oracle that asks jsoup's DOM directly ({@link DomOracle}), all three with positions tracked, give equal facts —
 * the same ids, the same refs in the same order at the same line and column, the same problems — on every page that the
 * test sites and the repository's own site build to, on the checker's defect pages, and on hand-written tricky
 * pages (src/test/resources/check/tricky/: entities, unquoted and duplicate attributes, NUL bytes in attribute
 * values, attribute names in mixed case, starting with '=' or longer than the names looked up, blank labels and
 * alt texts, end tags of unknown elements (case, non-ASCII names), comments, scripts and styles holding markup,
 * upper-case tags, nested tables, SVG and MathML, links inside links and left open, misnested end tags, main
 * nesting, srcset, CSS url()s, SVG styles holding CDATA, comments, other styles and HTML, meta refresh, CRLF and
 * characters outside the BMP, a page without doctype, link copies put before facts already read, skipped headings
 * holding form controls, SVG, MathML, blocks in inline elements, other headings and misnested end tags).
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
        TestSites.inline(
                dir,
                "content/index.md",
                "---\ntitle: 首页\n---\n\n首页。\n",
                "content/a.md",
                "---\ntitle: 页面甲\n---\n\n## 一节\n\n中文𝄞<img src=\"index.html\">与"
                        + "[](index.html)。\n\n#### 跳级 *强调*\n\n<table><tr><td>格</td></tr></table>\n");
        new Pipeline().run(new BuildRequest(dir, null, false));
        String html = TestSites.read(dir.resolve("site/a.html"));
        List<PageFacts.Problem> problems = DomOracle.scan("a.html", html, true).problems();
        assertThat(problems).hasSize(4);
        // A skipped heading level is reported where the editor wrote the heading (issue 17), the others in the output.
        List<String> expected = problems.stream()
                .filter(p -> !p.code().equals("check.heading-skip"))
                .map(p -> "site/a.html:" + p.line() + ":" + p.column() + " " + p.code())
                .toList();
        List<Diagnostic> errors = Builds.errors(Builds.build(dir));
        List<String> reported = errors.stream()
                .filter(d -> d.pos().file().equals("site/a.html"))
                .map(d -> d.pos() + " " + d.code())
                .toList();
        assertThat(reported).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(errors)
                .filteredOn(d -> d.code().equals("check.heading-skip"))
                .extracting(d -> d.pos().toString())
                .containsExactly("content/a.md:9:1");
    }

    /**
     * Hostile nesting costs linear time in both readers: 60,000 skipped headings nested in one another (with and
     * without text) and 30,000 nested tables took minutes when each open heading kept its own text and each
     * th marked every open table, and 30,000 nested SVG styles would each hold all the CSS inside them; each now
     * takes about a second. (jsoup stops nesting at 512 elements, the byte scanner does not, so their facts
     * differ here.)
     */
    @Test
    void hostileNestingCostsLinearTime() {
        String head = "<!DOCTYPE html><html lang=\"zh-CN\"><body><h1>题</h1>";
        Map<String, String> pages = Map.of(
                "nested-text.html", head + "<h3>x<b><h5>y<b>".repeat(60_000),
                "nested-empty.html", head + "<h3><b><h5><b>".repeat(60_000) + "z",
                "nested-tables.html", head + "<table><tr><td>".repeat(30_000) + "<th>h</th>".repeat(30_000),
                "nested-styles.html", head + "<svg>" + "<style><![CDATA[a{background:url(x.png)}]]>".repeat(30_000));
        assertTimeoutPreemptively(
                Duration.ofSeconds(60),
                () -> pages.forEach((path, html) -> {
                    PageFacts fast = PageScanner.fast(path, html.getBytes(StandardCharsets.UTF_8), false);
                    PageFacts jsoup = PageScanner.jsoup(path, html, false);
                    if (path.equals("nested-styles.html")) {
                        assertThat(fast.refs()).hasSizeBetween(30_000, 4 * 30_000);
                    } else if (!path.equals("nested-tables.html")) {
                        assertThat(fast.problems()).as(path).hasSizeGreaterThan(60_000);
                        assertThat(jsoup.problems()).as(path).hasSizeGreaterThan(60_000);
                    }
                }));
    }

    /** The HTML pages a site builds to (none when it does not build), keyed by a label. */
    private static Map<String, byte[]> built(Path site, String label) {
        // site/: the one folder inside a source a build may write to
        Path out = site.resolve("site");
        try {
            new Pipeline().run(new BuildRequest(site, out, false));
        } catch (DiagnosticException e) {
            return Map.of(); // a site that cannot be read at all (invalid-config.missing) builds no pages
        }
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
            String html = new String(bytes, StandardCharsets.UTF_8);
            PageFacts oracle = DomOracle.scan(path, html, true);
            assertSame(PageScanner.jsoup(path, html, true), oracle, path + " (rules over jsoup)");
            assertSame(PageScanner.fast(path, bytes, true), oracle, path + " (rules over bytes)");
            PageFacts untracked = DomOracle.scan(path, html, false);
            assertThat(PageScanner.jsoup(path, html, false))
                    .as(path + " untracked, jsoup")
                    .isEqualTo(untracked);
            assertThat(PageScanner.fast(path, bytes, false))
                    .as(path + " untracked, bytes")
                    .isEqualTo(untracked);
        });
    }

    private static void assertSame(PageFacts actual, PageFacts expected, String what) {
        assertThat(actual.ids()).as(what + " ids").isEqualTo(expected.ids());
        assertThat(actual.refs()).as(what + " refs").containsExactlyElementsOf(expected.refs());
        assertThat(actual.problems()).as(what + " problems").containsExactlyElementsOf(expected.problems());
    }
}
