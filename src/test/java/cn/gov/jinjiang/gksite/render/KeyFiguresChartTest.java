package cn.gov.jinjiang.gksite.render;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.report.KeyFigures;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyFiguresChartTest {
    private static KeyFigures year(int y, int n) {
        BigDecimal v = BigDecimal.valueOf(n);
        return new KeyFigures(y, v, v, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, v);
    }

    @Test
    void aMissingYearIsDrawnAsMissingNotClosedUp() {
        String svg = KeyFiguresChart.svg(List.of(year(2025, 20), year(2022, 7)));
        assertThat(svg)
                .contains("data-year=\"2022\"", "data-year=\"2025\"")
                .contains("<g class=\"kf-year kf-missing\" data-year=\"2023\">")
                .contains("<g class=\"kf-year kf-missing\" data-year=\"2024\">")
                .contains("2023年：" + KeyFiguresChart.MISSING + "；2024年：" + KeyFiguresChart.MISSING)
                .contains("共4个年度");
        assertThat(svg.indexOf("data-year=\"2022\"")).isLessThan(svg.indexOf("data-year=\"2023\""));
        assertThat(svg.indexOf("data-year=\"2024\"")).isLessThan(svg.indexOf("data-year=\"2025\""));
        // A year without a report has no bars; the reported years keep theirs.
        String gap = svg.substring(svg.indexOf("data-year=\"2023\""), svg.indexOf("data-year=\"2024\""));
        assertThat(gap).doesNotContain("kf-bar").contains(KeyFiguresChart.MISSING);
        assertThat(svg.split("class=\"kf-bar ", -1)).hasSize(1 + 6);
    }

    @Test
    void aReportWithEveryFigureBlankIsNotAMissingYear() {
        KeyFigures blank = new KeyFigures(2024, null, null, null, null, null, null);
        String svg = KeyFiguresChart.svg(List.of(year(2023, 3), blank, year(2025, 4)));
        assertThat(svg)
                .doesNotContain("kf-missing")
                .doesNotContain(KeyFiguresChart.MISSING)
                .contains("未填");
    }

    @Test
    void consecutiveYearsHaveNoGapAndAMistypedYearDoesNotBlowUpTheChart() {
        assertThat(KeyFiguresChart.svg(List.of(year(2024, 1), year(2025, 2)))).doesNotContain("kf-missing");
        String far = KeyFiguresChart.svg(List.of(year(1025, 1), year(2025, 2)));
        assertThat(far).doesNotContain("kf-missing").contains("共2个年度");
    }
}
