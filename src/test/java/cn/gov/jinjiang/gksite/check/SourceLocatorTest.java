package cn.gov.jinjiang.gksite.check;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.testing.Scaling;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index finds the place the plain search finds (the first line holding the link in the first form that has it),
 * and finds thousands of links in linear time.
 */
class SourceLocatorTest {
    private static final String[] FORMS_OPEN = {"(", "(", "<", "\"", "'"};
    private static final String[] FORMS_CLOSE = {")", " ", ">", "\"", "'"};

    /** The plain search the index replaced: each form in turn over every line. */
    static Optional<SourcePos> plainSearch(String source, List<String> text, String url) {
        for (int f = 0; f < FORMS_OPEN.length; f++) {
            String needle = FORMS_OPEN[f] + url + FORMS_CLOSE[f];
            for (int i = 0; i < text.size(); i++) {
                int col = text.get(i).indexOf(needle);
                if (col >= 0) {
                    return Optional.of(new SourcePos(source, i + 1, col + 2));
                }
            }
        }
        for (int i = 0; i < text.size(); i++) {
            String line = text.get(i);
            for (int col = line.indexOf("]: " + url); col >= 0; col = line.indexOf("]: " + url, col + 1)) {
                int end = col + 3 + url.length();
                if (end == line.length() || Character.isWhitespace(line.charAt(end))) {
                    return Optional.of(new SourcePos(source, i + 1, col + 4));
                }
            }
        }
        return Optional.empty();
    }

