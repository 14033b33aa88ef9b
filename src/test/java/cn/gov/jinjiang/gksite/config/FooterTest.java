package cn.gov.jinjiang.gksite.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The footer of a folder without site.yaml: every value empty. */
class FooterTest {
    @Test
    void anEmptyFooterHasNoValues() {
        Footer f = Footer.empty();
        assertThat(f.host()).isEmpty();
        assertThat(f.siteCode()).isEmpty();
        assertThat(f.conacUrl()).isEmpty();
        assertThat(f).isEqualTo(new Footer("", "", "", "", "", "", "", "", "", "", "", ""));
    }
}
