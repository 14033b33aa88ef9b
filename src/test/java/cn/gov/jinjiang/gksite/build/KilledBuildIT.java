package cn.gov.jinjiang.gksite.build;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.output.OutputClaim;
import cn.gov.jinjiang.gksite.output.OutputGuard;
import cn.gov.jinjiang.gksite.output.OutputManifest;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, defect 8: a real {@code gksite build} process (the jar, as users run it) killed with SIGKILL at
 * many moments always leaves site/ whole: byte for byte the old site or the new one, never a mix, and never
 * missing once the next start has recovered it; and the next builds remove what the killed ones left.
 *
 * <p>The two versions differ in every page (site.yaml's title is in every header), so a mix is seen. The
 * moments: uniformly random over a build of a 300-page site, then (the swap itself lasts a millisecond)
 * the moment the swap's journal or the set-aside old site appears, and, where strace can trace the JVM,
 * exactly before each rename of the swap ({@code strace --inject=rename:signal=KILL}), with a real process
 * as the next start. No hook in gksite: nothing a user could set by accident changes how the swap runs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KilledBuildIT {
    private static final int RANDOM_KILLS = 42;
    private static final int SWAP_KILLS = 8;
    private static final int EXTRA_PAGES = 300;

    @TempDir
    static Path dir;

    Path source;
    Path site;
    Map<String, byte[]> versionA;
    Map<String, byte[]> versionB;
    /** Wall time of a whole build process, measured once. */
    long buildNanos;
    /** Options of every gksite process. */
    List<String> jvmOptions = List.of();

    @BeforeAll
    void twoVersionsOfABigSite() throws Exception {
        assertThat(TestSites.JAR)
                .as("the jar (mvn package runs before the ITs)")
                .isRegularFile();
        source = TestSites.repoSite(dir.resolve("src"));
        site = source.resolve("site");
        for (int i = 1; i <= EXTRA_PAGES; i++) {
            TestSites.write(
                    source.resolve("content/zz/p" + i + ".md"),
                    "---\ntitle: 测试页面 " + i + "\n---\n\n## 第一节\n\n第 " + i
                            + " 个测试页面的正文，[首页](/)。\n\n- 一\n- 二\n\n| 甲 | 乙 |\n|---|---|\n| 1 | 2 |\n");
        }
        TestSites.write(source.resolve("content/zz/index.md"), "---\ntitle: 测试栏目\n---\n\n栏目说明。\n");
        version("A");
        // the classes of a build, archived once, so that each of the many starts below takes less time
        jvmOptions = List.of(
                "-XX:ArchiveClassesAtExit=" + dir.resolve("gksite.jsa"), "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        buildWhole();
        jvmOptions = Files.isRegularFile(dir.resolve("gksite.jsa"))
                ? List.of(
                        "-XX:SharedArchiveFile=" + dir.resolve("gksite.jsa"), "-Xlog:cds=off", "-Xlog:cds+dynamic=off")
                : List.of();
        long start = System.nanoTime();
        buildWhole();
        buildNanos = System.nanoTime() - start;
        versionA = TestSites.snapshot(site);
        version("B");
        buildWhole();
        versionB = TestSites.snapshot(site);
        assertThat(versionA.get("index.html")).isNotEqualTo(versionB.get("index.html"));
        assertThat(versionA.keySet()).contains(OutputGuard.MARKER).hasSizeGreaterThan(EXTRA_PAGES);
    }

    @Test
    void killedAtRandomMomentsAndInTheSwapTheSiteIsAlwaysWhole() throws Exception {
        Random random = new Random(14);
        int missing = 0;
        int journalled = 0;
        for (int i = 0; i < RANDOM_KILLS + SWAP_KILLS; i++) {
            version(i % 2 == 0 ? "A" : "B");
            Process p = build();
            if (i < RANDOM_KILLS) {
                long delay = (long) (buildNanos * (0.15 + 0.9 * random.nextDouble()));
                p.waitFor(delay, TimeUnit.NANOSECONDS);
            } else {
                killInTheSwap(p, random.nextInt(3));
            }
            p.destroyForcibly().waitFor();
            journalled += Files.exists(journal()) ? 1 : 0;
            missing += Files.exists(site) ? 0 : 1;
            assertWholeAfterRecovery("kill " + i);
            assertThat(leftovers())
                    .as("leftovers after kill %d: the next start removes them", i)
                    .hasSizeLessThanOrEqualTo(4);
        }
        System.out.printf(
                "KilledBuildIT: a whole build %d ms; %d kills, %d with the swap journalled, %d with site/ missing"
                        + " until recovered%n",
                buildNanos / 1_000_000, RANDOM_KILLS + SWAP_KILLS, journalled, missing);

        version("B");
        buildWhole();
        assertSame(TestSites.snapshot(site), versionB, "site/ after a whole build");
        assertCleanAfterAWholeBuild();
    }

    @Test
    void killedBeforeEachRenameOfTheSwapTheNextStartPutsTheNewSiteInPlace() throws Exception {
        Assumptions.assumeTrue(
                straceWorks(), "strace cannot trace processes here (not installed or ptrace not allowed)");
        version("B");
        List<String> renames = tracedRenames();
        assertSame(TestSites.snapshot(site), versionB, "site/ after the traced build");
        int journal = indexOf(renames, "swap-site.tmp\", ");
        int aside = indexOf(renames, "/site\", \"");
        int in = indexOf(renames, "/site\") ");
        int manifest = indexOf(renames, "manifest-site.tsv.new\", ");
        assertThat(List.of(journal, aside, in, manifest))
                .as("renames of the swap: %s", renames)
                .isSorted()
                .doesNotContain(-1);
        String current = "B";
        for (int k : List.of(journal, aside, in, manifest)) {
            // each kill builds the other version than the one in site/
            String other = current.equals("A") ? "B" : "A";
            version(other);
            Process killed = command(
                    "strace",
                    "-f",
                    "-qq",
                    "-o",
                    "/dev/null",
                    "-e",
                    "trace=rename",
                    "-e",
                    "inject=rename:signal=KILL:when=" + (k + 1));
            assertThat(killed.waitFor()).as("killed before rename %d", k + 1).isNotZero();
            assertThat(Files.exists(site))
                    .as("site/ after a kill between the renames")
                    .isEqualTo(k != in);
            current = k == journal ? current : other;
            nextStartFailsButRecovers();
            assertSame(
                    TestSites.snapshot(site),
                    current.equals("A") ? versionA : versionB,
                    "site/ after the kill before rename " + (k + 1));
            assertManifestListsTheSite();
            assertThat(journal()).doesNotExist();
        }
        buildWhole();
        assertCleanAfterAWholeBuild();
    }

    /** Kills as soon as the swap's journal or the set-aside old site shows, after 0, 1 or 2 milliseconds. */
    private void killInTheSwap(Process p, int millis) throws IOException {
        // leftovers of earlier kills do not count: only a journal or an old site this build sets aside
        boolean journalBefore = Files.exists(journal());
        List<String> before = leftovers();
        long deadline = System.nanoTime() + 4 * buildNanos;
        while (p.isAlive()
                && System.nanoTime() < deadline
                && (journalBefore || !Files.exists(journal()))
                && leftovers().stream().noneMatch(n -> n.startsWith(".site.old-") && !before.contains(n))) {
            LockSupport.parkNanos(50_000);
        }
        LockSupport.parkNanos(millis * 1_000_000L);
    }

    /** A real start with a broken site.yaml: it recovers the output first, then fails on the configuration. */
    private void nextStartFailsButRecovers() throws Exception {
        Path yaml = source.resolve("site.yaml");
        String good = TestSites.read(yaml);
        TestSites.write(yaml, good + "\n  broken: [\n");
        try {
            assertThat(build().waitFor()).as("a start with a broken site.yaml").isNotZero();
        } finally {
            TestSites.write(yaml, good);
        }
    }

    private void assertWholeAfterRecovery(String when) throws IOException {
        if (!Files.exists(site)) {
            assertThat(journal())
                    .as("%s: site/ is missing only while a journalled swap waits for the next start", when)
                    .exists();
            // what every next start (build, serve, publish) runs first
            OutputClaim.take(source, site).close();
        }
        Map<String, byte[]> now = TestSites.snapshot(site);
        boolean isA = same(now, versionA);
        assertThat(isA || same(now, versionB))
                .as("%s: site/ is version A or version B, whole (%s)", when, difference(now))
                .isTrue();
    }

    private void assertCleanAfterAWholeBuild() throws IOException {
        assertThat(leftovers()).isEmpty();
        assertThat(journal()).doesNotExist();
        try (Stream<Path> s = Files.list(journal().getParent())) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".new") || n.endsWith(".tmp"));
        }
        assertManifestListsTheSite();
    }

    private void assertManifestListsTheSite() {
        TreeSet<String> listed = new TreeSet<>();
        OutputManifest.read(OutputManifest.fileFor(site)).entries().forEach(e -> listed.add(e.path()));
        TreeSet<String> files = new TreeSet<>(TestSites.snapshot(site).keySet());
        files.remove(OutputGuard.MARKER);
        assertThat(listed).as("the manifest lists the site in place").isEqualTo(files);
    }

    private static boolean same(Map<String, byte[]> a, Map<String, byte[]> b) {
        return a.keySet().equals(b.keySet())
                && a.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), b.get(e.getKey())));
    }

    private static void assertSame(Map<String, byte[]> actual, Map<String, byte[]> expected, String what) {
        assertThat(actual.keySet()).as(what).isEqualTo(expected.keySet());
        assertThat(expected.keySet().stream().filter(k -> !Arrays.equals(actual.get(k), expected.get(k))))
                .as("%s: files that differ", what)
                .isEmpty();
    }

    /** Which files are in neither version, or in the wrong one, for the failure message. */
    private String difference(Map<String, byte[]> now) {
        long fromA = now.entrySet().stream()
                .filter(e -> Arrays.equals(e.getValue(), versionA.get(e.getKey())))
                .count();
        long fromB = now.entrySet().stream()
                .filter(e -> Arrays.equals(e.getValue(), versionB.get(e.getKey())))
                .count();
        return now.size() + " files, " + fromA + " as in A, " + fromB + " as in B, A has " + versionA.size();
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> s = Files.list(source)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".site."))
                    .sorted()
                    .toList();
        }
    }

    private Path journal() {
        return source.resolve(".gksite/swap-site");
    }

    private void version(String v) {
        Path yaml = source.resolve("site.yaml");
        TestSites.write(yaml, TestSites.read(yaml).replaceFirst("(?m)^  title: 晋江市人民政府.*$", "  title: 晋江市人民政府" + v));
    }

    private Process build() throws IOException {
        return command();
    }

    /** {@code java -jar gksite.jar build} for the test site, behind an optional wrapper (strace). */
    private Process command(String... wrapper) throws IOException {
        List<String> jvm = new ArrayList<>(jvmOptions);
        jvm.add("-XX:TieredStopAtLevel=1");
        List<String> cmd = new ArrayList<>(List.of(wrapper));
        cmd.addAll(TestSites.jarCommand(jvm, "build", "--source", source.toString()));
        return new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(log().toFile())
                .start();
    }

    /** What the last gksite process printed. */
    private static Path log() {
        return dir.resolve("gksite.log");
    }

    /** Runs a whole build and requires it to succeed. */
    private void buildWhole() throws Exception {
        int exit = build().waitFor();
        assertThat(exit).as("a whole build: %s", TestSites.read(log())).isZero();
    }

    private boolean straceWorks() {
        try {
            Process p = new ProcessBuilder("strace", "-f", "-qq", "-o", "/dev/null", "-e", "trace=rename", "true")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** The rename calls of one whole build, in order, as strace prints them. */
    private List<String> tracedRenames() throws Exception {
        Path log = dir.resolve("renames.log");
        Process traced = command("strace", "-f", "-qq", "-s", "4096", "-o", log.toString(), "-e", "trace=rename");
        assertThat(traced.waitFor()).isZero();
        return Files.readAllLines(log).stream()
                .filter(l -> l.contains("rename("))
                .toList();
    }

    private static int indexOf(List<String> renames, String part) {
        for (int i = 0; i < renames.size(); i++) {
            if (renames.get(i).contains(part)) {
                return i;
            }
        }
        return -1;
    }
}
