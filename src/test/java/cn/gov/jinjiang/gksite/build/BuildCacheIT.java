package cn.gov.jinjiang.gksite.build;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20's proof of sameness through separate processes: random sequences of edits, and after each a
 * {@code gksite build} (the real jar, with the build cache the processes before it left) and a
 * {@code gksite build --no-cache}; both write the same site/ byte for byte, print the same diagnostics and exit
 * alike. A damaged cache between two processes changes nothing either.
 */
class BuildCacheIT {

    @TempDir
    Path dir;

    private record Run(int exit, String out) {}

    @Test
    void everyProcessWithTheCacheWritesWhatAProcessWithoutItWrites() throws Exception {
        Path site = TestSites.repoSite(dir.resolve("src"));
        Path backup = dir.resolve("backup");
        SiteEdits edits = new SiteEdits(2020, site);
        int refused = 0;
        for (int step = 0; step < 8; step++) {
            String what = step == 0 ? "first build" : edits.edit() + "; " + edits.edit();
            if (step == 5) {
                // damage between two processes: the middle of the cache file
                Path cache = site.resolve(MarkdownCache.FILE);
                byte[] bytes = Files.readAllBytes(cache);
                bytes[bytes.length / 2] ^= 0x20;
                Files.write(cache, bytes);
                what += "; cache damaged";
            }
            Run cached = gksite(site, "build", "--format", "json");
            Map<String, byte[]> cachedSite = TestSites.snapshot(site.resolve("site"));
            Run clean = gksite(site, "build", "--format", "json", "--no-cache");
            Map<String, byte[]> cleanSite = TestSites.snapshot(site.resolve("site"));
            assertThat(cached)
                    .as("step %d (%s): exit code and diagnostics", step, what)
                    .isEqualTo(clean);
            assertThat(cachedSite.keySet()).as("step %d (%s)", step, what).isEqualTo(cleanSite.keySet());
            for (Map.Entry<String, byte[]> f : cleanSite.entrySet()) {
                assertThat(cachedSite.get(f.getKey()))
                        .as("step %d (%s): %s", step, what, f.getKey())
                        .isEqualTo(f.getValue());
            }
            if (clean.exit() != 0) {
                refused++;
                BuildCacheTest.restore(backup, site);
            }
            BuildCacheTest.save(site, backup);
        }
        assertThat(Files.size(site.resolve(MarkdownCache.FILE))).isGreaterThan(10_000);
        assertThat(refused).isLessThan(8);
    }

    private Run gksite(Path site, String... args) throws IOException, InterruptedException {
        List<String> cmd = TestSites.jarCommand(List.of("-XX:TieredStopAtLevel=1"), args);
        cmd.addAll(List.of("--source", site.toString()));
        Path log = dir.resolve("out.txt");
        Process p = new ProcessBuilder(cmd)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(log.toFile())
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS))
                .as("gksite %s ends", String.join(" ", args))
                .isTrue();
        return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
