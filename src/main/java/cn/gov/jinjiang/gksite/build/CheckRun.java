package cn.gov.jinjiang.gksite.build;

import cn.gov.jinjiang.gksite.check.CheckOptions;
import cn.gov.jinjiang.gksite.check.ExternalLinkProbe;
import cn.gov.jinjiang.gksite.check.SiteChecker;
import cn.gov.jinjiang.gksite.config.ConfigLoader;
import cn.gov.jinjiang.gksite.config.SiteConfig;
import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.output.OutputManifest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code gksite check}: checks an already built site folder, using site.yaml (base URL, check levels)
 * and the build's manifest when the source folder has them. External links are probed only when asked,
 * with a cache under {@code .gksite/} in the source folder.
 */
public final class CheckRun {
    private final Clock clock;
    private final ExternalLinkProbe.Options probeOptions;

    public CheckRun(Clock clock, ExternalLinkProbe.Options probeOptions) {
        this.clock = clock;
        this.probeOptions = probeOptions;
    }

    /** Probe options with the cache in {@code source/.gksite/external-links.tsv}. */
    public static ExternalLinkProbe.Options defaultProbe(Path source) {
        return ExternalLinkProbe.Options.defaults(source.toAbsolutePath().resolve(".gksite/external-links.tsv"));
    }

    /**
     * @param source   the source folder (may lack site.yaml: then no base URL is known)
     * @param site     the folder to check, or null for source/site
     * @param external whether to probe external links
     */
    public BuildResult run(Path source, Path site, boolean external) {
        Instant start = clock.instant();
        SourceLayout layout = SourceLayout.of(source, site);
        if (!Files.isDirectory(layout.output())) {
            throw new DiagnosticException(Diagnostic.error(
                    "check.site-missing",
                    SourcePos.of(layout.relative(layout.output())),
                    "要检查的目录不存在：" + layout.output(),
                    "先运行 gksite build，或用 --site 指定目录。"));
        }
        Diagnostics configDiags = new Diagnostics();
        SiteConfig config = Files.isRegularFile(layout.root().resolve("site.yaml"))
                ? new ConfigLoader().load(layout, configDiags)
                : SiteConfig.defaults();
        Diagnostics diags = Diagnostics.withOverrides(
                config.checks().overrides(), config.checks().off());
        OutputManifest manifest = OutputManifest.read(OutputManifest.fileFor(layout.output()));
        ExternalLinkProbe probe = external
                ? new ExternalLinkProbe(ExternalLinkProbe.defaultClient(Duration.ofSeconds(5)), clock, probeOptions)
                : null;
        new SiteChecker()
                .check(
                        layout.output(),
                        manifest,
                        config,
                        new CheckOptions(layout.root(), layout.relative(layout.output()), external, probe),
                        diags);
        int pages = (int) manifest.entries().stream()
                .filter(e -> e.path().endsWith(".html"))
                .count();
        return new BuildResult(false, pages, manifest, diags.sorted(), Duration.between(start, clock.instant()));
    }
}
