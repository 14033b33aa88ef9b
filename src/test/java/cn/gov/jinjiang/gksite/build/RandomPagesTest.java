package cn.gov.jinjiang.gksite.build;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.testing.SignSoup;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole builds of pages pasted together from Markdown's, HTML's, YAML's and Chinese signs, as a hurried editor or an
 * attacker writes them: every build ends with diagnostics, never with an internal error or an exception. (This
 * generator found an open tag in a link reference's text that failed the page's conversion.)
 */
class RandomPagesTest {

    @TempDir
    Path dir;

    @Test
    void noPageOfSignsEndsABuildWithAnInternalError() throws IOException {
        Path site = TestSites.fixture("valid-report", dir);
        Path pages = site.resolve("content/fz");
        Clock clock = Clock.fixed(Instant.parse("2027-06-01T00:00:00Z"), ZoneOffset.UTC);
        Random random = new Random(1);
        for (int build = 0; build < 30; build++) {
            clear(pages);
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String text = page(random, i);
                texts.add(text);
                Files.write(pages.resolve("p" + i + ".md"), text.getBytes(StandardCharsets.UTF_8));
            }
            TestSites.write(pages.resolve("index.md"), "---\ntitle: 随机\n---\n");
            BuildResult r = new Pipeline(clock)
                    .run(new BuildRequest(site, site.resolve("site"), true, random.nextBoolean(), false));
            assertThat(r.diagnostics())
                    .as("build %d of pages %s", build, texts)
                    .extracting(Diagnostic::code)
                    .noneMatch(code -> code.startsWith("internal"));
        }
    }

    private static String page(Random random, int i) {
        StringBuilder sb = new StringBuilder(
                random.nextInt(30) == 0
                        ? ""
                        : random.nextInt(30) == 0 ? "---\ntitle: 页" + i + "\n" : "---\ntitle: 页" + i + "\n---\n");
        sb.append(SignSoup.of(random, 60));
        if (random.nextInt(20) == 0) {
            sb.append(">".repeat(1000));
        }
        return sb.toString();
    }

    private static void clear(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
    }
}
