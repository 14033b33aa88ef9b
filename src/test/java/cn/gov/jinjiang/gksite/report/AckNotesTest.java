package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The notes a page and its downloads show for the figures and words kept as the original report printed them. */
class AckNotesTest {
    private static Finding acked(String code, String cell, String place, String text, String reason) {
        Acknowledgement a =
                new Acknowledgement(code, cell, place, text, reason, "张三", "2026-12-02", SourcePos.of("ack.yaml"));
        return new Finding(Diagnostic.error(code, SourcePos.of("data.yaml"), "m", ""), cell, place, text, a);
    }

    @Test
    void eachAcknowledgedFindingIsNotedWhereItIs() {
        ReportFormat f = ReportFormat.forYear(2025);
        Finding open = new Finding(
                Diagnostic.error("report.R8", SourcePos.of("data.yaml"), "m", ""),
                AnnualReport.key("三", "上年结转", "其他"),
                "",
                "",
                null);
        String data = TestSites.read(
                TestSites.REPO.resolve("src/test/resources/sites/valid-report/content/ndbg/2025/data.yaml"));
        AnnualReport r = ReportSamples.report(2025, ReportSamples.indexMd(2025, "晋江市"), data)
                .withFindings(List.of(
                        acked("report.R8", AnnualReport.key("三", "本年新收", "商业企业"), "", " ", "原报告如此"),
                        open,
                        acked("report.R1", AnnualReport.key("三", "本年新收", "总计"), "", " 21 ", "原报告如此"),
                        acked("report.R10", "", "正文 一、总体情况", "办结23件", "原文如此"),
                        acked("report.R15", "", FindingPlaces.FRONT_MATTER, "发布日期: 2026-03-01", "按原报告"),
                        acked("report.R99", AnnualReport.key("四", "行政复议", "总计"), "", "3", "原报告如此")));
        List<AckNotes.Note> notes = AckNotes.of(r);
        assertThat(notes)
                .extracting(n ->
                        String.join("|", n.table(), n.where(), n.value(), n.shown(), n.ruleId(), n.rule(), n.reason()))
                .containsExactly(
                        "三|"
                                + f.cellLabel(AnnualReport.key("三", "本年新收", "商业企业"))
                                        .substring(2) + "| |原报告空白|R8|统计表不应留空|原报告如此",
                        "三|" + f.cellLabel(AnnualReport.key("三", "本年新收", "总计")).substring(2)
                                + "| 21 |原报告为 21|R1|总计不等于各类申请人之和|原报告如此",
                        "|正文 一、总体情况|办结23件|原文“办结23件”|R10|正文中的数字与统计表不一致|原文如此",
                        "|报告的发布信息|发布日期: 2026-03-01||R15|发布日期未载明或晚于条例规定的期限|按原报告",
                        "四|“行政复议” / 总计|3|原报告为 3|R99|不符合年度报告的统计规则|原报告如此");
        assertThat(notes.get(0).where()).startsWith("“").doesNotStartWith("表");
        assertThat(AckNotes.cellText(notes.subList(0, 2))).isEqualTo("R8 统计表不应留空（原报告如此）；R1 总计不等于各类申请人之和（原报告如此）");
        assertThat(AckNotes.cellText(List.of())).isEmpty();
        assertThat(AckNotes.rule("report.section-empty")).isEqualTo("这一部分原报告未写内容");
    }
}
