package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The validator runs every rule it was given, in order, on the same report, and the built-in list is the fifteen. */
class ReportValidatorTest {
    @Test
    void eachRuleRunsInOrder() {
        List<Rule> rules = new ArrayList<>();
        for (String code : List.of("report.R1", "report.R2", "report.R3")) {
            rules.add((ctx, diags) -> diags.error(code, SourcePos.of(ctx.bodyType()), code, ""));
        }
        ReportValidator v = new ReportValidator(rules);
        rules.clear();
        Diagnostics diags = new Diagnostics();
        v.validate(new ReportContext(null, null, Optional.empty(), "town"), diags);
        assertThat(diags.sorted())
                .extracting(d -> d.code() + " " + d.pos())
                .containsExactly("report.R1 town", "report.R2 town", "report.R3 town");
    }

    @Test
    void theBuiltInRulesAreEachOnce() {
        assertThat(ReportValidator.RULES).hasSize(13);
        assertThat(ReportValidator.RULES.stream().map(r -> r.getClass()).distinct())
                .hasSize(13);
    }
}
