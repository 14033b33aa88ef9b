package cn.gov.jinjiang.gksite.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A folder of content/: its index page (if it has one), its other pages (sorted by weight, then date
 * newest first, then path), its subfolders and its YAML data files by name.
 *
 * @param dir path relative to content/, "" for the root
 */
public record Section(
        String dir, Optional<Page> index, List<Page> pages, List<Section> children, Map<String, DataFile> data) {
    public Section {
        pages = List.copyOf(pages);
        children = List.copyOf(children);
        data = Map.copyOf(data);
    }

    /** The folder's last path element ("" for the root). */
    public String name() {
        return dir.substring(dir.lastIndexOf('/') + 1);
    }

    /**
     * The dated pages of this folder and every folder below it (their own pages and the subfolders' index
     * pages), in tree order: what the folder's Atom feed and its front page's latest list are made of. The
     * folder's own index page is not among them.
     */
    public List<Page> datedPages() {
        List<Page> out = new ArrayList<>();
        collectDated(this, out);
        return out;
    }

    private static void collectDated(Section s, List<Page> out) {
        for (Page p : s.pages()) {
            if (p.meta().displayDate() != null) {
                out.add(p);
            }
        }
        for (Section c : s.children()) {
            c.index().filter(i -> i.meta().displayDate() != null).ifPresent(out::add);
            collectDated(c, out);
        }
    }
}
