package cn.gov.jinjiang.gksite.markdown;

import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * Where flexmark's link destination scan ({@code LinkDestinationParser} with matched parentheses allowed, no spaces
 * in URLs and no Jekyll macros: the options gksite uses) ends, for any start in one stretch of an inline text.
 * flexmark scans from each {@code (} after a {@code ]} to the end of the destination, and a line of {@code [a](}
 * repeated has no end before the line's: every link opener rescanned the rest of the line (50,000 of them took
 * minutes). This answers each start in amortised constant time after one linear pass over the stretch.
 *
 * <p>With spaces allowed in URLs (gksite's setting, so that an attachment's name with spaces is read), a space is
 * taken like any other character unless a quote follows it, where the scan stops, and a destination never ends in
 * spaces: they are given back. So the stretch ends at a control character or at a space before a quote, and the
 * spaces before an end are found from a table, not walked again for each start.
 *
 * <p>The scan accepts every character above U+0020; a backslash before an escapable character takes that character
 * with it; {@code (} opens a nesting level and {@code )} closes one; it stops at a space or control character and at
 * a {@code )} that closes nothing. So no scan crosses a space or control character, and one instance covers the
 * stretch from its first start to the next such character. The pass tokenises the stretch from that start (escape
 * pairs and single characters), keeps the running balance of parentheses and, for each position, the next position
 * where the balance falls below the balance there. A scan from a position where that tokenisation does not hold
 * (inside an escape pair, or in a run of backslashes paired differently) is walked by hand until the two agree,
 * which they do after that run of backslashes; such runs start right after a link's {@code (}, so each is walked
 * once.
 */
final class LinkDestinations {
    private static final boolean[] ESCAPABLE = new boolean[128];

    static {
        for (char c : Escaping.ESCAPABLE_CHARS.toCharArray()) {
            ESCAPABLE[c] = true;
        }
    }

    private final CharSequence text;
    private final int from;
    /** Whether a space is part of a destination (flexmark's {@code SPACE_IN_LINK_URLS}). */
    private final boolean spaces;
    /**
     * The first space or control character at or after {@code from} (with {@link #spaces}: the first control
     * character or space before a quote), or the text's length.
     */
    private final int to;
    /** With {@link #spaces}: for each {@code i}, where the run of spaces that ends at {@code from + i} begins. */
    private final int[] spacesFrom;
    /** Whether a token of the tokenisation from {@code from} begins at {@code from + i} ({@code to} included). */
    private final boolean[] boundary;
    /** Balance of the parentheses between {@code from} and {@code from + i} (escape pairs count for nothing). */
    private final int[] balance;
    /** First {@code k > i} where the balance falls below the balance at {@code i}, or {@code to - from + 1}. */
    private final int[] lower;

    /** Covers the stretch of {@code text} from {@code from} to the next space or control character. */
    LinkDestinations(CharSequence text, int from) {
        this(text, from, false);
    }

    /**
     * Covers the stretch of {@code text} from {@code from} to the next place the scan stops whatever its start;
     * {@code spaces} as flexmark's {@code SPACE_IN_LINK_URLS}.
     */
    LinkDestinations(CharSequence text, int from, boolean spaces) {
        this.text = text;
        this.from = from;
        this.spaces = spaces;
        int end = from;
        while (end < text.length() && !stops(text, end, spaces)) {
            end++;
        }
        this.to = end;
        int n = to - from;
        spacesFrom = spaces ? new int[n + 1] : null;
        if (spaces) {
            for (int i = 0; i <= n; i++) {
                spacesFrom[i] = i > 0 && text.charAt(from + i - 1) == ' ' ? spacesFrom[i - 1] : i;
            }
        }
        boundary = new boolean[n + 1];
        balance = new int[n + 1];
        for (int i = 0; i < n; ) {
            boundary[i] = true;
            char c = text.charAt(from + i);
            int next = c == '\\' && escapable(from + i + 1) ? i + 2 : i + 1;
            if (next == i + 2) {
                balance[i + 1] = balance[i];
                balance[i + 2] = balance[i];
            } else {
                balance[i + 1] = balance[i] + (c == '(' ? 1 : c == ')' ? -1 : 0);
            }
            i = next;
        }
        boundary[n] = true;
        // The next smaller balance to the right, by a stack of positions whose balances increase.
        lower = new int[n + 1];
        int[] stack = new int[n + 1];
        int top = 0;
        for (int i = n; i >= 0; i--) {
            while (top > 0 && balance[stack[top - 1]] >= balance[i]) {
                top--;
            }
            lower[i] = top == 0 ? n + 1 : stack[top - 1];
            stack[top++] = i;
        }
    }

    /** Whether a scan that reaches {@code at} stops there, whatever its start. */
    private static boolean stops(CharSequence text, int at, boolean spaces) {
        char c = text.charAt(at);
        if (c != ' ' || !spaces) {
            return c <= ' ';
        }
        char next = at + 1 < text.length() ? text.charAt(at + 1) : '\0';
        return next == '"' || next == '\'';
    }

    private boolean escapable(int at) {
        if (at >= to) {
            return false;
        }
        char c = text.charAt(at);
        return c < 128 && ESCAPABLE[c];
    }

    /** Whether {@link #end} answers for a scan of {@code text} from {@code start}. */
    boolean covers(CharSequence text, int start) {
        return this.text == text && start >= from && start <= to;
    }

    /** End (exclusive) of the destination flexmark's scan finds from {@code start}; see {@link #covers}. */
    int end(int start) {
        int end = scanEnd(start);
        // Spaces are taken only by a character after them: a destination gives its trailing spaces back.
        return spaces ? Math.max(start, from + spacesFrom[end - from]) : end;
    }

    private int scanEnd(int start) {
        int i = start;
        int depth = 0;
        // By hand until this scan's token boundary is one of the tokenisation from the start of the stretch.
        while (i < to && !boundary[i - from]) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += escapable(i + 1) ? 2 : 1;
            } else if (c == '(') {
                depth++;
                i++;
            } else if (c == ')') {
                if (depth == 0) {
                    return i;
                }
                depth--;
                i++;
            } else {
                i++;
            }
        }
        if (i >= to) {
            return to;
        }
        // From here the scan stops at the stretch's end, or at the ')' that takes the balance below
        // (balance at i) - depth: the (depth + 1)-th drop below it, each one step lower than the one before.
        int drop = i - from;
        for (int d = 0; d <= depth && drop <= to - from; d++) {
            drop = lower[drop];
        }
        return drop <= to - from ? from + drop - 1 : to;
    }
}
