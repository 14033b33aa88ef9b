package cn.gov.jinjiang.gksite.publish;

import static cn.gov.jinjiang.gksite.publish.PublishSites.assertSameFiles;
import static cn.gov.jinjiang.gksite.publish.PublishSites.built;
import static cn.gov.jinjiang.gksite.publish.PublishSites.dryRun;
import static cn.gov.jinjiang.gksite.publish.PublishSites.files;
import static cn.gov.jinjiang.gksite.publish.PublishSites.publish;
import static cn.gov.jinjiang.gksite.publish.PublishSites.refusal;
import static cn.gov.jinjiang.gksite.publish.PublishSites.repoSite;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.testing.TestSites;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing to an rsync daemon that the test starts on 127.0.0.1 with its own config and port. */
class DaemonPublishIT {
    @TempDir
    Path dir;

    LoopbackServer daemon;
    Path module;

    @BeforeEach
    void startDaemon() {
        PublishSites.assumeInstalled("rsync");
        module = dir.resolve("module");
        TestSites.write(module.resolve(".keep"), "");
        boolean root = "root".equals(System.getProperty("user.name"));
        Path conf = dir.resolve("rsyncd.conf");
        TestSites.write(
                conf,
                "use chroot = no\n"
                        + "pid file = " + dir.resolve("rsyncd.pid") + "\n"
                        + "[gk]\n"
                        + "  path = " + module + "\n"
                        + "  read only = no\n"
                        // run as root, the daemon would otherwise write as nobody into a folder only root may write
                        + (root ? "  uid = root\n  gid = root\n" : "")
                        + "[ro]\n"
                        + "  path = " + module + "\n"
                        + "  read only = yes\n");
        int port = LoopbackServer.freePort();
        daemon = LoopbackServer.start(
                List.of(
                        "rsync",
                        "--daemon",
                        "--no-detach",
                        "--config=" + conf,
                        "--port=" + port,
                        "--address=127.0.0.1",
                        "--log-file=" + dir.resolve("rsyncd.log")),
                port,
                dir.resolve("rsyncd.out"));
    }

    @AfterEach
    void stopDaemon() {
        if (daemon != null) {
            daemon.close();
        }
    }

    private String url(String moduleAndPath) {
        return "rsync://127.0.0.1:" + daemon.port + "/" + moduleAndPath;
    }

    @Test
    void publishesToTheDaemonAndSendsOnlyWhatChanged() {
        Path www = module.resolve("www");
        Path site = repoSite(dir.resolve("src"), url("gk/www"));
        assertThat(refusal(() -> publish(site, false)).diagnostics().get(0).code())
                .isEqualTo("publish.target-unmarked");

        PublishResult first = publish(site, true);
        assertThat(first.changes().added()).contains("index.html");
        assertSameFiles(files(www), built(site));

        Path page = site.resolve("content/xxgk/zfxxgkzl/index.md");
        TestSites.write(page, TestSites.read(page) + "\n专栏说明更新。\n");
        Map<String, byte[]> published = files(www);
        PublishResult plan = dryRun(site);
        assertThat(plan.changes().changed())
                .contains("xxgk/zfxxgkzl/index.html")
                .doesNotContain("index.html");
        assertThat(plan.changes().added()).isEmpty();
        assertSameFiles(files(www), published);

        PublishResult second = publish(site, false);
        assertThat(second.changes().changed())
                .containsExactlyElementsOf(plan.changes().changed());
        assertSameFiles(files(www), built(site));
    }

    @Test
    void anUnknownModuleAReadOnlyModuleAndAClosedPortAreClearErrors() {
        Path site = repoSite(dir.resolve("src"), url("nosuchmodule/www"));
        assertThat(refusal(() -> publish(site, true)).diagnostics().get(0).message())
                .contains("模块");

        Path readOnly = repoSite(dir.resolve("src2"), url("ro/www"));
        assertThat(refusal(() -> publish(readOnly, true)).diagnostics().get(0).code())
                .isEqualTo("publish.permission-denied");

        Path closed = repoSite(dir.resolve("src3"), "rsync://127.0.0.1:" + LoopbackServer.freePort() + "/gk/www");
        assertThat(refusal(() -> publish(closed, true)).diagnostics().get(0).code())
                .isEqualTo("publish.unreachable");
    }
}
