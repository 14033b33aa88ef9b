package cn.gov.jinjiang.gksite.serve;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the preview shows now: the diagnostics of the latest build (pages are replaced by the error page
 * while any is an error) and when that build finished.
 */
public record ServeState(List<Diagnostic> diagnostics, Instant at) {
    public ServeState {
        diagnostics = List.copyOf(diagnostics);
        Objects.requireNonNull(at, "at");
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
