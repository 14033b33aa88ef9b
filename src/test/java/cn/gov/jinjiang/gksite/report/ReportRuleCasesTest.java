package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Severity;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The edges of the report rules that random reports meet too rarely: 受理 counted both ways (R10), the deadline
 * day itself (R15), and a 2020 report followed by a 2021 one (R6 does not compare the two formats' columns).
 */
class ReportRuleCasesTest {
    private static final String T = ReportFormat.TOTAL;

    /** A random valid report of {@code year} with something received and something carried in. */
    private static RandomReports.Spec busy(int year) {
        for (long seed = 1; ; seed++) {
            RandomReports.Spec s = RandomReports.valid(new Random(seed), year, null);
            if (s.get("三", ReportFormat.NEW, T).signum() > 0 && s.get("三", ReportFormat.CARRIED_IN, T).signum() > 0) {
                return s;
            }
        }
    }

    private static List<Diagnostic> withFigures(RandomReports.Spec s, String sentence) {
        List<String> body = new ArrayList<>(s.body());
        body.set(RandomReports.FIGURES_LINE, sentence);
        return RandomReports.check(new ReportValidator(), s.withBody(body), null);
    }

    @Test
    void acceptedIsNewOrNewPlusCarriedIn() {
        RandomReports.Spec s = busy(2024);
        BigDecimal fresh = s.get("三", ReportFormat.NEW, T);
        BigDecimal both = fresh.add(s.get("三", ReportFormat.CARRIED_IN, T));
        assertThat(withFigures(s, "共受理政府信息公开申请" + fresh + "件。")).isEmpty();
        assertThat(withFigures(s, "共受理政府信息公开申请" + both + "件。")).isEmpty();
        BigDecimal wrong = both.add(BigDecimal.ONE);
        List<Diagnostic> ds = withFigures(s, "共受理政府信息公开申请" + wrong + "件。");
        assertThat(ds).hasSize(1);
        Diagnostic d = ds.get(0);
        assertThat(d.code()).isEqualTo("report.R10");
        assertThat(d.severity()).isEqualTo(Severity.WARNING);
        assertThat(d.pos()).isEqualTo(new SourcePos(s.indexFile(), RandomReports.BODY_LINE + RandomReports.FIGURES_LINE,
                "共受理政府信息公开申请".length() + 1));
        assertThat(d.message()).isEqualTo("正文“受理政府信息公开申请" + wrong + "件”与统计表不符：应为 表三“一、本年新收政府信息公开申请数量” / 总计"
                + "（或加上年结转） = " + fresh + " 或 " + both + "，实为 " + wrong);
    }

    @Test
    void acceptedWithCarriedInBlankIsComparedWithNewAlone() {
        RandomReports.Spec s = busy(2024);
        BigDecimal fresh = s.get("三", ReportFormat.NEW, T);
        BigDecimal both = fresh.add(s.get("三", ReportFormat.CARRIED_IN, T));
        RandomReports.Spec blank = s.with(AnnualReport.key("三", ReportFormat.CARRIED_IN, T), null);
        List<Diagnostic> ds = withFigures(blank, "共受理政府信息公开申请" + both + "件。");
        assertThat(ds).extracting(Diagnostic::code).containsExactly("report.R8", "report.R10");
        assertThat(ds.get(1).message()).contains("（或加上年结转） = " + fresh + "，实为 " + both);
    }

    @Test
    void theDeadlineDayItselfIsInTime() {
        RandomReports.Spec s = busy(2023);
        for (String body : List.of("department", "government", "town")) {
            int month = body.equals("government") ? 3 : 1;
            String who = Map.of("department", "政府部门", "government", "人民政府", "town", "乡镇（街道）").get(body);
            RandomReports.Spec typed = new RandomReports.Spec(s.year(), s.cells(), s.body(), null, body);
            LocalDate deadline = LocalDate.of(2024, month, 31);
            assertThat(RandomReports.check(new ReportValidator(), typed.withPublished(deadline), null)).isEmpty();
            List<Diagnostic> ds = RandomReports.check(new ReportValidator(), typed.withPublished(deadline.plusDays(1)),
                    null);
            assertThat(ds).extracting(Diagnostic::code).containsExactly("report.R15");
            assertThat(ds.get(0).message()).isEqualTo("2023 年度报告的发布日期 " + deadline.plusDays(1) + " 晚于期限 2024年"
                    + month + "月31日（" + who + "，条例第四十九条）。");
            ds = RandomReports.check(new ReportValidator(), typed, null);
            assertThat(ds).extracting(Diagnostic::code).containsExactly("report.R15");
            assertThat(ds.get(0).pos()).isEqualTo(new SourcePos(s.indexFile(), 1, 1));
            assertThat(ds.get(0).message()).isEqualTo("2023 年度报告的头部没有“发布日期”，无法核对是否在 2024年" + month
                    + "月31日（" + who + "年报的公开期限）前发布。");
            assertThat(ds.get(0).hint()).contains("发布日期: 2024-01-20");
        }
    }

    /** 2020 used the 2019 format, whose 表二 has no 现行有效件数: nothing to compare, whatever the figures. */
    @Test
    void currentDocumentsAreNotComparedAcrossTheFormatChange() {
        RandomReports.Spec prev = RandomReports.valid(new Random(7), 2020, null);
        RandomReports.Spec cur = RandomReports.valid(new Random(8), 2021, prev);
        String key = AnnualReport.key("二", "规章", "现行有效件数");
        RandomReports.Spec changed = cur.with(key, cur.cells().get(key).add(BigDecimal.TEN));
        assertThat(RandomReports.check(new ReportValidator(), changed, prev)).isEmpty();
    }
}
