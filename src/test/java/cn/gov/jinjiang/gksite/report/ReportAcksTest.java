package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gksite ack} as a library call on a report with two blank 本年新收 cells (report.R8 at data.yaml:23:14 and
 * 23:18) and a narrative figure that differs from the table (report.R10 at index.md:11:36): which options it
 * refuses, how it reads a position, which problems stop it, which stale entries an acknowledgement replaces, and
 * that it writes nothing but a file it wrote itself.
 */
class ReportAcksTest {
    private static final String DIR = "content/xxgk/zfxxgkzl/ndbg/2025/";
    private static final String ACK = DIR + "ack.yaml";
    private static final LocalDate DATE = LocalDate.parse("2026-12-02");
    private Path site;
    private SourceLayout layout;

    @BeforeEach
    void aReportWithThreeFindings(@TempDir Path dir) throws IOException {
        site = TestSites.portalReports("valid-report", dir);
        edit("data.yaml", "本年新收: [20, 0, 0, 0, 0, 0, 20]", "本年新收: [20, \"\", \"\", 0, 0, 0, 20]");
        edit("index.md", "办结21件", "办结23件");
        layout = SourceLayout.of(site, null);
    }

    private void edit(String name, String from, String to) {
        Path p = site.resolve(DIR + name);
        String text = TestSites.read(p);
        assertThat(text).contains(from);
        TestSites.write(p, text.replace(from, to));
    }

    private String ackFile() {
        Path p = site.resolve(ACK);
        return Files.exists(p) ? TestSites.read(p) : "";
    }

    private ReportAcks.Outcome ack(String code, String... positions) {
        return ReportAcks.acknowledge(
                layout,
                2025,
                new ReportAcks.Selection(false, List.of(positions), code, " --body x"),
                "原报告如此",
                "张三",
                DATE);
    }

    private static List<String> at(List<Finding> fs) {
        return fs.stream().map(f -> f.code() + " " + f.diagnostic().pos()).toList();
    }

    private static List<String> said(ReportAcks.Outcome o) {
        List<String> out = new ArrayList<>();
        o.problems().forEach(d -> out.add(d.code() + " " + d.pos() + " " + d.message()));
        return out;
    }

    @Test
    void optionsAreCheckedAndARefusalWritesNothing() {
        List<String> bad = new ArrayList<>();
        for (String reason : new String[] {
            null,
            "  ",
            "原".repeat(201),
            "原报告\u001f如此",
            "原报告\u007f如此",
            "原报告\u0085如此",
            "原报告\u2028如此",
            "原报告\u2029如此",
            "as printed"
        }) {
            ReportAcks.Outcome o = ReportAcks.acknowledge(
                    layout, 2025, new ReportAcks.Selection(true, List.of(), null), reason, "张三", DATE);
            assertThat(o.acked()).isEmpty();
            assertThat(o.problems()).singleElement().satisfies(d -> {
                assertThat(d.code()).isEqualTo("ack.option");
                assertThat(d.pos().file()).isEqualTo(ACK);
                bad.add(d.message());
            });
        }
        assertThat(bad)
                .containsExactly(
                        "缺少 --reason（保留原样的理由，如“原报告如此”）。",
                        "缺少 --reason（保留原样的理由，如“原报告如此”）。",
                        "--reason 太长（201 个字符，上限 200）。",
                        "--reason 不能含换行或控制字符。",
                        "--reason 不能含换行或控制字符。",
                        "--reason 不能含换行或控制字符。",
                        "--reason 不能含换行或控制字符。",
                        "--reason 不能含换行或控制字符。",
                        "--reason 应以中文写明保留原样的理由，如“原报告如此”。");
        ReportAcks.Outcome noBy = ReportAcks.acknowledge(
                layout, 2025, new ReportAcks.Selection(true, List.of(), null), "原报告如此", null, DATE);
        assertThat(said(noBy)).containsExactly("ack.option " + ACK + " 缺少 --by（核对人的姓名）。");
        assertThat(ackFile()).isEmpty();

        // 200 characters with a space, and a name in Latin letters, are accepted
        String reason = "原报告 如此" + "原".repeat(194);
        ReportAcks.Outcome o = ReportAcks.acknowledge(
                layout, 2025, new ReportAcks.Selection(true, List.of(), null), " " + reason + " ", " Zhang San ", DATE);
        assertThat(o.problems()).isEmpty();
        assertThat(at(o.acked()))
                .containsExactly(
                        "report.R8 " + DIR + "data.yaml:23:14",
                        "report.R8 " + DIR + "data.yaml:23:18",
                        "report.R10 " + DIR + "index.md:11:36");
        assertThat(o.open()).isEmpty();
        assertThat(ackFile()).contains("理由: \"" + reason + "\"\n    核对人: \"Zhang San\"\n    日期: \"2026-12-02\"\n");
        assertThat(said(ReportAcks.acknowledge(
                        layout, 2025, new ReportAcks.Selection(true, List.of(), null), "原报告如此", "张三", DATE)))
                .containsExactly("ack.nothing " + ACK + " 2025 年度报告没有待核对的问题。");
    }

