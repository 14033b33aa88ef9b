package cn.gov.jinjiang.gksite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.build.Schemas;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gksite new site} and {@code gksite hook install} on the command line: exit codes and what they print. */
class NewSiteCommandTest {
    private final CliRun cli = new CliRun();

    @Test
    void aNewSiteThenItsBuild(@TempDir Path dir) {
        Path site = dir.resolve("晋江 审计局");
        assertThat(cli.run("new", "site", site.toString(), "--org", "晋江市审计局", "--body-type", "town", "--ci", "github"))
                .isZero();
        assertThat(cli.err()).contains("已在 " + site + " 新建站点").contains("待填写").contains("gksite serve");
        assertThat(TestSites.read(site.resolve("site.yaml")))
                .contains("body_type: town")
                .contains("\"晋江市审计局\"");
        assertThat(site.resolve(".github/workflows/gksite.yml")).isRegularFile();
        // the schemas VS Code's settings point at, as gksite schemas writes them
        String settings = TestSites.read(site.resolve(".vscode/settings.json"));
        for (var schema : Schemas.files().entrySet()) {
            assertThat(TestSites.read(site.resolve(".gksite/schemas/" + schema.getKey())))
                    .isEqualTo(schema.getValue());
        }
        assertThat(settings)
                .contains(
                        ".gksite/schemas/site.schema.json",
                        ".gksite/schemas/menu.schema.json",
                        ".gksite/schemas/report-data.schema.json");
        cli.reset();
        assertThat(cli.run("build", "--source", site.toString())).isZero();
        assertThat(cli.err()).contains("0 个错误");
    }

    @Test
    void aFolderThatIsNotEmptyIsRefusedWithExitTwo(@TempDir Path dir) {
        TestSites.write(dir.resolve("site/site.yaml"), "site: {name: 旧站}\n");
        assertThat(cli.run("new", "site", dir.resolve("site").toString())).isEqualTo(ExitCodes.USAGE_OR_ENVIRONMENT);
        assertThat(cli.err()).contains("错误 [setup.not-empty] 不能在 ").contains("site.yaml");
        assertThat(TestSites.read(dir.resolve("site/site.yaml"))).isEqualTo("site: {name: 旧站}\n");
        assertThat(TestSites.snapshot(dir.resolve("site"))).containsOnlyKeys("site.yaml");
    }

    @Test
    void wrongValuesAreUsageErrorsThatNameTheChoices(@TempDir Path dir) {
        assertThat(cli.run("new", "site", dir.resolve("a").toString(), "--body-type", "village"))
                .isEqualTo(ExitCodes.USAGE_OR_ENVIRONMENT);
        assertThat(cli.err()).contains("[cli.usage]").contains("government、department、town");
        cli.reset();
        assertThat(cli.run("new", "site", dir.resolve("a").toString(), "--org", "a: b\nc"))
                .isEqualTo(ExitCodes.USAGE_OR_ENVIRONMENT);
        assertThat(cli.err()).contains("[setup.org]");
        assertThat(dir.resolve("a")).doesNotExist();
    }

    @Test
    void hookInstallOutsideARepositoryExitsTwo(@TempDir Path dir) {
        TestSites.assumeInstalled("git");
        Path site = dir.resolve("site");
        assertThat(cli.run("new", "site", site.toString())).isZero();
        cli.reset();
        assertThat(cli.run("hook", "install", "--source", site.toString())).isEqualTo(ExitCodes.USAGE_OR_ENVIRONMENT);
        assertThat(cli.err()).contains("[hook.no-git]");
    }

    /** Run without a launcher (here: from compiled classes), the hook calls this JVM's java with its class path. */
    @Test
    void hookInstallWithoutALauncherCallsJavaItself(@TempDir Path dir) throws Exception {
        TestSites.assumeInstalled("git");
        Assumptions.assumeTrue(System.getProperty("gksite.launcher") == null);
        Process init = new ProcessBuilder("git", "init", "-q", dir.toString()).start();
        assertThat(init.waitFor()).isZero();
        assertThat(cli.run("new", "site", dir.resolve("site").toString())).isZero();
        cli.reset();
        assertThat(cli.run("hook", "install", "--source", dir.resolve("site").toString()))
                .isZero();
        assertThat(cli.err()).contains("已安装提交前钩子");
        assertThat(TestSites.read(dir.resolve(".git/hooks/pre-commit")))
                .contains("'-cp' '")
                .contains("'" + Main.class.getName() + "' build --source \"$site\"");
    }
}
