package cn.gov.jinjiang.gksite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The resident build server through the release launcher, as an editor meets it: the first build runs in a process of
 * its own and leaves a server behind; the next ones are sent to it (only the small client starts: the quick one in
 * perl, or the Java one where there is no perl or GKSITE_CLIENT=java) and print, exit and
 * write exactly what a process of their own does; {@code gksite server stop} ends it; CI and GKSITE_SERVER=0 never
 * use one.
 */
class BuildServerIT {
    private static final Path REAL_JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    @TempDir
    Path dir;

    private Path java;
    private Path runtime;

    private record Run(int code, String out, String err) {
        /** The same run with its elapsed times masked. */
        Run masked() {
            return new Run(code, mask(out), mask(err));
        }

        private static String mask(String s) {
            return s.replaceAll("用时 [0-9]+ 毫秒", "用时 … 毫秒");
        }
    }

    /** A java that notes each start's arguments in starts.txt, then runs the real one. */
    @BeforeEach
    void java() throws IOException {
        Path home = Files.createDirectories(dir.resolve("jdk/bin")).getParent();
        java = home.resolve("bin/java");
        Files.writeString(
                java,
                "#!/bin/sh\necho \"$*\" >> '" + dir.resolve("starts.txt") + "'\nexec '" + REAL_JAVA + "' \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.copy(Path.of(System.getProperty("java.home"), "release"), home.resolve("release"));
        runtime = Files.createDirectories(dir.resolve("run"));
        Files.setPosixFilePermissions(runtime, PosixFilePermissions.fromString("rwx------"));
    }

    @AfterEach
    void stopServers() throws Exception {
        launcher(Map.of(), "server", "stop");
    }

    private Run launcher(Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                "bash", TestSites.REPO.resolve("src/main/dist/bin/gksite").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().remove("JAVA_HOME");
        pb.environment().remove("GKSITE_JAVA_OPTS");
        pb.environment().remove("CI");
        pb.environment().put("GKSITE_JAVA", java.toString());
        pb.environment().put("GKSITE_JAR", TestSites.JAR.toString());
        pb.environment().put("GKSITE_SERVER", "1");
        pb.environment().put("GKSITE_SERVER_IDLE", "60");
        pb.environment().put("XDG_RUNTIME_DIR", runtime.toString());
        pb.environment().putAll(env);
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** The java starts since the last call, each as its main class or -jar. */
    private List<String> starts() throws IOException {
        Path log = dir.resolve("starts.txt");
        if (!Files.exists(log)) {
            return List.of();
        }
        List<String> starts = Files.readAllLines(log).stream()
                .filter(l -> !l.equals("-version"))
                .map(l -> l.contains(" -jar ") ? "-jar" : l.replaceAll(".* (cn\\.gov\\.[A-Za-z.]+).*", "$1"))
                .map(l -> l.replace("cn.gov.jinjiang.gksite.cli.", ""))
                .toList();
        Files.delete(log);
        return starts;
    }

    /** Waits until the server answers at its socket. */
    private void awaitServer() throws Exception {
        for (int i = 0; i < 600; i++) {
            try (Stream<Path> s = Files.list(runtime.resolve("gksite"))) {
                if (s.anyMatch(p -> p.toString().endsWith(".sock"))) {
                    Run probe = launcher(Map.of(), "build", "--source", "missing");
                    // (served: the quick client in perl, no java started)
                    if (probe.code() == 2 && starts().isEmpty()) {
                        return;
                    }
                }
            } catch (NoSuchFileException e) {
                // not yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no server came up");
    }

    @Test
    void theFirstBuildLeavesAServerAndTheNextAreItsWithTheSameResults() throws Exception {
        Path site = TestSites.fixture("warn-report.R5", dir.resolve("w"));
        Path broken = TestSites.fixture("invalid-check.link-broken", dir.resolve("b"));

        Run first = launcher(Map.of(), "build", "--source", "w");
        assertThat(first.code()).as(first.err()).isZero();
        // (the server starts in the background: its line comes when it comes)
        for (int i = 0; i < 300 && !Files.readString(dir.resolve("starts.txt")).contains("BuildServer"); i++) {
            Thread.sleep(100);
        }
        assertThat(starts()).containsExactly("-jar", "BuildServer");
        awaitServer();

        for (List<String> line : List.of(
                List.of("build", "--source", "w"),
                List.of("build", "--source", "w", "--format", "json"),
                List.of("check", "--source", "w"),
                List.of("build", "--source", "b"),
                List.of("build", "--source", "b", "--out", "b-out", "--format", "json"),
                List.of("build", "--source", "missing"),
                List.of("build", "--bogus"))) {
            String[] args = line.toArray(String[]::new);
            Run alone = launcher(Map.of("GKSITE_SERVER", "0"), args);
            assertThat(starts()).as("GKSITE_SERVER=0: %s", line).containsExactly("-jar");
            Map<String, String> built = outputs();
            // the quick client in perl: no java started
            Run served = launcher(Map.of(), args);
            assertThat(starts()).as("%s", line).isEmpty();
            assertThat(served.masked()).as("%s", line).isEqualTo(alone.masked());
            assertThat(outputs()).as("%s", line).isEqualTo(built);
            // the Java client, where there is no perl (or GKSITE_CLIENT=java)
            Run java = launcher(Map.of("GKSITE_CLIENT", "java"), args);
            assertThat(starts()).as("%s", line).containsExactly("ServerClient");
            assertThat(java.masked()).as("%s", line).isEqualTo(alone.masked());
            assertThat(outputs()).as("%s", line).isEqualTo(built);
        }
        // where perl is missing: a PATH with bash and java's folder alone, no perl
        Path bin = Files.createDirectories(dir.resolve("bin"));
        for (String tool : List.of("bash", "sh", "locale", "uname", "readlink", "dirname", "grep", "head", "sleep")) {
            Path found = Stream.of("/usr/bin", "/bin")
                    .map(d -> Path.of(d, tool))
                    .filter(Files::isExecutable)
                    .findFirst()
                    .orElseThrow();
            Files.createSymbolicLink(bin.resolve(tool), found);
        }
        Run noPerl = launcher(Map.of("PATH", bin.toString()), "check", "--source", "w");
        assertThat(starts()).containsExactly("ServerClient");
        assertThat(noPerl.code()).as(noPerl.err()).isZero();
        // the caller's perl settings (a module perl cannot find, UTF-8 layers everywhere) do not reach the client
        Run alone = launcher(Map.of("GKSITE_SERVER", "0"), "check", "--source", "w");
        starts();
        Run perlSettings = launcher(
                Map.of("PERL5OPT", "-MNo::Such::Module", "PERL_UNICODE", "SDA", "PERLIO", ":utf8"),
                "check",
                "--source",
                "w");
        assertThat(starts()).isEmpty();
        assertThat(perlSettings.masked()).isEqualTo(alone.masked());
        assertThat(site.resolve("site/index.html")).isRegularFile();

        // other verbs run in a process of their own, with no server started for them
        Run version = launcher(Map.of(), "--version");
        assertThat(version.code()).isZero();
        assertThat(starts()).containsExactly("-jar");

        Run stop = launcher(Map.of(), "server", "stop");
        assertThat(stop.code()).isZero();
        assertThat(stop.err()).contains("已停止 1 个构建服务");
        assertThat(starts()).containsExactly("ServerClient");
        for (int i = 0; i < 100 && hasSocket(); i++) {
            Thread.sleep(100);
        }
        assertThat(hasSocket()).isFalse();
    }

    private boolean hasSocket() throws IOException {
        try (Stream<Path> s = Files.list(runtime.resolve("gksite"))) {
            return s.anyMatch(p -> p.toString().endsWith(".sock"));
        }
    }

    /** The files the builds wrote below the test's folder (site/ and b-out/), by path. */
    private Map<String, String> outputs() throws Exception {
        Map<String, String> all = new TreeMap<>();
        var sha = MessageDigest.getInstance("SHA-256");
        for (String out : List.of("w/site", "b/site", "b-out")) {
            Path p = dir.resolve(out);
            if (Files.isDirectory(p)) {
                TestSites.snapshot(p)
                        .forEach((k, v) -> all.put(out + "/" + k, HexFormat.of().formatHex(sha.digest(v))));
            }
        }
        return all;
    }

    @Test
    void underCiOrWhenSwitchedOffNoServerIsUsedOrStarted() throws Exception {
        TestSites.fixture("valid-report", dir.resolve("w"));
        Map<String, String> ci = new HashMap<>(Map.of("CI", "true"));
        ci.put("GKSITE_SERVER", "");
        assertThat(launcher(ci, "build", "--source", "w").code()).isZero();
        assertThat(starts()).containsExactly("-jar");
        assertThat(launcher(Map.of("GKSITE_SERVER", "0"), "build", "--source", "w")
                        .code())
                .isZero();
        assertThat(starts()).containsExactly("-jar");
        assertThat(Files.exists(runtime.resolve("gksite")) ? hasSocket() : false)
                .isFalse();
    }

    @Test
    void anUnsafeFolderMeansNoServerButTheBuildRuns() throws Exception {
        TestSites.fixture("valid-report", dir.resolve("w"));
        Files.createDirectories(runtime.resolve("gksite"));
        Files.setPosixFilePermissions(runtime.resolve("gksite"), PosixFilePermissions.fromString("rwxrwxrwx"));
        Run r = launcher(Map.of(), "build", "--source", "w");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(starts()).containsExactly("-jar");
        assertThat(hasSocket()).isFalse();
        // (the same with the Java client)
        assertThat(launcher(Map.of("GKSITE_CLIENT", "java"), "build", "--source", "w")
                        .code())
                .isZero();
        assertThat(starts()).containsExactly("ServerClient", "-jar");
        assertThat(hasSocket()).isFalse();
    }
}