    @Test
    void aPositionIsReadAsTheBuildPrintsItInTheReportsFolder() {
        String hint = "运行 gksite ack 2025 --body x 列出待核对的问题及其位置。";
        ReportAcks.Outcome wrong = ack(null, "data.yaml", "data.yaml:23:0", "data.yaml:23", "index.md:11:36");
        assertThat(said(wrong))
                .containsExactly(
                        "ack.position " + DIR + " “data.yaml”不是问题的位置：应写成“文件:行:列”，如构建输出的 " + DIR + "data.yaml:41:7。",
                        "ack.no-finding " + DIR + " “data.yaml:23:0”处没有待核对问题。");
        assertThat(wrong.problems().get(1).hint()).isEqualTo(hint);
        assertThat(wrong.open()).hasSize(3);
        assertThat(wrong.acked()).isEmpty();
        assertThat(ackFile()).isEmpty();
        assertThat(said(ack("report.R10", "data.yaml:23")))
                .containsExactly("ack.no-finding " + DIR + " “data.yaml:23”处没有 report.R10 的待核对问题。");

        ReportAcks.Outcome one = ack(null, "data.yaml:23:14", " ./" + DIR + "data.yaml:23:14 ");
        assertThat(one.problems()).isEmpty();
        assertThat(at(one.acked())).containsExactly("report.R8 " + DIR + "data.yaml:23:14");
        assertThat(at(one.open()))
                .containsExactly("report.R8 " + DIR + "data.yaml:23:18", "report.R10 " + DIR + "index.md:11:36");
        assertThat(one.file()).isEqualTo(ACK);
        String text = ackFile();
        assertThat(text.substring(text.indexOf("已核对:"), text.indexOf("待核对:")))
                .contains("列: \"商业企业\"")
                .doesNotContain("科研机构");
        assertThat(text.substring(text.indexOf("待核对:"))).contains("列: \"科研机构\"").doesNotContain("商业企业");

        assertThat(said(ack(null, "data.yaml:23:14", "data.yaml:24", "index.md:23")))
                .containsExactly(
                        "ack.no-finding " + DIR + " “data.yaml:23:14”处没有待核对问题（已核对过）。",
                        "ack.no-finding " + DIR + " “data.yaml:24”处没有待核对问题。",
                        "ack.no-finding " + DIR + " “index.md:23”处没有待核对问题。");
        ReportAcks.Outcome line = ack(null, "index.md:11");
        assertThat(at(line.acked())).containsExactly("report.R10 " + DIR + "index.md:11:36");
        assertThat(ReportAcks.open(layout, 2025).open()).hasSize(1);
    }

    @Test
    void twoRulesAtOnePositionNeedTheCode() {
        edit("data.yaml", "总计: [21, 0, 0, 0, 0, 0, 21]", "总计: [21, \"\", 0, 0, 0, 0, 22]");
        List<String> codes = ReportAcks.open(layout, 2025).open().stream()
                .filter(f -> f.diagnostic().pos().file().endsWith("data.yaml")
                        && f.diagnostic().pos().line() == 51)
                .map(Finding::code)
                .distinct()
                .toList();
        assertThat(codes)
                .as(at(ReportAcks.open(layout, 2025).open()).toString())
                .hasSizeGreaterThan(1)
                .contains("report.R8");
        assertThat(said(ack(null, "data.yaml:51")))
                .containsExactly("ack.ambiguous " + DIR + " “data.yaml:51”处有 " + String.join("、", codes) + " 多个问题。");
        assertThat(at(ack("report.R8", "data.yaml:51").acked()))
                .containsExactly("report.R8 " + DIR + "data.yaml:51:14");
    }

