package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import org.junit.jupiter.api.Test;

/** Which codes an editor may acknowledge, and what identifies a finding apart from its line. */
class FindingTest {
    private static final Diagnostic D = Diagnostic.error("report.R8", new SourcePos("d.yaml", 3, 4), "m", "");

    @Test
    void onlyTheReportRulesMayBeAcknowledged() {
        assertThat(Finding.acknowledgeable("report.R1")).isTrue();
        assertThat(Finding.acknowledgeable("report.R15")).isTrue();
        assertThat(Finding.acknowledgeable("report.section-empty")).isTrue();
        assertThat(Finding.acknowledgeable("report.R")).isFalse();
        assertThat(Finding.acknowledgeable("report.R100")).isFalse();
        assertThat(Finding.acknowledgeable("report.schema.missing")).isFalse();
        assertThat(Finding.acknowledgeable("report.ack.stale")).isFalse();
        assertThat(Finding.acknowledgeable("yaml.syntax")).isFalse();
    }

    @Test
    void aFindingIsItsCodePlaceAndTextAndKnowsItsAcknowledgement() {
        Finding f = new Finding(D, "三|本年新收|商业企业", "", "0", null);
        assertThat(f.code()).isEqualTo("report.R8");
        assertThat(f.acknowledged()).isFalse();
        Acknowledgement a = new Acknowledgement(
                "report.R8", "三|本年新收|商业企业", "", "0", "原报告如此", "张三", "2026-12-02", SourcePos.of("ack.yaml"));
        assertThat(a.subject()).isEqualTo(f.subject());
        Finding covered = f.with(a);
        assertThat(covered.acknowledged()).isTrue();
        assertThat(covered.ack()).isSameAs(a);
        assertThat(covered.subject()).isEqualTo(f.subject());
        assertThat(new Finding(D, "三|本年新收|商业企业", "", "1", null).subject()).isNotEqualTo(f.subject());
        assertThat(Finding.subject("a", "b", "", "")).isNotEqualTo(Finding.subject("a", "", "b", ""));
        assertThatThrownBy(() -> new Finding(null, "", "", "", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Finding(D, null, "", "", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Finding(D, "", null, "", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Finding(D, "", "", null, null)).isInstanceOf(NullPointerException.class);
    }
}
