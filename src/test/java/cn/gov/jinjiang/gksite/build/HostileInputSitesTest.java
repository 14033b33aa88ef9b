package cn.gov.jinjiang.gksite.build;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inputs of issue 14 that crashed gksite (a stack overflow, an ArithmeticException, running out of memory, an
 * InvalidPathException) or took minutes, each written into a copy of the repository's site: each is now exactly one
 * error at its file, line and column, the build takes seconds, and nothing is written.
 */
class HostileInputSitesTest {
    private static final String PAGE = "content/xxgk/zfxxgkzl/zn/index.md";
    private static final String DATA = "content/xxgk/zfxxgkzl/ndbg/2025/data.yaml";
    private static final String MENU = "content/xxgk/zfxxgkzl/menu.yaml";

    @TempDir
    Path dir;

    private Diagnostic onlyError(Consumer<Path> edit) {
        Path site = TestSites.repoSite(dir);
        edit.accept(site);
        long t0 = System.nanoTime();
        BuildResult r = Builds.build(site);
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(20.0);
        List<Diagnostic> errors = Builds.errors(r);
        assertThat(errors).hasSize(1);
        assertThat(r.written()).isFalse();
        assertThat(site.resolve("site")).doesNotExist();
        return errors.get(0);
    }

    private static void assertAt(Diagnostic d, String code, String file, int line, int column) {
        assertThat(d.code()).isEqualTo(code);
        assertThat(d.pos().file()).isEqualTo(file);
        assertThat(d.pos().line()).isEqualTo(line);
        assertThat(d.pos().column()).isEqualTo(column);
        assertThat(d.message()).isNotBlank();
        assertThat(d.hint()).isNotBlank();
    }

    /** Appends {@code text} to the page's body (its front matter and first lines stay). */
    private static Consumer<Path> appendToPage(String text) {
        return site -> TestSites.write(site.resolve(PAGE), TestSites.read(site.resolve(PAGE)) + "\n" + text + "\n");
    }

    private static int linesOf(Path site, String file) {
        return TestSites.read(site.resolve(file)).split("\n", -1).length;
    }

    @Test
    void thousandQuoteMarks() {
        Path site = TestSites.repoSite(dir.resolve("probe"));
        int line = linesOf(site, PAGE) + 1;
        assertAt(onlyError(appendToPage(">".repeat(1000))), "markdown.too-deep", PAGE, line, 1);
    }

    @Test
    void tenThousandListMarksOnOneLine() {
        Path site = TestSites.repoSite(dir.resolve("probe"));
        int line = linesOf(site, PAGE) + 1;
        assertAt(onlyError(appendToPage("- ".repeat(10_000) + "x")), "markdown.too-deep", PAGE, line, 1);
    }

    @Test
    void aListNestedTwoThousandDeep() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            sb.append("  ".repeat(i)).append("- a\n");
        }
        Path site = TestSites.repoSite(dir.resolve("probe"));
        int line = linesOf(site, PAGE) + 1 + 32;
        assertAt(onlyError(appendToPage(sb.toString())), "markdown.too-deep", PAGE, line, 1);
    }

    @Test
    void fiftyThousandLinkOpenersOnOneLine() {
        Path site = TestSites.repoSite(dir.resolve("probe"));
        int line = linesOf(site, PAGE) + 1;
        assertAt(onlyError(appendToPage("[a](".repeat(50_000))), "markdown.line-too-long", PAGE, line, 100_001);
    }

    @Test
    void aSelfReferencingAliasInTheMenu() {
        Diagnostic d = onlyError(
                site -> TestSites.write(site.resolve(MENU), "items: &i [{label: a, url: /x/, children: *i}]\n"));
        assertAt(d, "yaml.alias", MENU, 1, 33);
    }

    @Test
    void anInvalidIgnorePattern() {
        Path site = TestSites.repoSite(dir.resolve("probe"));
        int line = TestSites.read(site.resolve("site.yaml")).lines().toList().indexOf("checks:") + 2;
        Diagnostic d = onlyError(s -> TestSites.write(
                s.resolve("site.yaml"),
                TestSites.read(s.resolve("site.yaml")).replace("checks:\n", "checks:\n  ignore: [\"^([\"]\n")));
        assertAt(d, "config.pattern", "site.yaml", line, 12);
    }

    @Test
    void aHugeExponentInTheReport() {
        Diagnostic d = onlyError(site -> TestSites.write(
                site.resolve(DATA), TestSites.read(site.resolve(DATA)).replace("本年新收: [20,", "本年新收: [1e999999999,")));
        assertAt(d, "report.R7", DATA, 23, 10);
        Diagnostic fee = onlyError(site -> TestSites.write(
                site.resolve(DATA),
                TestSites.read(site.resolve(DATA)).replace("本年收费金额: 1190.0462", "本年收费金额: 1e999999999")));
        assertAt(fee, "report.R7", DATA, 18, 21);
    }

    @Test
    void aNulInTheUrl() {
        Diagnostic d = onlyError(site -> TestSites.write(
                site.resolve(PAGE),
                TestSites.read(site.resolve(PAGE)).replaceFirst("\ntitle:", "\nurl: \"/a\\\\0b.html\"\ntitle:")));
        assertAt(d, "content.url", PAGE, 2, 6);
        assertThat(d.message()).contains("\\u0000");
    }

    @Test
    void aFiveMegabyteQuotedValue() {
        Diagnostic d = onlyError(site -> TestSites.write(
                site.resolve(PAGE),
                TestSites.read(site.resolve(PAGE))
                        .replaceFirst("\ntitle:", "\ndescription: \"" + "a".repeat(5_000_000) + "\"\ntitle:")));
        assertAt(d, "content.too-large", PAGE, 2, 1);
    }

    @Test
    void aPageOverTheSizeLimitIsNotRead() {
        Diagnostic d = onlyError(site -> TestSites.write(
                site.resolve("content/big.md"), "---\ntitle: 大\n---\n" + ("中".repeat(999) + "\n").repeat(3000)));
        assertAt(d, "content.too-large", "content/big.md", 1, 1);
    }
}
