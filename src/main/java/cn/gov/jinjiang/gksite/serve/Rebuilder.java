package cn.gov.jinjiang.gksite.serve;

import cn.gov.jinjiang.gksite.build.BuildResult;
import cn.gov.jinjiang.gksite.build.IncrementalBuild;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.output.OutputManifest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a batch of changed paths into the smallest rebuild that is still correct: site.yaml rebuilds
 * everything, a template re-renders every page, a theme's static file is only copied, and content
 * changes go to {@link IncrementalBuild#contentChanged}. A failure of the build itself (an unreadable
 * folder, a bug) becomes an error diagnostic, so the server keeps running and shows it; the next change
 * then rebuilds everything.
 */
public final class Rebuilder {
    private final IncrementalBuild build;
    private final ChangeClassifier classifier;
    private final Clock clock;
    private boolean needFull = true;

    /** What one rebuild did. {@code cssOnly}: only stylesheets changed, so pages need not reload. */
    public record Outcome(BuildResult result, Set<ChangeKind> kinds, Set<Path> paths, boolean cssOnly) {
        public Outcome {
            kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
            paths = Set.copyOf(paths);
        }
    }

    public Rebuilder(IncrementalBuild build, Clock clock) {
        this.build = Objects.requireNonNull(build, "build");
        this.classifier = new ChangeClassifier(build.layout().root());
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The first build of the session. Unlike later ones, an environment failure (no site.yaml, no content/)
     * is thrown: there is nothing to serve yet, and the command should stop with exit code 2.
     */
    public Outcome initial() {
        BuildResult r = build.full();
        needFull = false;
        return new Outcome(r, Set.of(ChangeKind.CONFIG), Set.of(), false);
    }

    /** Rebuilds for {@code changed}; null when nothing the site is made of changed. */
    public Outcome rebuild(Set<Path> changed) {
        Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
        Set<Path> relevant = new HashSet<>();
        for (Path p : changed) {
            classifier.classify(p).ifPresent(k -> {
                kinds.add(k);
                relevant.add(p);
            });
        }
        if (kinds.isEmpty()) {
            return null;
        }
        boolean cssOnly = kinds.equals(EnumSet.of(ChangeKind.THEME_STATIC))
                && relevant.stream().allMatch(p -> p.getFileName().toString().endsWith(".css"));
        return run(kinds, relevant, cssOnly);
    }

    private Outcome run(Set<ChangeKind> kinds, Set<Path> paths, boolean cssOnly) {
        Instant start = clock.instant();
        try {
            BuildResult r;
            if (needFull || kinds.contains(ChangeKind.CONFIG)) {
                r = build.full();
            } else {
                r = null;
                if (kinds.contains(ChangeKind.CONTENT) || kinds.contains(ChangeKind.DATA)) {
                    r = build.contentChanged(paths, true);
                }
                if (kinds.contains(ChangeKind.TEMPLATE)) {
                    r = build.templatesChanged();
                } else if (kinds.contains(ChangeKind.THEME_STATIC)) {
                    r = build.staticFilesChanged();
                }
            }
            needFull = false;
            return new Outcome(r, kinds, paths, cssOnly);
        } catch (DiagnosticException e) {
            needFull = true;
            return new Outcome(failed(e.diagnostics(), start), kinds, paths, false);
        } catch (RuntimeException e) {
            needFull = true;
            return new Outcome(failed(List.of(Diagnostic.error("serve.internal", SourcePos.of("site.yaml"),
                    "预览重新构建时出现内部错误：" + e, "保存任意文件会重新完整构建；如果问题一直出现，请把终端中的信息报告给维护人员。")),
                    start), kinds, paths, false);
        }
    }

    /**
     * After the browser was told to reload: brings the site-wide generated files (search index, feeds,
     * sitemap) up to date, so the edited page shows first. A failure here makes the next rebuild full.
     */
    public void afterReload() {
        try {
            build.refreshGenerated();
        } catch (RuntimeException e) {
            needFull = true;
        }
    }

    private BuildResult failed(List<Diagnostic> diagnostics, Instant start) {
        return new BuildResult(false, 0, new OutputManifest(List.of()), diagnostics,
                Duration.between(start, clock.instant()));
    }
}
