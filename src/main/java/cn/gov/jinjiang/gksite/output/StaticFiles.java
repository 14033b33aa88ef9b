package cn.gov.jinjiang.gksite.output;

import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.config.SourceTree;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.render.BuiltinTheme;
import cn.gov.jinjiang.gksite.render.Theme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The files a build copies as they are: content/'s attachments and images, and the theme chain's static/ files. */
public final class StaticFiles {
    private StaticFiles() {}

    /**
     * The static files of a theme chain and of content/, in precedence order (the site's theme files before the
     * built-in theme's, so a site overrides a built-in CSS file, script or image by its own at the same path).
     * Each of the site's theme static/ folders is walked by the rule for symbolic links of {@link SourceTree}: a
     * link it refuses is reported into {@code diags} ({@code theme.symlink}) and never copied.
     */
    public static List<OutputWriter.Copy> of(
            SourceLayout layout, Theme theme, List<String> contentAssets, Diagnostics diags) {
        List<OutputWriter.Copy> out = new ArrayList<>();
        Path content = layout.content();
        for (String a : contentAssets) {
            Path p = content.resolve(a);
            out.add(new OutputWriter.Copy(a, p, layout.relative(p), true));
        }
        SourceTree tree = new SourceTree(layout);
        // A theme file hidden by the same path earlier in the chain is not listed: it is neither copied nor claims
        // its address (a page there conflicts with the file that is copied, once).
        Set<String> themePaths = new HashSet<>();
        for (Path folder : theme.folders()) {
            Path stat = folder.resolve("static");
            if (theme.isBuiltin(folder)) {
                for (Path p : BuiltinTheme.files(folder, "static")) {
                    if (themePaths.add(relative(stat, p))) {
                        out.add(new OutputWriter.Copy(relative(stat, p), p, theme.label(p, layout::relative), false));
                    }
                }
                continue;
            }
            SourceTree.Listing listing = tree.walk(stat, Theme.SYMLINK, p -> false);
            diags.addAll(listing.refused());
            for (SourceTree.Entry e : listing.files()) {
                if (themePaths.add(relative(stat, e.path()))) {
                    out.add(new OutputWriter.Copy(
                            relative(stat, e.path()), e.real(), layout.relative(e.path()), false));
                }
            }
        }
        return out;
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }
}
