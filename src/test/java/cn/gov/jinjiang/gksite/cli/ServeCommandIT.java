package cn.gov.jinjiang.gksite.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import cn.gov.jinjiang.gksite.testing.TestSites;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gksite serve} failures that must end the command with exit code 2 (run in-process). */
class ServeCommandIT {
    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> cli.run(args));
    }

    @Test
    void portInUseExitsTwoWithAChineseMessage(@TempDir Path dir) throws Exception {
        Path site = TestSites.repoSite(dir);
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            int code = run("serve", "--source", site.toString(), "--port", String.valueOf(taken.getLocalPort()));
            assertThat(code).isEqualTo(ExitCodes.USAGE_OR_ENVIRONMENT);
        }
        String e = cli.err();
        assertThat(e).contains("[serve.port-in-use]").contains("已被占用").contains("--port");
        // No file is at fault: the line names gksite, not an empty file name (": 错误 …").
        assertThat(e).contains("gksite: 错误 [serve.port-in-use]");
        assertThat(e.lines()).noneMatch(l -> l.startsWith(":"));
        assertThat(site.resolve("site")).doesNotExist();
    }

    @Test
    void folderWithoutSiteYamlExitsTwo(@TempDir Path dir) {
        assertThat(run("serve", "--source", dir.toString(), "--port", "0")).isEqualTo(ExitCodes.USAGE_OR_ENVIRONMENT);
        assertThat(cli.err()).contains("config.missing");
    }
}
