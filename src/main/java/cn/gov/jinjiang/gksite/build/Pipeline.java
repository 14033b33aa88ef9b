package cn.gov.jinjiang.gksite.build;

import cn.gov.jinjiang.gksite.check.SiteChecker;
import cn.gov.jinjiang.gksite.config.ConfigLoader;
import cn.gov.jinjiang.gksite.config.SiteConfig;
import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.content.ContentLoader;
import cn.gov.jinjiang.gksite.content.ContentTree;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.markdown.MarkdownStage;
import cn.gov.jinjiang.gksite.markdown.RenderedMarkdown;
import cn.gov.jinjiang.gksite.output.OutputManifest;
import cn.gov.jinjiang.gksite.output.OutputWriter;
import cn.gov.jinjiang.gksite.render.RenderedFile;
import cn.gov.jinjiang.gksite.render.SiteRenderer;
import cn.gov.jinjiang.gksite.render.TemplateEngine;
import cn.gov.jinjiang.gksite.render.Theme;
import cn.gov.jinjiang.gksite.report.AnnualReport;
import cn.gov.jinjiang.gksite.report.ReportLoader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Runs a whole build. Problems in the user's files are collected and returned in the
 * {@link BuildResult}; environment failures (unreadable folders, a full disk) are thrown as
 * {@link cn.gov.jinjiang.gksite.diag.DiagnosticException}. When any stage before output reports an
 * error, nothing is written and the previous site stays as it was.
 */
public final class Pipeline {
    private final Clock clock;

    public Pipeline(Clock clock) {
        this.clock = clock;
    }

    public Pipeline() {
        this(Clock.systemUTC());
    }

    public BuildResult run(BuildRequest request) {
        Instant start = clock.instant();
        SourceLayout layout = SourceLayout.of(request.source(), request.output());

        Diagnostics configDiags = new Diagnostics();
        SiteConfig config = new ConfigLoader().load(layout, configDiags);
        Diagnostics diags = Diagnostics.withOverrides(config.checks().overrides(), config.checks().off());
        diags.addAll(configDiags.sorted());

        ContentTree tree = new ContentLoader().load(layout, diags);
        Map<String, RenderedMarkdown> bodies = new MarkdownStage().convert(tree, diags);
        List<AnnualReport> reports = new ReportLoader().load(tree, bodies, config.bodyType(), diags);

        Theme theme = Theme.resolve(layout.themes(), config.theme());
        if (theme.folders().isEmpty()) {
            diags.error("render.theme-missing", cn.gov.jinjiang.gksite.diag.SourcePos.of("site.yaml"),
                    "找不到主题“" + config.theme() + "”（themes/" + config.theme() + "/）。",
                    "检查 site.yaml 的 theme，或把主题放到 themes/ 下。");
        }
        List<RenderedFile> files = diags.hasErrors() ? List.of()
                : new SiteRenderer(new TemplateEngine(theme, layout::relative), config, path -> {
                    try {
                        return java.nio.file.Files.size(layout.content().resolve(path));
                    } catch (java.io.IOException e) {
                        return -1;
                    }
                })
                .render(tree, bodies, reports, diags);
        if (diags.hasErrors()) {
            return result(false, files.size(), new OutputManifest(List.of()), diags, start);
        }

        OutputWriter.Staged staged = new OutputWriter().stage(layout.output(), files,
                OutputWriter.staticFiles(theme.folders(), layout.content(), tree.assets(), layout::relative), diags);
        if (staged == null) {
            return result(false, files.size(), new OutputManifest(List.of()), diags, start);
        }
        if (request.check()) {
            new SiteChecker().check(staged.folder(), staged.manifest(), config, diags);
        }
        if (diags.hasErrors()) {
            // A site that fails its checks is never put in place of the previous one.
            staged.discard();
            return result(false, files.size(), staged.manifest(), diags, start);
        }
        staged.commit();
        return result(true, files.size(), staged.manifest(), diags, start);
    }

    private BuildResult result(boolean written, int pages, OutputManifest manifest, Diagnostics diags, Instant start) {
        return new BuildResult(written, pages, manifest, diags.sorted(), Duration.between(start, clock.instant()));
    }
}
