package cn.gov.jinjiang.gksite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.build.Builds;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --body ID} of {@code new page}, {@code new report}, {@code import report} and {@code ack} on the sample
 * site's five bodies: each body's own folder, 索引号 prefix and serials, 发布机构, report folder and deadline; and the
 * careless ids and paths they refuse, writing nothing.
 */
class BodyCommandsTest {
    private static final Clock SPRING = Clock.fixed(Instant.parse("2026-04-10T02:00:00Z"), ZoneOffset.UTC);
    private static final String SJJ = "content/xxgk/zfxxgkzl/bmzfxxgk/sjj/";
    private static final String DONGSHI = "content/xxgk/zfxxgkzl/zjdgk/12/";
    private static final Path SEED = TestSites.REPO.resolve("src/test/resources/seed/jinjiang-2025-annual-report.md");
    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(SPRING, args);
    }

    /** Runs {@code args} on {@code site}, forgetting what earlier runs printed. */
    private int in(Path site, String... args) {
        cli.reset();
        return run(concat(args, "--source", site.toString()));
    }

    private String all() {
        return cli.out() + cli.err();
    }

    @Test
    void aPageOfABodyTakesItsFolderPrefixSerialsAndName(@TempDir Path dir) {
        Path site = TestSites.repoSite(dir);
        // The sample's 审计局 has used QZ06121-2510-2026-10002 (its 2025 report); a page filed by mistake in the
        // 市政府办公室's folder with a higher serial of the same prefix is another body's and does not count.
        TestSites.write(
                site.resolve("content/xxgk/zfxxgkzl/ml/02/misfiled.md"),
                "---\ntitle: 放错目录的文件\n索引号: QZ06121-2510-2026-20000\n---\n\n正文。\n");
        assertThat(in(site, "new", "page", "zfxxgkml/wj-1", "--body", "sjj", "--title", "审计文件"))
                .as(all())
                .isZero();
        String page = TestSites.read(site.resolve(SJJ + "zfxxgkml/wj-1.md"));
        assertThat(page).contains("\n索引号: QZ06121-2510-2026-10003\n", "\n发布机构: 晋江市审计局\n", "\n成文日期: 2026-04-10\n");
        assertThat(cli.err()).contains("晋江市审计局", "QZ06121-2510-2026-10003");
        // A number that page already holds is skipped: the new page's 索引号 is never a duplicate.
        TestSites.write(
                site.resolve("content/xxgk/zfxxgkzl/ml/02/misfiled-2.md"),
                "---\ntitle: 放错目录的文件\n索引号: QZ06121-2510-2026-10004\n---\n\n正文。\n");
        assertThat(in(site, "new", "page", "zfxxgkml/wj-2", "--body", "sjj")).isZero();
        assertThat(TestSites.read(site.resolve(SJJ + "zfxxgkml/wj-2.md"))).contains("索引号: QZ06121-2510-2026-10005\n");
    }

    @Test
    void withoutBodyThePathsFolderDecidesAndTheDocPrefixIsOffered(@TempDir Path dir) {
        Path site = TestSites.repoSite(dir);
        assertThat(in(site, "new", "page", "xxgk/zfxxgkzl/zjdgk/12/wj-1", "--title", "东石镇通知"))
                .as(all())
                .isZero();
        assertThat(TestSites.read(site.resolve(DONGSHI + "wj-1.md")))
                .contains("\n索引号: QZ06913-2510-2026-00007\n", "\n发布机构: 晋江市东石镇人民政府\n", "\n# 文号: 晋东政〔2026〕");
        // The same page through --body, and the 市政府办公室's numbering is its own.
        assertThat(in(site, "new", "page", "wj-2", "--body", "dongshi", "--title", "东石镇通知二"))
                .isZero();
        assertThat(TestSites.read(site.resolve(DONGSHI + "wj-2.md"))).contains("索引号: QZ06913-2510-2026-00008\n");
        assertThat(in(site, "new", "page", "ml/02/wj-3", "--body", "zfb", "--title", "市府通知"))
                .isZero();
        assertThat(TestSites.read(site.resolve("content/xxgk/zfxxgkzl/ml/02/wj-3.md")))
                .contains("索引号: QZ06101-0240-2026-", "发布机构: 晋江市人民政府办公室\n", "# 文号: 晋政办〔2026〕");
        // Each page passes the build's per-body checks (its prefix, its year).
        assertThat(Builds.errors(Builds.build(site))).isEmpty();
    }

    @Test
    void aPlaceholderPrefixIsRefusedAtItsSiteYamlLine(@TempDir Path dir) {
        Path site = TestSites.repoSite(dir);
        List<String> lines = List.of(TestSites.read(site.resolve("site.yaml")).split("\n", -1));
        int line = lines.indexOf("    index_prefix: 待填写：统计局机构代码-2510") + 1;
        assertThat(line).isPositive();
        assertThat(in(site, "new", "page", "a", "--body", "tjj")).isEqualTo(ExitCodes.USAGE_OR_ENVIRONMENT);
        assertThat(cli.err())
                .contains("site.yaml:" + line + ":19: 错误 [content.index-prefix]", "晋江市统计局", "待填写", "--index-prefix");
        assertThat(site.resolve("content/xxgk/zfxxgkzl/bmzfxxgk/tjj/a.md")).doesNotExist();
        // The same without --body, by the folder; and with the code given for once, it is numbered.
        assertThat(in(site, "new", "page", "xxgk/zfxxgkzl/zjdgk/anhai/a")).isEqualTo(ExitCodes.USAGE_OR_ENVIRONMENT);
        assertThat(cli.err()).contains("[content.index-prefix]", "晋江市安海镇人民政府");
        assertThat(in(site, "new", "page", "a", "--body", "tjj", "--index-prefix", "QZ06122-2510"))
                .isZero();
        assertThat(TestSites.read(site.resolve("content/xxgk/zfxxgkzl/bmzfxxgk/tjj/a.md")))
                .contains("索引号: QZ06122-2510-2026-00001\n", "发布机构: 晋江市统计局\n");
    }

    @Test
    void carelessIdsAreUsageErrorsListingTheKnownIds(@TempDir Path dir) {
        Path site = TestSites.repoSite(dir);
        Map<String, byte[]> before = TestSites.snapshot(site);
        Map<String, String> meant = Map.of(
                "SJJ", "是否想写 --body sjj",
                "晋江市审计局", "是否想写 --body sjj",
                " Dongshi", "是否想写 --body dongshi",
                "", "--body 的值是空的",
                "../x", "没有代号为“../x”的单位",
                "site", "没有代号为“site”的单位",
                "sj\u0000j", "没有代号为“sj?j”的单位");
        for (var e : meant.entrySet()) {
            for (String[] command : List.of(
                    new String[] {"new", "page", "a"},
                    new String[] {"new", "report", "2026"},
                    new String[] {"import", "report", SEED.toString(), "--year", "2026"},
                    new String[] {"ack", "2025"})) {
                String[] args = concat(command, "--body", e.getKey());
                assertThat(in(site, args)).as(String.join(" ", args)).isEqualTo(ExitCodes.USAGE_OR_ENVIRONMENT);
                assertThat(cli.err())
                        .as(String.join(" ", args))
                        .contains("错误 [cli.body-unknown]", e.getValue(), "zfb（晋江市人民政府办公室）", "anhai");
            }
        }
        unchanged(site, before);
    }

    @Test
    void bodyOnASiteWithoutBodiesIsAUsageError(@TempDir Path dir) {
        Path site = TestSites.inline(dir, "content/index.md", "---\ntitle: 首页\n---\n\n首页。\n");
        for (String[] command : List.of(new String[] {"new", "page", "a"}, new String[] {"new", "report", "2026"})) {
            assertThat(in(site, concat(command, "--body", "sjj"))).isEqualTo(ExitCodes.USAGE_OR_ENVIRONMENT);
            assertThat(cli.err()).contains("错误 [cli.body-none]", "bodies", "去掉 --body");
        }
        assertThat(site.resolve("content/a.md")).doesNotExist();
        assertThat(site.resolve("content/xxgk")).doesNotExist();
    }

    @Test
    void carelessPathsAreRefusedAndWriteNothing(@TempDir Path dir) {
        Path site = TestSites.repoSite(dir);
        Map<String, byte[]> before = TestSites.snapshot(site);
        Map<String, String> refused = Map.of(
                "../tjj/a", "[content.path]",
                "zfxxgkml/../../../ml/02/a", "[content.path]",
                "xxgk/zfxxgkzl/ml/02/a", "[content.body-path]",
                "content/xxgk/zfxxgkzl/zjdgk/12/a.md", "[content.body-path]");
        for (var e : refused.entrySet()) {
            assertThat(in(site, "new", "page", e.getKey(), "--body", "sjj"))
                    .as(e.getKey())
                    .isEqualTo(ExitCodes.USAGE_OR_ENVIRONMENT);
            assertThat(cli.err()).as(e.getKey()).contains(e.getValue(), "晋江市审计局");
        }
        // Below the 市政府办公室's folder, but in the 审计局's: not the 市政府办公室's page.
        assertThat(in(site, "new", "page", "bmzfxxgk/sjj/a", "--body", "zfb"))
                .isEqualTo(ExitCodes.USAGE_OR_ENVIRONMENT);
        assertThat(cli.err()).contains("[content.body-path]", "“晋江市审计局”（sjj）");
        unchanged(site, before);
    }

    @Test
    void aBodysReportGoesToItsFolderWithItsNameAndDeadline(@TempDir Path dir) {
        Path site = TestSites.repoSite(dir);
        assertThat(in(site, "new", "report", "2026", "--body", "sjj")).as(all()).isZero();
        String index = TestSites.read(site.resolve(SJJ + "ndbg/2026/index.md"));
        assertThat(index)
                .contains("title: 晋江市审计局2026年政府信息公开工作年度报告\n", "发布机构: 晋江市审计局\n", "2027-01-31 前（政府部门")
                .contains("draft: true\n");
        // Its own last year is carried over (the 审计局 carried nothing into 2026), not the 市政府办公室's.
        assertThat(TestSites.read(site.resolve(SJJ + "ndbg/2026/data.yaml"))).contains("上年结转: [0, 0, 0, 0, 0, 0, 0]");
        assertThat(cli.err()).contains(SJJ.substring("content/".length()) + "ndbg/2026/", "晋江市审计局", "2027-01-31");
        assertThat(in(site, "new", "report", "2026", "--body", "dongshi")).isZero();
        assertThat(TestSites.read(site.resolve(DONGSHI + "ndbg/2026/index.md")))
                .contains("title: 晋江市东石镇人民政府2026年", "2027-01-31 前（乡镇人民政府、街道办事处");
        // Without --body: the central folder, the 市政府办公室's, a government's deadline and its carry-over.
        assertThat(in(site, "new", "report", "2026")).isZero();
        assertThat(TestSites.read(site.resolve("content/xxgk/zfxxgkzl/ndbg/2026/index.md")))
                .contains("title: 晋江市人民政府办公室2026年", "2027-03-31 前（人民政府");
        assertThat(TestSites.read(site.resolve("content/xxgk/zfxxgkzl/ndbg/2026/data.yaml")))
                .contains("上年结转: [1, 0, 0, 0, 0, 0, 1]");
        // Drafts all: the build leaves them out and passes; with --drafts each is checked against its body.
        assertThat(Builds.errors(Builds.build(site))).isEmpty();
    }

    @Test
    void aBodysExistingReportIsNeverOverwritten(@TempDir Path dir) {
        Path site = TestSites.repoSite(dir);
        Map<String, byte[]> before = TestSites.snapshot(site);
        assertThat(in(site, "new", "report", "2025", "--body", "sjj")).isEqualTo(ExitCodes.USAGE_OR_ENVIRONMENT);
        assertThat(cli.err()).contains("[report.exists]", SJJ + "ndbg/2025");
        assertThat(in(site, "import", "report", SEED.toString(), "--year", "2025", "--body", "dongshi"))
                .isEqualTo(ExitCodes.USAGE_OR_ENVIRONMENT);
        assertThat(cli.err()).contains("[report.exists]", DONGSHI + "ndbg/2025");
        unchanged(site, before);
    }

    @Test
    void importForABodyWritesItsFolderChecksItsDeadlineAndTellsHowToAck(@TempDir Path dir) {
        Path site = TestSites.repoSite(dir);
        TestSites.deleteTree(site.resolve(SJJ + "ndbg/2025"));
        // The central report, the 市政府办公室's, says when it was published: the 审计局's, imported, does not.
        Path zfb = site.resolve("content/xxgk/zfxxgkzl/ndbg/2025/index.md");
        TestSites.write(zfb, TestSites.read(zfb).replace("\nyear: 2025\n", "\nyear: 2025\n发布日期: 2026-03-01\n"));
        String central = TestSites.read(site.resolve("content/xxgk/zfxxgkzl/ndbg/2025/data.yaml"));
        assertThat(in(site, "import", "report", SEED.toString(), "--year", "2025", "--body", "sjj"))
                .as(all())
                .isZero();
        assertThat(site.resolve(SJJ + "ndbg/2025/data.yaml")).exists();
        assertThat(TestSites.read(site.resolve("content/xxgk/zfxxgkzl/ndbg/2025/data.yaml")))
                .isEqualTo(central);
        // Checked as the 审计局's report: a department's deadline (1月31日), not the 市政府办公室's.
        assertThat(cli.out())
                .contains(SJJ + "ndbg/2025/index.md:1:1: 警告 [report.R15]", "2026年1月31日（政府部门")
                .contains("晋江市审计局", "gksite ack 2025 --body sjj")
                // the seed is the 市政府办公室's report: the editor is told the body may be the wrong one
                .contains("注意：报告的发布机构“晋江市人民政府办公室”不是单位“晋江市审计局”");
        // a position with no finding: the hint lists the body's open findings, not the site's report
        assertThat(in(site, "ack", "2025", "--body", "sjj", "data.yaml:1:1", "--reason", "原报告如此", "--by", "张三"))
                .isEqualTo(ExitCodes.CONTENT_ERRORS);
        assertThat(cli.err()).contains("[ack.no-finding]", "运行 gksite ack 2025 --body sjj 列出待核对的问题");
        assertThat(in(site, "ack", "2025", "--body", "sjj", "--all", "--reason", "原报告如此", "--by", "张三"))
                .as(all())
                .isZero();
        assertThat(TestSites.read(site.resolve(SJJ + "ndbg/2025/ack.yaml")))
                .contains("报告: \"xxgk/zfxxgkzl/bmzfxxgk/sjj/ndbg/2025\"", "report.R15", "张三");
    }

    private static void unchanged(Path site, Map<String, byte[]> before) {
        Map<String, byte[]> now = TestSites.snapshot(site);
        assertThat(now).containsOnlyKeys(before.keySet());
        before.forEach((file, bytes) -> assertThat(now.get(file)).as(file).isEqualTo(bytes));
    }

    private static String[] concat(String[] head, String... tail) {
        String[] out = new String[head.length + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(tail, 0, out, head.length, tail.length);
        return out;
    }
}
