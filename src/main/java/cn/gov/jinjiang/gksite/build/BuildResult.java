package cn.gov.jinjiang.gksite.build;

import cn.gov.jinjiang.gksite.content.Drafts;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Severity;
import cn.gov.jinjiang.gksite.output.OutputManifest;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a build did.
 *
 * @param written     whether the output folder was replaced (false when errors stopped the build first)
 * @param pages       pages rendered
 * @param manifest    files written (empty when nothing was written)
 * @param diagnostics every diagnostic, sorted by file and line
 * @param elapsed     wall time of the whole build
 * @param stages      wall time of each stage, in pipeline order (for profiling)
 * @param drafts      the drafts of content/: built and marked, or left out ({@link Drafts#leftOut})
 */
public record BuildResult(
        boolean written,
        int pages,
        OutputManifest manifest,
        List<Diagnostic> diagnostics,
        Duration elapsed,
        Map<String, Duration> stages,
        Drafts drafts) {
    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
        stages = Collections.unmodifiableMap(new LinkedHashMap<>(stages));
        Objects.requireNonNull(drafts, "drafts");
    }

    public BuildResult(
            boolean written,
            int pages,
            OutputManifest manifest,
            List<Diagnostic> diagnostics,
            Duration elapsed,
            Map<String, Duration> stages) {
        this(written, pages, manifest, diagnostics, elapsed, stages, Drafts.NONE);
    }

    public BuildResult(
            boolean written, int pages, OutputManifest manifest, List<Diagnostic> diagnostics, Duration elapsed) {
        this(written, pages, manifest, diagnostics, elapsed, Map.of());
    }

    public long errors() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warnings() {
        return diagnostics.stream()
                .filter(d -> d.severity() == Severity.WARNING)
                .count();
    }

    public boolean ok() {
        return errors() == 0;
    }
}
