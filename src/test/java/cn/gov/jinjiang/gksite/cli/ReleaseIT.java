package cn.gov.jinjiang.gksite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release as an office gets it (issue 21): {@code mvn package}'s zip unpacked into a folder whose path has a
 * space and Chinese characters, run with the system Java and nothing else on the PATH but a few system tools (no
 * Maven, no JAVA_HOME, no locale: the C locale of cron and CI): {@code new site}, {@code build}, {@code serve}
 * (a page over 127.0.0.1), {@code publish} to a local folder, {@code hook install} and a refused commit; the
 * Windows script's text; the archives' modes and the licence listing.
 */
class ReleaseIT {
    private static final Path TARGET = TestSites.REPO.resolve("target");
    private static final Duration WAIT = Duration.ofMinutes(2);

    @TempDir
    static Path dir;
    /** The unpacked release, gksite-<version>/. */
    static Path home;
    /** The only folder on the PATH: links to the system tools the launcher, the hook and publish use. */
    static Path tools;

    private record Run(int code, String out) {}

    @BeforeAll
    static void unpack() throws IOException {
        Path zip = only("zip");
        Path root = dir.resolve("晋江 发布");
        try (ZipFile z = ZipFile.builder().setPath(zip).get()) {
            for (ZipArchiveEntry e : Collections.list(z.getEntries())) {
                Path to = root.resolve(e.getName()).normalize();
                assertThat(to.startsWith(root)).as(e.getName()).isTrue();
                if (e.isDirectory()) {
                    Files.createDirectories(to);
                    continue;
                }
                Files.createDirectories(to.getParent());
                try (InputStream in = z.getInputStream(e)) {
                    Files.copy(in, to);
                }
                // as unzip does: the mode the archive records
                Files.setPosixFilePermissions(to, PosixFilePermissions.fromString(mode(e.getUnixMode())));
            }
        }
        try (Stream<Path> s = Files.list(root)) {
            home = s.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        assertThat(home.getFileName().toString()).startsWith("gksite-");
        tools = Files.createDirectories(dir.resolve("tools"));
        tool("java", Path.of(System.getProperty("java.home"), "bin", "java"));
        for (String name : List.of(
                "bash",
                "dirname",
                "basename",
                "readlink",
                "sed",
                "head",
                "cut",
                "grep",
                "locale",
                "git",
                "mktemp",
                "rm",
                "rsync")) {
            Path found = which(name);
            if (found != null) {
                tool(name, found);
            }
        }
        assertThat(tools.resolve("mvn")).doesNotExist();
    }

    /**
     * {@code name} on the tools' PATH: a script that runs {@code program} (a link out of the temporary folder would do
     * too).
     */
    private static void tool(String name, Path program) throws IOException {
        Path script = tools.resolve(name);
        Files.writeString(script, "#!/bin/sh\nexec '" + program + "' \"$@\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** The one target/gksite-*.{@code ext} that mvn package made. */
    private static Path only(String ext) throws IOException {
        try (Stream<Path> s = Files.list(TARGET)) {
            List<Path> found = s.filter(p -> p.getFileName().toString().matches("gksite-.+\\." + Pattern.quote(ext)))
                    .toList();
            assertThat(found)
                    .as("target/gksite-<version>.%s from mvn package", ext)
                    .hasSize(1);
            return found.get(0);
        }
    }

    private static Path which(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path p = Path.of(d.isEmpty() ? "." : d, tool);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    private static String mode(int unix) {
        StringBuilder b = new StringBuilder();
        for (int i = 8; i >= 0; i--) {
            b.append((unix & (1 << i)) == 0 ? '-' : "rwx".charAt((8 - i) % 3));
        }
        return b.toString();
    }

    /** A process of the release in {@code cwd}, with only the tools on the PATH and no locale. */
    private static ProcessBuilder gksite(Path cwd, String... args) {
        List<String> cmd = new ArrayList<>(List.of(home.resolve("bin/gksite").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.clear();
        env.put("PATH", tools.toString());
        env.put("HOME", dir.resolve("home").toString());
        return pb;
    }

    private static Run run(ProcessBuilder pb) throws IOException, InterruptedException {
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    @Test
    void newSiteBuildServeAndPublishFromTheUnpackedRelease() throws Exception {
        Files.createDirectories(dir.resolve("home"));
        Path site = dir.resolve("晋江 发布/站点 一");
        // from a folder that is neither the release's nor the site's
        Run made = run(gksite(dir, "new", "site", site.toString(), "--org", "晋江市审计局"));
        assertThat(made.code()).as(made.out()).isZero();
        assertThat(made.out()).contains("新建站点");

        Run built = run(gksite(site, "build"));
        assertThat(built.code()).as(built.out()).isZero();
        assertThat(built.out()).contains("0 个错误").contains("config.placeholder");
        assertThat(TestSites.read(site.resolve("site/xxgk/zfxxgkzl/zn/index.html")))
                .contains("政府信息公开指南");
        assertThat(site.resolve("site/css/site.css")).isRegularFile();

        serveAPage(site);

        fillPlaceholders(site);
        Path www = dir.resolve("网站 根目录");
        Run published = run(gksite(site, "publish", "--target", www.toString(), "--init"));
        assertThat(published.code()).as(published.out()).isZero();
        assertThat(published.out()).contains("已发布到");
        assertThat(TestSites.read(www.resolve("xxgk/zfxxgkzl/ysqgk/index.html")))
                .contains("依申请公开");
        assertThat(www.resolve(".gksite-target")).isRegularFile();
    }

    private static void serveAPage(Path site) throws Exception {
        // Output into a file, read while it grows: a pipe's last lines may be lost when the process ends.
        Path log = dir.resolve("serve.log");
        Process p = gksite(site, "serve", "--port", "0")
                .redirectOutput(log.toFile())
                .start();
        try {
            String address = null;
            long end = System.nanoTime() + WAIT.toNanos();
            while (address == null && System.nanoTime() < end && p.isAlive()) {
                Matcher m =
                        Pattern.compile("预览地址：(http://127\\.0\\.0\\.1:\\d+/)").matcher(Files.readString(log));
                address = m.find() ? m.group(1) : null;
                Thread.sleep(200);
            }
            assertThat(address)
                    .as("serve's address in:\n%s", Files.readString(log))
                    .isNotNull();
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(address + "xxgk/zfxxgkzl/zn/"))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("<h1").contains("政府信息公开指南").contains("晋江市审计局");
        } finally {
            p.destroy();
            assertThat(p.waitFor(30, TimeUnit.SECONDS))
                    .as("serve stops on SIGTERM")
                    .isTrue();
        }
        assertThat(Files.readString(log)).contains("预览服务器已停止");
    }

    /** What the operator does before the first publish: every placeholder replaced by a real value. */
    private static void fillPlaceholders(Path site) throws IOException {
        Map<String, String> values = Map.of(
                "name",
                "晋江市审计局",
                "base_url",
                "http://sjj.example.gov.cn/",
                "host",
                "晋江市审计局",
                "organizer",
                "晋江市审计局办公室",
                "site_code",
                "\"3505820001\"",
                "icp",
                "测ICP备00000000号",
                "police",
                "测公网安备00000000000000号",
                "error_report_url",
                "\"\"",
                "conac_url",
                "\"\"");
        StringBuilder yaml = new StringBuilder();
        for (String line : TestSites.read(site.resolve("site.yaml")).split("\n", -1)) {
            Matcher m = Pattern.compile("^(\\s*)(\\w+):\\s*\\S*待填写.*$").matcher(line);
            if (m.matches()) {
                assertThat(values).as("a value for %s", m.group(2)).containsKey(m.group(2));
                line = m.group(1) + m.group(2) + ": " + values.get(m.group(2));
            }
            yaml.append(line).append('\n');
        }
        TestSites.write(site.resolve("site.yaml"), yaml.substring(0, yaml.length() - 1));
        try (Stream<Path> pages = Files.walk(site.resolve("content"))) {
            for (Path p : pages.filter(f -> f.toString().endsWith(".md")).toList()) {
                TestSites.write(p, TestSites.read(p).replaceAll("（请填写[^）]*）", "本机关已核实的正式内容。"));
            }
        }
    }

    @Test
    void theHookOfTheReleaseRefusesACommitWithErrors() throws Exception {
        Assumptions.assumeTrue(Files.exists(tools.resolve("git")), "git is not installed");
        Files.createDirectories(dir.resolve("home"));
        Path repo = Files.createDirectories(dir.resolve("晋江 发布/仓库"));
        assertThat(run(git(repo, "init", "-q")).code()).isZero();
        assertThat(run(gksite(repo, "new", "site", repo.resolve("网站").toString()))
                        .code())
                .isZero();
        Run installed = run(gksite(repo.resolve("网站"), "hook", "install"));
        assertThat(installed.code()).as(installed.out()).isZero();
        // the hook calls the release's launcher by its path
        assertThat(TestSites.read(repo.resolve(".git/hooks/pre-commit")))
                .contains("'" + home.resolve("bin/gksite") + "' build");

        run(git(repo, "add", "-A"));
        Run ok = run(git(repo, "commit", "-q", "-m", "新站点"));
        assertThat(ok.code()).as(ok.out()).isZero();
        Path page = repo.resolve("网站/content/index.md");
        TestSites.write(page, TestSites.read(page) + "\n[坏链接](/nowhere.html)\n");
        run(git(repo, "add", "-A"));
        Run refused = run(git(repo, "commit", "-q", "-m", "坏链接"));
        assertThat(refused.code()).isNotZero();
        assertThat(refused.out()).contains("check.link-broken").contains("提交被拒绝");
    }

    private static ProcessBuilder git(Path repo, String... args) {
        List<String> cmd = new ArrayList<>(
                List.of(tools.resolve("git").toString(), "-c", "user.name=测试", "-c", "user.email=test@example.org"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(repo.toFile()).redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().put("PATH", tools.toString());
        pb.environment().put("HOME", dir.resolve("home").toString());
        pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        return pb;
    }

    @Test
    void theLauncherFindsItsFolderThroughLinksAndRefusesAnOldJava() throws Exception {
        Path links = Files.createDirectories(dir.resolve("links/深 一层"));
        // a relative link to a link: each target is relative to the folder of the link that names it
        Files.createSymbolicLink(dir.resolve("links/gk"), home.resolve("bin/gksite"));
        Files.createSymbolicLink(links.resolve("gksite"), Path.of("../gk"));
        ProcessBuilder pb = gksite(dir, "--version");
        pb.command().set(0, links.resolve("gksite").toString());
        Run version = run(pb);
        assertThat(version.code()).as(version.out()).isZero();
        assertThat(version.out()).startsWith("gksite ");

        Path old = Files.createDirectories(dir.resolve("java8/bin"));
        Files.writeString(old.resolve("java"), "#!/bin/sh\necho 'java version \"1.8.0_402\"' >&2\n");
        Files.setPosixFilePermissions(old.resolve("java"), PosixFilePermissions.fromString("rwxr-xr-x"));
        ProcessBuilder java8 = gksite(dir, "build");
        java8.environment().put("JAVA_HOME", old.getParent().toString());
        Run refused = run(java8);
        assertThat(refused.code()).isEqualTo(ExitCodes.USAGE_OR_ENVIRONMENT);
        assertThat(refused.out().lines().toList()).hasSize(2);
        assertThat(refused.out())
                .startsWith("gksite：需要 Java 17 或更新版本")
                .contains("1.8.0_402")
                .contains("Java 17 or newer is needed");
    }

    @Test
    void theJavaVersionIsReadFromItsReleaseFileWithoutStartingItTwice() throws Exception {
        // A Java installation whose java notes each start: asked for its version it would say 1.8, but its release
        // file says 21, so the launcher starts it once, for gksite itself.
        Path home = Files.createDirectories(dir.resolve("jdk21/bin"));
        Path log = dir.resolve("jdk21/starts.txt");
        Path realJava = Path.of(System.getProperty("java.home"), "bin", "java");
        Files.writeString(
                home.resolve("java"),
                "#!/bin/sh\necho \"$1\" >> '" + log + "'\n"
                        + "if [ \"$1\" = -version ]; then echo 'java version \"1.8.0_402\"' >&2; exit 0; fi\n"
                        + "exec '" + realJava + "' \"$@\"\n");
        Files.setPosixFilePermissions(home.resolve("java"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(dir.resolve("jdk21/release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"21.0.1\"\n");
        ProcessBuilder pb = gksite(dir, "--version");
        pb.environment().put("JAVA_HOME", dir.resolve("jdk21").toString());
        Run version = run(pb);
        assertThat(version.code()).as(version.out()).isZero();
        assertThat(version.out()).startsWith("gksite ");
        assertThat(Files.readAllLines(log)).doesNotContain("-version").hasSize(1);
    }

    @Test
    void aSmallerHeapFromTheEnvironmentIsNotMetByTheDefaultStartingHeap() throws Exception {
        // The launcher starts the default 1 GiB heap at its full size; a JVM refuses a starting size above the
        // largest, so a heap set by GKSITE_HEAP or GKSITE_JAVA_OPTS must not get that starting size.
        for (String[] env : new String[][] {{"GKSITE_HEAP", "300m"}, {"GKSITE_JAVA_OPTS", "-Xmx300m"}}) {
            ProcessBuilder pb = gksite(dir, "--version");
            pb.environment().put(env[0], env[1]);
            Run version = run(pb);
            assertThat(version.code())
                    .as(env[0] + "=" + env[1] + ": " + version.out())
                    .isZero();
            assertThat(version.out()).startsWith("gksite ");
        }
    }

    @Test
    void theWindowsScriptIsOneJavaLineWithQuotedPaths() throws IOException {
        byte[] bytes = Files.readAllBytes(home.resolve("bin/gksite.cmd"));
        String text = new String(bytes, StandardCharsets.US_ASCII);
        assertThat(text).as("plain ASCII").isEqualTo(new String(bytes, StandardCharsets.UTF_8));
        assertThat(text).endsWith("\r\n").doesNotContainPattern("[^\r]\n");
        List<String> lines = text.lines().toList();
        List<String> java = lines.stream()
                .filter(l -> l.matches("(?i)@?\"?java(\\.exe)?\"?\\s.*"))
                .toList();
        assertThat(java).containsExactly("java -Dfile.encoding=UTF-8 -jar \"%~dp0..\\lib\\gksite.jar\" %*");
        // every path from %~dp0 is inside quotes (a folder with a space still works)
        assertThat(text.replaceAll("\"%~dp0[^\"]*\"", "")).doesNotContain("%~dp0");
        // nothing else runs: the other lines only switch echo off, comment, and set the console to UTF-8
        assertThat(lines.stream().filter(l -> !java.contains(l)))
                .allMatch(l -> l.equals("@echo off") || l.startsWith("rem ") || l.equals("chcp 65001 >nul"));
        assertThat(home.resolve("lib/gksite.jar")).isRegularFile();
    }

    @Test
    void bothArchivesHoldTheSameFilesWithAnExecutableLauncher() throws IOException {
        Map<String, Integer> zip = new TreeMap<>();
        try (ZipFile z = ZipFile.builder().setPath(only("zip")).get()) {
            Collections.list(z.getEntries()).stream()
                    .filter(e -> !e.isDirectory())
                    .forEach(e -> zip.put(e.getName(), e.getUnixMode() & 0777));
        }
        Map<String, Integer> tar = new TreeMap<>();
        try (TarArchiveInputStream t =
                new TarArchiveInputStream(new GzipCompressorInputStream(Files.newInputStream(only("tar.gz"))))) {
            for (TarArchiveEntry e = t.getNextEntry(); e != null; e = t.getNextEntry()) {
                if (!e.isDirectory()) {
                    tar.put(e.getName(), e.getMode() & 0777);
                }
            }
        }
        assertThat(tar).isEqualTo(zip);
        String base = home.getFileName() + "/";
        assertThat(zip)
                .containsEntry(base + "bin/gksite", 0755)
                .containsEntry(base + "bin/gksite.cmd", 0644)
                .containsEntry(base + "bin/gksite-client.pl", 0644)
                .containsKeys(base + "lib/gksite.jar", base + "README.md", base + "THIRD-PARTY.txt");
    }

    /**
     * Every class of the jar can be held by a class-data archive or AOT cache (the launchers make one): none has a
     * class-file version before Java 6 (50), which the JVM parses and verifies anew at every start. picocli's jar has
     * Java 5 classes; the build compiles its source instead (pom.xml), and its classes are in the jar.
     */
    @Test
    void everyClassOfTheJarCanBeArchived() throws IOException {
        List<String> old = new ArrayList<>();
        int picocli = 0;
        try (ZipFile z =
                ZipFile.builder().setPath(home.resolve("lib/gksite.jar")).get()) {
            for (ZipArchiveEntry e : Collections.list(z.getEntries())) {
                if (!e.getName().endsWith(".class") || e.getName().startsWith("META-INF/")) {
                    continue;
                }
                byte[] head;
                try (InputStream in = z.getInputStream(e)) {
                    head = in.readNBytes(8);
                }
                int major = (head[6] & 0xff) << 8 | head[7] & 0xff;
                if (major < 50) {
                    old.add(e.getName() + " " + major);
                }
                if (e.getName().startsWith("picocli/")) {
                    picocli++;
                }
            }
        }
        assertThat(old).isEmpty();
        assertThat(picocli).isGreaterThan(100);
    }

    /** THIRD-PARTY.txt lists exactly the libraries in the jar (those Maven unpacked the licences of), with versions. */
    @Test
    void theLicenceListingNamesEveryBundledLibraryAndItsVersion() throws IOException {
        Set<String> bundled = new TreeSet<>();
        try (Stream<Path> s = Files.list(TARGET.resolve("licenses"))) {
            s.forEach(p -> bundled.add(p.getFileName().toString()));
        }
        assertThat(bundled).hasSizeGreaterThan(30).contains("jsoup-1.24.1", "pebble-4.0.0", "jetty-server-12.1.14");
        Set<String> listed = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^[\\w.-]+:([\\w.-]+)\\s+(\\S+)\\s+\\S")
                .matcher(TestSites.read(home.resolve("THIRD-PARTY.txt")));
        while (m.find()) {
            listed.add(m.group(1) + "-" + m.group(2));
        }
        assertThat(listed).isEqualTo(bundled);
        assertThat(home.resolve("licenses/poi-5.5.1/META-INF/NOTICE")).isRegularFile();
        assertThat(home.resolve("licenses/commons-io-2.21.0/META-INF/LICENSE.txt"))
                .content()
                .contains("Apache License")
                .contains("Version 2.0");
    }
}
