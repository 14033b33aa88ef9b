package cn.gov.jinjiang.gksite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.build.Builds;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gksite new page}: the next free 索引号 of the year, today's dates, no overwriting. */
class NewPageCommandTest {
    /** 2025-12-31 16:30 UTC is already 2026-01-01 in China: the new year's numbering starts. */
    private static final Clock NEW_YEAR = Clock.fixed(Instant.parse("2025-12-31T16:30:00Z"), ZoneOffset.UTC);

    private static final Clock AUTUMN = Clock.fixed(Instant.parse("2025-11-20T02:00:00Z"), ZoneOffset.UTC);
    private final CliRun cli = new CliRun();

    private int run(Clock clock, String... args) {
        return cli.run(clock, args);
    }

    @Test
    void fillsTheNextFreeIndexNoOfThisYearAndTodaysDates(@TempDir Path dir) {
        Path site = TestSites.repoSite(dir);
        String file = "content/xxgk/zfxxgkzl/ml/02/jzb-2025-70.md";
        assertThat(run(
                        AUTUMN,
                        "new",
                        "page",
                        "xxgk/zfxxgkzl/ml/02/jzb-2025-70",
                        "--source",
                        site.toString(),
                        "--title",
                        "测试文件"))
                .isEqualTo(ExitCodes.OK);
        String text = TestSites.read(site.resolve(file));
        // The highest 2025 serial of QZ06101-0240 in the sample content is 00201.
        assertThat(text)
                .startsWith("---\ntitle: 测试文件\n索引号: QZ06101-0240-2025-00202\n")
                .contains("\n发布机构: 晋江市人民政府办公室\n", "\n成文日期: 2025-11-20\n", "\n发布日期: 2025-11-20\n", "\n有效性: 现行有效\n");
        assertThat(cli.err()).contains("QZ06101-0240-2025-00202");
        // A second page gets the serial after it; the new pages pass the catalogue checks.
        assertThat(run(
                        AUTUMN,
                        "new",
                        "page",
                        "content/xxgk/zfxxgkzl/ml/02/jzb-2025-71.md",
                        "--source",
                        site.toString()))
                .isZero();
        assertThat(TestSites.read(site.resolve("content/xxgk/zfxxgkzl/ml/02/jzb-2025-71.md")))
                .contains("索引号: QZ06101-0240-2025-00203\n");
        assertThat(Builds.errors(Builds.build(site))).isEmpty();
    }

    @Test
    void yearAndPrefixComeFromClockAndOption(@TempDir Path dir) {
        Path site = TestSites.repoSite(dir);
        assertThat(run(
                        NEW_YEAR,
                        "new",
                        "page",
                        "xxgk/zfxxgkzl/ndbg/sjj",
                        "--source",
                        site.toString(),
                        "--index-prefix",
                        "QZ06125-2510"))
                .isZero();
        assertThat(TestSites.read(site.resolve("content/xxgk/zfxxgkzl/ndbg/sjj.md")))
                .contains("索引号: QZ06125-2510-2026-00001\n", "成文日期: 2026-01-01\n");
    }

    @Test
    void aSerialTooLongToBeANumberIsPassedOver(@TempDir Path dir) {
        // 99999999999 does not fit an int (it used to end `new page` in internal.error); 2147483647 does, and the
        // serial after it would not.
        Path site = TestSites.repoSite(dir);
        TestSites.write(
                site.resolve("content/xxgk/zfxxgkzl/ml/02/huge.md"),
                "---\ntitle: 大流水号\n索引号: QZ06101-0240-2025-99999999999\n---\n正文。\n");
        TestSites.write(
                site.resolve("content/xxgk/zfxxgkzl/ml/02/max.md"),
                "---\ntitle: 大流水号\n索引号: QZ06101-0240-2025-2147483647\n---\n正文。\n");
        assertThat(run(AUTUMN, "new", "page", "xxgk/zfxxgkzl/ml/02/next", "--source", site.toString()))
                .as(cli.err())
                .isEqualTo(ExitCodes.OK);
        assertThat(TestSites.read(site.resolve("content/xxgk/zfxxgkzl/ml/02/next.md")))
                .contains("索引号: QZ06101-0240-2025-00202\n");
    }

    @Test
    void refusesToOverwrite(@TempDir Path dir) {
        Path site = TestSites.repoSite(dir);
        String path = "content/xxgk/zfxxgkzl/ml/02/jzb-2025-12.md";
        String before = TestSites.read(site.resolve(path));
        assertThat(run(AUTUMN, "new", "page", "xxgk/zfxxgkzl/ml/02/jzb-2025-12", "--source", site.toString()))
                .isEqualTo(ExitCodes.USAGE_OR_ENVIRONMENT);
        assertThat(cli.err()).contains("content.exists", "已存在");
        assertThat(TestSites.read(site.resolve(path))).isEqualTo(before);
    }

    @Test
    void aPathOutsideContentIsRefused(@TempDir Path dir) {
        Path site = TestSites.repoSite(dir);
        for (String path : new String[] {"../a", "xxgk/../../a", "/etc/a", "xxgk/", "xxgk/./a"}) {
            assertThat(run(AUTUMN, "new", "page", path, "--source", site.toString()))
                    .as(path)
                    .isEqualTo(ExitCodes.USAGE_OR_ENVIRONMENT);
            assertThat(cli.err()).contains("[content.path]");
        }
        assertThat(dir.resolve("a.md")).doesNotExist();
        assertThat(site.resolve("../etc")).doesNotExist();
    }

    @Test
    void withoutAPrefixItSaysWhereToSetOne(@TempDir Path dir) {
        Path site = TestSites.inline(dir, "content/index.md", "---\ntitle: 首页\n---\n\n首页。\n");
        assertThat(run(AUTUMN, "new", "page", "a", "--source", site.toString()))
                .isEqualTo(ExitCodes.USAGE_OR_ENVIRONMENT);
        assertThat(cli.err()).contains("content.index-prefix", "index_prefix");
    }
}
