package cn.gov.jinjiang.gksite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.testing.TestSites;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract: exit codes 0/1/2, human and JSON diagnostics. */
class MainTest {
    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    private String out() {
        return cli.out();
    }

    private String err() {
        return cli.err();
    }

    @Test
    void helpAndUsageErrorsAreInChinese() {
        assertThat(run("--help")).isZero();
        assertThat(out())
                .contains("用法：")
                .contains("命令：")
                .contains("选项：")
                .contains("显示这个帮助并退出")
                .doesNotContain("Usage:")
                .doesNotContain("Show this help");
        assertThat(run("build", "--help")).isZero();
        assertThat(out()).contains("用法：").contains("选项：").doesNotContain("Usage:");

        assertThat(run("build", "--no-chek")).isEqualTo(ExitCodes.USAGE_OR_ENVIRONMENT);
        assertThat(err())
                .contains("gksite: 错误 [cli.usage] 不认识的选项：“--no-chek”")
                .contains("gksite build --help")
                .doesNotContain("Unknown option");
        assertThat(run("serve", "--port", "八〇")).isEqualTo(ExitCodes.USAGE_OR_ENVIRONMENT);
        assertThat(err()).contains("选项 --port 的值“八〇”无效：应为整数");
        // Refused before the preview build: no site is needed to be told the port is impossible.
        for (String port : new String[] {"70000", "-1", "65536"}) {
            assertThat(run("serve", "--port", port, "--source", "/nonexistent"))
                    .isEqualTo(ExitCodes.USAGE_OR_ENVIRONMENT);
            assertThat(err())
                    .contains("[cli.usage] 选项 --port 的值“" + port + "”无效：端口应在 0–65535 之间")
                    .doesNotContain("/nonexistent");
        }
        assertThat(run("import", "report")).isEqualTo(ExitCodes.USAGE_OR_ENVIRONMENT);
        assertThat(err()).contains("[cli.usage] 缺少").doesNotContain("Missing");
    }

    /**
     * A command line that starts with a verb gets only that verb's model (Main.execute); any other lists and suggests
     * every verb, in order.
     */
    @Test
    void everyVerbIsListedAndSuggestedUnlessTheCommandLineStartsWithOne() {
        for (String[] args : new String[][] {{"--help"}, {}, {"-h", "build"}}) {
            assertThat(run(args)).isZero();
            String help = out().substring(out().indexOf("命令："));
            int at = 0;
            for (String verb : Main.verbs()) {
                int found = help.indexOf("\n  " + verb + " ");
                assertThat(found)
                        .as("%s in the help of %s", verb, Arrays.toString(args))
                        .isGreaterThan(at);
                at = found;
            }
        }
        assertThat(Main.verbs()).hasSize(10).startsWith("build", "check").endsWith("doctor", "hook");
        assertThat(run("bulid")).isEqualTo(ExitCodes.USAGE_OR_ENVIRONMENT);
        assertThat(err()).contains("“bulid”").contains("是否想写 build、publish？");
        assertThat(run("hook", "--help")).isZero();
        assertThat(out()).contains("用法： gksite hook").contains("install");
    }

    @Test
    void buildOfAGoodSiteExitsZeroAndWritesTheReport(@TempDir Path dir) {
        Path site = TestSites.repoSite(dir);
        assertThat(run("build", "--source", site.toString())).isEqualTo(ExitCodes.OK);
        assertThat(site.resolve("site/index.html")).exists();
        assertThat(site.resolve("site/xxgk/zfxxgkzl/ndbg/index.html")).exists();
        assertThat(site.resolve("site/xxgk/zfxxgkzl/ndbg/2025/index.html")).exists();
        assertThat(err()).contains("构建完成").contains("0 个错误");
    }

    @Test
    void outFlagWritesElsewhere(@TempDir Path dir, @TempDir Path out) {
        Path site = TestSites.repoSite(dir);
        assertThat(run(
                        "build",
                        "--source",
                        site.toString(),
                        "--out",
                        out.resolve("www").toString()))
                .isZero();
        assertThat(out.resolve("www/xxgk/zfxxgkzl/ndbg/2025/index.html")).exists();
        assertThat(site.resolve("site")).doesNotExist();
    }

    @Test
    void contentErrorExitsOneWithCompilerStyleLine(@TempDir Path dir) {
        Path site = TestSites.fixture("invalid-render.layout-unknown", dir);
        assertThat(run("build", "--source", site.toString())).isEqualTo(ExitCodes.CONTENT_ERRORS);
        assertThat(out()).contains("content/xxgk/index.md:3:9: 错误 [render.layout-unknown]");
    }

    @Test
    void jsonFormatPrintsOneObjectPerLineWithTheContractKeys(@TempDir Path dir) {
        Path site = TestSites.fixture("invalid-yaml.syntax", dir);
        assertThat(run("build", "--source", site.toString(), "--format", "json"))
                .isEqualTo(1);
        List<String> lines = out().lines().toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0))
                .startsWith("{\"file\":\"content/xxgk/index.md\",\"line\":3,\"column\":9,"
                        + "\"severity\":\"error\",\"code\":\"yaml.syntax\",\"message\":\"");
        assertThat(lines.get(0)).endsWith("}");
    }

    @Test
    void unknownFlagExitsTwo() {
        assertThat(run("build", "--no-such-flag")).isEqualTo(ExitCodes.USAGE_OR_ENVIRONMENT);
    }

    @Test
    void folderWithoutSiteYamlExitsTwo(@TempDir Path dir) {
        assertThat(run("build", "--source", dir.toString())).isEqualTo(ExitCodes.USAGE_OR_ENVIRONMENT);
        assertThat(err()).contains("site.yaml").contains("config.missing");
    }

    @Test
    void checkWithoutABuiltSiteExitsTwoAndSaysToBuild(@TempDir Path dir) {
        TestSites.inline(dir, "content/index.md", "---\ntitle: 首页\n---\n\n首页。\n");
        assertThat(run("check", "--source", dir.toString())).isEqualTo(ExitCodes.USAGE_OR_ENVIRONMENT);
        assertThat(err()).contains("site: 错误 [check.site-missing]");
    }

    @Test
    void checkReadsAPageChangedByHandSinceTheBuildAsAnyOtherPage(@TempDir Path dir) {
        TestSites.inline(
                dir,
                "content/index.md",
                "---\ntitle: 首页\n---\n\n首页，见[通知](/a.html)。\n",
                "content/a.md",
                "---\ntitle: 通知\n---\n\n通知正文。\n");
        assertThat(run("build", "--source", dir.toString())).isZero();
        // the pages as the build wrote them (their CRCs in the manifest) are read by the byte scanner
        assertThat(run("check", "--source", dir.toString())).isZero();
        Path page = dir.resolve("site/a.html");
        byte[] built = TestSites.read(page).getBytes(StandardCharsets.UTF_8);
        byte[] gbk = "<p>手改的段落</p>".getBytes(Charset.forName("GBK"));
        byte[] changed = Arrays.copyOf(built, built.length + gbk.length);
        System.arraycopy(gbk, 0, changed, built.length, gbk.length);
        TestSites.write(page, changed);
        // changed since: read as any page, so its encoding is checked
        assertThat(run("check", "--source", dir.toString())).isEqualTo(ExitCodes.CONTENT_ERRORS);
        assertThat(out()).contains("site/a.html:1:1: 错误 [check.encoding]");
    }

    @Test
    void jsonStringsAreEscaped() {
        assertThat(JsonReporter.str("a\"b\\c\nd\u0001")).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001\"");
    }
}
