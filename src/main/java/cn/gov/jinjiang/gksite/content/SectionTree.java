package cn.gov.jinjiang.gksite.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The section tree of the pages and data files read, one section per folder, each in the list order. */
final class SectionTree {
    private SectionTree() {}

    /** Builds the section for {@code dir} from the pages and data files below it (paths relative to content/). */
    static Section assemble(String dir, TreeMap<String, Page> pages, TreeMap<String, DataFile> data) {
        String prefix = dir.isEmpty() ? "" : dir + "/";
        Optional<Page> index = Optional.ofNullable(pages.get(prefix + "index.md"));
        List<Page> own = new ArrayList<>();
        TreeMap<String, Boolean> childDirs = new TreeMap<>();
        for (String path : pages.subMap(prefix, prefix + Character.MAX_VALUE).keySet()) {
            String rest = path.substring(prefix.length());
            int slash = rest.indexOf('/');
            if (slash >= 0) {
                childDirs.put(prefix + rest.substring(0, slash), true);
            } else if (!rest.equals("index.md")) {
                own.add(pages.get(path));
            }
        }
        Map<String, DataFile> ownData = new HashMap<>();
        for (Map.Entry<String, DataFile> e :
                data.subMap(prefix, prefix + Character.MAX_VALUE).entrySet()) {
            String rest = e.getKey().substring(prefix.length());
            int slash = rest.indexOf('/');
            if (slash < 0) {
                ownData.put(e.getValue().name(), e.getValue());
            } else {
                childDirs.put(prefix + rest.substring(0, slash), true);
            }
        }
        own.sort(PAGE_ORDER);
        List<Section> children = new ArrayList<>();
        for (String child : childDirs.keySet()) {
            children.add(assemble(child, pages, data));
        }
        return new Section(dir, index, own, children, ownData);
    }

    /**
     * {@code s} with {@code page} in place of the page of the same file, the sections above it made again and its
     * folder's pages sorted again; every other section is shared.
     */
    static Section replace(Section s, Page page) {
        if (s.dir().equals(page.dir())) {
            if (page.isIndex()) {
                if (s.index().isEmpty() || !s.index().get().source().equals(page.source())) {
                    throw new IllegalArgumentException("no page " + page.source());
                }
                return new Section(s.dir(), Optional.of(page), s.pages(), s.children(), s.data());
            }
            List<Page> own = new ArrayList<>(s.pages());
            for (int i = 0; i < own.size(); i++) {
                if (own.get(i).source().equals(page.source())) {
                    own.set(i, page);
                    own.sort(PAGE_ORDER);
                    return new Section(s.dir(), s.index(), own, s.children(), s.data());
                }
            }
            throw new IllegalArgumentException("no page " + page.source());
        }
        List<Section> children = new ArrayList<>(s.children());
        for (int i = 0; i < children.size(); i++) {
            Section c = children.get(i);
            if (page.dir().equals(c.dir()) || page.dir().startsWith(c.dir() + "/")) {
                children.set(i, replace(c, page));
                return new Section(s.dir(), s.index(), s.pages(), children, s.data());
            }
        }
        throw new IllegalArgumentException("no folder " + page.dir());
    }

    /** Weight ascending, then newest first, then source path: the list order editors expect. */
    static final Comparator<Page> PAGE_ORDER = Comparator.<Page>comparingInt(
                    p -> p.meta().weight())
            .thenComparing(p -> p.meta().displayDate(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Page::source);
}
