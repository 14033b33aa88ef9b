package cn.gov.jinjiang.gksite.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where publish copies the site: target and ssh stripped, and a share of deletions from 0 to 1. */
class PublishTargetTest {
    @Test
    void targetAndSshAreStrippedAndMissingOnesEmpty() {
        PublishTarget p = new PublishTarget(" u@h:/srv/ ", List.of("a/"), 0.5, " ssh -p 2 ");
        assertThat(p.target()).isEqualTo("u@h:/srv/");
        assertThat(p.ssh()).isEqualTo("ssh -p 2");
        PublishTarget none = new PublishTarget(null, List.of(), 0, null);
        assertThat(none.target()).isEmpty();
        assertThat(none.ssh()).isEmpty();
        assertThat(PublishTarget.none()).isEqualTo(new PublishTarget("", List.of(), 0.1, ""));
    }

    @Test
    void anotherTargetKeepsTheRest() {
        PublishTarget p = new PublishTarget("a:/x/", List.of("b/"), 1, "ssh");
        assertThat(p.withTarget(" c:/y/ ")).isEqualTo(new PublishTarget("c:/y/", List.of("b/"), 1, "ssh"));
    }

    @Test
    void aShareOutsideZeroToOneIsADefect() {
        for (double bad : new double[] {-0.001, 1.001, Double.NaN}) {
            assertThatThrownBy(() -> new PublishTarget("", List.of(), bad, ""))
                    .as(String.valueOf(bad))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
