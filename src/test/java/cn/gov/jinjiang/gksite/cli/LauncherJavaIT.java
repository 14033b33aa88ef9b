package cn.gov.jinjiang.gksite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which java the launcher runs (issue 20): the one named by GKSITE_JAVA, else JAVA_HOME's, else the newest Java 17+
 * on the machine, found through the installations' release files without starting any of them; and the repository's
 * ./gksite trains a class-data archive for that very java: an ahead-of-time cache on Java 25 and newer, which the
 * next start maps.
 */
class LauncherJavaIT {
    private static final Path REAL_JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    private static final Path JAR = TestSites.REPO.resolve("target/gksite.jar");

    @TempDir
    Path dir;

    private record Run(int code, String out) {}

    /**
     * A Java installation under {@code jvms}: its release file (none if {@code release} is null) and a java that notes
     * each start in starts.txt and then runs the real java.
     */
    private Path installation(String name, String release) throws IOException {
        Path home = Files.createDirectories(dir.resolve("jvms").resolve(name).resolve("bin"))
                .getParent();
        Files.writeString(
                home.resolve("bin/java"),
                "#!/bin/sh\necho '" + name + "' >> '" + dir.resolve("starts.txt") + "'\nexec '" + REAL_JAVA
                        + "' \"$@\"\n");
        Files.setPosixFilePermissions(home.resolve("bin/java"), PosixFilePermissions.fromString("rwxr-xr-x"));
        if (release != null) {
            Files.writeString(home.resolve("release"), release);
        }
        return home;
    }

    private Run launcher(Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                "bash", TestSites.REPO.resolve("src/main/dist/bin/gksite").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("JAVA_HOME");
        pb.environment().remove("GKSITE_JAVA");
        pb.environment().remove("GKSITE_JAVA_OPTS");
        pb.environment().put("GKSITE_JAR", JAR.toString());
        pb.environment().put("GKSITE_JVM_DIRS", dir.resolve("jvms").toString());
        pb.environment().putAll(env);
        return run(pb);
    }

