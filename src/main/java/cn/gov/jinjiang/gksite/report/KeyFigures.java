package cn.gov.jinjiang.gksite.report;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * The figures readers compare across years, taken from one report's tables. A value is null when the
 * report left it blank (which R8 reports).
 *
 * @param newApplications 表三 一、本年新收 / 总计
 * @param handled         表三 三（七）总计 / 总计
 * @param carriedOver     表三 四、结转下年度 / 总计
 * @param reviews         表四 行政复议 / 总计
 * @param lawsuits        表四 未经复议直接起诉 总计 + 复议后起诉 总计
 * @param normativeIssued 表二 (行政)规范性文件 本年制发 (2019 format: 本年新制作数量)
 */
public record KeyFigures(
        int year,
        BigDecimal newApplications,
        BigDecimal handled,
        BigDecimal carriedOver,
        BigDecimal reviews,
        BigDecimal lawsuits,
        BigDecimal normativeIssued) {

    /** Column labels, in the order of {@link #values()}. */
    public static final List<String> LABELS = List.of("本年新收申请", "本年办结", "结转下年度", "行政复议", "行政诉讼", "制发规范性文件");

    public static KeyFigures of(AnnualReport r) {
        String t = ReportFormat.TOTAL;
        BigDecimal direct = r.value("四", "未经复议直接起诉", t);
        BigDecimal after = r.value("四", "复议后起诉", t);
        boolean v2021 = r.format().version() == FormatVersion.V2021;
        BigDecimal normative = v2021 ? r.value("二", "行政规范性文件", "本年制发件数") : r.value("二", "规范性文件", "本年新制作数量");
        return new KeyFigures(
                r.year(),
                r.value("三", ReportFormat.NEW, t),
                r.value("三", ReportFormat.OUTCOMES + "." + t, t),
                r.value("三", ReportFormat.CARRIED_OUT, t),
                r.value("四", "行政复议", t),
                direct == null || after == null ? null : direct.add(after),
                normative);
    }

    /** The figures in the order of {@link #LABELS}. */
    public List<BigDecimal> values() {
        return Arrays.asList(newApplications, handled, carriedOver, reviews, lawsuits, normativeIssued);
    }
}
