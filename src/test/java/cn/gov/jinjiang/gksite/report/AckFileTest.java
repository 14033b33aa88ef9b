package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.config.YamlDoc;
import cn.gov.jinjiang.gksite.content.DataFile;
import cn.gov.jinjiang.gksite.content.Page;
import cn.gov.jinjiang.gksite.content.PageMeta;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ack.yaml as gksite writes and reads it: text taken from a report (a heading, a sentence, a cell's value) and
 * a hand-edited reason can hold quotes, colons, '#' and every character YAML reads as a line break, and still
 * come back exactly, without adding or hiding an entry; and the excerpt that names a narrative finding.
 */
class AckFileTest {
    private static final String FILE = "content/ndbg/2025/ack.yaml";

    private static AnnualReport report() {
        PageMeta meta = new PageMeta(
                "2025 年度报告",
                ReportLoader.LAYOUT,
                "",
                null,
                "",
                0,
                false,
                false,
                2025,
                "",
                "",
                "",
                null,
                null,
                "",
                "",
                null,
                "",
                "",
                Map.of());
        Page page = new Page("content/ndbg/2025/index.md", "ndbg/2025", "ndbg/2025/index.html", true, meta, "", 5);
        return new AnnualReport(2025, ReportFormat.forYear(2025), page, "content/ndbg/2025/data.yaml", Map.of());
    }

    private static final String HEAD = AckWriter.MARKER + "\n年度: 2025\n报告: ndbg/2025\n";
    private static final String CELL_ENTRY = "  - 代码: report.R8\n    单元格: {表: 三, 行: 本年新收, 列: 自然人}\n    值: ''\n";
    private static final String SIGNED = "    理由: 原报告如此\n    核对人: 张三\n    日期: 2026-12-02\n";

    private static AckList read(String text, Diagnostics diags) {
        return AckFile.read(new DataFile(FILE, AckFile.NAME, YamlDoc.parse(FILE, 0, text), text), report(), diags);
    }

    /** Each problem of reading {@code text} as "line:column code message". */
    private static List<String> problems(String text) {
        Diagnostics diags = new Diagnostics();
        AckList list = read(text, diags);
        List<Diagnostic> ds = diags.sorted();
        if (ds.stream().anyMatch(Diagnostic::isError)) {
            assertThat(list.acknowledged())
                    .as("an entry with an error covers nothing")
                    .hasSizeLessThan(2);
        }
        return ds.stream()
                .map(d -> d.pos().line() + ":" + d.pos().column() + " " + d.code() + " " + d.message())
                .toList();
    }

    /** The problems of an ack.yaml whose 已核对 holds the one entry {@code entry} (it starts on line 5). */
    private static List<String> done(String entry) {
        return problems(HEAD + "已核对:\n" + entry);
    }

    @Test
    void aListForAnotherYearOrFolderCoversNothingAndSaysWhere() {
        String entries = "已核对:\n" + CELL_ENTRY + SIGNED;
        for (String head : List.of("年度: 2024\n报告: ndbg/2025\n", "年度: 2025\n报告: ndbg/2024\n", "报告: ndbg/2025\n")) {
            Diagnostics diags = new Diagnostics();
            AckList list = read(AckWriter.MARKER + "\n" + head + entries, diags);
            assertThat(list.acknowledged()).as(head).isEmpty();
            assertThat(diags.sorted()).as(head).hasSize(1);
        }
        assertThat(problems(AckWriter.MARKER + "\n年度: 2024\n报告: ndbg/2025\n" + entries))
                .singleElement()
                .asString()
                .startsWith("2:5 report.ack.misplaced 这份核对清单写明属于“ndbg/2025”的 2024 年度报告，却放在 ndbg/2025/ 的 2025 年度报告中");
        assertThat(problems(AckWriter.MARKER + "\n年度: 2025\n报告: ndbg/2024\n" + entries))
                .singleElement()
                .asString()
                .startsWith("3:5 report.ack.misplaced 这份核对清单写明属于“ndbg/2024”的 2025 年度报告");
        assertThat(problems(AckWriter.MARKER + "\n报告: ndbg/2025\n" + entries))
                .singleElement()
                .asString()
                .contains("report.ack.misplaced 这份核对清单写明属于“ndbg/2025”的 （未写年度） 年度报告");
    }

    @Test
    void aListThatIsNotAListOrTooLongCoversNothing() {
        assertThat(problems(HEAD + "已核对:\n待核对:\n")).isEmpty();
        assertThat(problems(HEAD + "已核对: []\n")).isEmpty();
        assertThat(problems(HEAD + "已核对: {代码: report.R8}\n待核对: 无\n"))
                .containsExactly(
                        "4:6 report.ack.invalid “已核对”应为列表（每条以“- ”开头），实为映射（键: 值）。",
                        "5:6 report.ack.invalid “待核对”应为列表（每条以“- ”开头），实为文本或数字。");
        String most = HEAD + "待核对:\n" + "  - x\n".repeat(AckFile.MAX_ENTRIES);
        List<String> each = problems(most);
        assertThat(each).hasSize(AckFile.MAX_ENTRIES).allMatch(p -> p.contains("这一条应为“键: 值”的映射，实为文本或数字"));
        assertThat(problems(most + "  - x\n"))
                .containsExactly("2005:5 report.ack.invalid “待核对”有 2001 条，超过上限 2000 条：一份报告没有这么多问题，清单中的条目一律不适用。");
    }

    @Test
    void anEntrySaysWhatIsMissingAtTheValueOrTheEntry() {
        assertThat(done("  - 单元格: {表: 三, 行: 本年新收, 列: 自然人}\n    值: ''\n" + SIGNED))
                .containsExactly("5:5 report.ack.invalid 这一条没有写“代码”。");
        assertThat(done(CELL_ENTRY.replace("report.R8", "report.schema.missing") + SIGNED))
                .containsExactly("5:9 report.ack.invalid “report.schema.missing”不是可以核对的报告规则代码。");
        String where = "5:5 report.ack.invalid 每一条要写明问题所在：统计表的“单元格”或正文的“位置”，两者只写一个。";
        assertThat(done(CELL_ENTRY + "    位置: 正文\n    原文: x\n" + SIGNED)).containsExactly(where);
        assertThat(done("  - 代码: report.R8\n    值: ''\n" + SIGNED)).containsExactly(where);
        assertThat(done("  - 代码: report.R8\n    单元格: {表: 三, 行: 本年新收, 列: 自然人}\n" + SIGNED))
                .containsExactly("5:5 report.ack.invalid 这一条缺少“值”（单元格核对时的值（原报告空白时写 \"\"））。");
        assertThat(done("  - 代码: report.R10\n    位置: 正文 一、总体情况\n" + SIGNED))
                .containsExactly("5:5 report.ack.invalid 这一条缺少“原文”（问题所在的原文）。");
        assertThat(done("  - 代码: report.R10\n    位置: 正文 一、总体情况\n    原文: ' '\n" + SIGNED))
                .containsExactly("7:9 report.ack.invalid 这一条缺少“原文”（问题所在的原文）。");
        assertThat(done("  - 代码: report.R10\n    位置: ''\n    原文: 共22件\n" + SIGNED))
                .containsExactly("6:9 report.ack.invalid 这一条缺少“位置”（问题所在的位置）。");
        assertThat(done(CELL_ENTRY + "    核对人: 张三\n    日期: 2026-12-02\n"))
                .containsExactly("5:5 report.ack.invalid 这一条缺少“理由”（保留原样的理由）。");
        assertThat(done(CELL_ENTRY + "    理由: 原报告如此\n    日期: 2026-12-02\n"))
                .containsExactly("5:5 report.ack.invalid 这一条缺少“核对人”（核对人）。");
        assertThat(done(CELL_ENTRY + "    理由: 原报告如此\n    核对人: ' '\n    日期: 2026-12-02\n"))
                .containsExactly("9:10 report.ack.invalid 这一条缺少“核对人”（核对人）。");
        assertThat(done(CELL_ENTRY + "    理由: 原报告如此\n    核对人: 张三\n"))
                .containsExactly("5:5 report.ack.invalid 这一条缺少“日期”（核对日期）。");
        assertThat(done(CELL_ENTRY + SIGNED.replace("原报告如此", "as printed")))
                .containsExactly("8:9 report.ack.invalid “理由”应以中文写明保留原样的原因，实为“as printed”。");
        assertThat(done(CELL_ENTRY + SIGNED.replace("2026-12-02", "2026-02-30")))
                .containsExactly("10:9 report.ack.invalid “日期”应为 yyyy-MM-dd 格式的日期，实为“2026-02-30”。");
        assertThat(done(CELL_ENTRY + SIGNED + CELL_ENTRY + SIGNED))
                .containsExactly("11:5 report.ack.invalid 这一条与前面的一条核对的是同一个问题。");
    }

    @Test
    void validEntriesAreReadWithTheirSubjectAndPosition() {
        String text = HEAD + "已核对:\n" + CELL_ENTRY + "    理由: ' 原报告如此 '\n    核对人: ' 张三 '\n    日期: 2026-12-02\n"
                + "  - 代码: report.R8\n    单元格: {表: 四, 行: 行政复议, 列: 结果维持}\n    值: 3\n" + SIGNED
                + "  - 代码: report.R8\n    单元格: {表: 二, 行: 规章, 列: 本年制发件数}\n    值: 3\n" + SIGNED
                + "待核对:\n  - 代码: report.R10\n    位置: 正文 一、总体情况\n    原文: 共受理申请22件\n    说明: 不符\n";
        Diagnostics diags = new Diagnostics();
        AckList list = read(text, diags);
        assertThat(diags.sorted()).isEmpty();
        assertThat(list.acknowledged())
                .extracting(a -> a.code() + " " + a.cell() + " " + a.text() + " [" + a.reason() + "] [" + a.by() + "] "
                        + a.date() + " " + a.pos().line())
                .containsExactly(
                        "report.R8 三|本年新收|自然人  [原报告如此] [张三] 2026-12-02 5",
                        "report.R8 四|行政复议|结果维持 3 [原报告如此] [张三] 2026-12-02 11",
                        "report.R8 二|规章|本年制发件数 3 [原报告如此] [张三] 2026-12-02 17");
        assertThat(list.pending())
                .extracting(a -> a.code() + " " + a.place() + " " + a.text() + " [" + a.reason() + "] "
                        + a.pos().line())
                .containsExactly("report.R10 正文 一、总体情况 共受理申请22件 [] 24");
    }

    @Test
    void anUnknownCellIsNamedWithAGuessOnlyForANameOfSensibleLength() {
        Diagnostics diags = new Diagnostics();
        read(HEAD + "已核对:\n" + CELL_ENTRY.replace("本年新收", "本年新守") + SIGNED, diags);
        assertThat(diags.sorted()).singleElement().satisfies(d -> {
            assertThat(d.pos().line()).isEqualTo(6);
            assertThat(d.pos().column()).isEqualTo(10);
            assertThat(d.message()).isEqualTo("2025 年度报告（2021 年格式）没有单元格“三 / 本年新守 / 自然人”。");
            assertThat(d.hint()).endsWith("行与列用 data.yaml 中的名称；是不是“三 本年新收”？");
        });
        diags = new Diagnostics();
        read(HEAD + "已核对:\n" + CELL_ENTRY.replace("本年新收", "本年新收" + "很".repeat(200)) + SIGNED, diags);
        assertThat(diags.sorted())
                .singleElement()
                .satisfies(d -> assertThat(d.hint()).endsWith("行与列用 data.yaml 中的名称"));
    }

    @Test
    void hostileTextComesBackExactlyAndAddsNoEntry() {
        AnnualReport r = report();
        String nasty = "a\"b\\c: #d\r\n已核对: []\n- 代码: report.R8\u0085e\u2028f\u2029g\u0000h\uFEFFi'j";
        Acknowledgement a = new Acknowledgement(
                "report.R10", "", "正文 " + nasty, nasty, "原报告如此\n待核对: []", "张三 #1", "2026-12-02", SourcePos.of(FILE));
        Acknowledgement cell = new Acknowledgement(
                "report.R8",
                AnnualReport.key("三", "本年新收", "商业企业"),
                "",
                nasty,
                "原报告如此",
                "李四",
                "2026-12-01",
                SourcePos.of(FILE));
        String text = AckWriter.write(r, List.of(a, cell), List.of());
        assertThat(text.lines().filter(l -> l.startsWith("  - ")).count()).isEqualTo(2);
        Diagnostics diags = new Diagnostics();
        AckList read = AckFile.read(new DataFile(FILE, AckFile.NAME, YamlDoc.parse(FILE, 0, text), text), r, diags);
        assertThat(diags.sorted()).isEmpty();
        assertThat(read.acknowledged())
                .extracting(Acknowledgement::subject)
                .containsExactly(a.subject(), cell.subject());
        assertThat(read.acknowledged().get(0).reason()).isEqualTo(a.reason());
        assertThat(read.pending()).isEmpty();
    }

    @Test
    void entriesThatNameNothingValidCoverNothing() {
        String text = AckWriter.MARKER + "\n年度: 2025\n报告: ndbg/2025\n已核对:\n"
                + "  - {代码: report.schema.missing, 单元格: {表: 三, 行: 本年新收, 列: 自然人}, 值: '', 理由: 原报告如此, 核对人: 张三, 日期: 2026-12-02}\n"
                + "  - {代码: report.R8, 单元格: {表: 三, 行: 本年新收, 列: 自然人}, 值: '', 理由: as printed, 核对人: 张三, 日期: 2026-12-02}\n"
                + "  - {代码: report.R8, 单元格: {表: 三, 行: 本年新收, 列: 自然人}, 值: '', 理由: 原报告如此, 日期: 2026-12-02}\n"
                + "  - {代码: report.R8, 单元格: {表: 三, 行: 本年新收, 列: 自然人}, 值: '', 理由: 原报告如此, 核对人: 张三, 日期: 2026-02-30}\n"
                + "  - {代码: report.R8, 单元格: {表: 九, 行: 本年新收, 列: 自然人}, 值: '', 理由: 原报告如此, 核对人: 张三, 日期: 2026-12-02}\n"
                + "  - {代码: report.R8, 单元格: {表: 三, 行: 本年新收, 列: 自然人}, 位置: 正文, 原文: x, 理由: 原报告如此, 核对人: 张三, 日期: 2026-12-02}\n"
                + "  - {代码: report.R8, 单元格: {表: 三, 行: 本年新收, 列: 自然人}, 值: '', 理由: 原报告如此, 核对人: 张三, 日期: 2026-12-02}\n"
                + "  - {代码: report.R8, 单元格: {表: 三, 行: 本年新收, 列: 自然人}, 值: '', 理由: 原报告如此, 核对人: 张三, 日期: 2026-12-02}\n"
                + "  - 原报告如此\n";
        Diagnostics diags = new Diagnostics();
        AckList read =
                AckFile.read(new DataFile(FILE, AckFile.NAME, YamlDoc.parse(FILE, 0, text), text), report(), diags);
        assertThat(read.acknowledged()).hasSize(1);
        List<Diagnostic> ds = diags.sorted();
        assertThat(ds).extracting(d -> d.pos().line()).containsExactly(5, 6, 7, 8, 9, 10, 12, 13);
        assertThat(ds).allMatch(d -> d.code().startsWith("report.ack.") && d.isError());
    }

    @Test
    void anExcerptIsTheClauseOfTheFinding() {
        String line = "全年新收申请20件，其中予以公开5件，占25%。共受理申请22件，办结22件，结转1件。";
        assertThat(FindingPlaces.excerpt(line, line.indexOf("22件") + 1)).isEqualTo("共受理申请22件");
        assertThat(FindingPlaces.excerpt(line, line.indexOf("办结") + 3)).isEqualTo("共受理申请22件，办结22件");
        assertThat(FindingPlaces.excerpt("## 一、总体情况", 1)).isEqualTo("一、总体情况");
        assertThat(FindingPlaces.excerpt("", 7)).isEmpty();
        String longLine = "很".repeat(500) + "12件";
        assertThat(FindingPlaces.excerpt(longLine, 501)).hasSize(80).endsWith("12件");
    }
}
