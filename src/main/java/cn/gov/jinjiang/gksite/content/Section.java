package cn.gov.jinjiang.gksite.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A folder of content/: its index page (if it has one), its other pages (sorted by weight, then date
 * newest first, then path), its subfolders and its YAML data files by name.
 *
 * @param dir path relative to content/, "" for the root
 */
public record Section(String dir, Optional<Page> index, List<Page> pages, List<Section> children,
                      Map<String, DataFile> data) {
    public Section {
        pages = List.copyOf(pages);
        children = List.copyOf(children);
        data = Map.copyOf(data);
    }

    /** The folder's last path element ("" for the root). */
    public String name() {
        int i = dir.lastIndexOf('/');
        return i < 0 ? dir : dir.substring(i + 1);
    }
}
