package cn.gov.jinjiang.gksite.markdown;

import java.util.Arrays;

/**
 * The nesting of block quotes and list items, line by line, as {@link MarkdownLimits} estimates it: CommonMark's
 * container rules in outline. Each line first continues the open containers it can (a quote by its {@code >}, a
 * list item by indentation at least its content's column, any item by a blank line), then opens new ones ({@code >},
 * or a list marker followed by a space, tab or the line's end, unless the rest of the line is a thematic break);
 * a line that opens nothing and continues only some keeps all of them (it may continue a paragraph lazily), which
 * errs deep. Fenced code is skipped. Each line costs time proportional to its length plus the containers open.
 */
final class BlockNesting {
    private static final byte QUOTE = 0;
    private static final byte ITEM = 1;
    /**
     * Containers kept open at most: one past the limit, which is all the limit needs. Without a cap a line opening
     * fifty thousand list items followed by as many blank lines (each continuing every item) took quadratic time;
     * the depth reported for a line is still exact for what it opens itself.
     */
    private static final int KEPT = MarkdownLimits.MAX_BLOCK_DEPTH + 1;

    /** Open containers, outermost first; for a list item, the columns its content is indented by. */
    private byte[] kinds = new byte[16];

    private int[] widths = new int[16];
    private int depth;
    /** The deepest nesting seen, and its line (the first line beyond the limit, if any is). */
    int deepest;

    int deepestAt = 1;
    /** Depth of the containers a fenced code block is open in, or -1; its fence character and length. */
    private int fenceDepth = -1;

    private char fenceChar;
    private int fenceLength;

    /** Reads the line {@code s[start, end)}, the {@code line}-th, and notes the deepest nesting so far. */
    void line(String s, int start, int end, int line) {
        Cursor c = new Cursor(s, start, end);
        int matched = 0;
        boolean blank = c.restBlank();
        while (matched < depth) {
            if (kinds[matched] == QUOTE) {
                if (c.indent() > 3 || c.peekAfterIndent() != '>') {
                    break;
                }
                c.skipIndent();
                c.advance(1);
                c.optionalSpace();
            } else if (blank) {
                // a blank line continues every list item
            } else if (c.indent() >= widths[matched]) {
                c.advanceColumns(widths[matched]);
            } else {
                break;
            }
            matched++;
        }
        if (fenceDepth >= 0) {
            if (matched < fenceDepth) {
                fenceDepth = -1;
            } else {
                // Inside fenced code nothing opens; its closing fence ends it.
                if (closesFence(c)) {
                    fenceDepth = -1;
                }
                return;
            }
        }
        int opened = 0;
        int thematic = thematicBreakFrom(s, start, end);
        while (true) {
            int indent = c.indent();
            if (indent > 3) {
                break;
            }
            char ch = c.peekAfterIndent();
            if (ch == '>') {
                open(matched + opened++, QUOTE, 0);
                c.skipIndent();
                c.advance(1);
                c.optionalSpace();
                continue;
            }
            int marker = c.listMarker();
            if (marker == 0 || c.positionAfterIndent() >= thematic) {
                break;
            }
            int before = c.column();
            c.skipIndent();
            c.advance(marker);
            int spaces = c.indent();
            int after = spaces >= 1 && spaces <= 4 && !c.restBlank() ? spaces : 1;
            c.advanceColumns(Math.min(spaces, after));
            open(matched + opened++, ITEM, c.column() - before);
        }
        // The line reported is the first beyond the limit, or else the deepest.
        if (matched + opened > deepest && deepest <= MarkdownLimits.MAX_BLOCK_DEPTH) {
            deepestAt = line;
        }
        deepest = Math.max(deepest, matched + opened);
        if (opened > 0) {
            depth = Math.min(KEPT, matched + opened);
        } else if (blank) {
            depth = matched;
        }
        if (startsFence(c)) {
            fenceDepth = depth;
        }
    }

    private void open(int at, byte kind, int width) {
        if (at >= KEPT) {
            return;
        }
        if (at >= kinds.length) {
            kinds = Arrays.copyOf(kinds, at * 2);
            widths = Arrays.copyOf(widths, at * 2);
        }
        kinds[at] = kind;
        widths[at] = width;
    }

    private boolean startsFence(Cursor c) {
        if (c.indent() > 3) {
            return false;
        }
        char ch = c.peekAfterIndent();
        int run = c.runAfterIndent(ch);
        if ((ch == '`' || ch == '~') && run >= 3) {
            fenceChar = ch;
            fenceLength = run;
            return true;
        }
        return false;
    }

