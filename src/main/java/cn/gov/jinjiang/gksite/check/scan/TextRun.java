package cn.gov.jinjiang.gksite.check.scan;

/**
 * A run of text, data or comment as a {@link PageVisitor} sees it: a byte range of the page that is decoded
 * only when asked for, or a string that a DOM already holds. A visitor reads it during the call it is given
 * in, never later.
 */
public interface TextRun {
    /** The text, with character references decoded where its content model decodes them (NUL as U+FFFD). */
    String string();

    /**
     * Whether the run leaves jsoup's trimmed {@code Element.text()} non-blank (see {@link PageText}).
     *
     * @param keep whitespace is kept (inside pre, textarea, title and the like, or CDATA)
     */
    boolean visible(boolean keep);
}
