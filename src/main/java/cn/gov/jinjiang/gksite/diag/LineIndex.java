package cn.gov.jinjiang.gksite.diag;

import java.util.Arrays;

/**
 * Maps a character offset in a text to a 1-based line and column. Built once per text in O(n); each
 * lookup is a binary search.
 */
public final class LineIndex {
    private final int[] lineStarts;

    public LineIndex(CharSequence text) {
        int[] starts = new int[16];
        int n = 1;
        // A String is searched with its own indexOf, which is several times faster than charAt in a loop.
        String s = text.toString();
        for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
            }
            starts[n++] = i + 1;
        }
        this.lineStarts = Arrays.copyOf(starts, n);
    }

    /** 1-based line of the offset. */
    public int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** 1-based column (in characters) of the offset. */
    public int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    public int lineCount() {
        return lineStarts.length;
    }
}
