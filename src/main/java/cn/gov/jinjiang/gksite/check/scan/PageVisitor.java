package cn.gov.jinjiang.gksite.check.scan;

/**
 * What a reader of HTML reports as it goes through a page, in the order of jsoup's {@code NodeVisitor}: an
 * element opens (its head), its content follows, it closes (its tail). Two readers report to it: the byte
 * scanner ({@link FastPageScanner}) and a walk of jsoup's DOM; a rule written against this interface is
 * written once for both.
 *
 * <p>Positions ({@code at}, {@code from}, {@code to}) give the page's order: what comes later in the page has
 * a larger value, and an element's content lies in {@code [at of its open, at of its close)}. The byte scanner
 * gives byte offsets, a DOM walk a count of the nodes visited.
 *
 * <p>The byte scanner builds no DOM, so where a tree builder puts a copy of a link into elements it has
 * already read (the adoption agency, see {@link ActiveLink}), it reports the copy late and says where it
 * belongs: {@link #position()} and {@link #context()} are taken as each element opens, and {@link #copy} puts
 * a copy's facts at the position of the element it goes into. A DOM walk never calls these.
 */
public interface PageVisitor {
    /** The attributes of the page's {@code html} element (from the byte scanner: each {@code <html>} tag's). */
    void html(StartTag tag);

    /**
     * An element opens.
     *
     * @param tag   its {@link HtmlTags} id ({@link HtmlTags#OTHER} for a name not listed there)
     * @param ns    its namespace
     * @param start its start tag, or null for an element the tree implies
     * @param at    where its content begins
     * @return what {@link #close} gets back for it (null: nothing)
     */
    Object open(int tag, Namespace ns, StartTag start, int at);

    /** The element that {@link #open} returned {@code state} for closes; its content ended before {@code at}. */
    void close(int tag, Namespace ns, Object state, int at);

    /**
     * A run of text or data.
     *
     * @param kind     {@link TokenKind#TEXT}, {@link TokenKind#DATA} (not text: script, style) or
     *                 {@link TokenKind#LITERAL} (CDATA or plaintext: whitespace kept)
     * @param preserve one of the six innermost elements keeps whitespace (jsoup's rule for text)
     */
    void text(TokenKind kind, TextRun text, boolean preserve, int at);

    /** A comment. */
    void comment(TextRun data);

    /** Where the facts of an element opening now begin, for {@link #copy}. */
    int position();

    /** What else the facts of an element opening now depend on, for {@link #copy}. */
    int context();

    /**
     * A copy of the link {@code start} that the tree puts first into an element read already, whose
     * {@link #position()} and {@link #context()} were {@code position} and {@code context}; the copy's content
     * is {@code [from, to)}. Returns how many facts it put there: later positions move by that much.
     */
    int copy(StartTag start, int position, int context, int from, int to);
}
