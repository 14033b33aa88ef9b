package cn.gov.jinjiang.gksite.output;

import java.util.regex.Matcher;

/**
 * The plain text of a Markdown body for the search index, computed in place in a char array. It gives exactly
 * what this chain of regular-expression replacements gives, applied in this order to the whole text:
 * <ol>
 *   <li>{@code (?s)<!--.*?-->} → space (comments);</li>
 *   <li>{@code \{#[^}]*}} → space (attributes such as {@code {#s1}});</li>
 *   <li>{@code !?\[([^\]]*)]\([^)]*\)} → the link text (links and images);</li>
 *   <li>{@code <[^>]+>} → space (HTML tags);</li>
 *   <li>{@code (?m)^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+} → nothing (heading, quote and list marks);</li>
 *   <li>{@code (?m)^\s*\|?\s*:?-{3,}.*$} → space (table rules and thematic breaks);</li>
 *   <li>{@code [|*_`~]} → space, then {@code \s+} → one space, then {@link String#strip()}.</li>
 * </ol>
 * Each step is one scan that follows what {@link Matcher#replaceAll} does: it tries a match at
 * each position from left to right, and after a match goes on where the match ended. {@code \s} is Java's
 * default, {@code [ \t\n\x0B\f\r]}; {@code ^} in multi-line mode holds at the start and after a line
 * terminator ({@code \n \r \u0085 \u2028 \u2029}, not between {@code \r} and {@code \n}), but not at the end of
 * the text; {@code .} stops at a line terminator. Every step makes the text shorter or leaves its length, so each
 * writes behind where it reads and no second buffer is needed. SearchTextTest compares this with the regular
 * expressions on many texts.
 */
final class SearchText {
    private SearchText() {}

    static String plain(String markdown) {
        char[] a = markdown.toCharArray();
        return new String(a, 0, plain(a, a.length));
    }

    /** Replaces {@code a[0, n)} by its plain text, which it returns the length of. */
    static int plain(char[] a, int n) {
        boolean markup = indexOf(a, 0, n, '<') >= 0; // most bodies have no comment and no tag
        if (markup) {
            n = comments(a, n);
        }
        n = attributes(a, n);
        n = links(a, n);
        if (markup) {
            n = tags(a, n);
        }
        n = lineMatches(a, n, false);
        n = lineMatches(a, n, true);
        return spaces(a, n);
    }

