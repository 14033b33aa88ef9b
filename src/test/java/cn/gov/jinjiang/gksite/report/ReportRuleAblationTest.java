package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Undoing any one rule of {@link ReportValidator} makes {@link ReportRulesPropertyTest}'s properties fail: each
 * rule is needed, and the properties would notice a refactoring that drops one. (Mutation testing leaves this test
 * out: it removes whole rules itself, and takes as long as the rest of the report tests together.)
 */
class ReportRuleAblationTest {
    @Test
    void withoutAnyOneRuleThePropertiesFail() {
        List<Rule> all = ReportValidator.RULES;
        assertThat(all).hasSize(13);
        for (int i = 0; i < all.size(); i++) {
            List<Rule> rest = new ArrayList<>(all);
            Rule removed = rest.remove(i);
            ReportValidator without = new ReportValidator(rest);
            int cases = Math.min(ReportRulesPropertyTest.CASES, 60);
            List<String> failures = new ArrayList<>(ReportRulesPropertyTest.cellChanges(without, cases));
            failures.addAll(ReportRulesPropertyTest.narrativeSlips(without, cases));
            assertThat(failures)
                    .as("without %s", removed.getClass().getSimpleName())
                    .isNotEmpty();
        }
    }
}
