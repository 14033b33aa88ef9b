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
}
