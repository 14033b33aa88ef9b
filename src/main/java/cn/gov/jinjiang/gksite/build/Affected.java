package cn.gov.jinjiang.gksite.build;

import cn.gov.jinjiang.gksite.content.ContentTree;
import cn.gov.jinjiang.gksite.content.DocumentLinks;
import cn.gov.jinjiang.gksite.content.Page;
import cn.gov.jinjiang.gksite.content.Section;
import cn.gov.jinjiang.gksite.render.Layouts;
import cn.gov.jinjiang.gksite.render.Listed;
import cn.gov.jinjiang.gksite.report.AnnualReport;
import cn.gov.jinjiang.gksite.report.ReportLoader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which pages an edit of content/ makes stale, so that the preview renders only those again. A pure function of
 * the edit: it reads its arguments and nothing else, and writes nothing.
 * <ul>
 *   <li>a page: itself; the list page of its folder and the index pages of every folder above it when its
 *   entry in lists ({@link Listed}) changed (front pages list the newest documents below them); the documents it
 *   is linked with (政策解读, earlier and later versions) and their folders' lists;</li>
 *   <li>an index page also: the list above it, and the pages below it when its title, address or draft mark
 *   changed (their breadcrumbs name it, and they are drafts when it is one);</li>
 *   <li>a data file: the pages of its folder and below; any change to the reports: every report page and year
 *   list, and the index pages above each report (front pages show the latest report's key figures).</li>
 * </ul>
 */
final class Affected {
    /**
     * What this class needs of a page as it was before the edit: what lists showed of it (its title, address and
     * draft mark among them: what breadcrumbs show), where it was, whether it was a report, and the documents it was
     * linked with. The preview takes it from the tree it kept; a build, from what its last build recorded
     * ({@link RenderState}).
     *
     * @param neighbours the pages it was linked with ({@link DocumentLinks#neighbours}), in a fixed order
     */
    record Before(String source, String dir, boolean isIndex, boolean report, Listed listed, List<String> neighbours) {
        Before {
            neighbours = List.copyOf(neighbours);
        }

        static Before of(Page p, DocumentLinks links) {
            return new Before(
                    p.source(),
                    p.dir(),
                    p.isIndex(),
                    ReportLoader.LAYOUT.equals(p.meta().layout()),
                    Listed.of(p),
                    List.copyOf(links.neighbours(p.source())));
        }
    }

    /** A page that appeared ({@code before} null), went away ({@code after} null) or changed. */
    record Change(Before before, Page after) {
        String source() {
            return after != null ? after.source() : before.source();
        }

        String dir() {
            return after != null ? after.dir() : before.dir();
        }

        boolean isIndex() {
            return after != null ? after.isIndex() : before.isIndex();
        }
    }

    /**
     * One edit of content/.
     *
     * @param before         the pages before the edit, by source (null for a page that was not there)
     * @param after          the tree after it
     * @param changes        the pages that appeared, went away or changed
     * @param dataDirs       the folders (relative to content/) whose data files changed
     * @param reportsChanged whether the annual reports changed
     * @param reportsBefore  the report pages before the edit
     * @param reportsAfter   and after it
     */
    record Edit(
            Function<String, Before> before,
            ContentTree after,
            List<Change> changes,
            Set<String> dataDirs,
            boolean reportsChanged,
            List<Before> reportsBefore,
            List<Page> reportsAfter) {
        /** The edit the preview saw: from the tree and reports it kept to those it has now. */
        static Edit of(
                ContentTree before,
                ContentTree after,
                List<SourceFiles.PageChange> changes,
                Set<String> dataDirs,
                List<AnnualReport> reportsBefore,
                List<AnnualReport> reportsAfter) {
            DocumentLinks links = DocumentLinks.of(before, null);
            Function<String, Page> was = bySource(before);
            Function<String, Before> lookup = source -> {
                Page p = was.apply(source);
                return p == null ? null : Before.of(p, links);
            };
            List<Change> list = new ArrayList<>();
            for (SourceFiles.PageChange c : changes) {
                list.add(new Change(c.before() == null ? null : Before.of(c.before(), links), c.after()));
            }
            return new Edit(
                    lookup,
                    after,
                    list,
                    dataDirs,
                    !reportsAfter.equals(reportsBefore),
                    reportsBefore.stream().map(r -> Before.of(r.page(), links)).toList(),
                    reportsAfter.stream().map(AnnualReport::page).toList());
        }
    }

    private Affected() {}

    /** The sources of the pages to render again after {@code edit}. */
    static Set<String> pages(Edit edit) {
        ContentTree tree = edit.after();
        Map<String, Section> sections = tree.sections();
        Function<String, Page> after = bySource(tree);
        DocumentLinks linksAfter = DocumentLinks.of(tree, null);
        Set<String> render = new HashSet<>();
        for (Change c : edit.changes()) {
            // Linked documents (政策解读, earlier and later versions) show this page's title and address, and a
            // folder's list (the 规范性文件库) shows which of its documents are replaced.
            Set<String> linked = new HashSet<>();
            if (c.before() != null) {
                linked.addAll(c.before().neighbours());
            }
            linked.addAll(linksAfter.neighbours(c.source()));
            for (String n : linked) {
                render.add(n);
                Before was = edit.before().apply(n);
                addIndex(sections, was != null ? was.dir() : c.dir(), render);
                Page is = after.apply(n);
                if (is != null) {
                    addIndex(sections, is.dir(), render);
                }
            }
            if (c.after() != null) {
                render.add(c.after().source());
            }
            boolean listedSame = sameListing(c.before(), c.after());
            if (!listedSame) {
                // A list shows its entries as Listed says: a change of the text alone leaves the list (and its
                // pagination) as it was. Front pages above (home, 专栏) list the newest documents below them, and
                // whether a list page announces a feed depends on the dated pages below it.
                foldersAbove(sections, c.dir(), render);
            }
            if (c.isIndex()) {
                if (!c.dir().isEmpty()) {
                    addIndex(sections, parent(c.dir()), render);
                }
                if (!sameCrumb(c.before(), c.after())) {
                    pagesAtOrBelow(tree, c.dir(), render);
                }
            }
        }
        // A folder's data (its menu.yaml among them) shows on the pages of that folder and below it.
        edit.dataDirs().forEach(dir -> pagesAtOrBelow(tree, dir, render));
        if (edit.reportsChanged() || !edit.dataDirs().isEmpty()) {
            edit.reportsBefore().forEach(r -> render.add(r.source()));
            edit.reportsAfter().forEach(r -> render.add(r.source()));
            // The front pages above a report show the latest report's key figures.
            edit.reportsAfter().forEach(r -> foldersAbove(sections, r.dir(), render));
            edit.reportsBefore().forEach(r -> foldersAbove(sections, r.dir(), render));
            tree.pages().stream()
                    .filter(p -> Layouts.REPORTS.equals(p.meta().layout()))
                    .forEach(p -> render.add(p.source()));
        }
        return render;
    }

    /** Whether lists show the page alike before and after (false when it appeared or went away). */
    static boolean sameListing(Before before, Page after) {
        return before != null && after != null && before.listed().equals(Listed.of(after));
    }

    /** Whether the breadcrumbs of the pages below an index page, and their draft marks, stay as they were. */
    private static boolean sameCrumb(Before before, Page after) {
        return before != null
                && after != null
                && before.listed().title().equals(after.meta().title())
                && before.listed().url().equals(after.url())
                && before.listed().draft() == after.meta().draft();
    }

    private static void pagesAtOrBelow(ContentTree tree, String dir, Set<String> render) {
        String prefix = dir.isEmpty() ? "" : dir + "/";
        tree.pages().stream()
                .filter(p -> p.dir().equals(dir) || p.dir().startsWith(prefix))
                .forEach(p -> render.add(p.source()));
    }

    /** Adds the index pages of {@code dir} and of every folder above it, up to the site root. */
    private static void foldersAbove(Map<String, Section> sections, String dir, Set<String> render) {
        for (String d = dir; ; d = parent(d)) {
            addIndex(sections, d, render);
            if (d.isEmpty()) {
                return;
            }
        }
    }

    private static void addIndex(Map<String, Section> sections, String dir, Set<String> render) {
        Section s = sections.get(dir);
        if (s != null) {
            s.index().ifPresent(p -> render.add(p.source()));
        }
    }

    private static String parent(String dir) {
        return dir.substring(0, Math.max(0, dir.lastIndexOf('/')));
    }

    /**
     * The pages of {@code tree} by source. Asked only for the documents linked to a changed page: the table is made
     * at the first question. For one thread.
     */
    private static Function<String, Page> bySource(ContentTree tree) {
        Map<String, Page> out = new HashMap<>();
        return source -> {
            if (out.isEmpty()) {
                tree.pages().forEach(p -> out.put(p.source(), p));
            }
            return out.get(source);
        };
    }
}