    private boolean closesFence(Cursor c) {
        return c.indent() <= 3 && c.peekAfterIndent() == fenceChar && c.runAfterIndent(fenceChar) >= fenceLength;
    }

    /**
     * The first position of the line from which the rest is a thematic break (three or more of one of {@code - * _},
     * with only spaces and tabs between), or {@code end} when no suffix is one.
     */
    private static int thematicBreakFrom(String s, int start, int end) {
        int i = end - 1;
        while (i >= start && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i--;
        }
        if (i < start) {
            return end;
        }
        char ch = s.charAt(i);
        if (ch != '-' && ch != '*' && ch != '_') {
            return end;
        }
        int count = 0;
        int from = end;
        for (; i >= start; i--) {
            char x = s.charAt(i);
            if (x == ch) {
                count++;
                if (count >= 3) {
                    from = i;
                }
            } else if (x != ' ' && x != '\t') {
                break;
            }
        }
        return from;
    }

    /**
     * A position in a line, counting columns with tabs to the next multiple of four; a tab may be taken in part, the
     * rest staying as indentation of what follows.
     */
    private static final class Cursor {
        /** More columns than any list marker's content needs (a nine-digit marker, its point and four spaces). */
        private static final int INDENT_CAP = 32;

        private final String s;
        private final int end;
        private int pos;
        private int column;

        Cursor(String s, int start, int end) {
            this.s = s;
            this.pos = start;
            this.end = end;
        }

        int column() {
            return column;
        }

        /**
         * Columns of spaces and tabs from here, counted up to {@link #INDENT_CAP} (every use compares it with less): a
         * deeply indented line is read once, not once per container.
         */
        int indent() {
            int col = column;
            for (int i = pos; i < end && col - column < INDENT_CAP; i++) {
                char ch = s.charAt(i);
                if (ch == ' ') {
                    col++;
                } else if (ch == '\t') {
                    col += 4 - col % 4;
                } else {
                    break;
                }
            }
            return col - column;
        }

        int positionAfterIndent() {
            int i = pos;
            while (i < end && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                i++;
            }
            return i;
        }

        char peekAfterIndent() {
            int i = positionAfterIndent();
            return i < end ? s.charAt(i) : '\n';
        }

        int runAfterIndent(char ch) {
            int i = positionAfterIndent();
            int from = i;
            while (i < end && s.charAt(i) == ch) {
                i++;
            }
            return i - from;
        }

        boolean restBlank() {
            return positionAfterIndent() >= end;
        }

        void skipIndent() {
            advanceColumns(indent());
        }

        void optionalSpace() {
            if (pos < end && s.charAt(pos) == ' ') {
                pos++;
                column++;
            }
        }

        /** Moves over {@code chars} characters that are not spaces or tabs. */
        void advance(int chars) {
            int to = Math.min(end, pos + chars);
            column += to - pos;
            pos = to;
        }

        /** Moves over {@code columns} columns of spaces and tabs, or up to the first other character. */
        void advanceColumns(int columns) {
            int left = columns;
            while (left > 0 && pos < end) {
                char ch = s.charAt(pos);
                int width = ch == ' ' ? 1 : ch == '\t' ? 4 - column % 4 : 0;
                if (width == 0) {
                    break;
                }
                if (width <= left) {
                    pos++;
                }
                column += Math.min(width, left);
                left -= Math.min(width, left);
            }
        }

        /**
         * Length of a list marker after the indentation ({@code -}, {@code +}, {@code *}, or 1–9 digits and {@code .}
         * or {@code )}) followed by a space, a tab or the line's end; 0 when there is none.
         */
        int listMarker() {
            int i = positionAfterIndent();
            if (i >= end) {
                return 0;
            }
            char ch = s.charAt(i);
            int length;
            if (ch == '-' || ch == '+' || ch == '*') {
                length = 1;
            } else {
                int d = i;
                while (d < end && d - i < 9 && s.charAt(d) >= '0' && s.charAt(d) <= '9') {
                    d++;
                }
                if (d == i || d >= end || s.charAt(d) != '.' && s.charAt(d) != ')') {
                    return 0;
                }
                length = d - i + 1;
            }
            int after = i + length;
            return after >= end || s.charAt(after) == ' ' || s.charAt(after) == '\t' ? length : 0;
        }
    }
}
