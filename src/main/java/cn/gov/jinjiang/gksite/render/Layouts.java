package cn.gov.jinjiang.gksite.render;

import cn.gov.jinjiang.gksite.content.Page;
import java.util.Set;

/**
 * The names of the theme's layouts that gksite itself gives a meaning to (a page may name any other layout its
 * theme has). One place for them, so that the renderer, the data downloads and the preview's choice of pages to
 * render again agree on which page is, say, the year list of the annual reports.
 */
public final class Layouts {
    /** The site root's page when it names no layout. */
    public static final String HOME = "home";
    /** A folder's index page when it names no layout: the list of the folder's pages. */
    public static final String SECTION = "section";
    /** Any other page that names no layout. */
    public static final String PAGE = "page";
    /** The year list of the annual reports (and the key-figures downloads beside it). */
    public static final String REPORTS = "reports";
    /**
     * A year's overview of a central 年度报告 column (every body's report, on time or not, with its figures): a page
     * the list page of layout {@code reports} makes beside itself, with its CSV.
     */
    public static final String OVERVIEW = "overview";
    /** The 规范性文件库: its folder's documents, those in force apart from the others. */
    public static final String LIBRARY = "library";

    /** Layouts that list a folder's pages: they announce the folder's feed. */
    static final Set<String> LISTS = Set.of(HOME, SECTION, REPORTS, LIBRARY);

    private Layouts() {}

    /** The layout a page renders with: the one it names, else the default for its place. */
    static String of(Page p) {
        if (p.meta().layout() != null) {
            return p.meta().layout();
        }
        if (p.output().equals("index.html")) {
            return HOME;
        }
        return p.isIndex() ? SECTION : PAGE;
    }
}
