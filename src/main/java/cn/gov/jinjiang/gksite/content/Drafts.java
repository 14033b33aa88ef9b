package cn.gov.jinjiang.gksite.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which files of content/ are drafts. A page is a draft when its front matter says {@code draft: true}; a
 * folder whose index.md is a draft is a draft with everything below it: its data files (a report's data.yaml),
 * its attachments and its pages (content/index.md, the home page, is a draft on its own). A page whose front matter
 * cannot be read counts as a draft when a line of it
 * still says {@code draft: true}, so a draft's broken YAML does not hold up the published site either.
 *
 * <p>A build with drafts marks every page in a draft as a draft; a build without them leaves all of it out
 * (pages, data, files and every problem found in them) and keeps in {@link #leftOut} where each page and file
 * would have been, so a published page linking to a draft is told why the link is broken.
 *
 * @param folders folders (relative to content/) whose index.md is a draft
 * @param pages   draft pages outside those folders (paths relative to content/)
 * @param leftOut for a build without drafts: output path (relative to the site root) → source path (relative to
 *                the source root) of every draft page and file it left out; empty for a build with drafts
 */
public record Drafts(Set<String> folders, Set<String> pages, Map<String, String> leftOut) {
    /** No drafts. */
    public static final Drafts NONE = new Drafts(Set.of(), Set.of(), Map.of());

    public Drafts {
        folders = Set.copyOf(folders);
        pages = Set.copyOf(pages);
        leftOut = Collections.unmodifiableMap(new TreeMap<>(leftOut));
    }

    /**
     * The drafts among {@code pages} (by path relative to content/) and the unreadable pages {@code saidDraft}
     * whose text says {@code draft: true}.
     */
    public static Drafts of(Map<String, Page> pages, Set<String> saidDraft) {
        Set<String> folders = new HashSet<>();
        Set<String> own = new HashSet<>();
        pages.forEach((rel, p) -> {
            // The home page's draft mark is its own: it does not make the whole site a draft.
            if (p.meta().draft() && p.isIndex() && !p.dir().isEmpty()) {
                folders.add(p.dir());
            } else if (p.meta().draft()) {
                own.add(rel);
            }
        });
        for (String rel : saidDraft) {
            int slash = rel.lastIndexOf('/');
            String name = rel.substring(slash + 1);
            if (name.equals("index.md") && slash > 0) {
                folders.add(rel.substring(0, slash));
            } else {
                own.add(rel);
            }
        }
        return new Drafts(folders, own, Map.of());
    }

    /**
     * What a build keeps of the files read (paths relative to content/; {@code unreadable} relative to the source
     * root).
     *
     * @param drafts these drafts, with what was left out
     */
    record Kept(
            Map<String, Page> pages,
            Map<String, DataFile> data,
            List<String> assets,
            Set<String> unreadable,
            Drafts drafts) {}

    /**
     * With {@code include} every file is kept and each page of a draft is marked as one ({@link Page#asDraft});
     * without, every page, data file, file and unreadable file of a draft is left out, and each page's and file's
     * address recorded in {@link #leftOut}.
     */
    Kept keep(
            Map<String, Page> read,
            Map<String, DataFile> data,
            Collection<String> assets,
            Set<String> unreadable,
            boolean include) {
        Map<String, Page> keptPages = new TreeMap<>();
        Map<String, DataFile> keptData = new TreeMap<>();
        List<String> keptAssets = new ArrayList<>();
        Set<String> keptUnreadable = new HashSet<>();
        Map<String, String> left = new HashMap<>();
        read.forEach((rel, p) -> {
            if (!covers(rel)) {
                keptPages.put(rel, p);
            } else if (include) {
                keptPages.put(rel, p.asDraft());
            } else {
                left.put(p.output(), p.source());
            }
        });
        data.forEach((rel, d) -> {
            if (include || !covers(rel)) {
                keptData.put(rel, d);
            }
        });
        for (String a : assets) {
            if (include || !covers(a)) {
                keptAssets.add(a);
            } else {
                left.put(a, "content/" + a);
            }
        }
        for (String u : unreadable) {
            if (include || !coversSource(u)) {
                keptUnreadable.add(u);
            }
        }
        return new Kept(
                keptPages,
                keptData,
                List.copyOf(keptAssets),
                keptUnreadable,
                include ? this : new Drafts(folders, pages, left));
    }

    /** Whether nothing is a draft. */
    public boolean isEmpty() {
        return folders.isEmpty() && pages.isEmpty();
    }

    /** Whether the file or folder at {@code relContent} (relative to content/) is a draft or lies in one. */
    public boolean covers(String relContent) {
        if (pages.contains(relContent)) {
            return true;
        }
        for (int slash = relContent.lastIndexOf('/'); slash > 0; slash = relContent.lastIndexOf('/', slash - 1)) {
            if (folders.contains(relContent.substring(0, slash))) {
                return true;
            }
        }
        return folders.contains(relContent);
    }

    /** Whether {@code source} (relative to the source root, e.g. content/a/index.md) is a draft or lies in one. */
    public boolean coversSource(String source) {
        return source.startsWith("content/") && covers(source.substring("content/".length()));
    }
}
