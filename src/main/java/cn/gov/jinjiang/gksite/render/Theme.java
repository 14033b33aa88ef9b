package cn.gov.jinjiang.gksite.render;

import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.config.SourceTree;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The theme chain of a site, in Hugo's lookup order: the site's own theme folder first, then the site's
 * themes/portal/ when the site names another theme, then the portal theme built into gksite
 * ({@link BuiltinTheme}). A file found earlier in the chain hides the same file further on, template by
 * template and static file by static file: a site overrides one template by putting just that file into
 * themes/portal/templates/, and a site without themes/ builds with the built-in theme alone. Symbolic links in
 * the site's themes/ follow the rule of {@link SourceTree}: a theme folder or template that links out of the
 * source folder is refused with {@link #SYMLINK}, never read.
 *
 * @param folders   the theme folders that exist, site theme first, the built-in theme last
 * @param templates every template of the chain by name (path below templates/, '/' separated); a name earlier
 *                  in the chain hides the same name further on
 * @param builtin   the built-in theme's folder (the last of {@code folders})
 */
public record Theme(String name, List<Path> folders, Map<String, SourceTree.Entry> templates, Path builtin) {
    public static final String DEFAULT = "portal";
    /** The code of a symbolic link in themes/ that is refused. */
    public static final String SYMLINK = "theme.symlink";

    public Theme {
        folders = List.copyOf(folders);
        templates = Map.copyOf(templates);
        Objects.requireNonNull(builtin, "builtin");
    }

    /**
     * The chain for {@code name}: the site's themes/{@code name}/, the site's themes/portal/, the built-in theme;
     * of the site's folders only those that exist and that the rule for links accepts (refused links are reported
     * into {@code diags}).
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
        Path builtin = BuiltinTheme.folder();
        chain.add(builtin);
        Path base = builtin.resolve("templates");
        for (Path p : BuiltinTheme.files(builtin, "templates")) {
            templates.putIfAbsent(base.relativize(p).toString().replace('\\', '/'), new SourceTree.Entry(p, p));
        }
        diags.addAll(refused);
        return new Theme(name, chain, templates, builtin);
    }

    /**
     * Whether the theme site.yaml names was found: it is the built-in one, or the site has its folder. A name with
     * no folder would otherwise build with the built-in theme alone, hiding a typo in {@code theme:}.
     */
    public boolean found() {
        return name.equals(DEFAULT)
                || folders.stream()
                        .anyMatch(f ->
                                !f.equals(builtin) && f.getFileName().toString().equals(name));
    }

    /** Whether {@code folder} of the chain is the built-in theme (its files are gksite's, not the site's). */
    public boolean isBuiltin(Path folder) {
        return folder.equals(builtin);
    }

    /** Where {@code templates/<template>} of the chain is, as the site sees it (for diagnostics), or null. */
    public Path templateFile(String template) {
        SourceTree.Entry e = templates.get(template);
        return e == null ? null : e.path();
    }

    /**
     * A file of the chain as diagnostics name it: a site's file by {@code relative} (its path in the source
     * folder), a file of the built-in theme as {@code 内置主题/…}.
     */
    public String label(Path file, Function<Path, String> relative) {
        return file.getFileSystem().equals(builtin.getFileSystem()) && file.startsWith(builtin)
                ? BuiltinTheme.label(builtin, file)
                : relative.apply(file);
    }
}
