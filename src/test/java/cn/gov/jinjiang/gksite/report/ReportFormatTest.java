package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportFormatTest {
    @Test
    void rowKeysAndLabelsAreTheSameWorkedOutOnceOrEachTime() {
        for (FormatVersion v : FormatVersion.values()) {
            ReportFormat national = ReportFormat.of(v);
            // an equal format that is not the shared one works its tables out each time
            ReportFormat copy = new ReportFormat(
                    v,
                    national.disclosure(),
                    national.applicantColumns(),
                    national.applicationRows(),
                    national.reviewGroups(),
                    national.reviewColumns());
            assertThat(copy).isNotSameAs(national).isEqualTo(national);
            assertThat(national.applicationRowKeys())
                    .isEqualTo(copy.applicationRowKeys())
                    .hasSizeGreaterThan(20);
            assertThat(national.outcomeKeys())
                    .isEqualTo(copy.outcomeKeys())
                    .allMatch(k -> k.startsWith(ReportFormat.OUTCOMES + "."))
                    .doesNotContain(ReportFormat.OUTCOMES + "." + ReportFormat.TOTAL);
            for (String k : national.applicationRowKeys()) {
                assertThat(national.applicationLabel(k))
                        .isEqualTo(copy.applicationLabel(k))
                        .isNotEmpty();
            }
        }
        ReportFormat f = ReportFormat.forYear(2025);
        assertThat(f.applicationLabel(ReportFormat.NEW)).isEqualTo("一、本年新收政府信息公开申请数量");
        assertThat(f.applicationLabel(ReportFormat.OUTCOMES + ".不予公开.属于国家秘密")).isEqualTo("三（三）不予公开 1.属于国家秘密");
        assertThat(f.applicationLabel("no.such.row")).isEmpty();
    }

    @Test
    void aFormatMadeUpElsewhereHasItsOwnRowsAndCellsAreLabelledByTable() {
        ReportFormat national = ReportFormat.forYear(2025);
        // only the first two row groups of 表三: its keys and labels are its own, not the national format's
        ReportFormat small = new ReportFormat(
                national.version(),
                national.disclosure(),
                national.applicantColumns(),
                national.applicationRows().subList(0, 2),
                national.reviewGroups(),
                national.reviewColumns());
        assertThat(small.applicationRowKeys()).containsExactly(ReportFormat.NEW, ReportFormat.CARRIED_IN);
        assertThat(small.outcomeKeys()).isEmpty();
        assertThat(small.applicationLabel(ReportFormat.OUTCOMES + "." + ReportFormat.TOTAL))
                .isEmpty();
        assertThat(national.cellLabel(AnnualReport.key("二", "规章", "本年制发件数"))).isEqualTo("表二“规章” / 本年制发件数");
        assertThat(national.cellLabel(AnnualReport.key("三", ReportFormat.NEW, "自然人")))
                .isEqualTo("表三“一、本年新收政府信息公开申请数量” / 自然人");
        assertThat(national.cellLabel(AnnualReport.key("四", "行政复议", "结果维持"))).isEqualTo("表四“行政复议” / 结果维持");
    }
}
