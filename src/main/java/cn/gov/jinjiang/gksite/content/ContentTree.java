package cn.gov.jinjiang.gksite.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * All content of a site: the section tree, every page in a stable order, the static files to copy, and
 * lookups by folder and by output path.
 *
 * @param assets     static files under content/ (images, attachments), as paths relative to content/
 * @param unreadable source paths (relative to the source root) of files that could not be read or parsed;
 *                   their problems are already reported, so later stages should not report them missing
 * @param drafts     which files are drafts; in a build with drafts they are in the tree, marked, in one without
 *                   them they are not, and {@link Drafts#leftOut} says where they would have been
 */
public record ContentTree(Section root, List<String> assets, Set<String> unreadable, Drafts drafts) {
    public ContentTree {
        assets = List.copyOf(assets);
        unreadable = Set.copyOf(unreadable);
        Objects.requireNonNull(drafts, "drafts");
    }

    /** A tree without drafts. */
    public ContentTree(Section root, List<String> assets, Set<String> unreadable) {
        this(root, assets, unreadable, Drafts.NONE);
    }

    /**
     * This tree without the data files whose source paths are in {@code done}: a stage that has read them (the
     * report stage, every report's tables) lets their parsed YAML go, so the stages after it do not hold it.
     */
    public ContentTree withoutData(Set<String> done) {
        return done.isEmpty() ? this : new ContentTree(strip(root, done), assets, unreadable, drafts);
    }

    /**
     * This tree with {@code page} in place of the page read from the same file, in its folder's order, and marked
     * as a draft when this tree's drafts cover it: the tree that assembling everything again gives when one page
     * changed but kept its address and its draft mark (the preview's most common edit). For a tree with drafts.
     *
     * @throws IllegalArgumentException when the tree has no page of that file
     */
    public ContentTree withPage(Page page) {
        String rel = page.source().substring(page.source().indexOf('/') + 1);
        Page placed = drafts.covers(rel) ? page.asDraft() : page;
        return new ContentTree(SectionTree.replace(root, placed), assets, unreadable, drafts);
    }

    private static Section strip(Section s, Set<String> done) {
        Map<String, DataFile> kept = new LinkedHashMap<>(s.data());
        kept.values().removeIf(d -> done.contains(d.source()));
        return new Section(
                s.dir(),
                s.index(),
                s.pages(),
                s.children().stream().map(c -> strip(c, done)).toList(),
                kept);
    }

    /** Every page, depth first, index page before the others: the build's fixed order. */
    public List<Page> pages() {
        List<Page> out = new ArrayList<>();
        collect(root, out);
        return Collections.unmodifiableList(out);
    }

    private static void collect(Section s, List<Page> out) {
        s.index().ifPresent(out::add);
        out.addAll(s.pages());
        for (Section c : s.children()) {
            collect(c, out);
        }
    }

    /** Every section by folder path. */
    public Map<String, Section> sections() {
        Map<String, Section> out = new LinkedHashMap<>();
        collectSections(root, out);
        return out;
    }

    private static void collectSections(Section s, Map<String, Section> out) {
        out.put(s.dir(), s);
        s.children().forEach(c -> collectSections(c, out));
    }

    public Optional<Section> section(String dir) {
        return Optional.ofNullable(sections().get(dir));
    }
}
