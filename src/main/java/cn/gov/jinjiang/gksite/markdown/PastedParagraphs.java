package cn.gov.jinjiang.gksite.markdown;

import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.LineIndex;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Chinese text pasted from Word or WPS, read as its author meant it. Such text has one paragraph per line, each
 * indented with two full-width spaces (「　　」), and no blank line between paragraphs; Markdown would join the
 * lines into one paragraph, with a gap at every line break. Applied to the parsed tree, before either renderer
 * sees it (so flexmark and {@link DirectRenderer} write the same bytes, and every node keeps its source offsets
 * for diagnostics):
 * <ul>
 *   <li>a line of a top-level paragraph that starts with a full-width space starts a new paragraph, and a line
 *       of full-width spaces only (Word's empty paragraph) ends one;</li>
 *   <li>the full-width spaces at the start of a paragraph are removed: the theme indents paragraphs itself;</li>
 *   <li>a line break between two Chinese characters is dropped, since a browser would show it as a space in
 *       the middle of a sentence;</li>
 *   <li>a line that follows a sentence's end (。！？) without a blank line or an indent is kept in the same
 *       paragraph, as Markdown says, with a warning {@code markdown.line-break} at that line and the fix.</li>
 * </ul>
 * Paragraphs inside lists, quotes and tables are left as Markdown reads them.
 */
final class PastedParagraphs {
    private static final char IDEOGRAPHIC_SPACE = '\u3000';

    private PastedParagraphs() {}

    static void apply(Document doc, String file, int bodyLine, LineIndex lines, Diagnostics diags) {
        BasedSequence base = doc.getChars();
        Node n = doc.getFirstChild();
        while (n != null) {
            if (n instanceof Paragraph p) {
                // The paragraphs split off are already done: go on after the last of them.
                n = split(p, base, file, bodyLine, lines, diags);
            }
            n = n.getNext();
        }
    }

    /**
     * Splits {@code p} at every Word-style paragraph start, in one pass (each node moves at most once, so a long
     * paste costs linear time), and trims each part's indent. Returns the last part.
     */
    private static Paragraph split(
            Paragraph p, BasedSequence base, String file, int bodyLine, LineIndex lines, Diagnostics diags) {
        Paragraph part = p;
        Node next;
        for (Node c = p.getFirstChild(); c != null; c = next) {
            next = c.getNext();
            if (part != p) {
                c.unlink();
                part.appendChild(c);
            }
            if (!(c instanceof SoftLineBreak br)) {
                continue;
            }
            int before = lastBefore(base, br.getStartOffset());
            int after = firstAfter(base, br.getEndOffset());
            if (after < base.length() && base.charAt(after) == IDEOGRAPHIC_SPACE) {
                br.unlink();
                Paragraph rest = new Paragraph();
                part.insertAfter(rest);
                part = rest;
                continue;
            }
            if (before < 0 || after >= base.length()) {
                continue;
            }
            char last = base.charAt(before);
            char first = base.charAt(after);
            if ("。！？".indexOf(last) >= 0 && chinese(first)) {
                int line = lines.line(after) + bodyLine - 1;
                diags.warning(
                        "markdown.line-break",
                        new SourcePos(file, line, 1),
                        "上一行以“" + last + "”结束，这一行却没有另起一段：网页上它会接在上一行后面，成为同一段。",
                        "要另起一段，在两行之间空一行（从 Word、WPS 粘贴的文字，段首保留两个全角空格“　　”也可以）；" + "确是同一段时，把这一行接到上一行的末尾。");
            }
            if (chinese(last) && chinese(first)) {
                // Between two Chinese characters a line break is no word space: a browser would draw one.
                br.unlink();
            }
        }
        for (Node q = p; q != null; q = q == part ? null : q.getNext()) {
            trimStart((Paragraph) q);
        }
        return part;
    }

    /** Removes the indent (full-width spaces, an empty first line) at the start of a paragraph. */
    private static void trimStart(Paragraph p) {
        Node c = p.getFirstChild();
        while (c != null) {
            if (c instanceof SoftLineBreak) {
                Node next = c.getNext();
                c.unlink();
                c = next;
            } else if (c instanceof Text t) {
                BasedSequence s = t.getChars();
                int k = 0;
                while (k < s.length()
                        && (s.charAt(k) == IDEOGRAPHIC_SPACE || s.charAt(k) == ' ' || s.charAt(k) == '\t')) {
                    k++;
                }
                if (k == 0) {
                    break;
                }
                if (k < s.length()) {
                    t.setChars(s.subSequence(k));
                    break;
                }
                Node next = c.getNext();
                c.unlink();
                c = next;
            } else {
                break;
            }
        }
        if (p.getFirstChild() != null) {
            p.setCharsFromContent();
        }
    }

    /** The last character before {@code offset} that is not a space, or -1. */
    private static int lastBefore(BasedSequence base, int offset) {
        int k = offset - 1;
        while (k >= 0 && (base.charAt(k) == ' ' || base.charAt(k) == '\t')) {
            k--;
        }
        return k;
    }

    /** The first character at or after {@code offset} that is not an ASCII space. */
    private static int firstAfter(BasedSequence base, int offset) {
        int k = offset;
        while (k < base.length() && (base.charAt(k) == ' ' || base.charAt(k) == '\t')) {
            k++;
        }
        return k;
    }

    /** Han characters and the full-width punctuation of Chinese text. */
    private static boolean chinese(char c) {
        Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || c == '“'
                || c == '”'
                || c == '‘'
                || c == '’'
                || c == '…'
                || c == '—';
    }
}
