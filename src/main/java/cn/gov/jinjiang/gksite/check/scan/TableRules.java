package cn.gov.jinjiang.gksite.check.scan;

/**
 * Tree rules for the parts of a table ({@code caption}, {@code colgroup}, {@code col}, row groups, rows and
 * cells) inside a table, a row or a cell: the parts a start tag implies ({@code tbody}, {@code tr}) and the
 * parts it closes. Content fostered out of a table is not moved (see {@link PageTree}).
 */
final class TableRules {
    private TableRules() {}

    /** A table part's start tag while the innermost table part open is a table, row group or row. */
    static void start(PageTree tree, int tag) {
        if (tag == HtmlTags.TR) {
            int i = innermost(tree, true, false);
            tree.open.popTo(i + 1);
            if (i >= 0 && tree.open.tag(i) == HtmlTags.TABLE) {
                tree.open.insertImplied(HtmlTags.TBODY);
            }
        } else if (tag == HtmlTags.TD || tag == HtmlTags.TH) {
            int i = innermost(tree, true, true);
            tree.open.popTo(i + 1);
            if (i >= 0 && tree.open.tag(i) == HtmlTags.TABLE) {
                tree.open.insertImplied(HtmlTags.TBODY);
            }
            if (i >= 0 && tree.open.tag(i) != HtmlTags.TR) {
                tree.open.insertImplied(HtmlTags.TR);
            }
        } else {
            tree.open.popTo(innermost(tree, false, false) + 1);
            if (tag == HtmlTags.COL) {
                tree.open.insertImplied(HtmlTags.COLGROUP);
            }
        }
        tree.open.insert(tag, tag == HtmlTags.COL);
    }

    /** Stack index of the innermost table (or row group, or row), -1 when none. */
    private static int innermost(PageTree tree, boolean rowGroup, boolean row) {
        for (int i = tree.open.depth() - 1; i >= 0; i--) {
            int x = tree.open.tag(i);
            if (tree.open.isHtml(i)
                    && (x == HtmlTags.TABLE
                            || x == HtmlTags.TEMPLATE
                            || rowGroup && (x == HtmlTags.TBODY || x == HtmlTags.THEAD || x == HtmlTags.TFOOT)
                            || row && x == HtmlTags.TR)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * An end tag inside a table, cell or caption; false when the body rules take it.
     */
    static boolean end(PageTree tree, int tag, boolean cell, boolean caption) {
        boolean part = tag == HtmlTags.TABLE
                || tag == HtmlTags.TBODY
                || tag == HtmlTags.TFOOT
                || tag == HtmlTags.THEAD
                || tag == HtmlTags.TR;
        boolean ignored = tag == HtmlTags.BODY
                || tag == HtmlTags.CAPTION
                || tag == HtmlTags.COL
                || tag == HtmlTags.COLGROUP
                || tag == HtmlTags.HTML;
        if (cell) {
            if (tag == HtmlTags.TD || tag == HtmlTags.TH) {
                if (tree.open.inScope(tag, HtmlTags.TABLE) >= 0) {
                    tree.open.popUntil(-1);
                }
                return true;
            }
            if (part && tree.open.inScope(tag, HtmlTags.TABLE) >= 0) {
                tree.open.popUntil(-1);
                tree.endTag(tag);
            }
            return part || ignored;
        }
        if (caption) {
            if (tag == HtmlTags.CAPTION || tag == HtmlTags.TABLE) {
                tree.open.popUntil(HtmlTags.CAPTION);
                if (tag == HtmlTags.TABLE) {
                    tree.endTag(tag);
                }
                return true;
            }
            return part || ignored || tag == HtmlTags.TD || tag == HtmlTags.TH;
        }
        if (tag == HtmlTags.TABLE) {
            tree.open.popUntil(HtmlTags.TABLE);
            return true;
        }
        if (part) {
            for (int i = tree.open.depth() - 1;
                    i >= 0 && !(tree.open.isHtml(i) && tree.open.tag(i) == HtmlTags.TABLE);
                    i--) {
                if (tree.open.isHtml(i) && tree.open.tag(i) == tag) {
                    tree.open.popTo(i);
                    break;
                }
            }
            return true;
        }
        return ignored || tag == HtmlTags.TD || tag == HtmlTags.TH;
    }
}
