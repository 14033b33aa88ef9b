package cn.gov.jinjiang.gksite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.report.Finding;
import cn.gov.jinjiang.gksite.report.ReportAcks;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A past report as it was published, from import to the reader: {@code import report} of a report with blank
 * cells and a broken total records the findings as open (待核对) and the build fails with them; after
 * {@code gksite ack} (one by one, then all) the build passes, the page states under 表三 which figures are printed
 * as in the original and which rule they break, and data.csv / data.json carry the same flags; a changed
 * acknowledged figure fails the build again, and the same mistakes in another year's report are still errors.
 * Then the hostile and careless inputs of {@code gksite ack}: it writes nothing but the report's own ack.yaml,
 * and nothing at all when it refuses.
 */
class AckCommandTest {
    private static final String DIR = "content/xxgk/zfxxgkzl/ndbg/2025/";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T08:00:00Z"), ZoneOffset.UTC);
    private final CliRun cli = new CliRun();
    private Path site;

    private String all() {
        return cli.out() + cli.err();
    }

    private int run(String... args) {
        cli.reset();
        String[] full = Arrays.copyOf(args, args.length + 2);
        full[args.length] = "--source";
        full[args.length + 1] = site.toString();
        return cli.run(CLOCK, full);
    }

    /** content/ as text, to compare before and after a refused run. */
    private Map<String, String> content() {
        Map<String, String> out = new TreeMap<>();
        TestSites.snapshot(site.resolve("content"))
                .forEach((k, v) -> out.put(k, new String(v, StandardCharsets.UTF_8)));
        return out;
    }

    private String read(String rel) {
        return TestSites.read(site.resolve(rel));
    }

    /** Imports the seed report with two blank 本年新收 cells and a 总计 that does not add up. */
    @BeforeEach
    void importAPastReport(@TempDir Path dir) {
        site = TestSites.inline(dir.resolve("site"), "content/index.md", "---\ntitle: 首页\n---\n首页\n");
        String seed = TestSites.read(TestSites.REPO.resolve("src/test/resources/seed/jinjiang-2025-annual-report.md"));
        String text = seed.replace(
                "一、本年新收政府信息公开申请数量\t\t20\t0\t0\t0\t0\t0\t20\t", "一、本年新收政府信息公开申请数量 | 20 |  |  | 0 | 0 | 0 | 21");
        assertThat(text).isNotEqualTo(seed);
        Path file = dir.resolve("copied.txt");
        TestSites.write(file, text);
        cli.reset();
        assertThat(cli.run(CLOCK, "import", "report", file.toString(), "--source", site.toString()))
                .as(all())
                .isZero();
        assertThat(cli.out()).contains("未核对，已作为“待核对”记入 " + DIR + "ack.yaml").contains("gksite ack 2025");
    }