    @Test
    void anAcknowledgementReplacesOnlyAStaleEntryOfItsOwnRuleAndCell() {
        assertThat(ReportAcks.acknowledge(
                                layout, 2025, new ReportAcks.Selection(true, List.of(), null), "原报告如此", "张三", DATE)
                        .problems())
                .isEmpty();
        String stale = "  - 代码: report.R1\n    单元格: {表: 三, 行: 本年新收, 列: 商业企业}\n    值: \"7\"\n"
                + "    理由: 原报告如此\n    核对人: 李四\n    日期: 2026-12-01\n"
                + "  - 代码: report.R8\n    单元格: {表: 三, 行: 上年结转, 列: 商业企业}\n    值: \"9\"\n"
                + "    理由: 原报告如此\n    核对人: 李四\n    日期: 2026-12-01\n";
        String text = ackFile();
        TestSites.write(site.resolve(ACK), text.replace("待核对:", stale + "待核对:"));
        edit("data.yaml", "本年新收: [20, \"\", \"\",", "本年新收: [20, \"-\", \"\",");
        edit("index.md", "办结23件", "办结24件");
        ReportAcks.Outcome o = ReportAcks.acknowledge(
                layout, 2025, new ReportAcks.Selection(true, List.of(), null), "原报告如此", "王五", DATE);
        assertThat(o.problems()).isEmpty();
        assertThat(at(o.acked()))
                .containsExactly("report.R8 " + DIR + "data.yaml:23:14", "report.R10 " + DIR + "index.md:11:36");
        String after = ackFile();
        assertThat(after.split("代码: \"report.R8\"", -1)).hasSize(4);
        assertThat(after.split("代码: \"report.R10\"", -1)).hasSize(3);
        assertThat(after)
                .contains("代码: \"report.R1\"\n    单元格: {表: \"三\", 行: \"本年新收\", 列: \"商业企业\"}\n    值: \"7\"")
                .contains("行: \"上年结转\", 列: \"商业企业\"}\n    值: \"9\"")
                .contains("列: \"商业企业\"}\n    值: \"-\"")
                .doesNotContain("列: \"商业企业\"}\n    值: \"\"\n")
                .contains("列: \"科研机构\"}\n    值: \"\"\n")
                .contains("原文: \"共受理申请22件，办结23件\"")
                .contains("原文: \"共受理申请22件，办结24件\"")
                .endsWith("待核对: []\n");
    }

    @Test
    void whatStopsAnAcknowledgement() {
        assertThat(said(ReportAcks.open(layout, 2030)))
                .containsExactly(
                        "ack.no-report content/xxgk/zfxxgkzl/ndbg/2030 没有 2030 年度报告（content/xxgk/zfxxgkzl/ndbg/2030/ 中应有 index.md 和 data.yaml），或它读不出来。");
        TestSites.write(
                site.resolve("content/xxgk/zfxxgkzl/ndbg/2100/index.md"),
                "---\ntitle: 报告\nlayout: " + ReportLoader.LAYOUT + "\n---\n正文\n");
        assertThat(ReportAcks.open(layout, 2100).problems())
                .extracting(Diagnostic::code)
                .containsExactly("ack.no-report", "report.year");
        edit("data.yaml", "格式: 2021", "格式: 2021\n多余: 1\n本年: [");
        assertThat(ReportAcks.open(layout, 2025).problems())
                .extracting(Diagnostic::code)
                .containsExactly("ack.no-report", "yaml.syntax");
        edit("data.yaml", "多余: 1\n本年: [", "多余: 1");
        // a warning of data.yaml's schema does not stop it, an error does
        assertThat(ReportAcks.open(layout, 2025).problems()).isEmpty();
        edit("data.yaml", "年度: 2025", "年度: 二〇二五");
        assertThat(ReportAcks.open(layout, 2025).problems())
                .extracting(Diagnostic::code)
                .contains("report.schema.year");
        edit("data.yaml", "年度: 二〇二五", "年度: 2025");
        assertThat(ReportAcks.recordOpen(layout, 2025)).hasSize(3);
        // an unknown key in ack.yaml is a warning and does not stop it; an entry in error does
        TestSites.write(site.resolve(ACK), ackFile().replace("已核对: []", "备注: 无\n已核对: []"));
        assertThat(ReportAcks.open(layout, 2025).problems()).isEmpty();
        assertThat(ReportAcks.open(layout, 2025).open()).hasSize(3);
        TestSites.write(site.resolve(ACK), ackFile().replace("已核对: []", "已核对: [x]"));
        String before = ackFile();
        assertThat(said(ack(null, "data.yaml:23:14")))
                .singleElement()
                .asString()
                .startsWith("report.ack.invalid " + ACK + ":7:7 “已核对”中的这一条应为“键: 值”的映射");
        assertThat(ackFile()).isEqualTo(before);
    }

