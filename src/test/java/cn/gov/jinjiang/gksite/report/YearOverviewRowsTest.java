package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.config.Bodies;
import cn.gov.jinjiang.gksite.config.Body;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** One year's overview from reports made here: rows, counts, the share disclosed, the CSV and the sum. */
class YearOverviewRowsTest {
    private static final Body GOV = body("zfb", "某市政府办", Body.GOVERNMENT, "g");
    private static final Body DEPT = body("d1", "某局", Body.DEPARTMENT, "d1");
    private static final Body TOWN = body("t1", "某镇", Body.TOWN, "t1");
    private static final Body OTHER = body("o1", "某中心", Body.DEPARTMENT, "o1");
    private static final Body SITE = body("site", "某市政府办", Body.GOVERNMENT, "");
    private static final Bodies BODIES = new Bodies(List.of(TOWN, DEPT, GOV, OTHER), SITE);

    private static Body body(String id, String name, String kind, String folder) {
        return new Body(id, name, kind, folder, "", "", "", SourcePos.of("site.yaml"), List.of());
    }

    private static AnnualReport report(Body b, int year, String front, Map<String, BigDecimal> cells) {
        String index =
                "---\ntitle: " + b.name() + year + "年报告\nlayout: report\nyear: " + year + "\n" + front + "---\n正文。\n";
        return ReportSamples.report(
                "content/" + b.folder() + "/ndbg/" + year + "/",
                year,
                index,
                new ReportYamlWriter().write(year, b.name(), cells));
    }

    private static Map<String, BigDecimal> cells(int seed) {
        return ReportSamples.cells(2025, new Random(seed), 0);
    }

    private static Finding finding(Diagnostic d, boolean acknowledged) {
        Acknowledgement ack =
                acknowledged ? new Acknowledgement(d.code(), "", "", "", "原报告如此", "张三", "2026-02-01", d.pos()) : null;
        return new Finding(d, "", "", "", ack);
    }

    @Test
    void rowsAreGroupedByKindAndCountOnlyOpenFindingsAndTheCsvSaysWhatEachIs() {
        SourcePos at = new SourcePos("content/d1/ndbg/2025/data.yaml", 3, 1);
        AnnualReport dept = report(DEPT, 2025, "发布日期: 2026-02-01\n", cells(1))
                .withFindings(List.of(
                        finding(Diagnostic.error("report.R1", at, "错", ""), false),
                        finding(Diagnostic.error("report.R2", at, "错", ""), true),
                        finding(Diagnostic.error("report.R3", at, "错", ""), false),
                        finding(Diagnostic.warning("report.R5", at, "警", ""), false),
                        finding(Diagnostic.warning("report.R6", at, "警", ""), true)));
        AnnualReport gov = report(GOV, 2025, "发布日期: 2026-03-31\n", cells(2));
        AnnualReport town = report(TOWN, 2025, "draft: true\n", cells(3));

        List<YearOverview> all = YearOverview.of(List.of(town, dept, gov), BODIES, List.of(TOWN, DEPT, GOV));
        assertThat(all).hasSize(1);
        YearOverview o = all.get(0);
        assertThat(o.rows()).extracting(r -> r.body().id()).containsExactly("zfb", "d1", "t1");
        YearOverview.Row d = o.rows().get(1);
        assertThat(d.errors()).isEqualTo(2);
        assertThat(d.warnings()).isEqualTo(1);
        assertThat(d.late()).isTrue();
        assertThat(o.rows().get(0).late()).isFalse();
        assertThat(o.rows().get(0).draft()).isFalse();
        assertThat(o.rows().get(2).draft()).isTrue();
        // the sum is of the published reports only
        assertThat(o.total().orElseThrow().value("三", ReportFormat.NEW, ReportFormat.TOTAL))
                .isEqualTo(dept.value("三", ReportFormat.NEW, ReportFormat.TOTAL)
                        .add(gov.value("三", ReportFormat.NEW, ReportFormat.TOTAL)));

        List<String> csv = List.of(new String(o.csv(), StandardCharsets.UTF_8).split("\r?\n"));
        assertThat(csv.get(1)).startsWith("2025,某市政府办,市政府,已公开,2026-03-31,2026-03-31,否,0,0,");
        assertThat(csv.get(2)).startsWith("2025,某局,部门,已公开,2026-02-01,2026-01-31,是,2,1,");
        assertThat(csv.get(3)).startsWith("2025,某镇,镇街道,草稿,,2026-01-31,否,0,0,");
    }

