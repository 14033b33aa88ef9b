package cn.gov.jinjiang.gksite.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import cn.gov.jinjiang.gksite.testing.JsonLines;
import cn.gov.jinjiang.gksite.testing.SiteMutations;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the real command on damaged copies of the repository's site ({@link SiteMutations}): every run ends with exit
 * code 0, 1 or 2, no stack trace on stderr, only JSON lines on stdout under {@code --format json}, a file in every
 * diagnostic, and within ten seconds. Seeded and bounded: {@code -Dgksite.fuzz.seed=S} and {@code -Dgksite.fuzz.runs=N}
 * change them, and a failure names the seed and run to replay ({@code -Dgksite.fuzz.run=K} runs that one alone).
 */
class HostileInputFuzzTest {
    private static final long SEED = Long.getLong("gksite.fuzz.seed", 20_261_214L);
    private static final int RUNS = Integer.getInteger("gksite.fuzz.runs", 120);
    private static final Integer ONLY = Integer.getInteger("gksite.fuzz.run");
    private static final Set<String> KEYS = Set.of("file", "line", "column", "severity", "code", "message", "hint");

    @Test
    void damagedSitesNeverCrashOrHang(@TempDir Path dir) {
        Path base = TestSites.repoSite(dir.resolve("base"));
        for (int run = 0; run < RUNS; run++) {
            if (ONLY != null && ONLY != run) {
                continue;
            }
            Path site = dir.resolve("run" + run);
            TestSites.copyTree(base, site);
            SiteMutations mutations = new SiteMutations(SEED * 1_000_003L + run);
            mutations.mutate(site);
            String replay = "seed " + SEED + ", run " + run + " (-Dgksite.fuzz.seed=" + SEED + " -Dgksite.fuzz.run="
                    + run + "):\n" + mutations.describe();
            CliRun cli = new CliRun();
            long t0 = System.nanoTime();
            int code = cli.run("build", "--source", site.toString(), "--format", "json");
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            check(code, cli.out(), cli.err(), took, replay);
            TestSites.deleteTree(site);
        }
    }

    /** The fuzz test's assertions on one run of the command (shared with the runs of the real jar). */
    static void check(int code, String out, String err, Duration took, String replay) {
        assertThat(code).as(replay).isIn(0, 1, 2);
        assertThat(took).as(replay).isLessThan(Duration.ofSeconds(10));
        assertThat(err)
                .as(replay)
                .doesNotContain("\tat ")
                .doesNotContain("Exception in thread")
                .doesNotContain("Caused by:");
        for (String line : out.lines().toList()) {
            Map<String, String> d;
            try {
                d = JsonLines.object(line);
            } catch (IllegalArgumentException e) {
                fail(replay + "\n" + e.getMessage());
                return;
            }
            assertThat(d.keySet()).as(replay).containsAll(KEYS);
            assertThat(d.get("file")).as(replay + "\n" + line).isNotBlank();
        }
    }
}
