package cn.gov.jinjiang.gksite.check;

import cn.gov.jinjiang.gksite.check.scan.PageText;

/**
 * The text of a heading as jsoup's {@code Element.text()} gives it, built while the heading is open: text
 * appended with whitespace collapsed, a space before a block element or {@code br}, and a space after a
 * block element when text or an inline element follows it as its next sibling.
 */
final class HeadingText {
    private final StringBuilder text = new StringBuilder();
    private boolean pendingSpace;

    /** An element opens inside the heading. */
    void open(boolean block, boolean br) {
        if (pendingSpace && !block && !PageText.lastIsSpace(text)) {
            text.append(' ');
        }
        pendingSpace = false;
        if (text.length() > 0 && (block || br) && !PageText.lastIsSpace(text)) {
            text.append(' ');
        }
    }

    /** An element inside the heading closes. */
    void close(boolean block) {
        pendingSpace = block;
    }

    /** A comment: the next sibling is not text, so no space. */
    void comment() {
        pendingSpace = false;
    }

    void text(String s, boolean preserve) {
        if (pendingSpace && !PageText.lastIsSpace(text)) {
            text.append(' ');
        }
        pendingSpace = false;
        PageText.append(text, s, preserve);
    }

    /** The text, trimmed and cut to 30 characters. */
    String quote() {
        String s = text.toString().trim();
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }
}
