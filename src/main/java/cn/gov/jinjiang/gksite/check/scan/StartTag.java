package cn.gov.jinjiang.gksite.check.scan;

/**
 * An element's start tag as a {@link PageVisitor} sees it: its name, its attributes (looked up by
 * {@link PackedName}; of duplicate names the first counts, as in jsoup) and where it stands in the page.
 * Positions are 1-based lines and columns counted in UTF-16 chars, as jsoup reports them, or 0 when the reader
 * does not track them. A visitor reads a start tag during the call it is given in, never later.
 */
public interface StartTag {
    /** The name in lower case (jsoup's normal name). */
    String name();

    /** Whether the tag has any attribute. */
    boolean hasAttributes();

    /** The value of the attribute, character references decoded; "" for one without value, null when absent. */
    String attr(PackedName name);

    boolean hasAttr(PackedName name);

    /** Whether the attribute is absent or its value {@link String#isBlank() is blank}. */
    boolean blankAttr(PackedName name);

    /** Line of the tag's {@code <}. */
    int line();

    /** Column of the tag's {@code <}. */
    int column();

    /** Line just after the tag's {@code >}, where its content starts. */
    int endLine();

    /** Column just after the tag's {@code >}. */
    int endColumn();
}
