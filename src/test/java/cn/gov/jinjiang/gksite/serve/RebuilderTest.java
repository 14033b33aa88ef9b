package cn.gov.jinjiang.gksite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.build.BuildResult;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.output.OutputManifest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A rebuild that fails in any way (a stack overflow, running out of memory, a bug) is a diagnostic, and the next one is
 * full.
 */
class RebuilderTest {
    private final Path root = Path.of("/srv/site").toAbsolutePath();
    private final List<String> calls = new ArrayList<>();

    private static BuildResult ok() {
        return new BuildResult(true, 1, new OutputManifest(List.of()), List.of(), Duration.ZERO);
    }

    /** Steps whose incremental rebuild does what {@code content} says; the full build succeeds. */
    private Rebuilder.Steps steps(Supplier<BuildResult> content) {
        return new Rebuilder.Steps() {
            @Override
            public BuildResult full() {
                calls.add("full");
                return ok();
            }

            @Override
            public BuildResult contentChanged(Set<Path> changed) {
                calls.add("content");
                return content.get();
            }

            @Override
            public BuildResult templatesChanged() {
                calls.add("templates");
                return ok();
            }

            @Override
            public BuildResult staticFilesChanged() {
                calls.add("static");
                return ok();
            }

            @Override
            public void refreshGenerated() {
                throw new StackOverflowError();
            }
        };
    }

    private Diagnostic failedWith(Throwable t) {
        Rebuilder r = new Rebuilder(
                steps(() -> {
                    if (t instanceof Error e) {
                        throw e;
                    }
                    throw (RuntimeException) t;
                }),
                root,
                Clock.systemUTC());
        r.initial();
        Path page = root.resolve("content/a.md");
        Rebuilder.Outcome failed = r.rebuild(Set.of(page));
        assertThat(failed.result().ok()).isFalse();
        assertThat(failed.result().diagnostics()).hasSize(1);
        r.afterReload();
        // The next change rebuilds everything, and the preview is whole again.
        Rebuilder.Outcome next = r.rebuild(Set.of(page));
        assertThat(next.result().ok()).isTrue();
        assertThat(calls).containsExactly("full", "content", "full");
        return failed.result().diagnostics().get(0);
    }

    @Test
    void aStackOverflowIsAnInternalErrorAtTheChangedFile() {
        Diagnostic d = failedWith(new StackOverflowError());
        assertThat(d.code()).isEqualTo("internal.error");
        assertThat(d.pos().file()).isEqualTo("content/a.md");
        assertThat(d.message()).contains("StackOverflowError");
    }

    @Test
    void runningOutOfMemoryIsSaidSo() {
        Diagnostic d = failedWith(new OutOfMemoryError("Java heap space"));
        assertThat(d.code()).isEqualTo("internal.memory");
        assertThat(d.pos().file()).isEqualTo("content/a.md");
        assertThat(d.hint()).contains("GKSITE_HEAP");
    }

    @Test
    void aBugIsAnInternalError() {
        Diagnostic d = failedWith(new IllegalStateException("kaputt"));
        assertThat(d.code()).isEqualTo("internal.error");
        assertThat(d.message()).contains("kaputt");
    }
}
