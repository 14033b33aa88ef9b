package cn.gov.jinjiang.gksite.serve;

import cn.gov.jinjiang.gksite.build.BuildResult;
import cn.gov.jinjiang.gksite.build.IncrementalBuild;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.InternalErrors;
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
 * folder, a bug, a stack overflow, the memory running out: any {@link Throwable}) becomes an error diagnostic
 * naming a file that changed, so the server keeps running and shows it; the next change then rebuilds everything.
 */
public final class Rebuilder {
    /** The steps of {@link IncrementalBuild} a rebuild uses (tests put failing ones in their place). */
    interface Steps {
        BuildResult full();

        BuildResult contentChanged(Set<Path> changed);

        BuildResult templatesChanged();

        BuildResult staticFilesChanged();

        void refreshGenerated();

        default Runnable warmUp() {
            return () -> {};
        }
    }

    private final Steps build;
    private final Path root;
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
        this(steps(Objects.requireNonNull(build, "build")), build.layout().root(), clock);
    }

    Rebuilder(Steps build, Path root, Clock clock) {
        this.build = Objects.requireNonNull(build, "build");
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
        this.classifier = new ChangeClassifier(root);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private static Steps steps(IncrementalBuild b) {
        return new Steps() {
            @Override
            public BuildResult full() {
                return b.full();
            }

            @Override
            public BuildResult contentChanged(Set<Path> changed) {
                return b.contentChanged(changed, true);
            }

            @Override
            public BuildResult templatesChanged() {
                return b.templatesChanged();
            }

            @Override
            public BuildResult staticFilesChanged() {
                return b.staticFilesChanged();
            }

            @Override
            public void refreshGenerated() {
                b.refreshGenerated();
            }

            @Override
            public Runnable warmUp() {
                return b.warmUp();
            }
        };
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

    /** A task that readies the JVM for the first rebuild ({@link IncrementalBuild#warmUp}); for any thread. */
    public Runnable warmUp() {
        return build.warmUp();
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
                    r = build.contentChanged(paths);
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
        } catch (RuntimeException | Error e) {
            needFull = true;
            return new Outcome(failed(List.of(unexpected(e, paths)), start), kinds, paths, false);
        }
    }

    private String relative(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path rel = abs.startsWith(root) ? root.relativize(abs) : abs.getFileName();
        return rel == null ? "site.yaml" : rel.toString().replace('\\', '/');
    }

    /** The diagnostic of a rebuild that failed unexpectedly, at the first of the changed files. */
    private Diagnostic unexpected(Throwable e, Set<Path> paths) {
        SourcePos at = SourcePos.of(
                paths.stream().map(this::relative).sorted().findFirst().orElse("site.yaml"));
        if (e instanceof OutOfMemoryError) {
            return Diagnostic.error(
                    "internal.memory",
                    at,
                    "预览重新构建时内存不足（out of memory）。",
                    "保存任意文件会重新完整构建；站点很大时请设置环境变量 GKSITE_HEAP 加大内存后重新启动 gksite serve。");
        }
        Diagnostic d = InternalErrors.diagnostic(at, "预览重新构建", e);
        return Diagnostic.error(d.code(), d.pos(), d.message(), "保存任意文件会重新完整构建；如果问题一直出现，请把这条信息报告给维护人员。");
    }

    /**
     * After the browser was told to reload: brings the site-wide generated files (search index, feeds,
     * sitemap) up to date, so the edited page shows first. A failure here makes the next rebuild full.
     */
    public void afterReload() {
        try {
            build.refreshGenerated();
        } catch (RuntimeException | Error e) {
            needFull = true;
        }
    }

    private BuildResult failed(List<Diagnostic> diagnostics, Instant start) {
        return new BuildResult(
                false, 0, new OutputManifest(List.of()), diagnostics, Duration.between(start, clock.instant()));
    }
}
