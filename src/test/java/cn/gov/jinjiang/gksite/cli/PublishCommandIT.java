package cn.gov.jinjiang.gksite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.testing.TestSites;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The publish verb's contract: exit codes, the dry-run list, the history, refusals (real rsync to a folder). */
class PublishCommandIT {
    private final CliRun cli = new CliRun();

    private int run(String... args) {
        cli.reset();
        return cli.run(args);
    }

    private String out() {
        return cli.out();
    }

    private String err() {
        return cli.err();
    }

    @Test
    void publishDryRunHistoryAndRefusals(@TempDir Path dir) {
        TestSites.assumeInstalled("rsync");
        Path site = TestSites.publishableRepoSite(dir.resolve("src"));
        String www = dir.resolve("www").toString();
        String src = site.toString();

        assertThat(run("publish", "--source", src, "--history")).isZero();
        assertThat(out()).contains("还没有发布记录");

        assertThat(run("publish", "--source", src)).isEqualTo(ExitCodes.USAGE_OR_ENVIRONMENT);
        assertThat(err()).contains("publish.target-missing");

        assertThat(run("publish", "--source", src, "--target", www)).isEqualTo(ExitCodes.USAGE_OR_ENVIRONMENT);
        assertThat(err()).contains("publish.target-unmarked").contains("--init");

        assertThat(run("publish", "--source", src, "--target", www, "--init", "--dry-run"))
                .isZero();
        assertThat(out()).contains("新增 index.html").contains("新增 xxgk/zfxxgkzl/ndbg/2025/index.html");
        assertThat(err()).contains("预演完成（没有发送任何文件）");
        assertThat(dir.resolve("www")).doesNotExist();

        assertThat(run("publish", "--source", src, "--target", www, "--init")).isZero();
        assertThat(err()).contains("已发布到");
        assertThat(dir.resolve("www/index.html")).exists();

        Path page = site.resolve("content/xxgk/index.md");
        TestSites.write(page, TestSites.read(page) + "\n更新。\n");
        assertThat(run("publish", "--source", src, "--target", www, "--dry-run"))
                .isZero();
        assertThat(out()).contains("修改 xxgk/index.html").doesNotContain("新增");

        Path home = site.resolve("content/index.md");
        TestSites.write(home, TestSites.read(home) + "\n- [坏链接](/nowhere.html)\n");
        assertThat(run("publish", "--source", src, "--target", www)).isEqualTo(ExitCodes.CONTENT_ERRORS);
        assertThat(out()).contains("check.link-broken");
        assertThat(err()).contains("发布被拒绝").contains("没有向");

        assertThat(run("publish", "--source", src, "--history")).isZero();
        assertThat(out().lines().count()).isEqualTo(1);
        assertThat(out()).contains(www).contains("提交 unknown").contains("新增 ");
    }
}
