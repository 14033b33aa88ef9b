package cn.gov.jinjiang.gksite.publish;

import static cn.gov.jinjiang.gksite.publish.PublishSites.assertSameFiles;
import static cn.gov.jinjiang.gksite.publish.PublishSites.built;
import static cn.gov.jinjiang.gksite.publish.PublishSites.files;
import static cn.gov.jinjiang.gksite.publish.PublishSites.publish;
import static cn.gov.jinjiang.gksite.publish.PublishSites.refusal;
import static cn.gov.jinjiang.gksite.publish.PublishSites.repoSite;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rsync killed in the middle of a publish (as when the connection drops): thanks to --delay-updates and the
 * partial-dir, every file in the target is then either its old or its new version, and the next publish
 * completes the job.
 */
class InterruptedPublishIT {
    private static final String SLOW = "--bwlimit=400";

    @Test
    void killingRsyncMidwayLeavesEveryTargetFileOldOrNew(@TempDir Path dir) {
        PublishSites.assumeInstalled("rsync");
        Path www = dir.resolve("www");
        Path site = repoSite(dir.resolve("src"), www.toString());
        publish(site, true);
        Map<String, byte[]> old = files(www);

        Path page = site.resolve("content/xxgk/index.md");
        TestSites.write(page, TestSites.read(page) + "\n新的一段。\n");
        byte[] big = new byte[6 * 1024 * 1024];
        new Random(7).nextBytes(big);
        TestSites.write(site.resolve("content/files/big.bin"), big);

        KillingRunner runner = new KillingRunner(www);
        Publisher publisher =
                new Publisher(Clock.systemUTC(), runner, new Rsync("rsync"), Path.of(System.getProperty("user.home")));
        DiagnosticException e =
                refusal(() -> publisher.publish(new PublishRequest(site, null, false, false, false, List.of(SLOW))));
        assertThat(runner.killed).as("rsync was killed midway").isTrue();
        assertThat(e.diagnostics().get(0).code()).isEqualTo("publish.interrupted");
        assertThat(e.diagnostics().get(0).hint()).contains("重新运行");

        Map<String, byte[]> fresh = built(site);
        Map<String, byte[]> now = files(www);
        now.forEach((path, bytes) -> assertThat(
                        Arrays.equals(bytes, old.get(path)) || Arrays.equals(bytes, fresh.get(path)))
                .as("%s is its old or its new version", path)
                .isTrue());
        assertThat(now.get("xxgk/index.html"))
                .as("no file switched before the end")
                .isEqualTo(old.get("xxgk/index.html"));
        assertThat(now).doesNotContainKey("files/big.bin");
        assertThat(now.keySet()).allSatisfy(p -> assertThat(old).containsKey(p));

        PublishResult done = publish(site, false);
        assertThat(done.changes().added()).contains("files/big.bin");
        assertSameFiles(files(www), built(site));
        assertThat(TestSites.snapshot(www).keySet()).noneMatch(p -> p.contains(Rsync.PARTIAL_DIR));
    }

    /** Starts processes for real, and kills the slowed-down publish run once a file is half transferred. */
    private static final class KillingRunner implements ProcessRunner {
        private final Path watched;
        volatile boolean killed;

        KillingRunner(Path watched) {
            this.watched = watched;
        }

        @Override
        public Process start(List<String> command, Path workDir) throws IOException {
            Process p = ProcessRunner.system().start(command, workDir);
            if (command.contains(SLOW) && !command.contains("--dry-run")) {
                Thread killer = new Thread(() -> killWhenHalfway(p), "rsync killer");
                killer.setDaemon(true);
                killer.start();
            }
            return p;
        }

        private void killWhenHalfway(Process p) {
            long deadline = System.nanoTime() + 30_000_000_000L;
            AtomicBoolean halfway = new AtomicBoolean();
            while (p.isAlive() && System.nanoTime() < deadline && !halfway.get()) {
                try (Stream<Path> walk = Files.walk(watched)) {
                    // rsync writes the big file as a hidden temporary file beside its final place
                    halfway.set(walk.anyMatch(f -> f.getFileName().toString().startsWith(".big.bin")
                            && Files.isRegularFile(f)
                            && size(f) > 256 * 1024));
                } catch (IOException | UncheckedIOException e) {
                    // files come and go while rsync works: look again
                }
                sleep();
            }
            if (halfway.get()) {
                // only the rsync we started: its receiver then ends on its own, as when a connection drops
                p.destroyForcibly();
                killed = true;
            }
        }

        private static long size(Path f) {
            try {
                return Files.size(f);
            } catch (IOException e) {
                return 0;
            }
        }

        private static void sleep() {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
