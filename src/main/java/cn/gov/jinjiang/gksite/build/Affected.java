package cn.gov.jinjiang.gksite.build;

import cn.gov.jinjiang.gksite.content.ContentTree;
import cn.gov.jinjiang.gksite.content.DocumentLinks;
import cn.gov.jinjiang.gksite.content.Page;
import cn.gov.jinjiang.gksite.content.Section;
import cn.gov.jinjiang.gksite.render.Layouts;
import cn.gov.jinjiang.gksite.render.Listed;
import cn.gov.jinjiang.gksite.report.AnnualReport;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
     * One edit of content/.
     *
     * @param before        the tree before the edit
     * @param after         the tree after it
     * @param changes       the pages that appeared, went away or changed
     * @param dataDirs      the folders (relative to content/) whose data files changed
     * @param reportsBefore the annual reports before the edit
     * @param reportsAfter  and after it
     */
    record Edit(
            ContentTree before,
            ContentTree after,
            List<SourceFiles.PageChange> changes,
            Set<String> dataDirs,
            List<AnnualReport> reportsBefore,
            List<AnnualReport> reportsAfter) {}

    private Affected() {}

    /** The sources of the pages to render again after {@code edit}. */
    static Set<String> pages(Edit edit) {
        ContentTree tree = edit.after();
        Map<String, Section> sections = tree.sections();
        Map<String, Page> before = bySource(edit.before());
        Map<String, Page> after = bySource(tree);
        DocumentLinks linksBefore = DocumentLinks.of(edit.before(), null);
        DocumentLinks linksAfter = DocumentLinks.of(tree, null);
        Set<String> render = new HashSet<>();
        for (SourceFiles.PageChange c : edit.changes()) {
            Page any = c.after() != null ? c.after() : c.before();
            // Linked documents (政策解读, earlier and later versions) show this page's title and address, and a
            // folder's list (the 规范性文件库) shows which of its documents are replaced.
            Set<String> linked = new HashSet<>(linksBefore.neighbours(any.source()));
            linked.addAll(linksAfter.neighbours(any.source()));
            for (String n : linked) {
                render.add(n);
                Page was = before.get(n);
                addIndex(sections, was != null ? was.dir() : any.dir(), render);
                Page is = after.get(n);
                if (is != null) {
                    addIndex(sections, is.dir(), render);
                }
            }
            if (c.after() != null) {
                render.add(c.after().source());
            }
            boolean listedSame = sameListing(c.before(), c.after());
            if (!any.isIndex()) {
                // A list shows its entries as Listed says: a change of the text alone leaves the list (and its
                // pagination) as it was.
                if (!listedSame) {
                    // Front pages above (home, 专栏) list the newest documents below them, and whether a list
                    // page announces a feed depends on the dated pages below it.
                    foldersAbove(sections, any.dir(), render);
                }
            } else {
                if (!listedSame) {
                    foldersAbove(sections, any.dir(), render);
                }
                if (!any.dir().isEmpty()) {
                    addIndex(sections, parent(any.dir()), render);
                }
                if (!sameCrumb(c.before(), c.after())) {
                    pagesAtOrBelow(tree, any.dir(), render);
                }
            }
        }
        // A folder's data (its menu.yaml among them) shows on the pages of that folder and below it.
        edit.dataDirs().forEach(dir -> pagesAtOrBelow(tree, dir, render));
        if (!edit.reportsAfter().equals(edit.reportsBefore())
                || !edit.dataDirs().isEmpty()) {
            edit.reportsBefore().forEach(r -> render.add(r.page().source()));
            edit.reportsAfter().forEach(r -> render.add(r.page().source()));
            // The front pages above a report show the latest report's key figures.
            edit.reportsAfter().forEach(r -> foldersAbove(sections, r.page().dir(), render));
            edit.reportsBefore().forEach(r -> foldersAbove(sections, r.page().dir(), render));
            tree.pages().stream()
                    .filter(p -> Layouts.REPORTS.equals(p.meta().layout()))
                    .forEach(p -> render.add(p.source()));
        }
        return render;
    }

    /** Whether lists show the page alike before and after (false when it appeared or went away). */
    static boolean sameListing(Page before, Page after) {
        return before != null && after != null && Listed.of(before).equals(Listed.of(after));
    }

    /** Whether the breadcrumbs of the pages below an index page, and their draft marks, stay as they were. */
    private static boolean sameCrumb(Page before, Page after) {
        return before != null
                && after != null
                && before.meta().title().equals(after.meta().title())
                && before.url().equals(after.url())
                && before.meta().draft() == after.meta().draft();
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

    private static Map<String, Page> bySource(ContentTree tree) {
        Map<String, Page> out = new HashMap<>();
        tree.pages().forEach(p -> out.put(p.source(), p));
        return out;
    }
}
