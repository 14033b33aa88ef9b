package cn.gov.jinjiang.gksite.serve;

import cn.gov.jinjiang.gksite.build.BuildResult;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the preview shows now: the diagnostics of the latest build and when that build finished. Pages are
 * replaced by the error page while any diagnostic is an error, except that a draft's errors replace only the
 * draft's own pages: the unfinished report must not hide the urgent notice being previewed beside it (publish
 * leaves the draft out, so its errors do not hold up the published site either).
 *
 * @param draftPages output paths of the pages of drafts (relative to the site root)
 * @param blocking   whether an error outside the drafts replaces every page
 */
public record ServeState(List<Diagnostic> diagnostics, Instant at, Set<String> draftPages, boolean blocking) {
    public ServeState {
        diagnostics = List.copyOf(diagnostics);
        Objects.requireNonNull(at, "at");
        draftPages = Set.copyOf(draftPages);
    }

    /** A state in which every error replaces every page. */
    public ServeState(List<Diagnostic> diagnostics, Instant at) {
        this(diagnostics, at, Set.of(), diagnostics.stream().anyMatch(Diagnostic::isError));
    }

    /** The state after {@code r}: errors in the files of a draft stop only the draft's pages. */
    public static ServeState of(BuildResult r, Instant at) {
        var drafts = r.drafts();
        boolean blocking = r.diagnostics().stream()
                .anyMatch(d -> d.isError() && !drafts.coversSource(d.pos().file()));
        Set<String> pages = new HashSet<>();
        if (!drafts.isEmpty()) {
            r.manifest().entries().stream()
                    .filter(e -> drafts.coversSource(e.source()))
                    .forEach(e -> pages.add(e.path()));
        }
        return new ServeState(r.diagnostics(), at, pages, blocking);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /**
     * Whether the page at {@code path} (relative to the site root; null when there is no such file) shows the error
     * page.
     */
    public boolean errorPageAt(String path) {
        return blocking || path != null && draftPages.contains(path) && hasErrors();
    }
}
