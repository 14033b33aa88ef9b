package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.diag.Diagnostics;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * R10 (warning): figures quoted in the narrative equal the table figures. Checked quotes (see
 * {@link Quotes}): 新收/收到…申请 N 件 = 表三 一、本年新收 / 总计; 受理 N 件 = 本年新收, or 本年新收 + 上年结转
 * (reports count both ways); 办结/答复 N 件 = 三（七）总计; 结转 N 件 = 四、结转下年度; 行政复议 N 件 = 表四
 * 行政复议 / 总计; 制发/印发 规范性文件 N 件 = 表二 本年制发件数. Reported at the quoted number.
 */
public final class NarrativeFiguresRule implements Rule {
    @Override
    public void check(ReportContext ctx, Diagnostics diags) {
        AnnualReport r = ctx.report();
        KeyFigures k = KeyFigures.of(r);
        BigDecimal carriedIn = r.value("三", ReportFormat.CARRIED_IN, ReportFormat.TOTAL);
        for (Narrative.Sentence s : new Narrative(r).sentences()) {
            for (Quotes.Quote q : Quotes.in(s)) {
                String table;
                List<BigDecimal> allowed;
                switch (q.kind()) {
                    case NEW -> {
                        table = "表三“一、本年新收政府信息公开申请数量” / 总计";
                        allowed = list(k.newApplications());
                    }
                    case ACCEPTED -> {
                        table = "表三“一、本年新收政府信息公开申请数量” / 总计（或加上年结转）";
                        allowed = list(
                                k.newApplications(),
                                k.newApplications() == null || carriedIn == null
                                        ? null
                                        : k.newApplications().add(carriedIn));
                    }
                    case HANDLED -> {
                        table = "表三“三、本年度办理结果（七）总计” / 总计";
                        allowed = list(k.handled());
                    }
                    case CARRIED_OUT -> {
                        table = "表三“四、结转下年度继续办理” / 总计";
                        allowed = list(k.carriedOver());
                    }
                    case REVIEWS -> {
                        table = "表四“行政复议” / 总计";
                        allowed = list(k.reviews());
                    }
                    case NORMATIVE -> {
                        table = "表二“"
                                + (r.format().version() == FormatVersion.V2021
                                        ? "行政规范性文件” / 本年制发件数"
                                        : "规范性文件” / 本年新制作数量");
                        allowed = list(k.normativeIssued());
                    }
                    default -> {
                        continue;
                    }
                }
                if (allowed.isEmpty() || allowed.stream().anyMatch(v -> v.compareTo(q.value()) == 0)) {
                    continue;
                }
                diags.warning(
                        "report.R10",
                        s.pos(q.index()),
                        "正文“" + q.text() + "”与统计表不符：应为 " + table + " = " + join(allowed) + "，实为 "
                                + q.value().toPlainString(),
                        "以统计表为准核对正文中的数字（表格数字由 data.yaml 给出）。");
            }
        }
    }

    private static List<BigDecimal> list(BigDecimal... values) {
        return Arrays.stream(values).filter(Objects::nonNull).toList();
    }

    private static String join(List<BigDecimal> values) {
        return String.join(" 或 ", values.stream().map(BigDecimal::toPlainString).toList());
    }
}
