package cn.gov.jinjiang.gksite.build;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One cause, one error (issue 17): a 表三 total that its own rule (R1 for a row, R2 for a column) finds wrong is
 * not blamed again by the rules that add it up (R2 for the 总计 column, R3), which would send the editor to a
 * cell that is right. Rules that do not depend on the wrong total still report. Each case edits one or two rows
 * of the clean valid-report fixture.
 */
class ReportFollowOnsTest {

    /** valid-report with rows of its data.yaml replaced; the report errors of its build as "code@line:column". */
    private static List<String> errorsWith(Path dir, String... rowsAndValues) {
        Path site = TestSites.fixture("valid-report", dir);
        Path data = site.resolve("content/ndbg/2025/data.yaml");
        String text = TestSites.read(data);
        for (int i = 0; i < rowsAndValues.length; i += 2) {
            String before = text;
            text = text.replaceFirst(
                    "(?m)^(\\s*" + rowsAndValues[i] + ":\\s*)\\[[^\\]]*\\]", "$1" + rowsAndValues[i + 1]);
            assertThat(text).as("row " + rowsAndValues[i]).isNotEqualTo(before);
        }
        TestSites.write(data, text);
        return Builds.errors(Builds.build(site)).stream()
                .map(ReportFollowOnsTest::brief)
                .toList();
    }

    private static String brief(Diagnostic d) {
        return d.code() + "@" + d.pos().line() + ":" + d.pos().column();
    }

    @Test
    void aWrongRowTotalIsReportedOnceNotAlsoAsAnUnbalancedTotalColumn(@TempDir Path dir) {
        // 20 + 2 = 21 + 1 holds in every column; 本年新收's 总计 says 21: R3 would say 结转下年度 should be 2.
        assertThat(errorsWith(dir, "本年新收", "[20, 0, 0, 0, 0, 0, 21]")).containsExactly("report.R1@23:29");
    }

    @Test
    void aWrongApplicantCellStillUnbalancesItsOwnColumn(@TempDir Path dir) {
        // 自然人 is the wrong cell: R1 flags the row, R3 the 自然人 column (and not the 总计 column, which is right).
        assertThat(errorsWith(dir, "本年新收", "[21, 0, 0, 0, 0, 0, 20]"))
                .containsExactlyInAnyOrder("report.R1@23:29", "report.R3@52:11");
    }

    @Test
    void aWrongOutcomeRowTotalIsNotAlsoAWrongColumnTotal(@TempDir Path dir) {
        // 予以公开's 总计 6 where its columns give 5: the 总计 column of the outcome rows adds up to 22, not 21.
        assertThat(errorsWith(dir, "予以公开", "[5, 0, 0, 0, 0, 0, 6]")).containsExactly("report.R1@26:30");
    }

    @Test
    void aWrongColumnTotalIsNotAlsoAnUnbalancedColumn(@TempDir Path dir) {
        // (七)总计 20 in the 自然人 column and in the 总计 column (R1 holds for the row): R2 twice, no R3.
        List<String> errors = errorsWith(dir, "总计", "[20, 0, 0, 0, 0, 0, 20]");
        assertThat(errors).containsExactlyInAnyOrder("report.R2@51:10", "report.R2@51:29");
    }

    @Test
    void anUnbalancedColumnWithRightTotalsIsStillReported(@TempDir Path dir) {
        // Every total holds by R1 and R2; 结转下年度 2 breaks 一+二 = 三+四 in the 自然人 and 总计 columns.
        assertThat(errorsWith(dir, "结转下年度", "[2, 0, 0, 0, 0, 0, 2]"))
                .containsExactlyInAnyOrder("report.R3@52:11", "report.R3@52:29");
    }

    @Test
    void aWrongOutcomeRowTotalLeavesTheOtherColumnsChecked(@TempDir Path dir) {
        // 予以公开's 总计 is wrong (R1) and, independently, 结转下年度 in the 自然人 column: R3 still reports it there.
        assertThat(errorsWith(dir, "予以公开", "[5, 0, 0, 0, 0, 0, 6]", "结转下年度", "[2, 0, 0, 0, 0, 0, 1]"))
                .containsExactlyInAnyOrder("report.R1@26:30", "report.R1@52:29", "report.R3@52:11");
    }
}
