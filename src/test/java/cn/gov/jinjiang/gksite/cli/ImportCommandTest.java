package cn.gov.jinjiang.gksite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.report.Fonts;
import cn.gov.jinjiang.gksite.report.ReportPdf;
import cn.gov.jinjiang.gksite.report.ReportSamples;
import cn.gov.jinjiang.gksite.report.TemplateDocx;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gksite import report} on every kind of file an editor has: what it prints (what was placed,
 * blanks, the report's own facts, the rule results), what it writes, and that a file it cannot import
 * ends with exit code 2, a clear message and no stack trace, leaving content/ untouched.
 */
class ImportCommandTest {
    private static final String NDBG = "content/xxgk/zfxxgkzl/ndbg/";
    private static final Path PINGTAN =
            TestSites.REPO.resolve("src/test/resources/import/pingtan-zonghe-shiyanqu-2023.html");
    private final CliRun cli = new CliRun();

    private String all() {
        return cli.out() + cli.err();
    }

    @Test
    void aRealPageKeepsItsOwnTitleOrganisationAndDateAndPrintsItsRuleResults(@TempDir Path dir) {
        Path site = TestSites.repoSite(dir);
        // the name says .pdf: the type is decided by the bytes
        Path file = dir.resolve("平潭2023.pdf");
        TestSites.write(file, TestSites.read(PINGTAN));
        assertThat(cli.run("import", "report", file.toString(), "--source", site.toString()))
                .as(all())
                .isZero();
        String index = TestSites.read(site.resolve(NDBG + "2023/index.md"));
        assertThat(index)
                .startsWith("---\ntitle: 平潭综合实验区2023年度政府信息公开工作年度报告\nlayout: report\nyear: 2023\n"
                        + "发布机构: 平潭综合实验区\n发布日期: 2024-03-08\n---\n");
        assertThat(TestSites.read(site.resolve(NDBG + "2023/data.yaml"))).startsWith("# 平潭综合实验区 2023 年");
        assertThat(cli.out())
                .contains("导入 2023 年度报告（网页：")
                .contains("读到的行：表二 6/6 行  表三 25/25 行  表四 3/3 行")
                .contains("空白单元格：无")
                .contains("报告规则的检查结果")
                .contains("全部通过");
        assertThat(all()).doesNotContain("Exception");
    }

    @Test
    void aYearThatContradictsTheDocumentIsRefusedUnlessForced(@TempDir Path dir) {
        Path site = TestSites.repoSite(dir);
        assertThat(cli.run("import", "report", PINGTAN.toString(), "--year", "2024", "--source", site.toString()))
                .isEqualTo(ExitCodes.CONTENT_ERRORS);
        assertThat(all())
                .contains("[import.year]")
                .contains("--year 2024 与原文不符")
                .contains("2023 年度")
                .contains("--force");
        assertThat(site.resolve(NDBG + "2024")).doesNotExist();
        cli.reset();
        assertThat(cli.run(
                        "import",
                        "report",
                        PINGTAN.toString(),
                        "--year",
                        "2024",
                        "--force",
                        "--source",
                        site.toString()))
                .as(all())
                .isZero();
        assertThat(TestSites.read(site.resolve(NDBG + "2024/index.md"))).contains("year: 2024\n");
    }

    @Test
    void blanksOfAPipeTableAreImportedAndShownWithTheirR8(@TempDir Path dir) {
        Path site = TestSites.inline(dir.resolve("site"));
        String seed = TestSites.read(TestSites.REPO.resolve("src/test/resources/seed/jinjiang-2025-annual-report.md"));
        String text = seed.replace(
                "一、本年新收政府信息公开申请数量\t\t20\t0\t0\t0\t0\t0\t20\t", "一、本年新收政府信息公开申请数量 | 821 | 35 |  |  | 2 | 1 | 859");
        Path file = dir.resolve("copied.txt");
        TestSites.write(file, text);
        assertThat(cli.run("import", "report", file.toString(), "--source", site.toString()))
                .as(all())
                .isZero();
        assertThat(TestSites.read(site.resolve(NDBG + "2025/data.yaml")))
                .contains("  本年新收: [821, 35, \"\", \"\", 2, 1, 859]\n");
        assertThat(cli.out())
                .contains("空白单元格 2 个")
                .contains("表三“一、本年新收政府信息公开申请数量” / 科研机构")
                .contains("data.yaml:23:19: 错误 [report.R8]")
                .contains("[report.R3]");
    }

    @Test
    void aWordDocumentAndAPdfImport(@TempDir Path dir) {
        Path site = TestSites.inline(dir.resolve("site"));
        Map<String, BigDecimal> cells = ReportSamples.cells(2022, new Random(3), 0);
        Path docx = dir.resolve("年报.docx");
        TestSites.write(docx, TemplateDocx.filled(2022, "某某市某某局2022年度政府信息公开工作年度报告", cells, true));
        assertThat(cli.run("import", "report", docx.toString(), "--source", site.toString()))
                .as(all())
                .isZero();
        assertThat(cli.out()).contains("（Word 文档：").contains("发布机构：某某市某某局");
        Fonts.require();
        cli.reset();
        Path pdf = dir.resolve("年报.pdf");
        TestSites.write(
                pdf, ReportPdf.of(2021, "某某市某某局2021年度政府信息公开工作年度报告", ReportSamples.cells(2021, new Random(4), 0), true));
        assertThat(cli.run("import", "report", pdf.toString(), "--source", site.toString()))
                .as(all())
                .isZero();
        assertThat(cli.out()).contains("（PDF：").contains("表三 25/25 行");
        assertThat(site.resolve(NDBG + "2021/data.yaml")).exists();
    }

    @Test
    void filesThatCannotBeImportedExitTwoWithAClearMessageAndWriteNothing(@TempDir Path dir) throws IOException {
        Path site = TestSites.repoSite(dir.resolve("site"));
        Map<String, String> before = files(site.resolve("content"));
        byte[] junk = new byte[2048];
        new Random(1).nextBytes(junk);
        Path big = dir.resolve("big.pdf");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L << 20);
        }
        Object[][] cases = {
            {"empty.docx", new byte[0], "import.empty"},
            {"junk.txt", junk, "import.not-text"},
            {"photo.pdf", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0}, "import.image"},
            {
                "old.doc",
                new byte[] {
                    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0
                },
                "import.old-word"
            },
            {"broken.pdf", "%PDF-1.4\ntrailer garbage".getBytes(StandardCharsets.US_ASCII), "import.damaged"},
            {"big.pdf", null, "import.too-large"},
        };
        for (Object[] c : cases) {
            Path file = c[1] == null ? big : dir.resolve((String) c[0]);
            if (c[1] != null) {
                Files.write(file, (byte[]) c[1]);
            }
            cli.reset();
            int code = cli.run("import", "report", file.toString(), "--year", "2023", "--source", site.toString());
            assertThat(code).as("%s: %s", c[0], all()).isEqualTo(ExitCodes.USAGE_OR_ENVIRONMENT);
            assertThat(all())
                    .as((String) c[0])
                    .contains(file.toString().replace('\\', '/') + ": 错误 [" + c[2] + "]")
                    .doesNotContain("Exception")
                    .doesNotContain("\tat ")
                    .doesNotContain("内部错误");
        }
        assertThat(files(site.resolve("content"))).isEqualTo(before);
    }

    private static Map<String, String> files(Path root) {
        Map<String, String> out = new TreeMap<>();
        TestSites.snapshot(root).forEach((k, v) -> out.put(k, HexFormat.of().formatHex(v)));
        return out;
    }
}
