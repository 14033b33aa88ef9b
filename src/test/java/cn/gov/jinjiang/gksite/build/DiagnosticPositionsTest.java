package cn.gov.jinjiang.gksite.build;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every diagnostic of a build names a file, line and column, except the codes README documents as being about
 * a whole file or folder (a link, a file name, a file that cannot be read): those name the file only.
 */
class DiagnosticPositionsTest {
    /** Codes about a file or folder as such, which has no line to point at (README: 看懂错误信息). */
    static final Set<String> FILE_LEVEL = Set.of(
            "content.symlink",
            "theme.symlink",
            "config.symlink",
            "content.filename",
            "content.missing",
            "config.missing",
            "io.read",
            "io.write");

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> s = Files.list(TestSites.REPO.resolve("src/test/resources/sites"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyDiagnosticOfAFixtureHasALineAndColumn(String fixture, @TempDir Path dir) {
        List<Diagnostic> all;
        try {
            all = Builds.build(TestSites.fixture(fixture, dir)).diagnostics();
        } catch (DiagnosticException e) {
            all = e.diagnostics();
        }
        assertPositioned(all);
    }

    @Test
    void everyDiagnosticOfTheSampleSiteHasALineAndColumn(@TempDir Path dir) {
        List<Diagnostic> all = Builds.build(TestSites.repoSite(dir)).diagnostics();
        assertThat(all).isNotEmpty();
        assertPositioned(all);
    }

    @Test
    void anEmptyColumnIsReportedAtItsTitle(@TempDir Path dir) {
        TestSites.inline(
                dir,
                "content/index.md",
                "---\ntitle: 首页\n---\n\n首页。\n",
                "content/xxgk/index.md",
                "---\ndate: 2025-01-02\ntitle: 空栏目\n---\n");
        List<Diagnostic> all = Builds.build(dir).diagnostics();
        assertThat(all)
                .filteredOn(d -> d.code().equals("render.empty-column"))
                .extracting(d -> d.pos().toString())
                .containsExactly("content/xxgk/index.md:3:8");
        assertPositioned(all);
    }

    static void assertPositioned(List<Diagnostic> all) {
        for (Diagnostic d : all) {
            assertThat(d.pos().file()).as(d.toLine()).isNotBlank();
            if (!FILE_LEVEL.contains(d.code())) {
                assertThat(d.pos().line()).as(d.toLine()).isPositive();
                if (!d.code().equals("render.template")) {
                    // Pebble reports no column for syntax errors: render.template keeps 0 there (README).
                    assertThat(d.pos().column()).as(d.toLine()).isPositive();
                }
            }
        }
    }
}
