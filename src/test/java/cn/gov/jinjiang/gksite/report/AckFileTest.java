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
