package cn.gov.jinjiang.gksite.build;

import cn.gov.jinjiang.gksite.config.SiteConfig;
import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.content.CatalogueRules;
import cn.gov.jinjiang.gksite.content.ContentTree;
import cn.gov.jinjiang.gksite.content.UnlistedPages;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.InternalErrors;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.output.OutputWriter;
import cn.gov.jinjiang.gksite.output.StaticFiles;
import cn.gov.jinjiang.gksite.render.BuiltinTheme;
import cn.gov.jinjiang.gksite.render.SiteRenderer;
import cn.gov.jinjiang.gksite.render.TemplateEngine;
import cn.gov.jinjiang.gksite.render.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The steps a build takes between reading its sources and writing its output, written once for both builds that
 * take them: {@link Pipeline} (a whole build, staged and swapped in) and {@link IncrementalBuild} (the preview's,
 * kept between edits). Each is a function of what the steps before it gave and reports into the diagnostics it
 * is handed, so the two builds find the same problems in the same sources.
 */
final class Stages {
    private Stages() {}

    /**
     * The rules over the whole content tree: the 公开目录's (catalogue values, 索引号, dates) and pages no list
     * or menu leads to. A defect of gksite in either is an internal error of content/, and the build goes on.
     */
    static void checkTree(ContentTree tree, SiteConfig config, Clock clock, Diagnostics diags) {
        InternalErrors.contain(
                SourcePos.of("content"),
                "核对公开目录",
                diags,
                () -> new CatalogueRules(config.catalogue(), config.bodies(), clock).check(tree, diags));
        InternalErrors.contain(SourcePos.of("content"), "查找没有列出的页面", diags, () -> UnlistedPages.check(tree, diags));
    }

    /**
     * Opens the built-in theme's folder in gksite's jar ahead of {@link #theme}, on a thread of its own while
     * content/ is read; whether it could (if not, {@link #theme} reports why).
     */
    static boolean openBuiltinTheme() {
        try {
            BuiltinTheme.folder();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The theme site.yaml names; when it was not found, {@code render.theme-missing} at its line. */
    static Theme theme(SourceLayout layout, SiteConfig config, Diagnostics diags) {
        Theme theme = Theme.resolve(layout, config.theme(), diags);
        if (!theme.found()) {
            diags.error(
                    "render.theme-missing",
                    config.themePos(),
                    "找不到主题“" + config.theme() + "”（themes/" + config.theme() + "/）。",
                    "检查 site.yaml 的 theme 是否写错：gksite 内置的主题是 portal（不写 theme 即用它）；自己的主题放在 themes/" + config.theme()
                            + "/ 下。");
        }
        return theme;
    }

    /**
     * The templates of {@code theme}, named in diagnostics relative to the source folder. It caches what it
     * compiled: the preview keeps one until a template changes.
     */
    static TemplateEngine engine(SourceLayout layout, Theme theme) {
        return new TemplateEngine(theme, layout::relative);
    }

    /** The renderer over {@code engine}, which shows attachments' sizes from content/. */
    static SiteRenderer renderer(SourceLayout layout, TemplateEngine engine, SiteConfig config) {
        return renderer(engine, config, assetSizes(layout));
    }

    /** As {@link #renderer(SourceLayout, TemplateEngine, SiteConfig)}, with attachments' sizes from {@code sizes}. */
    static SiteRenderer renderer(TemplateEngine engine, SiteConfig config, ToLongFunction<String> sizes) {
        return new SiteRenderer(engine, config, sizes);
    }

    /** The static files to copy, theme static/ folders and content assets, in precedence order. */
    static List<OutputWriter.Copy> staticFiles(SourceLayout layout, Theme theme, ContentTree tree, Diagnostics diags) {
        return StaticFiles.of(layout, theme, tree.assets(), diags);
    }

    /**
     * Where each page got its address: the {@code url:} line when it sets one, else the file (its name is the
     * address). Output conflicts are reported there.
     */
    static Function<String, SourcePos> addressLines(ContentTree tree) {
        // Asked only where there is a conflict, which is rare: the table is made at the first question (the
        // preview asks for one after every edit).
        AtomicReference<Map<String, SourcePos>> table = new AtomicReference<>();
        return source -> {
            Map<String, SourcePos> at = table.get();
            if (at == null) {
                Map<String, SourcePos> made = new HashMap<>();
                tree.pages().forEach(p -> made.put(p.source(), p.addressPos()));
                table.compareAndSet(null, made);
                at = table.get();
            }
            return at.getOrDefault(source, SourcePos.of(source));
        };
    }

    /** Size in bytes of a file under content/ (for attachment links), or -1. */
    static ToLongFunction<String> assetSizes(SourceLayout layout) {
        return path -> {
            try {
                return Files.size(layout.content().resolve(path));
            } catch (IOException e) {
                return -1;
            }
        };
    }
}
