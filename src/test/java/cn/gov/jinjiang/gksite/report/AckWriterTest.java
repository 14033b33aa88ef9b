package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text of ack.yaml as gksite writes it: the marker, the year and folder, each entry under its comment. */
class AckWriterTest {
    private static final String DATA =
            TestSites.read(TestSites.REPO.resolve("src/test/resources/sites/valid-report/content/ndbg/2025/data.yaml"));
    private static final AnnualReport REPORT = ReportSamples.report(2025, ReportSamples.indexMd(2025, "晋江市"), DATA);
    private static final String CELL = AnnualReport.key("三", "本年新收", "商业企业");

    @Test
    void anEmptyListIsWrittenAsSuch() {
        assertThat(AckWriter.write(REPORT, List.of(), List.of()))
                .isEqualTo(AckWriter.MARKER + "：由 gksite import report / gksite ack 写入。请用 gksite ack 核对，保留这一行。\n"
                        + "# 已核对：编辑核对后按原报告保留的问题；构建时不算错误，页面和下载数据中注明。\n"
                        + "# 待核对：尚未核对的问题；构建时仍按原级别报告。\n"
                        + "年度: 2025\n报告: \"xxgk/zfxxgkzl/ndbg/2025\"\n已核对: []\n待核对: []\n");
    }

    @Test
    void eachEntryIsWrittenUnderItsComment() {
        Acknowledgement cell =
                new Acknowledgement("report.R8", CELL, "", "", "原报告如此", "张三", "2026-12-02", SourcePos.of("a"));
        Acknowledgement words = new Acknowledgement(
                "report.R10", "", "正文 一、\n总体情况", "办结\"23\"件", "原报告如此", "李四", "2026-12-01", SourcePos.of("a"));
        Finding open = new Finding(
                Diagnostic.error("report.R1", SourcePos.of("d"), "总计\n不等于之和", ""),
                AnnualReport.key("四", "行政复议", "总计"),
                "",
                "3",
                null);
        String text = AckWriter.write(REPORT, List.of(cell, words), List.of(open));
        assertThat(text.substring(text.indexOf("已核对:")))
                .isEqualTo("已核对:\n"
                        + "  # " + REPORT.format().cellLabel(CELL) + "\n"
                        + "  - 代码: \"report.R8\"\n"
                        + "    单元格: {表: \"三\", 行: \"本年新收\", 列: \"商业企业\"}\n"
                        + "    值: \"\"\n"
                        + "    理由: \"原报告如此\"\n    核对人: \"张三\"\n    日期: \"2026-12-02\"\n"
                        + "  # 正文 一、 总体情况\n"
                        + "  - 代码: \"report.R10\"\n"
                        + "    位置: \"正文 一、\\n总体情况\"\n"
                        + "    原文: \"办结\\\"23\\\"件\"\n"
                        + "    理由: \"原报告如此\"\n    核对人: \"李四\"\n    日期: \"2026-12-01\"\n"
                        + "待核对:\n"
                        + "  # 表四“行政复议” / 总计\n"
                        + "  - 代码: \"report.R1\"\n"
                        + "    单元格: {表: \"四\", 行: \"行政复议\", 列: \"总计\"}\n"
                        + "    值: \"3\"\n"
                        + "    说明: \"总计\\n不等于之和\"\n");
    }

    @Test
    void aCommentIsOneLine() {
        assertThat(AckWriter.comment("a\u0000b\u001fc\u007fd\u0085e\u2028f\u2029g\uFEFFh\ti\r\nj k\u0020l"))
                .isEqualTo("a b c d e f g h i  j k l");
        assertThat(AckWriter.comment("原报告\u0080如此\u2027")).isEqualTo("原报告\u0080如此\u2027");
    }
}
