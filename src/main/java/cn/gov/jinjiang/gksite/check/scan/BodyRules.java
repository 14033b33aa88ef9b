package cn.gov.jinjiang.gksite.check.scan;

import static cn.gov.jinjiang.gksite.check.scan.HtmlTags.is;

/**
 * Tree rules for start and end tags in body content (the standard's "in body" insertion mode, with the
 * elements of the head inserted where they stand).
 */
final class BodyRules {
    private BodyRules() {}

    static void start(PageTree tree, int tag0) {
        HtmlTokenizer t = tree.tokenizer();
        int tag = tag0 == HtmlTags.IMAGE ? HtmlTags.IMG : tag0;
        if (tag == HtmlTags.HTML) {
            tree.visitor().html(tree.tag());
        } else if (tag == HtmlTags.BODY) {
            if (tree.firstBody()) {
                // The body's attributes count; what the body contains is no matter to the visitor.
                PageVisitor v = tree.visitor();
                v.close(tag, Namespace.HTML, v.open(tag, Namespace.HTML, tree.tag(), t.start()), t.start());
            }
        } else if (tag == HtmlTags.TITLE || tag == HtmlTags.TEXTAREA) {
            tree.open.insert(tag, false);
            t.content(TokenKind.TEXT);
        } else if (is(tag, HtmlTags.RAWTEXT) && tag != HtmlTags.XMP) {
            tree.open.insert(tag, false);
            t.content(TokenKind.DATA);
        } else if (is(tag, HtmlTags.CLOSES_P)) {
            closesP(tree, t, tag);
        } else if (tag == HtmlTags.LI || tag == HtmlTags.DD || tag == HtmlTags.DT) {
            for (int i = tree.open.depth() - 1; i >= 0; i--) {
                int x = tree.open.tag(i);
                if (tree.open.isHtml(i)
                        && (tag == HtmlTags.LI ? x == HtmlTags.LI : x == HtmlTags.DD || x == HtmlTags.DT)) {
                    tree.open.popTo(i);
                    break;
                }
                if (tree.open.special(i)
                        && !(tree.open.isHtml(i) && (x == HtmlTags.ADDRESS || x == HtmlTags.DIV || x == HtmlTags.P))) {
                    break;
                }
            }
            closeP(tree);
            tree.open.insert(tag, false);
        } else if (tag == HtmlTags.A) {
            if (tree.link.active()) {
                tree.link.close();
            }
            tree.link.reconstruct();
            tree.link.push();
        } else if (tag == HtmlTags.MATH || tag == HtmlTags.SVG) {
            tree.link.reconstruct();
            tree.open.pushForeign(tag);
        } else if (tag == HtmlTags.OPTGROUP || tag == HtmlTags.OPTION) {
            tree.open.popIf(HtmlTags.OPTION);
            tree.link.reconstruct();
            tree.open.insert(tag, false);
        } else if (PageTree.isTablePart(tag)
                || tag == HtmlTags.HEAD
                || tag == HtmlTags.FRAME
                || tag == HtmlTags.FRAMESET) {
            return;
        } else {
            if (tag == HtmlTags.BUTTON && tree.open.inScope(HtmlTags.BUTTON, 0) >= 0) {
                tree.open.popUntil(HtmlTags.BUTTON);
            }
            if (!(tag == HtmlTags.PARAM
                    || tag == HtmlTags.SOURCE
                    || tag == HtmlTags.TRACK
                    || tag == HtmlTags.BASE
                    || tag == HtmlTags.BASEFONT
                    || tag == HtmlTags.BGSOUND
                    || tag == HtmlTags.LINK
                    || tag == HtmlTags.META
                    || tag == HtmlTags.TEMPLATE
                    || tag == HtmlTags.NOSCRIPT)) {
                tree.link.reconstruct();
            }
            tree.open.insert(tag, is(tag, HtmlTags.VOID));
        }
    }

    private static void closesP(PageTree tree, HtmlTokenizer t, int tag) {
        if (tag == HtmlTags.FORM && tree.form(true)) {
            return;
        }
        if (tag != HtmlTags.TABLE || !tree.quirks()) {
            closeP(tree);
        }
        if (HtmlTags.isHeading(tag)) {
            int top = tree.open.depth() - 1;
            if (top >= 0 && tree.open.isHtml(top) && HtmlTags.isHeading(tree.open.tag(top))) {
                tree.open.pop();
            }
        }
        if (tag == HtmlTags.XMP) {
            tree.link.reconstruct();
        }
        tree.open.insert(tag, tag == HtmlTags.HR);
        if (tag == HtmlTags.XMP) {
            t.content(TokenKind.DATA);
        } else if (tag == HtmlTags.PLAINTEXT) {
            t.content(TokenKind.LITERAL);
        }
    }

    private static void closeP(PageTree tree) {
        if (tree.open.inScope(HtmlTags.P, HtmlTags.BUTTON) >= 0) {
            tree.open.popUntil(HtmlTags.P);
        }
    }

    static void end(PageTree tree, int tag) {
        if (tag == HtmlTags.BODY || tag == HtmlTags.HTML || tag == HtmlTags.HEAD) {
            return;
        }
        if (tag == HtmlTags.P) {
            closeP(tree);
        } else if (tag == HtmlTags.LI || tag == HtmlTags.DD || tag == HtmlTags.DT) {
            if (tree.open.inScope(tag, tag == HtmlTags.LI ? HtmlTags.OL : 0) >= 0) {
                tree.open.popUntil(tag);
            }
        } else if (HtmlTags.isHeading(tag)) {
            for (int i = tree.open.depth() - 1; i >= 0; i--) {
                if (tree.open.isHtml(i) && HtmlTags.isHeading(tree.open.tag(i))) {
                    tree.open.popTo(i);
                    return;
                }
                if (tree.open.isHtml(i) ? is(tree.open.tag(i), HtmlTags.SCOPE) : tree.open.special(i)) {
                    return;
                }
            }
        } else if (tag == HtmlTags.FORM) {
            tree.form(false);
            int i = tree.open.inScope(HtmlTags.FORM, 0);
            if (i >= 0) {
                tree.open.removeAt(i);
            }
        } else if (tag == HtmlTags.BR) {
            tree.link.reconstruct();
            tree.open.insertImplied(HtmlTags.BR);
            tree.open.pop();
        } else if (tag == HtmlTags.A && tree.link.active()) {
            tree.link.close();
        } else if (is(tag, HtmlTags.ENDS_IN_SCOPE)) {
            int i = tree.open.inScope(tag, 0);
            if (i >= 0) {
                tree.open.popTo(i);
            }
        } else {
            for (int i = tree.open.depth() - 1; i >= 0; i--) {
                if (tree.open.isHtml(i) && tree.open.sameName(i)) {
                    if (is(tag, HtmlTags.FORMATTING)) {
                        tree.link.adopt(i);
                    } else {
                        tree.open.popTo(i);
                    }
                    return;
                }
                if (tree.open.special(i)) {
                    return;
                }
            }
        }
    }
}
