package cn.gov.jinjiang.gksite.publish;

import static cn.gov.jinjiang.gksite.publish.PublishSites.assertSameFiles;
import static cn.gov.jinjiang.gksite.publish.PublishSites.built;
import static cn.gov.jinjiang.gksite.publish.PublishSites.files;
import static cn.gov.jinjiang.gksite.publish.PublishSites.publish;
import static cn.gov.jinjiang.gksite.publish.PublishSites.refusal;
import static cn.gov.jinjiang.gksite.publish.PublishSites.repoSite;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing over SSH to an sshd that the test starts on a free 127.0.0.1 port, with a host key and a client
 * key generated for the test; site.yaml's publish.ssh names the port and the key.
 */
class SshPublishIT {
    private static final String SSHD = "/usr/sbin/sshd";

    @TempDir
    Path dir;

    LoopbackServer sshd;
    Path clientKey;

    @BeforeEach
    void startSshd() throws IOException {
        PublishSites.assumeInstalled("rsync");
        PublishSites.assumeInstalled("ssh");
        PublishSites.assumeInstalled("ssh-keygen");
        PublishSites.assumeInstalled(SSHD);
        Path keys = dir.resolve("keys");
        Files.createDirectories(keys);
        keygen(keys.resolve("host_key"));
        clientKey = keys.resolve("client_key");
        keygen(clientKey);
        Files.copy(keys.resolve("client_key.pub"), keys.resolve("authorized_keys"));
        // sshd insists on its privilege-separation folder, which a fresh install may not have created yet
        Files.createDirectories(Path.of("/run/sshd"));
        Path config = dir.resolve("sshd_config");
        TestSites.write(
                config,
                "HostKey " + keys.resolve("host_key") + "\n"
                        + "PidFile " + dir.resolve("sshd.pid") + "\n"
                        + "AuthorizedKeysFile " + keys.resolve("authorized_keys") + "\n"
                        + "StrictModes no\n"
                        + "PubkeyAuthentication yes\n"
                        + "PasswordAuthentication no\n"
                        + "KbdInteractiveAuthentication no\n"
                        + "PermitRootLogin prohibit-password\n"
                        + "UsePAM no\n");
        int port = LoopbackServer.freePort();
        sshd = LoopbackServer.start(
                List.of(
                        SSHD,
                        "-D",
                        "-e",
                        "-f",
                        config.toString(),
                        "-p",
                        String.valueOf(port),
                        "-o",
                        "ListenAddress=127.0.0.1"),
                port,
                dir.resolve("sshd.log"));
    }

    @AfterEach
    void stopSshd() {
        if (sshd != null) {
            sshd.close();
        }
    }

    private String ssh(Path key) {
        return "ssh -p " + sshd.port + " -i " + key
                + " -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o BatchMode=yes -o LogLevel=ERROR";
    }

    private String target(Path www) {
        return System.getProperty("user.name") + "@127.0.0.1:" + www;
    }

    @Test
    void publishesOverSshAndSendsOnlyWhatChanged() {
        Path www = dir.resolve("server/www");
        TestSites.write(dir.resolve("server/.keep"), "");
        Path site = repoSite(dir.resolve("src"), target(www), "  ssh: \"" + ssh(clientKey) + "\"");
        assertThat(refusal(() -> publish(site, false)).diagnostics().get(0).code())
                .isEqualTo("publish.target-unmarked");

        PublishResult first = publish(site, true);
        assertThat(first.changes().added()).contains("index.html", "xxgk/zfxxgkzl/ndbg/2025/index.html");
        assertSameFiles(files(www), built(site));

        Path page = site.resolve("content/xxgk/index.md");
        TestSites.write(page, TestSites.read(page) + "\n新增一段说明。\n");
        PublishResult second = publish(site, false);
        assertThat(second.changes().changed()).contains("xxgk/index.html").doesNotContain("index.html");
        assertThat(second.changes().added()).isEmpty();
        assertSameFiles(files(www), built(site));
    }

    @Test
    void aKeyTheServerDoesNotKnowIsPermissionDenied() {
        Path stranger = dir.resolve("stranger_key");
        keygen(stranger);
        Path site = repoSite(dir.resolve("src"), target(dir.resolve("server/www")), "  ssh: \"" + ssh(stranger) + "\"");
        assertThat(refusal(() -> publish(site, true)).diagnostics().get(0).code())
                .isEqualTo("publish.permission-denied");
    }

    @Test
    void aClosedPortIsUnreachable() {
        String closed = "ssh -p " + LoopbackServer.freePort() + " -i " + clientKey
                + " -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o BatchMode=yes";
        Path site = repoSite(dir.resolve("src"), target(dir.resolve("server/www")), "  ssh: \"" + closed + "\"");
        assertThat(refusal(() -> publish(site, true)).diagnostics().get(0).code())
                .isEqualTo("publish.unreachable");
    }

    private static void keygen(Path key) {
        try {
            Process p = new ProcessBuilder(
                            "ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "gksite-test", "-f", key.toString())
                    .redirectErrorStream(true)
                    .start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("ssh-keygen failed: " + out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
