package cn.gov.jinjiang.gksite.render;

import cn.gov.jinjiang.gksite.content.Page;
import cn.gov.jinjiang.gksite.content.Section;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The left menus of a site's columns by folder, read once per render from each folder's menu.yaml and shown by
 * every page at or below that folder: content pages and the catalogue's facet lists alike.
 */
final class ColumnMenus {
    private final Map<String, ColumnMenu> byDir;

    private ColumnMenus(Map<String, ColumnMenu> byDir) {
        this.byDir = byDir;
    }

    /** Reads every folder's menu.yaml; its problems go to {@code problems} with the folder's index page (or null). */
    static ColumnMenus read(Map<String, Section> sections, BiConsumer<Page, Diagnostic> problems) {
        Map<String, ColumnMenu> menus = new HashMap<>();
        sections.values().forEach(s -> {
            var data = s.data().get(ColumnMenu.FILE);
            if (data != null) {
                Diagnostics menuDiags = new Diagnostics();
                menus.put(s.dir(), ColumnMenu.read(data, menuDiags));
                Page owner = s.index().orElse(null);
                menuDiags.sorted().forEach(d -> problems.accept(owner, d));
            }
        });
        return new ColumnMenus(menus);
    }

    /** The menu of the nearest folder at or above {@code dir} that has a menu.yaml, marked for {@code url}, or null. */
    Views.Menu at(String dir, String url) {
        while (true) {
            ColumnMenu m = byDir.get(dir);
            if (m != null) {
                return m.view(url);
            }
            if (dir.isEmpty()) {
                return null;
            }
            int slash = dir.lastIndexOf('/');
            dir = slash < 0 ? "" : dir.substring(0, slash);
        }
    }
}
