package cn.gov.jinjiang.gksite.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Severity overrides, codes turned off and ignored addresses: none by default, and copies of what is given. */
class CheckLevelsTest {
    @Test
    void byDefaultNothingIsChanged() {
        CheckLevels d = CheckLevels.defaults();
        assertThat(d.overrides()).isEmpty();
        assertThat(d.off()).isEmpty();
        assertThat(d.ignore()).isEmpty();
    }

    @Test
    void theLevelsKeepWhatWasGivenNotLaterChanges() {
        Map<String, Severity> overrides = new HashMap<>(Map.of("link.broken", Severity.WARNING));
        List<String> ignore = new ArrayList<>(List.of("/uploads/"));
        CheckLevels c = new CheckLevels(overrides, Set.of("page.title"), ignore);
        overrides.clear();
        ignore.clear();
        assertThat(c.overrides()).containsEntry("link.broken", Severity.WARNING);
        assertThat(c.ignore()).containsExactly("/uploads/");
    }
}
