package cn.gov.jinjiang.gksite.publish;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import org.junit.jupiter.api.Test;

/** rsync's exit codes and error output become Chinese messages that say what to do. */
class RsyncFailureTest {
    private static Diagnostic of(int code, String stderr) {
        return RsyncFailure.of(code, stderr, "www@web1:/var/www/gk", false)
                .diagnostics()
                .get(0);
    }

    @Test
    void diskFull() {
        Diagnostic d = of(
                11,
                "rsync: [receiver] write failed on \"/var/www/gk/a.html\": No space left on device (28)\n"
                        + "rsync error: error in file IO (code 11) at receiver.c(381) [receiver=3.2.7]\n");
        assertThat(d.code()).isEqualTo("publish.disk-full");
        assertThat(d.message()).contains("磁盘已满").contains("No space left on device");
    }

    @Test
    void permissionDenied() {
        assertThat(of(
                                23,
                                "rsync: [receiver] mkstemp \"/var/www/gk/.a.html.x\" failed: Permission denied (13)\n"
                                        + "rsync error: some files/attrs were not transferred (see previous errors) (code 23)")
                        .code())
                .isEqualTo("publish.permission-denied");
        assertThat(of(
                                255,
                                "root@127.0.0.1: Permission denied (publickey).\n"
                                        + "rsync: connection unexpectedly closed (0 bytes received so far) [sender]")
                        .message())
                .contains("拒绝登录");
        assertThat(of(5, "@ERROR: auth failed on module gk").code()).isEqualTo("publish.permission-denied");
    }

    @Test
    void unreachable() {
        assertThat(of(255, "ssh: connect to host web1 port 22: Connection refused")
                        .code())
                .isEqualTo("publish.unreachable");
        assertThat(of(10, "rsync: failed to connect to 127.0.0.1 (127.0.0.1): Connection refused (111)")
                        .code())
                .isEqualTo("publish.unreachable");
        assertThat(of(255, "ssh: Could not resolve hostname web9: Name or service not known")
                        .code())
                .isEqualTo("publish.unreachable");
        assertThat(of(35, "").code()).isEqualTo("publish.unreachable");
        assertThat(of(30, "").code()).isEqualTo("publish.unreachable");
        assertThat(of(5, "@ERROR: Unknown module 'gk'").message()).contains("模块");
    }

    @Test
    void sshMissingInterruptedAndOthers() {
        Diagnostic ssh = of(14, "rsync: Failed to exec ssh: No such file or directory (2)");
        assertThat(ssh.code()).isEqualTo("publish.ssh-missing");
        assertThat(ssh.hint()).contains("apt-get install");
        assertThat(of(20, "rsync error: received SIGINT, SIGTERM, or SIGHUP (code 20)")
                        .code())
                .isEqualTo("publish.interrupted");
        assertThat(of(137, "").code()).isEqualTo("publish.interrupted");
        assertThat(of(25, "Deletions stopped due to --max-delete limit (3 skipped)")
                        .code())
                .isEqualTo("publish.target-changed");
        assertThat(of(2, "protocol version mismatch").code()).isEqualTo("publish.rsync-failed");
        Diagnostic parent = of(3, "rsync: [Receiver] mkdir \"/var/www/gk\" failed: No such file or directory (2)");
        assertThat(parent.code()).isEqualTo("publish.target-parent-missing");
        assertThat(parent.message()).contains("上级目录不存在");
        assertThat(RsyncFailure.missing("rsync").diagnostics().get(0).hint()).contains("apt-get install rsync");
    }
}
