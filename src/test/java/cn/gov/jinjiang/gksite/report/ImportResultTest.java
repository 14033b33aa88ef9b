package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an import read: its files may be written only when nothing is an error. */
class ImportResultTest {
    private static ImportResult result(List<Diagnostic> diags) {
        return new ImportResult(
                InputKind.HTML,
                2023,
                "标题",
                "机构",
                "2024-03-08",
                Map.of("k", BigDecimal.ONE),
                List.of("b"),
                List.of(new ImportResult.Placed("二", 6, 6)),
                "index",
                "data",
                diags);
    }

    @Test
    void okUnlessADiagnosticIsAnError() {
        SourcePos pos = new SourcePos("r.html", 3, 1);
        assertThat(result(List.of()).ok()).isTrue();
        assertThat(result(List.of(Diagnostic.warning("import.year", pos, "m", "h")))
                        .ok())
                .isTrue();
        assertThat(result(List.of(
                                Diagnostic.warning("import.year", pos, "m", "h"),
                                Diagnostic.error("import.unplaced", pos, "m", "h")))
                        .ok())
                .isFalse();
    }

    @Test
    void filesAreTheIndexAndTheDataInTheGivenFolder() {
        ReportFiles f = result(List.of()).files(Path.of("reports", "2023"));
        assertThat(f.dir()).isEqualTo(Path.of("reports", "2023"));
        assertThat(f.indexMd()).isEqualTo("index");
        assertThat(f.dataYaml()).isEqualTo("data");
    }

    @Test
    void itKeepsItsOwnCopies() {
        Map<String, BigDecimal> cells = new HashMap<>(Map.of("k", BigDecimal.ONE));
        List<Diagnostic> diags = new ArrayList<>();
        ImportResult r = new ImportResult(
                InputKind.PDF, 2023, "", "", null, cells, new ArrayList<>(), new ArrayList<>(), "", "", diags);
        cells.clear();
        diags.add(Diagnostic.error("x", SourcePos.of("f"), "m", "h"));
        assertThat(r.cells()).containsOnlyKeys("k");
        assertThat(r.ok()).isTrue();
        assertThatThrownBy(() -> r.diagnostics().add(null)).isInstanceOf(UnsupportedOperationException.class);
    }
}
