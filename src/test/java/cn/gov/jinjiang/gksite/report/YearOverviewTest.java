package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.config.Body;
import cn.gov.jinjiang.gksite.config.ConfigLoader;
import cn.gov.jinjiang.gksite.config.SiteConfig;
import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.content.ContentLoader;
import cn.gov.jinjiang.gksite.content.ContentTree;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.markdown.MarkdownStage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A year's overview of a central 年度报告 column (fixture bodies-reports: a government with 2024 and 2025 reports, a
 * department and a town with 2025 reports): who published, who is late, who is missing, and the sum of the tables.
 */
class YearOverviewTest {
    private static SiteConfig config;
    private static List<AnnualReport> reports;

    @BeforeAll
    static void load() {
        Path root = Path.of("src/test/resources/sites/bodies-reports");
        SourceLayout layout = SourceLayout.of(root, root.resolve("target/unused-site"));
        Diagnostics diags = new Diagnostics();
        config = new ConfigLoader().load(layout, diags);
        ContentTree tree = new ContentLoader().load(layout, diags);
        var bodies = new MarkdownStage().convert(tree, diags);
        reports = new ReportLoader().load(tree, bodies, config.bodies(), diags);
        assertThat(diags.hasErrors()).isFalse();
        assertThat(reports).hasSize(4);
    }

    private static ReportScope central() {
        return new ReportScope("xxgk/zfxxgkzl/ndbg", reports, config.bodies());
    }

    @Test
    void theCentralColumnExpectsEveryBodyAndABodysOwnColumnOnlyItself() {
        assertThat(central().central()).isTrue();
        assertThat(central().expected()).extracting(Body::id).containsExactly("zfb", "sjj", "dongshi");
        assertThat(central().ownReports()).extracting(AnnualReport::year).containsExactly(2024, 2025);
        ReportScope sjj = new ReportScope("xxgk/zfxxgkzl/bmzfxxgk/sjj/ndbg", reports, config.bodies());
        assertThat(sjj.central()).isFalse();
        assertThat(sjj.listed()).hasSize(1);
        assertThat(sjj.overviews()).isEmpty();
    }

    @Test
    void marksTheMissingAndTheLateReports() {
        List<YearOverview> years = central().overviews();
        assertThat(years).extracting(YearOverview::year).containsExactly(2025, 2024);
        YearOverview y2025 = years.get(0);
        assertThat(y2025.rows()).extracting(r -> r.body().id()).containsExactly("zfb", "sjj", "dongshi");
        assertThat(y2025.rows()).extracting(YearOverview.Row::late).containsExactly(false, true, false);
        assertThat(y2025.rows()).noneMatch(YearOverview.Row::missing);
        assertThat(y2025.rows().get(1).deadline()).hasToString("2026-01-31");
        assertThat(y2025.rows().get(0).deadline()).hasToString("2026-03-31");
        // the government's 2025 report has two open R5 warnings, the department's its R15
        assertThat(y2025.rows()).extracting(YearOverview.Row::warnings).containsExactly(2, 1, 0);
        YearOverview y2024 = years.get(1);
        assertThat(y2024.rows()).extracting(YearOverview.Row::missing).containsExactly(false, true, true);
        String csv = new String(y2024.csv(), StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith("\uFEFF年度,单位,类型,状态,发布日期,公开期限,逾期")
                .contains("2024,测试市审计局,部门,未公开,,2025-01-31,,")
                .contains("2024,测试市人民政府办公室,市政府,已公开,2025-01-20,2025-03-31,否,0,0,21,28.6,0,0\r\n");
        assertThat(new String(y2025.csv(), StandardCharsets.UTF_8))
                .contains("2025,测试市审计局,部门,已公开,2026-02-01,2026-01-31,是,0,1,20,28.6,0,0\r\n");
    }

    @Test
    void theAggregateIsTheSumOfTheUnitsTablesCellByCell() {
        YearOverview y2025 = central().overviews().get(0);
        AnnualReport total = y2025.total().orElseThrow();
        List<AnnualReport> units =
                reports.stream().filter(r -> r.year() == 2025).toList();
        assertThat(units).hasSize(3);
        Set<String> keys = new TreeSet<>();
        units.forEach(r -> keys.addAll(r.cells().keySet()));
        assertThat(keys).hasSizeGreaterThan(100);
        assertThat(total.cells().keySet()).isEqualTo(keys);
        for (String k : keys) {
            BigDecimal sum = BigDecimal.ZERO;
            for (AnnualReport r : units) {
                sum = sum.add(r.cells().get(k).value());
            }
            assertThat(total.cells().get(k).value()).as(k).isEqualByComparingTo(sum);
        }
        // each unit's tables add up, so their sum does
        assertThat(y2025.totalFound()).isEmpty();
    }

    @Test
    void theArithmeticRulesRunOnTheSum() {
        List<AnnualReport> units =
                reports.stream().filter(r -> r.year() == 2025).toList();
        AnnualReport broken = units.get(1);
        Map<String, Cell> cells = new HashMap<>(broken.cells());
        String key = AnnualReport.key("三", ReportFormat.NEW, "自然人");
        cells.put(key, new Cell("99", new BigDecimal(99), SourcePos.of("x")));
        AnnualReport changed =
                new AnnualReport(2025, broken.format(), broken.page(), broken.dataFile(), cells, broken.findings());
        List<YearOverview> years = YearOverview.of(
                List.of(units.get(0), changed, units.get(2)),
                config.bodies(),
                central().expected());
        // 本年新收 / 总计 no longer is the sum of its row (R1), and 表三 no longer balances
        assertThat(years.get(0).totalFound()).isNotEmpty().anyMatch(m -> m.contains("本年新收"));
        assertThat(years.get(0).total().orElseThrow().value("三", ReportFormat.NEW, "自然人"))
                .isEqualByComparingTo(new BigDecimal(20 + 99 + 20));
    }
}