    @Test
    void findsWhatThePlainSearchFinds(@TempDir Path dir) {
        Random r = new Random(31);
        String[] pieces = {"(", ")", "<", ">", "\"", "'", " ", "]: ", "[a]", "/u", "/v", "a", "中", "/u)", "\n"};
        String[] urls = {"/u", "/v", "a", "/u/v", "/u)", "中", "/ua"};
        for (int t = 0; t < 1500; t++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(60); i > 0; i--) {
                sb.append(pieces[r.nextInt(pieces.length)]);
            }
            String file = "p" + t + ".md";
            TestSites.write(dir.resolve(file), sb.toString());
            SourceLocator locator = new SourceLocator(dir);
            List<String> lines = sb.toString().lines().toList();
            for (String url : urls) {
                if (url.contains(")") || url.contains(" ")) {
                    continue; // a link with its own closing character: the index does not claim to find it
                }
                assertThat(locator.locate(file, url)).as("%s in %s", url, sb).isEqualTo(plainSearch(file, lines, url));
            }
        }
    }

    @Test
    void thousandsOfBrokenLinksAreLocatedInLinearTime(@TempDir Path dir) {
        Scaling.assertLinear("links located", 2000, n -> {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sb.append("[链接").append(i).append("](/broken/").append(i).append(".html)\n");
            }
            String file = "p" + n + ".md";
            TestSites.write(dir.resolve(file), sb.toString());
            return () -> {
                SourceLocator locator = new SourceLocator(dir);
                for (int i = 0; i < n; i++) {
                    assertThat(locator.locate(file, "/broken/" + i + ".html")).isPresent();
                }
            };
        });
    }

    @Test
    void headingsAreFoundAtTheirLevelByTheirText(@TempDir Path dir) {
        TestSites.write(
                dir.resolve("a.md"),
                "# 题\n\n#### 工作\n   ### **工作**要求 {#req}\n### 工作要求\n#### 工作安排 ####\n####\n######七级\n");
        SourceLocator locator = new SourceLocator(dir);
        assertThat(locator.locateHeading("a.md", "### 工作要求")).contains(new SourcePos("a.md", 4, 4));
        assertThat(locator.locateHeading("a.md", "### 工作…")).contains(new SourcePos("a.md", 4, 4));
        assertThat(locator.locateHeading("a.md", "#### 工作安排")).contains(new SourcePos("a.md", 6, 1));
        assertThat(locator.locateHeading("a.md", "#### 工作")).contains(new SourcePos("a.md", 3, 1));
        assertThat(locator.locateHeading("a.md", "#### ")).contains(new SourcePos("a.md", 3, 1));
        assertThat(locator.locateHeading("a.md", "## 题")).isEmpty();
        assertThat(locator.locateHeading("a.md", "##### 工作")).isEmpty();
        assertThat(locator.locateHeading("a.md", "###### 七级")).isEmpty();
        TestSites.write(dir.resolve("a.html"), "# 题\n");
        assertThat(locator.locateHeading("a.html", "# 题")).isEmpty();
        assertThat(locator.locateHeading("", "# 题")).isEmpty();
        assertThat(locator.locateHeading(null, "# 题")).isEmpty();
        assertThat(locator.locateHeading("gone.md", "# 题")).isEmpty();
        assertThat(new SourceLocator(null).locateHeading("a.md", "# 题")).isEmpty();
        TestSites.write(dir.resolve("b.md"), "##\n## 甲\n");
        assertThat(locator.locateHeading("b.md", "## 甲")).contains(new SourcePos("b.md", 2, 1));
    }

    @Test
    void linksAreFoundAsWrittenInEachForm(@TempDir Path dir) {
        TestSites.write(
                dir.resolve("a.md"),
                "见 [甲](b.html) 与 [乙](c.md#x)\n<d.html> \"e.html\" 'f.html' (g.html 标题)\n\n[ref]: h.html \"t\"\n[r2]: i.html\n");
        SourceLocator locator = new SourceLocator(dir);
        assertThat(locator.locate("a.md", "b.html")).contains(new SourcePos("a.md", 1, 7));
        assertThat(locator.locate("a.md", "c.html#x")).contains(new SourcePos("a.md", 1, 21));
        assertThat(locator.locate("a.md", "d.html")).contains(new SourcePos("a.md", 2, 2));
        assertThat(locator.locate("a.md", "e.html")).contains(new SourcePos("a.md", 2, 11));
        assertThat(locator.locate("a.md", "f.html")).contains(new SourcePos("a.md", 2, 20));
        assertThat(locator.locate("a.md", "g.html")).contains(new SourcePos("a.md", 2, 29));
        assertThat(locator.locate("a.md", "h.html")).contains(new SourcePos("a.md", 4, 8));
        assertThat(locator.locate("a.md", "i.html")).contains(new SourcePos("a.md", 5, 7));
        assertThat(locator.locate("a.md", "html")).isEmpty();
        assertThat(locator.locate("a.md", "")).isEmpty();
        TestSites.write(dir.resolve("e.md"), "空链接 [](<>) ()\n");
        assertThat(locator.locate("e.md", "")).isEmpty();
        TestSites.write(dir.resolve("nul.md"), "\u0000 (/u)\n");
        assertThat(locator.locate("nul.md", "/u")).contains(new SourcePos("nul.md", 1, 4));
        assertThat(locator.locate("", "b.html")).isEmpty();
        assertThat(locator.locate(null, "b.html")).isEmpty();
        assertThat(new SourceLocator(null).locate("a.md", "b.html")).isEmpty();
    }

    @Test
    void spansAreEqualByTheirText() {
        String line = "abcabc中中";
        long[] p = SourceLocator.Span.prefixes(line);
        assertThat(SourceLocator.Span.in(line, p, 0, 3))
                .isEqualTo(SourceLocator.Span.in(line, p, 3, 6))
                .isEqualTo(SourceLocator.Span.of("abc"))
                .hasSameHashCodeAs(SourceLocator.Span.of("abc"))
                .isNotEqualTo(SourceLocator.Span.of("abd"))
                .isNotEqualTo(SourceLocator.Span.of("ab"))
                .isNotEqualTo("abc");
        assertThat(SourceLocator.Span.in(line, p, 6, 7)).isEqualTo(SourceLocator.Span.in(line, p, 7, 8));
        assertThat(SourceLocator.Span.of("")).isEqualTo(SourceLocator.Span.in(line, p, 2, 2));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            sb.append((char) (0xFFFF - i % 7));
        }
        String big = sb.toString();
        long[] q = SourceLocator.Span.prefixes(big + big);
        assertThat(SourceLocator.Span.in(big + big, q, 0, big.length()))
                .isEqualTo(SourceLocator.Span.in(big + big, q, big.length(), 2 * big.length()))
                .hasSameHashCodeAs(SourceLocator.Span.of(big));
    }
}
