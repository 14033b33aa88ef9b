package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The figures compared across years, from each format's own rows. */
class KeyFiguresTest {
    static final String T = ReportFormat.TOTAL;

    static Map<String, BigDecimal> figures2021() {
        Map<String, BigDecimal> c = new HashMap<>();
        c.put(AnnualReport.key("三", ReportFormat.NEW, T), BigDecimal.valueOf(20));
        c.put(AnnualReport.key("三", ReportFormat.OUTCOMES + "." + T, T), BigDecimal.valueOf(21));
        c.put(AnnualReport.key("三", ReportFormat.CARRIED_OUT, T), BigDecimal.valueOf(1));
        c.put(AnnualReport.key("四", "行政复议", T), BigDecimal.valueOf(2));
        c.put(AnnualReport.key("四", "未经复议直接起诉", T), BigDecimal.valueOf(3));
        c.put(AnnualReport.key("四", "复议后起诉", T), BigDecimal.valueOf(4));
        c.put(AnnualReport.key("二", "行政规范性文件", "本年制发件数"), BigDecimal.valueOf(14));
        c.put(AnnualReport.key("二", "行政规范性文件", "现行有效件数"), BigDecimal.valueOf(60));
        return c;
    }

    @Test
    void theFiguresOfA2021FormatReport() {
        KeyFigures k = KeyFigures.of(ZeroReports.report(2025, figures2021()));
        assertThat(k).isEqualTo(ZeroReports.figures(2025, 20, 21, 1, 2, 7, 14));
        assertThat(k.values())
                .containsExactly(
                        k.newApplications(),
                        k.handled(),
                        k.carriedOver(),
                        k.reviews(),
                        k.lawsuits(),
                        k.normativeIssued());
        assertThat(KeyFigures.LABELS).hasSameSizeAs(k.values());
    }

    @Test
    void normativeDocumentsOfA2019FormatReport() {
        Map<String, BigDecimal> c = new HashMap<>();
        c.put(AnnualReport.key("二", "规范性文件", "本年新制作数量"), BigDecimal.valueOf(5));
        c.put(AnnualReport.key("二", "规范性文件", "本年新公开数量"), BigDecimal.valueOf(6));
        c.put(AnnualReport.key("二", "规章", "本年新制作数量"), BigDecimal.valueOf(8));
        assertThat(KeyFigures.of(ZeroReports.report(2020, c)).normativeIssued()).isEqualByComparingTo("5");
    }

    @Test
    void lawsuitsAreBlankWhenEitherKindIsBlank() {
        Map<String, BigDecimal> direct = figures2021();
        direct.put(AnnualReport.key("四", "未经复议直接起诉", T), null);
        assertThat(KeyFigures.of(ZeroReports.report(2025, direct)).lawsuits()).isNull();
        Map<String, BigDecimal> after = figures2021();
        after.put(AnnualReport.key("四", "复议后起诉", T), null);
        KeyFigures k = KeyFigures.of(ZeroReports.report(2025, after));
        assertThat(k.lawsuits()).isNull();
        assertThat(k.reviews()).isEqualByComparingTo("2");
    }
}