    private static Run run(ProcessBuilder pb) throws Exception {
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    private List<String> starts() throws IOException {
        Path log = dir.resolve("starts.txt");
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    @Test
    void theNewestJavaOfTheMachineIsRunUnlessOneIsNamed() throws Exception {
        installation("jdk16", "JAVA_VERSION=\"16.0.2\"\n");
        Path newest = installation("jdk30", "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"30.0.1\"\n");
        // newer, but not to be chosen: for another architecture, without a release file, not executable
        installation("jdk99-other-arch", "JAVA_VERSION=\"99\"\nOS_ARCH=\"no-such-arch\"\n");
        installation("jdk98-no-release", null);
        Path notExecutable = installation("jdk97", "JAVA_VERSION=\"97\"\n");
        Files.setPosixFilePermissions(notExecutable.resolve("bin/java"), PosixFilePermissions.fromString("rw-r--r--"));

        Run chosen = launcher(Map.of("GKSITE_PRINT_JAVA", "1"));
        assertThat(chosen.code()).as(chosen.out()).isZero();
        assertThat(chosen.out()).isEqualTo(newest.resolve("bin/java") + "\n30.0.1\n30\n");
        assertThat(starts()).as("no java is started to learn its version").isEmpty();

        Run version = launcher(Map.of(), "--version");
        assertThat(version.code()).as(version.out()).isZero();
        assertThat(version.out()).startsWith("gksite ");
        assertThat(starts()).containsExactly("jdk30");

        // GKSITE_JAVA wins, as a java or as an installation's folder; JAVA_HOME wins over the search
        Run named = launcher(Map.of("GKSITE_JAVA", dir.resolve("jvms/jdk16").toString()), "--version");
        assertThat(named.code()).isEqualTo(ExitCodes.USAGE_OR_ENVIRONMENT);
        assertThat(named.out()).startsWith("gksite：需要 Java 17 或更新版本").contains("16.0.2");
        Run home = launcher(Map.of("JAVA_HOME", dir.resolve("jvms/jdk16").toString()), "--version");
        assertThat(home.out()).contains("16.0.2");
        Run wrong = launcher(Map.of("GKSITE_JAVA", dir.resolve("no-java").toString()), "--version");
        assertThat(wrong.code()).isEqualTo(ExitCodes.USAGE_OR_ENVIRONMENT);
        assertThat(wrong.out())
                .startsWith("gksite：环境变量 GKSITE_JAVA（")
                .contains("GKSITE_JAVA (" + dir.resolve("no-java") + ") is neither a java");
        assertThat(starts()).containsExactly("jdk30");
    }

    @Test
    void theRepositoryLauncherTrainsAnAheadOfTimeCacheForJava25AndMapsIt() throws Exception {
        Path jdk25 = newestInstalled();
        Assumptions.assumeTrue(jdk25 != null, "no Java 25 or newer in /usr/lib/jvm");
        // a copy of the repository's launchers with the built jar, newer than pom.xml and the (absent) sources
        Path repo = repositoryCopy(null);

        ProcessBuilder pb = repositoryLauncher(repo, jdk25, "--version");
        Run first = run(pb);
        assertThat(first.code()).as(first.out()).isZero();
        try (Stream<Path> s = Files.list(repo.resolve("target"))) {
            assertThat(s.map(p -> p.getFileName().toString()))
                    .anyMatch(
                            n -> n.matches("gksite-java-2[5-9][0-9._+-]*\\.aot|gksite-java-[3-9][0-9][0-9._+-]*\\.aot"))
                    .noneMatch(n -> n.startsWith(".gksite-train"));
        }
        assertThat(first.out()).contains("Opened AOT cache").contains("gksite ");
        // with the logging as the launcher sets it, a start says nothing but the version
        pb.environment().remove("GKSITE_JAVA_OPTS");
        Run second = run(pb);
        assertThat(second.out().lines()).hasSize(1).allMatch(l -> l.startsWith("gksite "));
    }

    @Test
    void aSiteWithABuildCacheIsBuiltWithTheArchiveTrainedOnAnEdit() throws Exception {
        Path jdk25 = newestInstalled();
        Assumptions.assumeTrue(jdk25 != null, "no Java 25 or newer in /usr/lib/jvm");
        // the repository copy has a site of its own this time: both archives are trained on it
        Path repo = repositoryCopy("valid-report");
        Path site = dir.resolve("站点");
        TestSites.fixture("valid-report", site);

        ProcessBuilder pb = repositoryLauncher(repo, jdk25, "build", "--source", site.toString());
        Run first = run(pb);
        assertThat(first.code()).as(first.out()).isZero();
        assertThat(repo.resolve("target"))
                .isDirectoryContaining(p -> p.getFileName().toString().endsWith("-edit.aot"));
        // no build cache yet: the archive of a first build
        assertThat(first.out()).containsPattern("Opened AOT cache .*gksite-java-[^/]*[0-9]\\.aot");
        Run second = run(pb);
        assertThat(second.code()).as(second.out()).isZero();
        assertThat(second.out()).containsPattern("Opened AOT cache .*gksite-java-[^/]*-edit\\.aot");
        assertThat(site.resolve("site/index.html")).exists();
    }

    /**
     * The training of the edit's archive picks the first page of a copy of the repository's content/: among thousands
     * of pages too. It did so with {@code find | sort | head -n 1} under {@code set -o pipefail}: head's early exit
     * killed sort (SIGPIPE), and the launcher ended with status 141 before it ran anything, for a few hundred pages
     * now and then, for thousands every time. A site.yaml that is not one ends each training build at once.
     */
    @Test
    void theEditTrainingFindsItsPageAmongThousands() throws Exception {
        Path jdk25 = newestInstalled();
        Assumptions.assumeTrue(jdk25 != null, "no Java 25 or newer in /usr/lib/jvm");
        Path repo = repositoryCopy(null);
        Files.writeString(repo.resolve("site.yaml"), "- not: a site\n");
        Path folder = Files.createDirectories(repo.resolve("content/xxgk/zfxxgkzl/a-folder-with-a-rather-long-name"));
        for (int i = 0; i < 3000; i++) {
            Files.writeString(folder.resolve("a-page-with-a-long-name-" + i + ".md"), "");
        }
        Run run = run(repositoryLauncher(repo, jdk25, "--version"));
        assertThat(run.code()).as(run.out()).isZero();
        assertThat(run.out()).contains("gksite ");
    }

    /**
     * A copy of the repository's launchers with the built jar, newer than pom.xml and the sources (none, or the fixture
     * site {@code site} and its theme, made older than the jar: themes/portal is packaged into it).
     */
    private Path repositoryCopy(String site) throws IOException {
        Path repo = Files.createDirectories(dir.resolve("repo/src/main/dist/bin"))
                .getParent()
                .getParent()
                .getParent()
                .getParent();
        Files.copy(TestSites.REPO.resolve("gksite"), repo.resolve("gksite"));
        Files.copy(TestSites.REPO.resolve("src/main/dist/bin/gksite"), repo.resolve("src/main/dist/bin/gksite"));
        Files.writeString(repo.resolve("pom.xml"), "<project/>\n");
        for (String f : List.of("gksite", "src/main/dist/bin/gksite", "pom.xml")) {
            Files.setLastModifiedTime(repo.resolve(f), FileTime.fromMillis(0));
        }
        if (site != null) {
            TestSites.fixture(site, repo);
            try (Stream<Path> files = Files.walk(repo.resolve("themes"))) {
                for (Path f : files.toList()) {
                    Files.setLastModifiedTime(f, FileTime.fromMillis(0));
                }
            }
        }
        Path jar = Files.createDirectories(repo.resolve("target")).resolve("gksite.jar");
        Files.copy(JAR, jar, StandardCopyOption.COPY_ATTRIBUTES);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        return repo;
    }

    /** The repository copy's ./gksite with {@code args}, choosing among the Java of {@code jdk}'s folder, AOT logged. */
    private static ProcessBuilder repositoryLauncher(Path repo, Path jdk, String... args) {
        List<String> cmd =
                new ArrayList<>(List.of("bash", repo.resolve("gksite").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("JAVA_HOME");
        pb.environment().remove("GKSITE_JAVA");
        pb.environment().put("GKSITE_JVM_DIRS", jdk.getParent().toString());
        pb.environment().put("GKSITE_JAVA_OPTS", "-Xlog:aot=info");
        return pb;
    }

    /** The folder of a Java 25+ installation in /usr/lib/jvm, or null. */
    private static Path newestInstalled() throws IOException {
        Path jvm = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvm)) {
            return null;
        }
        try (Stream<Path> s = Files.list(jvm)) {
            for (Path home : s.sorted().toList()) {
                Path release = home.resolve("release");
                if (Files.isRegularFile(release) && Files.isExecutable(home.resolve("bin/java"))) {
                    String text = Files.readString(release);
                    Matcher m = Pattern.compile("JAVA_VERSION=\"(\\d+)").matcher(text);
                    if (m.find() && Integer.parseInt(m.group(1)) >= 25) {
                        return home;
                    }
                }
            }
        }
        return null;
    }
}
