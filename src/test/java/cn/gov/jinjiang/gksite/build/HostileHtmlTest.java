package cn.gov.jinjiang.gksite.build;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture site sites/hostile-html/ holds the injection attempts of issue 14 and much of OWASP's XSS
 * filter-evasion list, one per line, in Markdown pages, front matter, site.yaml and menu.yaml. A build reports
 * each attempt at its own file and line (expected-diagnostics.txt lists them), nothing else, and by default fails
 * without writing anything. HostileHtmlBrowserIT loads the pages the build writes when the codes are lowered.
 */
class HostileHtmlTest {
    static final String FIXTURE = "hostile-html";
    /** What the browser test and this test lower to warnings, so that every stage runs and pages are written. */
    static final String LOWERED = """
            checks:
              markdown.: warning
              config.url-scheme: warning
              render.menu.url-scheme: warning
              content.: warning
              check.: warning
            """;
    /** Pages with one attempt on every non-blank line of the body: each line must be reported. */
    private static final List<String> ONE_PER_LINE = List.of("comments", "attributes", "links", "owasp", "checklist");
    /** Pages that must produce no report: allowed markup, text that only looks like HTML, front matter as text. */
    private static final List<String> CLEAN = List.of("allowed", "text", "frontmatter", "index");

    /** The fixture copied into {@code dir} with the policy's codes lowered to warnings. */
    static Path lowered(Path dir) {
        Path src = TestSites.fixture(FIXTURE, dir);
        TestSites.write(src.resolve("site.yaml"), TestSites.read(src.resolve("site.yaml")) + LOWERED);
        return src;
    }

    @Test
    void byDefaultTheAttemptsAreErrorsAndNothingIsWritten(@TempDir Path dir) {
        BuildResult r = Builds.build(TestSites.fixture(FIXTURE, dir));
        assertThat(r.written()).isFalse();
        assertThat(dir.resolve("site")).doesNotExist();
        // site.yaml's addresses are refused first; the build stops before rendering pages.
        assertThat(Builds.errors(r))
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.code()).isEqualTo("config.url-scheme"));
    }

    @Test
    void everyAttemptIsReportedAtItsLineAndNothingElse(@TempDir Path dir) {
        Path src = lowered(dir);
        BuildResult r = Builds.build(src);
        assertThat(r.written()).isTrue();
        Set<String> reported = new TreeSet<>();
        for (Diagnostic d : r.diagnostics()) {
            assertThat(d.pos().column()).as("%s", d).isPositive();
            assertThat(d.message()).as("%s", d).isNotBlank();
            assertThat(d.hint()).as("%s", d).isNotBlank();
            reported.add(d.pos().file() + " " + d.pos().line() + " " + d.code());
        }
        Set<String> expected = new TreeSet<>();
        for (String line :
                TestSites.read(src.resolve("expected-diagnostics.txt")).split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                expected.add(line.strip());
            }
        }
        assertThat(reported).containsExactlyElementsOf(expected);

        List<String> missed = new ArrayList<>();
        for (String page : ONE_PER_LINE) {
            String file = "content/xxgk/" + page + ".md";
            String[] lines = TestSites.read(src.resolve(file)).split("\n", -1);
            int body = bodyStart(lines);
            for (int i = body; i < lines.length; i++) {
                int line = i + 1;
                if (!lines[i].isBlank() && reported.stream().noneMatch(s -> s.startsWith(file + " " + line + " "))) {
                    missed.add(file + ":" + line + " " + lines[i]);
                }
            }
        }
        assertThat(missed).as("attempts not reported").isEmpty();
        for (String page : CLEAN) {
            assertThat(reported)
                    .as(page)
                    .noneMatch(s ->
                            s.startsWith("content/xxgk/" + page + ".md ") || s.startsWith("content/" + page + ".md "));
        }
    }

    @Test
    void reportDataThatIsNotANumberNeverReachesThePage(@TempDir Path dir) {
        Path src = TestSites.fixture("warn-report.R5", dir);
        Path data = src.resolve("content/ndbg/2025/data.yaml");
        String yaml = TestSites.read(data);
        TestSites.write(
                data,
                yaml.replace("规章:           {本年制发件数: 0,", "规章:           {本年制发件数: \"<img src=x onerror=xss(1)>\","));
        assertThat(TestSites.read(data)).contains("onerror");
        TestSites.write(
                src.resolve("site.yaml"), TestSites.read(src.resolve("site.yaml")) + LOWERED + "  report.: warning\n");
        BuildResult r = Builds.build(src);
        assertThat(r.written()).isTrue();
        assertThat(r.diagnostics())
                .anyMatch(d -> d.code().equals("report.R7") && d.pos().line() == 10);
        for (String file : List.of("index.html", "data.csv", "data.json")) {
            assertThat(TestSites.read(src.resolve("site/ndbg/2025/" + file)))
                    .as(file)
                    .doesNotContain("onerror", "xss(");
        }
    }

    /** Index of the first body line (after the front matter's closing ---). */
    private static int bodyStart(String[] lines) {
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].equals("---")) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no front matter");
    }
}
