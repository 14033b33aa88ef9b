package cn.gov.jinjiang.gksite.publish;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a publish did.
 *
 * @param status      published, dry run only, or refused because the build or its checks had errors
 * @param target      the target as written
 * @param diagnostics the build's diagnostics (warnings when published; the errors when refused)
 * @param changes     files added, changed and deleted on the target (what would be, for a dry run);
 *                    empty when refused; gksite's own bookkeeping files are left out
 * @param record      the publish record (null unless published)
 * @param logFile     where the record was kept locally (null unless published)
 */
public record PublishResult(
        Status status,
        String target,
        List<Diagnostic> diagnostics,
        Changes changes,
        PublishRecord record,
        Path logFile) {

    public enum Status {
        PUBLISHED,
        DRY_RUN,
        REFUSED
    }

    public PublishResult {
        Objects.requireNonNull(status, "status");
        diagnostics = List.copyOf(diagnostics);
        Objects.requireNonNull(changes, "changes");
    }

    public long errors() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }
}
