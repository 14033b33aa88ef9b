package cn.gov.jinjiang.gksite.check;

/**
 * Tree rules for the parts of a table ({@code caption}, {@code colgroup}, {@code col}, row groups, rows and
 * cells) inside a table, a row or a cell: the parts a start tag implies ({@code tbody}, {@code tr}) and the
 * parts it closes. Content fostered out of a table is not moved (see {@link PageTree}).
 */
final class TableRules {
    private TableRules() {
    }

    /** A table part's start tag while the innermost table part open is a table, row group or row. */
    static void start(PageTree tree, int tag) {
        if (tag == HtmlTags.TR) {
            int i = innermost(tree, true, false);
            tree.popTo(i + 1);
            if (i >= 0 && tree.tag(i) == HtmlTags.TABLE) {
                tree.insertImplied(HtmlTags.TBODY);
            }
        } else if (tag == HtmlTags.TD || tag == HtmlTags.TH) {
            int i = innermost(tree, true, true);
            tree.popTo(i + 1);
            if (i >= 0 && tree.tag(i) == HtmlTags.TABLE) {
                tree.insertImplied(HtmlTags.TBODY);
            }
            if (i >= 0 && tree.tag(i) != HtmlTags.TR) {
                tree.insertImplied(HtmlTags.TR);
            }
        } else {
            tree.popTo(innermost(tree, false, false) + 1);
            if (tag == HtmlTags.COL) {
                tree.insertImplied(HtmlTags.COLGROUP);
            }
        }
        tree.insert(tag, tag == HtmlTags.COL);
    }

    /** Stack index of the innermost table (or row group, or row), -1 when none. */
    private static int innermost(PageTree tree, boolean rowGroup, boolean row) {
        for (int i = tree.depth() - 1; i >= 0; i--) {
            int x = tree.tag(i);
            if (tree.isHtml(i) && (x == HtmlTags.TABLE || x == HtmlTags.TEMPLATE
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
        boolean part = tag == HtmlTags.TABLE || tag == HtmlTags.TBODY || tag == HtmlTags.TFOOT || tag == HtmlTags.THEAD
                || tag == HtmlTags.TR;
        boolean ignored = tag == HtmlTags.BODY || tag == HtmlTags.CAPTION || tag == HtmlTags.COL
                || tag == HtmlTags.COLGROUP || tag == HtmlTags.HTML;
        if (cell) {
            if (tag == HtmlTags.TD || tag == HtmlTags.TH) {
                if (tree.inScope(tag, HtmlTags.TABLE) >= 0) {
                    tree.popUntil(-1);
                }
                return true;
            }
            if (part && tree.inScope(tag, HtmlTags.TABLE) >= 0) {
                tree.popUntil(-1);
                tree.endTag(tag);
            }
            return part || ignored;
        }
        if (caption) {
            if (tag == HtmlTags.CAPTION || tag == HtmlTags.TABLE) {
                tree.popUntil(HtmlTags.CAPTION);
                if (tag == HtmlTags.TABLE) {
                    tree.endTag(tag);
                }
                return true;
            }
            return part || ignored || tag == HtmlTags.TD || tag == HtmlTags.TH;
        }
        if (tag == HtmlTags.TABLE) {
            tree.popUntil(HtmlTags.TABLE);
            return true;
        }
        if (part) {
            for (int i = tree.depth() - 1; i >= 0 && !(tree.isHtml(i) && tree.tag(i) == HtmlTags.TABLE); i--) {
                if (tree.isHtml(i) && tree.tag(i) == tag) {
                    tree.popTo(i);
                    break;
                }
            }
            return true;
        }
        return ignored || tag == HtmlTags.TD || tag == HtmlTags.TH;
    }
}
