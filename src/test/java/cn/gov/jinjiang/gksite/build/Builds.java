package cn.gov.jinjiang.gksite.build;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/** Shorthands for running the pipeline in tests. */
public final class Builds {
    private Builds() {}

    public static BuildResult build(Path site) {
        return new Pipeline().run(new BuildRequest(site, null, true));
    }

    /** The diagnostics of a build that are errors. */
    public static List<Diagnostic> errors(BuildResult r) {
        return r.diagnostics().stream().filter(Diagnostic::isError).toList();
    }
}
