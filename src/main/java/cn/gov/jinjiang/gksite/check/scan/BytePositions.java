package cn.gov.jinjiang.gksite.check.scan;

/**
 * Line and column of a byte offset in a UTF-8 page, as jsoup reports them for the decoded text: 1-based lines
 * counted by {@code \n}, 1-based columns counted in UTF-16 chars (a character outside the Basic Multilingual
 * Plane counts two). A cursor moves forward from the last offset asked for, so asking in increasing order
 * (as a scan does) costs one pass over the page; an earlier offset starts again from the top. Columns assume
 * valid UTF-8, which a rendered page always is. Untracked, every position is 0 and nothing is counted.
 */
final class BytePositions {
    private final byte[] b;
    private final boolean tracked;
    /** The last offset asked for, its line, the start of that line and its column. */
    private int at;

    private int line = 1;
    private int lineStart;
    private int column = 1;

    BytePositions(byte[] bytes, boolean tracked) {
        this.b = bytes;
        this.tracked = tracked;
        this.column = tracked ? 1 : 0;
    }

    /** Moves to {@code offset} and returns its line; {@link #column()} then gives its column. */
    int line(int offset) {
        if (!tracked) {
            return 0;
        }
        if (offset < at) {
            at = 0;
            line = 1;
            lineStart = 0;
            column = 1;
        }
        int l = line;
        int start = lineStart;
        for (int i = at; i < offset; i++) {
            if (b[i] == '\n') {
                l++;
                start = i + 1;
            }
        }
        int c = start == lineStart ? column : 1;
        for (int i = start == lineStart ? at : start; i < offset; i++) {
            byte x = b[i];
            if ((x & 0xC0) != 0x80) {
                c += (x & 0xF8) == 0xF0 ? 2 : 1;
            }
        }
        at = offset;
        line = l;
        lineStart = start;
        column = c;
        return l;
    }

    /** Column of the offset last given to {@link #line(int)}. */
    int column() {
        return column;
    }
}
