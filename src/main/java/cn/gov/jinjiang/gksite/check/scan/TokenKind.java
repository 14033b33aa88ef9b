package cn.gov.jinjiang.gksite.check.scan;

/**
 * What an {@link HtmlTokenizer} token is. Three of them are text runs, told apart because the checks read
 * them differently: {@link #TEXT} is text, {@link #DATA} is not (the content of script and style), and
 * {@link #LITERAL} is text whose whitespace is kept as written.
 */
public enum TokenKind {
    /** The end of the page. */
    EOF,
    START_TAG,
    END_TAG,
    /** Text whose character references are decoded when read (data and escapable raw text). */
    TEXT,
    /** Raw text of script, style and the like: a data node, not text. */
    DATA,
    /** Text taken literally: a CDATA section or plaintext. */
    LITERAL,
    /** A comment, or what the standard reads as one ({@code <!…>}, {@code <?…>}). */
    COMMENT,
    DOCTYPE
}
