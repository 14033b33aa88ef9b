package cn.gov.jinjiang.gksite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.testing.SiteMutations;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A few runs of the fuzz test with the real jar in its own JVM (default stack and the launcher's heap): the same
 * assertions as {@link HostileInputFuzzTest}, plus the issue's worst single inputs, and running out of memory, which
 * must be a JSON line too.
 */
class HostileJarIT {
    private static final Path JAR = TestSites.REPO.resolve("target/gksite.jar");

    private record Run(int code, String out, String err, Duration took) {}

    private static Run gksite(List<String> jvm, Path site) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("java", "-XX:TieredStopAtLevel=1"));
        cmd.addAll(jvm);
        cmd.addAll(List.of("-jar", JAR.toString(), "build", "--source", site.toString(), "--format", "json"));
        Path out = Files.createTempFile(site.getParent(), "out", ".txt");
        Path err = Files.createTempFile(site.getParent(), "err", ".txt");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("gksite did not finish in 60 s on " + site);
        }
        return new Run(
                p.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8),
                Duration.ofNanos(System.nanoTime() - t0));
    }

    @Test
    void damagedSitesWithTheRealJar(@TempDir Path dir) throws Exception {
        assertThat(JAR).exists();
        Path base = TestSites.repoSite(dir.resolve("base"));
        for (int run = 0; run < 6; run++) {
            Path site = dir.resolve("run" + run);
            TestSites.copyTree(base, site);
            SiteMutations m = new SiteMutations(41L * run + 7);
            m.mutate(site);
            Run r = gksite(List.of("-Xmx1g"), site);
            // The JVM's start is part of each run here; the ten seconds hold for the build.
            HostileInputFuzzTest.check(
                    r.code(), r.out(), r.err(), r.took().minusSeconds(2), "jar run " + run + ":\n" + m.describe());
        }
    }

    @Test
    void theIssuesInputsWithTheRealJar(@TempDir Path dir) throws Exception {
        for (String snippet : List.of(">".repeat(1000), "*".repeat(2000), "- ".repeat(10_000), "[a](".repeat(50_000))) {
            Path site = TestSites.repoSite(dir.resolve("s" + snippet.length() + snippet.charAt(0)));
            Path page = site.resolve("content/xxgk/zfxxgkzl/zn/index.md");
            Files.writeString(page, Files.readString(page) + "\n" + snippet + "\n");
            Run r = gksite(List.of("-Xmx1g"), site);
            HostileInputFuzzTest.check(r.code(), r.out(), r.err(), r.took().minusSeconds(2), snippet.substring(0, 10));
            assertThat(r.code()).isIn(0, 1);
        }
    }

    @Test
    void runningOutOfMemoryIsAJsonLine(@TempDir Path dir) throws Exception {
        Path site = TestSites.repoSite(dir.resolve("site"));
        TestSites.write(
                site.resolve("content/big.md"),
                "---\ntitle: 大\n---\n" + ("中文段落内容，包含一些文字。".repeat(60) + "\n\n").repeat(2700));
        Run r = gksite(List.of("-Xmx16m"), site);
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE_OR_ENVIRONMENT);
        assertThat(r.out()).contains("\"code\":\"internal.memory\"");
        HostileInputFuzzTest.check(r.code(), r.out(), r.err(), Duration.ZERO, "out of memory");
    }
}