    @Test
    void aPastReportFailsUntilAcknowledgedThenShowsItsNotesAndFlags() {
        String ack = read(DIR + "ack.yaml");
        assertThat(ack)
                .startsWith("# gksite 核对清单")
                .contains("年度: 2025\n")
                .contains("已核对: []\n")
                .contains("  - 代码: \"report.R8\"\n    单元格: {表: \"三\", 行: \"本年新收\", 列: \"商业企业\"}\n    值: \"\"\n");
        assertThat(run("build")).as(all()).isEqualTo(ExitCodes.CONTENT_ERRORS);
        assertThat(all()).contains(DIR + "data.yaml:23:14: 错误 [report.R8]").contains("错误 [report.R3]");

        assertThat(run("ack", "2025")).as(all()).isZero();
        assertThat(cli.out()).contains("待核对的问题").contains(DIR + "data.yaml:23:14: 错误 [report.R8]");

        // one by one, by the position the build printed (here with Windows slashes and a ./)
        assertThat(run(
                        "ack",
                        "2025",
                        ".\\" + DIR.replace('/', '\\') + "data.yaml:23:14",
                        "--reason",
                        "原报告如此",
                        "--by",
                        "张三"))
                .as(all())
                .isZero();
        assertThat(cli.out()).contains("已核对 1 个问题");
        assertThat(read(DIR + "ack.yaml")).contains("理由: \"原报告如此\"\n    核对人: \"张三\"\n    日期: \"2026-12-02\"\n");
        assertThat(run("build")).as(all()).isEqualTo(ExitCodes.CONTENT_ERRORS);
        assertThat(all())
                .contains(DIR + "data.yaml:23:14: 提示 [report.acknowledged]")
                .contains("错误 [report.R3]");

        assertThat(run("ack", "2025", "--all", "--reason", "原报告如此", "--by", "张三"))
                .as(all())
                .isZero();
        assertThat(cli.out()).contains("这份报告已没有待核对的问题");
        assertThat(read(DIR + "ack.yaml")).contains("待核对: []\n");
        assertThat(run("build")).as(all()).isZero();
        assertThat(all())
                .contains("提示 [report.acknowledged] 已核对，按原报告保留 [report.R3]")
                .doesNotContain("错误 [");

        String page = read("site/xxgk/zfxxgkzl/ndbg/2025/index.html");
        String table3 = page.substring(page.indexOf("id=\"table-3\""), page.indexOf("id=\"s4\""));
        assertThat(table3)
                .contains("<div class=\"ack-note\" id=\"table-3-notes\" role=\"note\">\n<p>注：下列数字按原报告照录，不符合统计规则：</p>")
                .contains("<li>“一、本年新收政府信息公开申请数量” / 商业企业：原报告空白，统计表不应留空（规则 R8）。核对说明：原报告如此</li>")
                .contains("“四、结转下年度继续办理” / 总计：原报告为 1，不满足“第一项加第二项之和，等于第三项加第四项之和”（规则 R3）");
        assertThat(page).doesNotContain("id=\"table-2-notes\"").doesNotContain("id=\"table-4-notes\"");
        String csv = read("site/xxgk/zfxxgkzl/ndbg/2025/data.csv");
        assertThat(csv)
                .contains("\uFEFF表,行,列,值,核对说明\r\n")
                .contains("三,一、本年新收政府信息公开申请数量,商业企业,,R8 统计表不应留空（原报告如此）\r\n")
                .contains("三,一、本年新收政府信息公开申请数量,自然人,20,\r\n");
        String json = read("site/xxgk/zfxxgkzl/ndbg/2025/data.json");
        assertThat(json)
                .contains(
                        "\"column\": \"商业企业\", \"value\": null, \"flags\": [{\"rule\": \"R8\", \"breaks\": \"统计表不应留空\", \"reason\": \"原报告如此\"}]")
                .contains("\"acknowledged\": [\n    {\"table\": \"三\", \"where\": \"“一、本年新收政府信息公开申请数量” / 商业企业\"");

        // a changed acknowledged figure: the acknowledgement is stale and the finding an error again
        Path data = site.resolve(DIR + "data.yaml");
        String yaml = TestSites.read(data);
        String changed = yaml.replace("结转下年度: [1, 0, 0, 0, 0, 0, 1]", "结转下年度: [1, 0, 0, 0, 0, 0, 3]");
        assertThat(changed).isNotEqualTo(yaml);
        TestSites.write(data, changed);
        assertThat(run("build")).as(all()).isEqualTo(ExitCodes.CONTENT_ERRORS);
        // (the changed 总计 now breaks its row's sum, R1, which stands for the R3 of its column: one cause, one error)
        assertThat(all())
                .contains(DIR + "ack.yaml:22:5: 警告 [report.ack.stale] 已核对的 [report.R3] 表三“四、结转下年度继续办理” / 总计")
                .containsPattern(DIR.replace(".", "\\.") + "data\\.yaml:52:29: 错误 \\[report\\.R\\d\\]");
        TestSites.write(data, yaml);
        assertThat(run("build")).as(all()).isZero();
    }