    @Test
    void recordOpenListsTheFindingsOnceAndOnlyInAFreshFolder() {
        assertThat(ReportAcks.recordOpen(layout, 2030)).isEmpty();
        assertThat(at(ReportAcks.recordOpen(layout, 2025))).hasSize(3);
        String written = ackFile();
        assertThat(written).startsWith(AckWriter.MARKER).contains("已核对: []\n").contains("待核对:\n  # ");
        TestSites.write(site.resolve(ACK), written + "# 手工\n");
        assertThat(ReportAcks.recordOpen(layout, 2025)).isEmpty();
        assertThat(ackFile()).isEqualTo(written + "# 手工\n");
    }

    @Test
    void aReportWithoutFindingsGetsNoList() {
        edit("data.yaml", "本年新收: [20, \"\", \"\", 0, 0, 0, 20]", "本年新收: [20, 0, 0, 0, 0, 0, 20]");
        edit("index.md", "办结23件", "办结21件");
        assertThat(ReportAcks.recordOpen(layout, ReportScaffold.REPORTS, 2025)).isEmpty();
        assertThat(Files.exists(site.resolve(ACK))).isFalse();
    }

    @Test
    void onlyAFileGksiteWroteIsReplaced() throws IOException {
        String foreign = "年度: 2025\n报告: xxgk/zfxxgkzl/ndbg/2025\n已核对: []\n";
        TestSites.write(site.resolve(ACK), foreign);
        assertThatThrownBy(() -> ack(null, "data.yaml:23:14")).isInstanceOfSatisfying(DiagnosticException.class, e -> {
            assertThat(e.diagnostics()).extracting(Diagnostic::code).containsExactly("ack.refused");
            assertThat(e.diagnostics().get(0).pos().file()).isEqualTo(ACK);
        });
        assertThat(ackFile()).isEqualTo(foreign);
        TestSites.write(site.resolve(ACK), "\uFEFF" + AckWriter.MARKER + "\n" + foreign);
        assertThat(ack(null, "data.yaml:23:14").acked()).hasSize(1);
        assertThat(ackFile()).startsWith(AckWriter.MARKER);
    }

    @Test
    void aLongPositionIsClippedInTheMessageAndTheHintHasNoBodyByDefault() {
        String p120 = "data.yaml:" + "9".repeat(9) + "x".repeat(101);
        String p121 = p120 + "y";
        ReportAcks.Outcome o = ReportAcks.acknowledge(
                layout,
                2025,
                new ReportAcks.Selection(false, List.of(p120, p121, "data.yaml:99"), null, null),
                "原报告如此",
                "张三",
                DATE);
        assertThat(said(o))
                .containsExactly(
                        "ack.position " + DIR + " “" + p120 + "”不是问题的位置：应写成“文件:行:列”，如构建输出的 " + DIR + "data.yaml:41:7。",
                        "ack.position " + DIR + " “" + p120 + "…”不是问题的位置：应写成“文件:行:列”，如构建输出的 " + DIR + "data.yaml:41:7。",
                        "ack.no-finding " + DIR + " “data.yaml:99”处没有待核对问题。");
        assertThat(o.problems().get(2).hint()).isEqualTo("运行 gksite ack 2025 列出待核对的问题及其位置。");
    }

    @Test
    void aFolderNamedAckYamlIsNotReplaced() throws IOException {
        Files.createDirectories(site.resolve(ACK).resolve("x"));
        assertThatThrownBy(() -> ack(null, "data.yaml:23:14"))
                .isInstanceOfSatisfying(
                        DiagnosticException.class,
                        e -> assertThat(e.diagnostics())
                                .extracting(Diagnostic::code)
                                .containsExactly("ack.refused"));
        assertThat(Files.isDirectory(site.resolve(ACK).resolve("x"))).isTrue();
    }

    @Test
    void aReportFolderLinkedFromOutsideContentIsNotWrittenTo(@TempDir Path outside) throws IOException {
        Path report = site.resolve(DIR);
        Path moved = outside.resolve("2025");
        Files.move(report, moved);
        Files.createSymbolicLink(report, moved);
        assertThatThrownBy(() -> ack(null, "data.yaml:23:14")).isInstanceOfSatisfying(DiagnosticException.class, e -> {
            assertThat(e.diagnostics()).extracting(Diagnostic::code).containsExactly("ack.refused");
            assertThat(e.diagnostics().get(0).message()).contains("指向 content/ 以外的链接");
        });
        assertThatThrownBy(() -> ReportAcks.recordOpen(layout, 2025))
                .isInstanceOfSatisfying(
                        DiagnosticException.class,
                        e -> assertThat(e.diagnostics())
                                .extracting(Diagnostic::code)
                                .containsExactly("ack.refused"));
        try (var files = Files.list(moved)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("index.md", "data.yaml");
        }
    }
}
