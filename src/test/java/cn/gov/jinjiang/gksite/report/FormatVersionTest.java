package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The national format a year's report uses: the 2019 one through 2020, the 2021 one from 2021. */
class FormatVersionTest {
    @Test
    void theFormatChangesWithTheReportsOf2021() {
        assertThat(FormatVersion.forYear(2019)).isEqualTo(FormatVersion.V2019);
        assertThat(FormatVersion.forYear(2020)).isEqualTo(FormatVersion.V2019);
        assertThat(FormatVersion.forYear(2021)).isEqualTo(FormatVersion.V2021);
        assertThat(FormatVersion.V2019.id()).isEqualTo("2019");
        assertThat(FormatVersion.V2021.id()).isEqualTo("2021");
        assertThat(FormatVersion.V2019.source()).isEqualTo("国办公开办函〔2019〕60号");
        assertThat(FormatVersion.V2021.source()).isEqualTo("国办公开办函〔2021〕30号");
    }
}