    @Test
    void theSameMistakesInAnotherYearsReportAreStillErrors() throws Exception {
        assertThat(run("ack", "2025", "--all", "--reason", "原报告如此", "--by", "张三"))
                .as(all())
                .isZero();
        // the editor starts next year's report by copying this one, ack.yaml and all
        Path from = site.resolve(DIR);
        Path to = site.resolve("content/xxgk/zfxxgkzl/ndbg/2026/");
        TestSites.copyTree(from, to);
        TestSites.write(
                to.resolve("index.md"), TestSites.read(to.resolve("index.md")).replace("year: 2025", "year: 2026"));
        TestSites.write(
                to.resolve("data.yaml"), TestSites.read(to.resolve("data.yaml")).replace("年度: 2025", "年度: 2026"));
        assertThat(run("build")).as(all()).isEqualTo(ExitCodes.CONTENT_ERRORS);
        assertThat(all())
                .contains("content/xxgk/zfxxgkzl/ndbg/2026/ack.yaml:4:5: 错误 [report.ack.misplaced]")
                .contains("content/xxgk/zfxxgkzl/ndbg/2026/data.yaml:23:14: 错误 [report.R8]")
                .contains("content/xxgk/zfxxgkzl/ndbg/2026/data.yaml:52:")
                .contains("错误 [report.R3]")
                .doesNotContain("2025/data.yaml:23:14: 错误");
        // and an ack.yaml edited to name 2026 still names the 2025 folder
        Path ack = to.resolve("ack.yaml");
        TestSites.write(ack, TestSites.read(ack).replace("年度: 2025", "年度: 2026"));
        assertThat(run("build")).as(all()).isEqualTo(ExitCodes.CONTENT_ERRORS);
        assertThat(all())
                .contains("2026/ack.yaml:5:5: 错误 [report.ack.misplaced]")
                .contains("2026/data.yaml:23:14: 错误 [report.R8]");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "data.yaml",
                "data.yaml:abc",
                "../../../etc/passwd:1:1",
                "/etc/passwd:1",
                "data.yaml:99999:1",
                "content/xxgk/zfxxgkzl/ndbg/2024/data.yaml:23:14",
                "data.yaml:23:14\n理由: x",
                ":::",
                "data.yaml:1234567890123:1"
            })
    void aPositionThatNamesNoOpenFindingWritesNothing(String position) {
        Map<String, String> before = content();
        assertThat(run("ack", "2025", position, "--reason", "原报告如此", "--by", "张三"))
                .as(all())
                .isIn(ExitCodes.CONTENT_ERRORS, ExitCodes.USAGE_OR_ENVIRONMENT);
        assertThat(all()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(cli.err()).contains("[ack.");
        assertThat(content()).isEqualTo(before);
    }

    @Test
    void bothFindingsAtOnePositionNeedACode() {
        // two blanks on one line: line alone names both R8 findings of that line (same code): both are acknowledged
        assertThat(run("ack", "2025", DIR + "data.yaml:23", "--reason", "原报告如此", "--by", "张三"))
                .as(all())
                .isZero();
        assertThat(cli.out()).contains("已核对 2 个问题");
    }

    @Test
    void findingsOfTwoRulesOnOneLineNeedACode() {
        // 其他 of 结转下年度 made 1: its column breaks R3 (52:26) and the row's 总计 R1 (52:29), one line
        Path data = site.resolve(DIR + "data.yaml");
        TestSites.write(
                data, TestSites.read(data).replace("结转下年度: [1, 0, 0, 0, 0, 0, 1]", "结转下年度: [1, 0, 0, 0, 0, 1, 1]"));
        Map<String, String> before = content();
        assertThat(run("ack", "2025", DIR + "data.yaml:52", "--reason", "原报告如此", "--by", "张三"))
                .as(all())
                .isNotZero();
        assertThat(cli.err())
                .contains("[ack.ambiguous]")
                .contains("report.R3、report.R1")
                .contains("--code");
        assertThat(content()).isEqualTo(before);
        assertThat(run("ack", "2025", DIR + "data.yaml:52", "--code", "report.R1", "--reason", "原报告如此", "--by", "张三"))
                .as(all())
                .isZero();
        assertThat(cli.out()).contains("已核对 1 个问题");
        assertThat(read(DIR + "ack.yaml")).contains("代码: \"report.R1\"");
    }

    /** The position the listing gives for the open finding of {@code code}. */
    private String openPosition(String code) {
        assertThat(run("ack", "2025")).as(all()).isZero();
        return cli.out()
                .lines()
                .filter(l -> l.contains("[" + code + "]"))
                .map(l -> l.strip().replaceFirst(": (错误|警告) \\[.*$", ""))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aPositionAcknowledgedBeforeIsSaidToBeSo() {
        String at = DIR + "data.yaml:23:14";
        assertThat(run("ack", "2025", at, "--reason", "原报告如此", "--by", "张三"))
                .as(all())
                .isZero();
        assertThat(run("ack", "2025", at, "--reason", "原报告如此", "--by", "张三")).isEqualTo(ExitCodes.CONTENT_ERRORS);
        assertThat(cli.err()).contains("[ack.no-finding]", "待核对问题（已核对过）。");
        assertThat(run("ack", "2025", DIR + "data.yaml:24:1", "--reason", "原报告如此", "--by", "张三"))
                .isEqualTo(ExitCodes.CONTENT_ERRORS);
        assertThat(cli.err()).contains("[ack.no-finding]").doesNotContain("已核对过");
    }

    @Test
    void anAcknowledgementOfACellWhoseValueChangedIsReplacedNotKeptBeside() {
        String before = openPosition("report.R3");
        assertThat(run("ack", "2025", before, "--code", "report.R3", "--reason", "原报告如此", "--by", "张三"))
                .as(all())
                .isZero();
        // the editor corrects 结转下年度 to another wrong figure: the same rule at the same cell, another value
        String data = read(DIR + "data.yaml");
        String changed = data.replace("  结转下年度: [1, 0, 0, 0, 0, 0, 1]", "  结转下年度: [1, 2, 0, 0, 0, 0, 3]");
        assertThat(changed).isNotEqualTo(data);
        TestSites.write(site.resolve(DIR + "data.yaml"), changed);
        String after = openPosition("report.R3");
        assertThat(run("ack", "2025", after, "--code", "report.R3", "--reason", "原报告如此", "--by", "李四"))
                .as(all())
                .isZero();
        String ack = read(DIR + "ack.yaml");
        String done = ack.substring(ack.indexOf("已核对:"), ack.indexOf("待核对:"));
        assertThat(done.split("代码: \"report.R3\"", -1)).hasSize(2);
        assertThat(done).contains("值: \"3\"", "核对人: \"李四\"").doesNotContain("值: \"1\"");
    }

    @Test
    void aPositionWithNoFindingIsNamedShortenedAndIsNotAlsoNothingToAcknowledge() {
        assertThat(run("ack", "2025", DIR + "data.yaml:9999:1", "--reason", "原报告如此", "--by", "张三"))
                .isEqualTo(ExitCodes.CONTENT_ERRORS);
        assertThat(cli.err())
                .contains("[ack.no-finding]", "运行 gksite ack 2025 列出")
                .doesNotContain("ack.nothing");
        // a long mistyped position is quoted shortened, to 120 characters
        run("ack", "2025", "x".repeat(150), "--reason", "原报告如此", "--by", "张三");
        assertThat(cli.err()).contains("“" + "x".repeat(120) + "…”").doesNotContain("x".repeat(121));
    }

    @Test
    void theLibraryListsTheSitesReportAndNamesAYearWithoutOne() {
        SourceLayout layout = SourceLayout.of(site, site.resolve("site"));
        ReportAcks.Outcome open = ReportAcks.open(layout, 2025);
        assertThat(open.problems()).isEmpty();
        assertThat(open.open()).extracting(Finding::code).contains("report.R8", "report.R3");
        assertThat(open.file()).isEqualTo(DIR + "ack.yaml");
        ReportAcks.Outcome none = ReportAcks.open(layout, 2019);
        assertThat(none.problems()).extracting(d -> d.code()).containsExactly("ack.no-report");
        assertThat(none.open()).isEmpty();
        assertThat(new ReportAcks.Selection(true, List.of(), null, null).bodyArg())
                .isEmpty();
        assertThat(new ReportAcks.Selection(true, List.of(), null).bodyArg()).isEmpty();
    }

    @Test
    void aReasonOfTwoHundredCharactersAndALatinNameAreAccepted() {
        String reason = "原报告如此" + "。".repeat(195);
        assertThat(run("ack", "2025", DIR + "data.yaml:23:14", "--reason", reason, "--by", " Zhang San "))
                .as(all())
                .isZero();
        assertThat(read(DIR + "ack.yaml")).contains("理由: \"" + reason + "\"", "核对人: \"Zhang San\"");
        // one character more is refused
        assertThat(run("ack", "2025", "--all", "--reason", reason + "。", "--by", "张三"))
                .isEqualTo(ExitCodes.CONTENT_ERRORS);
        assertThat(all()).contains("[ack.option]", "--reason 太长（201 个字符，上限 200）");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "--reason|ok|--by|张三",
                "--reason| |--by|张三",
                "--reason|原报告如此",
                "--reason|原报告\n如此|--by|张三",
                "--reason|原报告如此|--by|张\u2028三",
                "--reason|原报告如此|--by|张\u2029三",
                "--reason|原报告如此|--by|张\u0085三",
                "--reason|原报告如此|--by|张\u007f三",
                "--reason|原报告如此|--by|张\u001f三",
                "--reason|原报告如此|--by|张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张",
                "--reason|原报告如此|--by|张三|--date|2026-13-01",
                "--all|--reason|原报告如此|--by|张三|data.yaml:23:14"
            })
    void carelessOptionsAreRefusedAndNothingIsWritten(String options) {
        Map<String, String> before = content();
        String[] o = options.split("\\|");
        String[] args = new String[o.length + 2];
        args[0] = "ack";
        args[1] = "2025";
        System.arraycopy(o, 0, args, 2, o.length);
        boolean hasPosition = options.contains("data.yaml") || options.contains("--all");
        if (!hasPosition) {
            args = Arrays.copyOf(args, args.length + 1);
            args[args.length - 1] = DIR + "data.yaml:23:14";
        }
        assertThat(run(args)).as(all()).isIn(ExitCodes.CONTENT_ERRORS, ExitCodes.USAGE_OR_ENVIRONMENT);
        assertThat(all()).doesNotContain("Exception");
        assertThat(content()).isEqualTo(before);
    }

    @Test
    void aBrokenOrForeignAckFileIsNeverRewritten() throws Exception {
        Path ack = site.resolve(DIR + "ack.yaml");
        String good = TestSites.read(ack);
        // bad YAML: the build names file, line and column; ack refuses and leaves it as it is
        TestSites.write(ack, good.replace("已核对: []", "已核对: [\n  - {代码: report.R8"));
        assertThat(run("build")).isEqualTo(ExitCodes.CONTENT_ERRORS);
        assertThat(all()).containsPattern("ack\\.yaml:\\d+:\\d+: 错误 \\[yaml\\.syntax\\]");
        byte[] broken = Files.readAllBytes(ack);
        assertThat(run("ack", "2025", "--all", "--reason", "原报告如此", "--by", "张三"))
                .isEqualTo(ExitCodes.CONTENT_ERRORS);
        assertThat(cli.err()).contains("[yaml.syntax]").contains("未写入任何文件");
        assertThat(Files.readAllBytes(ack)).isEqualTo(broken);

        // an entry naming a cell the format has not: an error with a suggestion, and it covers nothing
        TestSites.write(
                ack,
                good.replace(
                        "已核对: []",
                        "已核对:\n  - 代码: report.R8\n    单元格: {表: 三, 行: 本年新手, 列: 商业企业}\n"
                                + "    值: \"\"\n    理由: 原报告如此\n    核对人: 张三\n    日期: 2026-12-02"));
        assertThat(run("build")).isEqualTo(ExitCodes.CONTENT_ERRORS);
        assertThat(all())
                .contains("错误 [report.ack.invalid]")
                .contains("没有单元格“三 / 本年新手 / 商业企业”")
                .contains("是不是“三 本年新收”")
                .contains("data.yaml:23:14: 错误 [report.R8]");

        // a file gksite did not write (no marker line) is never rewritten
        String foreign = "年度: 2025\n报告: xxgk/zfxxgkzl/ndbg/2025\n已核对: []\n";
        TestSites.write(ack, foreign);
        assertThat(run("ack", "2025", "--all", "--reason", "原报告如此", "--by", "张三"))
                .isNotZero();
        assertThat(all()).contains("[ack.refused]").doesNotContain("Exception");
        assertThat(TestSites.read(ack)).isEqualTo(foreign);
        assertThat(Files.list(site.resolve(DIR))
                        .map(p -> p.getFileName().toString())
                        .sorted()
                        .toList())
                .containsExactly("ack.yaml", "data.yaml", "index.md");
    }

    @Test
    void anAckFileThatIsALinkIsNeverWrittenThrough(@TempDir Path outside) throws Exception {
        Path ack = site.resolve(DIR + "ack.yaml");
        Path target = outside.resolve("victim.yaml");
        Files.writeString(target, Files.readString(ack), StandardCharsets.UTF_8);
        byte[] victim = Files.readAllBytes(target);
        Files.delete(ack);
        Files.createSymbolicLink(ack, target);
        assertThat(run("ack", "2025", "--all", "--reason", "原报告如此", "--by", "张三"))
                .isNotZero();
        assertThat(Files.readAllBytes(target)).isEqualTo(victim);
        assertThat(Files.isSymbolicLink(ack)).isTrue();
    }

    /** Each refusal of {@code gksite ack} has its own code (DiagnosticCodesTest holds every code to a test). */
    @Test
    void eachRefusalNamesItsCode() {
        Map<String, String> before = content();
        assertThat(run("ack", "2025", "data.yaml:abc", "--reason", "原报告如此", "--by", "张三"))
                .isNotZero();
        assertThat(cli.err()).contains("[ack.position]");
        assertThat(run("ack", "2025", "data.yaml:99999:1", "--reason", "原报告如此", "--by", "张三"))
                .isNotZero();
        assertThat(cli.err()).contains("[ack.no-finding]");
        assertThat(run("ack", "1999", "--all", "--reason", "原报告如此", "--by", "张三"))
                .isNotZero();
        assertThat(cli.err()).contains("[ack.no-report]");
        assertThat(run("ack", "2025", DIR + "data.yaml:23:14", "--reason", "ok", "--by", "张三"))
                .isNotZero();
        assertThat(cli.err()).contains("[ack.option]");
        assertThat(content()).isEqualTo(before);
        assertThat(run("ack", "2025", "--all", "--reason", "原报告如此", "--by", "张三"))
                .as(all())
                .isZero();
        assertThat(run("ack", "2025", "--all", "--reason", "原报告如此", "--by", "张三"))
                .isNotZero();
        assertThat(cli.err()).contains("[ack.nothing]");
    }

    /** An entry of ack.yaml with a value of the wrong kind or an unknown key is named at its line. */
    @Test
    void anEntryOfTheWrongShapeIsNamed() {
        Path ack = site.resolve(DIR + "ack.yaml");
        String good = TestSites.read(ack);
        TestSites.write(
                ack,
                good.replace(
                        "已核对: []",
                        "已核对:\n  - 代码: [report.R8]\n    单元格: {表: 三, 行: 本年新收, 列: 商业企业}\n"
                                + "    值: \"\"\n    理由: 原报告如此\n    核对人: 张三\n    日期: 2026-12-02\n    备注: 多写的键"));
        assertThat(run("build")).isEqualTo(ExitCodes.CONTENT_ERRORS);
        assertThat(all())
                .contains("错误 [report.ack.type]")
                .contains("[report.ack.unknown-key]")
                .containsPattern("ack\\.yaml:\\d+:\\d+: 错误 \\[report\\.ack\\.type");
    }
}
