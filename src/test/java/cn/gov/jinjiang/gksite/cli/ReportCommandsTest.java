package cn.gov.jinjiang.gksite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.testing.TestSites;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gksite new report} and {@code gksite import report}: files written, exit codes, refusals. */
class ReportCommandsTest {
    private static final String NDBG = "content/xxgk/zfxxgkzl/ndbg/";
    private static final Path SEED = TestSites.REPO.resolve("src/test/resources/seed/jinjiang-2025-annual-report.md");
    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    private String all() {
        return cli.out() + cli.err();
    }

    @Test
    void newReportCarriesLastYearsFiguresForward(@TempDir Path dir) {
        Path site = TestSites.repoSite(dir);
        assertThat(run("new", "report", "2026", "--source", site.toString())).isEqualTo(ExitCodes.OK);
        String data = TestSites.read(site.resolve(NDBG + "2026/data.yaml"));
        assertThat(data)
                .startsWith("# 晋江市人民政府办公室 2026 年政府信息公开工作年度报告")
                .contains("\n  上年结转: [1, 0, 0, 0, 0, 0, 1]\n")
                .contains("\n  本年新收: [0, 0, 0, 0, 0, 0, 0]\n")
                .contains("  行政规范性文件: {本年制发件数: 0, 本年废止件数: 0, 现行有效件数: 64}\n")
                .contains("  结转下年度: [0, 0, 0, 0, 0, 0, 0]\n");
        String index = TestSites.read(site.resolve(NDBG + "2026/index.md"));
        assertThat(index)
                .startsWith("---\ntitle: 晋江市人民政府办公室2026年政府信息公开工作年度报告\nlayout: report\nyear: 2026\n"
                        + "发布机构: 晋江市人民政府办公室\n# 公开期限：2027-03-31 前（人民政府，条例第四十九条）；"
                        + "发布时在头部写“发布日期: 年-月-日”。\n# 草稿：")
                .contains("\ndraft: true\n---\n")
                .contains("## 一、总体情况 {#s1}")
                .contains("## 五、存在的主要问题及改进情况 {#s5}")
                .contains("## 六、其他需要报告的事项 {#s6}")
                .doesNotContain("## 二、");
        assertThat(all()).contains("草稿").contains("draft: true");
    }

    @Test
    void anUnreadableLastYearIsAWarningAndTheCarryOverStartsAtZero(@TempDir Path dir) throws Exception {
        Path site = TestSites.repoSite(dir);
        Path last = site.resolve(NDBG + "2025/data.yaml");
        Files.write(last, Files.readString(last).getBytes(Charset.forName("GBK")));
        assertThat(run("new", "report", "2026", "--source", site.toString())).isEqualTo(ExitCodes.OK);
        assertThat(all())
                .contains("[report.carry-over]")
                .contains(NDBG + "2025/data.yaml")
                .contains("上年结转请手工填写");
        assertThat(TestSites.read(site.resolve(NDBG + "2026/data.yaml"))).contains("\n  上年结转: [0, 0, 0, 0, 0, 0, 0]\n");
    }

    /** Issue 17: a new year's report (上年结转 1, all else 0: R3 fails) is a draft and blocks no build. */
    @Test
    void newReportIsADraftThatBlocksNoBuildAndIsCheckedWithDrafts(@TempDir Path dir) {
        Path site = TestSites.repoSite(dir);
        assertThat(run("new", "report", "2026", "--source", site.toString())).isZero();
        assertThat(run("build", "--source", site.toString())).as(all()).isZero();
        assertThat(all()).doesNotContain("report.R3").contains("1 个草稿页面未构建");
        assertThat(site.resolve("site/xxgk/zfxxgkzl/ndbg/2026")).doesNotExist();
        assertThat(run("build", "--source", site.toString(), "--drafts")).isEqualTo(ExitCodes.CONTENT_ERRORS);
        assertThat(all())
                .contains(NDBG + "2026/data.yaml:52:11: 错误 [report.R3]")
                .contains(NDBG + "2026/index.md:15:1: 警告 [content.placeholder]");
    }

    @Test
    void newReportWithoutLastYearStartsAtZeroAndTakesOrg(@TempDir Path dir) {
        Path site = TestSites.inline(dir);
        assertThat(run("new", "report", "2020", "--source", site.toString(), "--org", "某某局"))
                .isZero();
        String data = TestSites.read(site.resolve(NDBG + "2020/data.yaml"));
        assertThat(data)
                .startsWith("# 某某局 2020 年")
                .contains("格式: 2019\n")
                .contains("    其他处理: [0, 0, 0, 0, 0, 0, 0]\n");
    }

    @Test
    void newReportRefusesAnExistingFolder(@TempDir Path dir) {
        Path site = TestSites.repoSite(dir);
        String before = TestSites.read(site.resolve(NDBG + "2025/data.yaml"));
        assertThat(run("new", "report", "2025", "--source", site.toString())).isEqualTo(ExitCodes.USAGE_OR_ENVIRONMENT);
        assertThat(all()).contains("report.exists").contains("已存在");
        assertThat(TestSites.read(site.resolve(NDBG + "2025/data.yaml"))).isEqualTo(before);
    }

    @Test
    void importWritesTheReportAndTheSiteBuilds(@TempDir Path dir) throws Exception {
        Path site = TestSites.repoSite(dir);
        Path y2025 = site.resolve(NDBG + "2025");
        try (var files = Files.list(y2025)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(y2025);
        assertThat(run(
                        "import",
                        "report",
                        SEED.toString(),
                        "--year",
                        "2025",
                        "--source",
                        site.toString(),
                        "--org",
                        "晋江市人民政府办公室"))
                .isEqualTo(ExitCodes.OK);
        assertThat(TestSites.read(site.resolve(NDBG + "2025/data.yaml")))
                .isEqualTo(TestSites.read(TestSites.REPO.resolve(NDBG + "2025/data.yaml")));
        assertThat(site.resolve(NDBG + "2025/index.md")).exists();
        assertThat(run("build", "--source", site.toString())).as(all()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void importWithAMissingRowExitsOneAndWritesNothing(@TempDir Path dir, @TempDir Path in) throws Exception {
        Path site = TestSites.inline(dir);
        Path file = in.resolve("report.txt");
        Files.writeString(file, TestSites.read(SEED).replace("\t\t2. 重复申请\t0\t0\t0\t0\t0\t0\t0\n", ""));
        assertThat(run(
                        "import",
                        "report",
                        file.toString(),
                        "--year",
                        "2025",
                        "--source",
                        site.toString(),
                        "--org",
                        "某某局"))
                .isEqualTo(ExitCodes.CONTENT_ERRORS);
        assertThat(all()).contains("[import.missing-row]").contains("重复申请").contains("未写入任何文件");
        assertThat(site.resolve(NDBG + "2025")).doesNotExist();
    }

    @Test
    void importRefusesAnExistingFolder(@TempDir Path dir) {
        Path site = TestSites.repoSite(dir);
        assertThat(run("import", "report", SEED.toString(), "--year", "2025", "--source", site.toString()))
                .isEqualTo(ExitCodes.USAGE_OR_ENVIRONMENT);
        assertThat(all()).contains("report.exists");
    }
}
