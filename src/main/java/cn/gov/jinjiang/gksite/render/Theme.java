package cn.gov.jinjiang.gksite.render;

import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.config.SourceTree;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The theme chain of a site: the site's own theme first, then the default theme {@code portal} it
 * falls back to. Each entry is a theme folder holding templates/ and static/. Symbolic links in themes/
 * follow the rule of {@link SourceTree}: a theme folder or template that links out of the source folder is
 * refused with {@link #SYMLINK}, never read.
 *
 * @param folders   the theme folders that exist, site theme first
 * @param templates every template of the chain by name (path below templates/, '/' separated); a name of the
 *                  site theme hides the same name of the default theme
 */
public record Theme(String name, List<Path> folders, Map<String, SourceTree.Entry> templates) {
    public static final String DEFAULT = "portal";
    /** The code of a symbolic link in themes/ that is refused. */
    public static final String SYMLINK = "theme.symlink";

    public Theme {
        folders = List.copyOf(folders);
        templates = Map.copyOf(templates);
    }

    /**
     * The chain for {@code name} under the layout's themes/: that theme, then portal; only folders that exist
     * and that the rule for links accepts (refused links are reported into {@code diags}).
     */
    public static Theme resolve(SourceLayout layout, String name, Diagnostics diags) {
        SourceTree tree = new SourceTree(layout);
        List<Diagnostic> refused = new ArrayList<>();
        List<Path> chain = new ArrayList<>();
        Map<String, SourceTree.Entry> templates = new TreeMap<>();
        if (tree.folder(layout.themes(), SYMLINK, refused).isPresent()) {
            List<String> names = name.equals(DEFAULT) ? List.of(name) : List.of(name, DEFAULT);
            for (String n : names) {
                Path folder = layout.themes().resolve(n);
                if (tree.folder(folder, SYMLINK, refused).isEmpty()) {
                    continue;
                }
                chain.add(folder);
                SourceTree.Listing listing = tree.walk(folder.resolve("templates"), SYMLINK, p -> false);
                refused.addAll(listing.refused());
                Path base = folder.resolve("templates");
                for (SourceTree.Entry e : listing.files()) {
                    templates.putIfAbsent(base.relativize(e.path()).toString().replace('\\', '/'), e);
                }
            }
        }
        diags.addAll(refused);
        return new Theme(name, chain, templates);
    }

    /**
     * Whether the theme site.yaml names was found: the chain starts with its own folder. A name with no folder
     * would otherwise build with the default theme alone, hiding a typo in {@code theme:}.
     */
    public boolean found() {
        return !folders.isEmpty() && folders.get(0).getFileName().toString().equals(name);
    }

    /** Where {@code templates/<template>} of the chain is, as the site sees it (for diagnostics), or null. */
    public Path templateFile(String template) {
        SourceTree.Entry e = templates.get(template);
        return e == null ? null : e.path();
    }
}
