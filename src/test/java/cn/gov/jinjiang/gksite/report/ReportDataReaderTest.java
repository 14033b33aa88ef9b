package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A data.yaml read on its own (for import and export): the figures it holds, a blank cell holding none. */
class ReportDataReaderTest {
    private static final String DATA =
            TestSites.read(TestSites.REPO.resolve("src/test/resources/sites/valid-report/content/ndbg/2025/data.yaml"));
    private static final String FILE = "content/ndbg/2025/data.yaml";

    @Test
    void theFiguresAreReadAndABlankCellHasNone() {
        Diagnostics diags = new Diagnostics();
        String text = DATA.replace("本年新收: [20, 0,", "本年新收: [20, \"\",");
        Map<String, BigDecimal> values = ReportDataReader.values(FILE, 2025, text, diags);
        assertThat(values).doesNotContainKey("三|本年新收|商业企业");
        assertThat(values.get("三|本年新收|自然人")).isEqualByComparingTo("20");
        assertThat(values.get("二|行政事业性收费|本年收费金额")).isEqualByComparingTo("1190.0462");
        assertThat(values.keySet().iterator().next()).isEqualTo("二|规章|本年制发件数");
        assertThat(diags.sorted())
                .extracting(d -> d.code() + " " + d.pos())
                .containsExactly("report.R8 " + FILE + ":23:14");
    }

    @Test
    void theReportIsThatOfTheFilesFolderAndYear() {
        Diagnostics diags = new Diagnostics();
        AnnualReport r = ReportDataReader.read(FILE, 2019, DATA, diags);
        assertThat(r.year()).isEqualTo(2019);
        assertThat(r.format().version()).isEqualTo(FormatVersion.V2019);
        assertThat(r.dataFile()).isEqualTo(FILE);
        assertThat(r.page().source()).isEqualTo("content/ndbg/2025/index.md");
        assertThat(r.page().meta().year()).isEqualTo(2019);
        assertThat(diags.sorted()).extracting(d -> d.code()).contains("report.schema.year");
    }
}
