package cn.gov.jinjiang.gksite.check.scan;

/**
 * Reads a rendered page straight from its UTF-8 bytes and reports it to a {@link PageVisitor} as jsoup's DOM
 * walk would: an HTML tokenizer ({@link HtmlTokenizer}) and the part of tree construction that decides what
 * contains what ({@link PageTree}, {@link BodyRules}, {@link TableRules}); no DOM is built and only attribute
 * values and the text a visitor asks for are decoded. Where a tree builder would move content on broken
 * markup it differs from jsoup as {@link PageTree} describes.
 */
public final class FastPageScanner {
    private FastPageScanner() {}

    /**
     * Reports the page to {@code visitor}. Without {@code track} every position of a {@link StartTag} is 0 and
     * no line or column is counted.
     */
    public static void scan(byte[] bytes, boolean track, PageVisitor visitor) {
        new PageTree(new HtmlTokenizer(bytes), visitor, new BytePositions(bytes, track)).run();
    }
}
