package cn.gov.jinjiang.gksite.output;

import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.config.SourceTree;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The files a build copies as they are: content/'s attachments and images, and the theme chain's static/ files. */
public final class StaticFiles {
    private StaticFiles() {
    }

    /**
     * The static files of a theme chain and of content/, in precedence order (site theme before default theme).
     * Each theme's static/ is walked by the rule for symbolic links of {@link SourceTree}: a link it refuses is
     * reported into {@code diags} ({@code theme.symlink}) and never copied.
     */
    public static List<OutputWriter.Copy> of(SourceLayout layout, List<Path> themeFolders, List<String> contentAssets,
                                         Diagnostics diags) {
        List<OutputWriter.Copy> out = new ArrayList<>();
        Path content = layout.content();
        for (String a : contentAssets) {
            Path p = content.resolve(a);
            out.add(new OutputWriter.Copy(a, p, layout.relative(p), true));
        }
        SourceTree tree = new SourceTree(layout);
        for (Path theme : themeFolders) {
            Path stat = theme.resolve("static");
            SourceTree.Listing listing = tree.walk(stat, cn.gov.jinjiang.gksite.render.Theme.SYMLINK, p -> false);
            diags.addAll(listing.refused());
            for (SourceTree.Entry e : listing.files()) {
                out.add(new OutputWriter.Copy(stat.relativize(e.path()).toString().replace('\\', '/'), e.real(),
                        layout.relative(e.path()), false));
            }
        }
        return out;
    }
}