    /** Java's {@code \s}. */
    static boolean space(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** A line terminator (most characters of a Chinese text, above U+2029, are ruled out by the first test). */
    private static boolean lineEnd(char c) {
        return c <= '\u2029' && (c <= '\r' ? c == '\n' || c == '\r' : c == '\u0085' || c >= '\u2028');
    }

    private static int indexOf(char[] a, int from, int n, char c) {
        for (int i = from; i < n; i++) {
            if (a[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Moves {@code a[from, to)} down to {@code w}, where the output has got to, and returns the new output end.
     * The scans below copy nothing until they meet a match, so a text without one is only read.
     */
    private static int move(char[] a, int from, int to, int w) {
        if (w != from) {
            System.arraycopy(a, from, a, w, to - from);
        }
        return w + to - from;
    }

    private static int comments(char[] a, int n) {
        int w = 0;
        int done = 0;
        for (int r = 0; r + 3 < n; r++) {
            if (a[r] == '<' && a[r + 1] == '!' && a[r + 2] == '-' && a[r + 3] == '-') {
                int end = -1;
                for (int k = r + 4; k + 2 < n; k++) {
                    if (a[k] == '-' && a[k + 1] == '-' && a[k + 2] == '>') {
                        end = k + 3;
                        break;
                    }
                }
                if (end < 0) {
                    break; // no "-->" after here: no later comment can close either
                }
                w = move(a, done, r, w);
                a[w++] = ' ';
                done = end;
                r = end - 1;
            }
        }
        return move(a, done, n, w);
    }

    private static int attributes(char[] a, int n) {
        return spans(a, n, '{', '#', true, '}');
    }

    private static int tags(char[] a, int n) {
        return spans(a, n, '<', '>', false, '>');
    }

    /**
     * Replaces by a space each span of open, a character that is (or with {@code is} false: is not) second, and
     * anything up to the first close after them.
     */
    private static int spans(char[] a, int n, char open, char second, boolean is, char close) {
        int w = 0;
        int done = 0;
        for (int r = 0; r + 1 < n; r++) {
            if (a[r] == open && (a[r + 1] == second) == is) {
                int end = indexOf(a, r + 2, n, close);
                if (end < 0) {
                    break; // no close after here: no later span can close either
                }
                w = move(a, done, r, w);
                a[w++] = ' ';
                done = end + 1;
                r = end;
            }
        }
        return move(a, done, n, w);
    }

    private static int links(char[] a, int n) {
        int w = 0;
        int done = 0;
        int r = 0;
        while (r < n) {
            if (a[r] != '[') {
                r++;
                continue;
            }
            int close = indexOf(a, r + 1, n, ']');
            if (close < 0) {
                break; // no ']' after here: no later '[' can match either
            }
            if (close + 1 >= n || a[close + 1] != '(') {
                r = close + 1; // every '[' before close meets the same ']'
                continue;
            }
            int end = indexOf(a, close + 2, n, ')');
            if (end < 0) {
                break; // no ')' after here: no later link can close either
            }
            int start = r > done && a[r - 1] == '!' ? r - 1 : r;
            w = move(a, done, start, w);
            w = move(a, r + 1, close, w);
            done = end + 1;
            r = end + 1;
        }
        return move(a, done, n, w);
    }

    /** Whether {@code ^} holds at i in multi-line mode. */
    private static boolean lineStart(char[] a, int i, int n) {
        return i < n && (i == 0 || lineEnd(a[i - 1]) && !(a[i - 1] == '\r' && a[i] == '\n'));
    }

    /** The next position after i where {@code ^} holds, or n. */
    private static int nextLineStart(char[] a, int i, int n) {
        while (i < n && !lineEnd(a[i])) {
            i++;
        }
        if (i >= n) {
            return n;
        }
        i++;
        return i < n && a[i - 1] == '\r' && a[i] == '\n' ? i + 1 : i;
    }

    /** The end of a heading, quote or list mark matched at line start i, or -1. */
    private static int blockMark(char[] a, int i, int n) {
        int p = i;
        while (p < n && p - i < 3 && space(a[p])) {
            p++;
        }
        if (p >= n) {
            return -1;
        }
        char c = a[p];
        int q = p;
        if (c == '#') {
            while (q < n && a[q] == '#') {
                q++;
            }
            if (q - p > 6) {
                return -1;
            }
        } else if (c == '>' || c == '-' || c == '*' || c == '+') {
            q++;
        } else if (c >= '0' && c <= '9') {
            while (q < n && a[q] >= '0' && a[q] <= '9') {
                q++;
            }
            if (q >= n || a[q] != '.') {
                return -1;
            }
            q++;
        } else {
            return -1;
        }
        if (q >= n || !space(a[q])) {
            return -1;
        }
        while (q < n && space(a[q])) {
            q++;
        }
        return q;
    }

    /**
     * The ends of the last two runs of {@code \s} found (as start, end pairs). {@code \s} takes line ends, so the
     * {@code ^\s*} of a table rule, tried at each line start, reads every blank line after it: a page of many blank
     * lines took quadratic time. Each line start inside a run read before ends where that run ends; two runs suffice
     * for the pattern's two {@code \s*}. The scan writes only behind where it reads, so a run stays as it was.
     */
    private static final class Spaces {
        private final int[] runs = {-1, -1, -1, -1};
        private int next;

        int end(char[] a, int i, int n) {
            for (int k = 0; k < 4; k += 2) {
                if (i >= runs[k] && i < runs[k + 1]) {
                    return runs[k + 1];
                }
            }
            int p = i;
            while (p < n && space(a[p])) {
                p++;
            }
            if (p > i) {
                runs[next] = i;
                runs[next + 1] = p;
                next = 2 - next;
            }
            return p;
        }
    }

    /** The end of a table rule matched at line start i (before the line terminator), or -1. */
    private static int tableRule(char[] a, int i, int n, Spaces spaces) {
        int p = spaces.end(a, i, n);
        if (p < n && a[p] == '|') {
            p++;
        }
        p = spaces.end(a, p, n);
        if (p < n && a[p] == ':') {
            p++;
        }
        int q = p;
        while (q < n && a[q] == '-') {
            q++;
        }
        if (q - p < 3) {
            return -1;
        }
        while (q < n && !lineEnd(a[q])) {
            q++;
        }
        return q;
    }

    /** Replaces the matches of blockMark (by nothing) or tableRule (by a space), tried at each line start. */
    private static int lineMatches(char[] a, int n, boolean rules) {
        int w = 0;
        int done = 0;
        int r = 0;
        Spaces spaces = new Spaces();
        while (r < n) {
            int end = rules ? tableRule(a, r, n, spaces) : blockMark(a, r, n);
            if (end < 0) {
                r = nextLineStart(a, r, n);
                continue;
            }
            int next = lineStart(a, end, n) ? end : nextLineStart(a, end, n);
            w = move(a, done, r, w);
            if (rules) {
                a[w++] = ' ';
            }
            done = end;
            r = next;
        }
        return move(a, done, n, w);
    }

    /** Inline marks and runs of {@code \s} to one space, then strip. */
    private static int spaces(char[] a, int n) {
        int w = 0;
        boolean gap = false;
        for (int r = 0; r < n; r++) {
            char c = a[r];
            if (c <= '~' && (space(c) || c == '|' || c == '*' || c == '_' || c == '`' || c == '~')) {
                if (!gap) {
                    a[w++] = ' ';
                    gap = true;
                }
            } else {
                a[w++] = c;
                gap = false;
            }
        }
        int from = 0;
        while (from < w && Character.isWhitespace(a[from])) {
            from++;
        }
        while (w > from && Character.isWhitespace(a[w - 1])) {
            w--;
        }
        return move(a, from, w, 0);
    }
}