    @Test
    void aBodyWithoutItsReportIsListedAsMissingAndAnUnexpectedBodyIsAdded() {
        AnnualReport other = report(OTHER, 2025, "发布日期: 2026-01-10\n", cells(4));
        YearOverview o = YearOverview.of(List.of(other), BODIES, List.of(DEPT)).get(0);
        assertThat(o.rows()).extracting(r -> r.body().id()).containsExactly("d1", "o1");
        assertThat(o.rows().get(0).missing()).isTrue();
        assertThat(o.rows().get(0).late()).isFalse();
        assertThat(o.rows().get(0).draft()).isFalse();
        List<String> csv = List.of(new String(o.csv(), StandardCharsets.UTF_8).split("\r?\n"));
        assertThat(csv.get(1)).isEqualTo("2025,某局,部门,未公开,,2026-01-31,,,,,,,");
        assertThat(csv.get(2)).startsWith("2025,某中心,部门,已公开,2026-01-10,2026-01-31,否,");
    }

    @Test
    void theShareDisclosedNeedsEveryFigureAndAnOutcome() {
        Map<String, BigDecimal> c = cells(5);
        String t = ReportFormat.TOTAL;
        c.put(AnnualReport.key("三", ReportFormat.OUTCOMES + ".予以公开", t), new BigDecimal(3));
        c.put(AnnualReport.key("三", ReportFormat.OUTCOMES + ".部分公开", t), new BigDecimal(1));
        c.put(AnnualReport.key("三", ReportFormat.OUTCOMES + "." + t, t), new BigDecimal(6));
        assertThat(YearOverview.disclosed(report(DEPT, 2025, "", c))).isEqualByComparingTo("66.7");
        for (String blank : List.of("予以公开", "部分公开", t)) {
            Map<String, BigDecimal> b = new LinkedHashMap<>(c);
            b.remove(AnnualReport.key("三", ReportFormat.OUTCOMES + "." + blank, t));
            assertThat(YearOverview.disclosed(report(DEPT, 2025, "", b)))
                    .as(blank)
                    .isNull();
        }
        c.put(AnnualReport.key("三", ReportFormat.OUTCOMES + "." + t, t), BigDecimal.ZERO);
        assertThat(YearOverview.disclosed(report(DEPT, 2025, "", c))).isNull();
    }

    @Test
    void theSumIsBlankWhereAnyReportIsBlankOrLacksTheCell() {
        assertThat(YearOverview.sum(2025, List.of())).isEmpty();
        Map<String, BigDecimal> a = cells(6);
        Map<String, BigDecimal> b = cells(7);
        String blankInA = AnnualReport.key("三", ReportFormat.NEW, "自然人");
        String onlyInB = AnnualReport.key("四", "行政复议", "结果维持");
        String both = AnnualReport.key("三", ReportFormat.NEW, "其他");
        a.remove(blankInA);
        a.remove(onlyInB);
        AnnualReport sum = YearOverview.sum(2025, List.of(report(DEPT, 2025, "", a), report(TOWN, 2025, "", b)))
                .orElseThrow();
        assertThat(sum.cells()).containsKeys(blankInA, onlyInB, both);
        assertThat(sum.cells().get(blankInA).value()).isNull();
        assertThat(sum.cells().get(blankInA).raw()).isEmpty();
        assertThat(sum.cells().get(onlyInB).value()).isNull();
        assertThat(sum.cells().get(both).value())
                .isEqualByComparingTo(a.get(both).add(b.get(both)));
        assertThat(sum.cells().get(both).raw())
                .isEqualTo(a.get(both).add(b.get(both)).toPlainString());
    }
}
