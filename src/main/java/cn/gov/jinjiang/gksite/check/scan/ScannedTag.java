package cn.gov.jinjiang.gksite.check.scan;

/**
 * The start tag an {@link HtmlTokenizer} stands on, as a {@link StartTag}: attributes from its
 * {@link TagAttributes}, positions from the page's {@link BytePositions} (whose cursor moves forward, so a
 * position asked again costs nothing).
 */
final class ScannedTag implements StartTag {
    private final HtmlTokenizer t;
    private final BytePositions at;

    ScannedTag(HtmlTokenizer tokenizer, BytePositions positions) {
        this.t = tokenizer;
        this.at = positions;
    }

    @Override
    public String name() {
        return t.tagName();
    }

    @Override
    public boolean hasAttributes() {
        return t.attrs().any();
    }

    @Override
    public String attr(PackedName name) {
        return t.attrs().get(name);
    }

    @Override
    public boolean hasAttr(PackedName name) {
        return t.attrs().has(name);
    }

    @Override
    public boolean blankAttr(PackedName name) {
        return t.attrs().blank(name);
    }

    @Override
    public int line() {
        return at.line(t.start());
    }

    @Override
    public int column() {
        at.line(t.start());
        return at.column();
    }

    @Override
    public int endLine() {
        return at.line(t.end());
    }

    @Override
    public int endColumn() {
        at.line(t.end());
        return at.column();
    }
}
