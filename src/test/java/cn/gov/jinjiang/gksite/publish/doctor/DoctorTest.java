package cn.gov.jinjiang.gksite.publish.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.publish.ProcessRunner;
import cn.gov.jinjiang.gksite.publish.Publisher;
import cn.gov.jinjiang.gksite.publish.Rsync;
import cn.gov.jinjiang.gksite.publish.doctor.DoctorCheck.Status;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code gksite doctor} on real sites with the real rsync and ssh: a local folder target that a dry run reaches (and
 * leaves as it was), targets on a closed loopback port that do not answer, a refused target, a silent server that
 * only the time limit ends, the placeholders of site.yaml, the watch limit against the site's folders, a missing
 * rsync, and the Java version.
 */
class DoctorTest {
    private static final String SITE_YAML = "site:\n  name: 测试站点\n  base_url: http://www.example.gov.cn/\n"
            + "footer:\n  host: 测试单位\n  site_code: \"1234567890\"\n  icp: 测ICP备00000000号\n  police: 测公网安备00000000000000号\n";

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "17.0.2, 17",
        "17, 17",
        "21-ea, 21",
        "11.0.20+8, 11",
        "25.0.1, 25",
        "1.8.0_392, 8",
        "1.7, 7",
        "abc, -1",
        "'', -1",
        "99999, -1"
    })
    void javaVersions(String version, int feature) {
        assertThat(JavaVersion.feature(version)).isEqualTo(feature);
    }

    @Test
    void javaBelow17FailsWithTheFix() {
        DoctorCheck old = JavaVersion.check("11.0.20", "/usr/lib/jvm/java-11");
        assertThat(old.status()).isEqualTo(Status.FAIL);
        assertThat(old.detail()).contains("11.0.20", "低于 17");
        assertThat(old.fix()).contains("Java 17");
        assertThat(JavaVersion.check("17.0.15", "").status()).isEqualTo(Status.OK);
        assertThat(JavaVersion.check("garbage", "").status()).isEqualTo(Status.FAIL);
    }

    @Test
    void aLocalFolderTargetIsReachedByADryRunThatChangesNothing(@TempDir Path dir) throws IOException {
        assumeInstalled("rsync");
        Path www = dir.resolve("www");
        Path site = site(dir, "publish:\n  target: \"" + www + "\"\n");
        DoctorReport r = doctor(dir, "524288").run(site, false);
        DoctorCheck target = r.check("target").orElseThrow();
        assertThat(target.status()).as(target.toString()).isEqualTo(Status.WARN);
        assertThat(target.detail()).contains("rsync 预演成功", Publisher.MARKER);
        assertThat(target.fix()).contains("--init");
        assertThat(www).as("a dry run makes nothing").doesNotExist();

        Files.createDirectories(www);
        Files.writeString(www.resolve(Publisher.MARKER), "gksite publish target\n");
        Files.writeString(www.resolve("old.html"), "<p>old</p>");
        r = doctor(dir, "524288").run(site, false);
        assertThat(r.check("target").orElseThrow().status()).isEqualTo(Status.OK);
        assertThat(Files.readString(www.resolve("old.html")))
                .as("a dry run deletes nothing")
                .isEqualTo("<p>old</p>");
        assertThat(r.failed()).as(r.toString()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"daemon, rsync://127.0.0.1:PORT/gk/www", "ssh, www@127.0.0.1:/srv/gk"})
    void aTargetOnAClosedLoopbackPortFailsWithTheFix(String kind, String target, @TempDir Path dir) throws IOException {
        assumeInstalled("rsync");
        if (kind.equals("ssh")) {
            assumeInstalled("ssh");
        }
        int port = closedPort();
        Path site = site(
                dir,
                "publish:\n  target: \"" + target.replace("PORT", String.valueOf(port)) + "\"\n" + "  ssh: \"ssh -p "
                        + port + " -o BatchMode=yes -o StrictHostKeyChecking=no -o ConnectTimeout=5\"\n");
        DoctorReport r = doctor(dir, "524288").run(site, false);
        DoctorCheck check = r.check("target").orElseThrow();
        assertThat(check.status()).as(check.toString()).isEqualTo(Status.FAIL);
        assertThat(check.detail()).contains("无法连接");
        assertThat(check.fix()).contains("检查主机名、端口和网络");
        assertThat(r.failed()).isTrue();
    }

    @Test
    void aServerThatNeverAnswersIsEndedByTheTimeLimit(@TempDir Path dir) throws IOException {
        assumeInstalled("rsync");
        // accepts connections (the backlog) but never says a word: rsync waits for the daemon's greeting
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Path site = site(dir, "publish:\n  target: \"rsync://127.0.0.1:" + silent.getLocalPort() + "/gk/www\"\n");
            long start = System.nanoTime();
            DoctorReport r = new Doctor(
                            Clock.systemUTC(),
                            ProcessRunner.system(),
                            new Rsync("rsync"),
                            dir.resolve("home"),
                            machine(dir, "524288"),
                            Duration.ofSeconds(2))
                    .run(site, false);
            assertThat(r.check("target").orElseThrow().status()).isEqualTo(Status.FAIL);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        }
    }

    @Test
    void anRsyncThatHangsIsKilledAtTheTimeLimit(@TempDir Path dir) throws IOException {
        // an rsync that knows its version and then hangs, as one waiting on a server that never answers
        Path hanging = dir.resolve("hanging-rsync");
        Files.writeString(
                hanging,
                "#!/bin/sh\nif [ \"$1\" = --version ]; then echo 'rsync  version 3.2.7'; exit 0; fi\n"
                        + "exec sleep 120\n");
        hanging.toFile().setExecutable(true);
        Path site = site(dir, "publish:\n  target: \"" + dir.resolve("www") + "\"\n");
        long start = System.nanoTime();
        DoctorReport r = new Doctor(
                        Clock.systemUTC(),
                        ProcessRunner.system(),
                        new Rsync(hanging.toString()),
                        dir.resolve("home"),
                        machine(dir, "524288"),
                        Duration.ofSeconds(1))
                .run(site, false);
        DoctorCheck target = r.check("target").orElseThrow();
        assertThat(target.status()).as(target.toString()).isEqualTo(Status.FAIL);
        assertThat(target.detail()).contains("没有回应");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void anUnsafeOrMissingTargetIsSaidWithoutRunningRsync(@TempDir Path dir) throws IOException {
        DoctorReport r = doctor(dir, "524288").run(site(dir, "publish:\n  target: /etc\n"), false);
        DoctorCheck target = r.check("target").orElseThrow();
        assertThat(target.status()).isEqualTo(Status.FAIL);
        assertThat(target.detail()).contains("拒绝发布到“/etc”");
        r = doctor(dir, "524288").run(site(dir, ""), false);
        assertThat(r.check("target").orElseThrow().status()).isEqualTo(Status.WARN);
        assertThat(r.check("target").orElseThrow().fix()).contains("publish.target");
    }

    @Test
    void withoutRsyncTheToolAndTheTargetFail(@TempDir Path dir) throws IOException {
        Path site = site(dir, "publish:\n  target: \"" + dir.resolve("www") + "\"\n");
        DoctorReport r = new Doctor(
                        Clock.systemUTC(),
                        ProcessRunner.system(),
                        new Rsync(dir.resolve("no-rsync").toString()),
                        dir.resolve("home"),
                        machine(dir, "524288"),
                        Duration.ofSeconds(5))
                .run(site, false);
        assertThat(r.check("rsync").orElseThrow().status()).isEqualTo(Status.FAIL);
        assertThat(r.check("rsync").orElseThrow().fix()).contains("apt-get install rsync");
        assertThat(r.check("target").orElseThrow().status()).isEqualTo(Status.FAIL);
    }

    @Test
    void placeholdersInSiteYamlFailWithTheirLines(@TempDir Path dir) throws IOException {
        Path site = site(dir, "");
        Files.writeString(
                site.resolve("site.yaml"),
                SITE_YAML.replace("  host: 测试单位", "  host: 待填写：主办单位") + "  organizer: 待填写：承办单位\n");
        DoctorCheck c =
                doctor(dir, "524288").run(site, false).check("placeholders").orElseThrow();
        assertThat(c.status()).isEqualTo(Status.FAIL);
        assertThat(c.detail()).contains("2 处占位值", "第 5 行“待填写：主办单位”", "第 9 行“待填写：承办单位”");
        assertThat(c.fix()).contains("publish");
        Files.writeString(site.resolve("site.yaml"), SITE_YAML);
        assertThat(doctor(dir, "524288")
                        .run(site, false)
                        .check("placeholders")
                        .orElseThrow()
                        .status())
                .isEqualTo(Status.OK);
    }

    @Test
    void theWatchLimitAgainstTheSitesFoldersAndFiles(@TempDir Path dir) throws IOException {
        Path site = site(dir, "");
        for (int i = 0; i < 80; i++) {
            Files.createDirectories(site.resolve("content/d" + i));
            Files.writeString(site.resolve("content/d" + i + "/index.md"), "---\ntitle: 栏目" + i + "\n---\n");
        }
        long folders = 1 + folders(site.resolve("content")) + folders(site.resolve("themes"));
        long files = files(site.resolve("content")) + files(site.resolve("themes"));
        // serve needs a watch per folder (and some room); an editor watching every file needs one per file too
        Map<String, Status> expected = Map.of(
                String.valueOf(folders + 10),
                Status.FAIL,
                String.valueOf(folders + 64 + (files - 64) / 2),
                Status.WARN,
                "524288",
                Status.OK);
        expected.forEach((limit, status) -> {
            DoctorCheck c = doctor(dir, limit).run(site, false).check("inotify").orElseThrow();
            assertThat(c.status()).as(limit + ": " + c).isEqualTo(status);
            assertThat(c.detail()).contains("上限 " + limit, "serve 要监视 " + folders + " 个目录");
            if (status != Status.OK) {
                assertThat(c.fix()).contains("fs.inotify.max_user_watches");
            }
        });
        DoctorCheck notLinux = new Doctor(
                        Clock.systemUTC(),
                        ProcessRunner.system(),
                        new Rsync("rsync"),
                        dir,
                        new Doctor.Machine("17.0.2", "", dir.resolve("none")),
                        Duration.ofSeconds(5))
                .run(site, false)
                .check("inotify")
                .orElseThrow();
        assertThat(notLinux.status()).isEqualTo(Status.OK);
    }

    @Test
    void theBuildCheckBuildsIntoATemporaryFolder(@TempDir Path dir) throws IOException {
        Path site = site(dir, "");
        DoctorReport r = doctor(dir, "524288").run(site, true);
        assertThat(r.check("build").orElseThrow().status()).as(r.toString()).isEqualTo(Status.OK);
        assertThat(site.resolve("site")).as("site/ untouched").doesNotExist();
        Files.writeString(site.resolve("content/index.md"), "---\ntitle: 首页\ndate: 2025年1月\n---\n正文\n");
        DoctorCheck broken =
                doctor(dir, "524288").run(site, true).check("build").orElseThrow();
        assertThat(broken.status()).isEqualTo(Status.FAIL);
        assertThat(broken.detail()).contains("content.type");
    }

    /** A small valid site in {@code dir}/site with {@code publish} appended to its site.yaml. */
    private static Path site(Path dir, String publish) throws IOException {
        Path site = dir.resolve("site-src");
        TestSites.copyTree(TestSites.REPO.resolve("themes"), site.resolve("themes"));
        Files.createDirectories(site.resolve("content"));
        Files.writeString(site.resolve("content/index.md"), "---\ntitle: 首页\n---\n\n正文。\n");
        Files.writeString(site.resolve("site.yaml"), SITE_YAML + publish);
        return site;
    }

    private static Doctor doctor(Path dir, String watchLimit) {
        return new Doctor(
                Clock.systemUTC(),
                ProcessRunner.system(),
                new Rsync("rsync"),
                dir.resolve("home"),
                machine(dir, watchLimit),
                Duration.ofSeconds(10));
    }

    private static Doctor.Machine machine(Path dir, String watchLimit) {
        Path limit = dir.resolve("max_user_watches-" + watchLimit);
        TestSites.write(limit, watchLimit + "\n");
        return new Doctor.Machine("17.0.2", "/usr/lib/jvm/java-17", limit);
    }

    private static long folders(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isDirectory).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long files(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void assumeInstalled(String program) {
        boolean found = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, program)));
        Assumptions.assumeTrue(found, program + " is not installed (.ci/run installs it)");
    }
}
