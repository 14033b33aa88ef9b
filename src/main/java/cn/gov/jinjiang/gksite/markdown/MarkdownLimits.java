package cn.gov.jinjiang.gksite.markdown;

import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.SourcePos;

/**
 * The limits a Markdown body must keep before flexmark sees it, found in one linear pass. flexmark takes time
 * proportional to the page times the nesting depth of its blocks (every line is matched against every open block),
 * renders the tree by recursion (a thousand nested quotes overflowed the stack), and matches several regular
 * expressions that recurse once per character (a line of 2,000 {@code *} overflowed it too). So:
 *
 * <ul>
 *   <li>{@link #MAX_CHARS}: a body of at most 8 Mi characters (8,388,608; about 25 MB of UTF-8 Chinese). Real pages
 *   are far smaller: the longest documents of a 公开目录 (regulations, work reports, budget tables) are a few hundred
 *   thousand characters. The content loader refuses larger files before reading them ({@code content.too-large});
 *   this guards every other caller.</li>
 *   <li>{@link #MAX_LINE}: a line of at most 100,000 characters. Editors paste paragraphs without line breaks, and a
 *   Chinese paragraph may then run to tens of thousands of characters on one line; the limit leaves room for that
 *   several times over while keeping the per-character recursion of flexmark's regular expressions within the
 *   large stack such pages are converted on ({@link #needsLargeStack}).</li>
 *   <li>{@link #MAX_BLOCK_DEPTH}: block quotes and list items nested at most 32 deep. Real pages nest lists three or
 *   four deep; every level costs flexmark one more check on every line inside it.</li>
 *   <li>{@link #MAX_INLINE_DEPTH}: emphasis and link brackets opened at most 256 deep within a line (no real text
 *   opens more than three or four). Nesting spread over many lines is not predicted: if it overflows the stack while
 *   the page is converted, that page gets the same {@code markdown.too-deep} error ({@link MarkdownStage}).</li>
 * </ul>
 *
 * <p>The nesting estimate follows CommonMark's container rules loosely and errs on the deep side (a line that may
 * lazily continue a paragraph keeps every container open), so a page within the limits is certainly within them for
 * flexmark; fenced code is skipped.
 */
public final class MarkdownLimits {
    /** Most characters in a body. */
    public static final int MAX_CHARS = 8 * 1024 * 1024;
    /** Most characters in a line. */
    public static final int MAX_LINE = 100_000;
    /** Deepest nesting of block quotes and list items. */
    public static final int MAX_BLOCK_DEPTH = 32;
    /** Deepest nesting of emphasis and link brackets within a line. */
    public static final int MAX_INLINE_DEPTH = 256;
    /**
     * Pages with a longer line are converted on a thread with a large stack: flexmark's regular expressions recurse
     * once per character of some constructs (a thematic break, a link title, an HTML comment); a default stack of
     * 1 MiB held a 1,000-character construct in every case tried (2,000 overflowed it), and this keeps a margin of
     * four, for the interpreter's larger frames before the code is compiled. The nesting the
     * limits allow (at most 32 blocks and 256 inline levels, about 300 levels of tree) is rendered well within a
     * default stack, which overflowed at about a thousand.
     */
    static final int PLAIN_STACK_LINE = 256;

    private static final boolean[] INLINE = new boolean[128];

    static {
        for (char c : "*_[]|\\".toCharArray()) {
            INLINE[c] = true;
        }
    }

    /**
     * What the pre-scan found; line numbers are 1-based within the body.
     *
     * @param chars           the body's length
     * @param longestLine     characters in its longest line, and that line
     * @param blockDepth      deepest nesting of quotes and list items, and its line (the first line beyond the limit,
     *                        if one is)
     * @param inlineDepth     deepest nesting of emphasis and brackets within a line, and its line (likewise)
     */
    public record Scan(
            int chars,
            int longestLine,
            int longestLineAt,
            int blockDepth,
            int blockDepthAt,
            int inlineDepth,
            int inlineDepthAt) {
        /** Whether the body is within every limit. */
        public boolean withinLimits() {
            return chars <= MAX_CHARS
                    && longestLine <= MAX_LINE
                    && blockDepth <= MAX_BLOCK_DEPTH
                    && inlineDepth <= MAX_INLINE_DEPTH;
        }
    }

    /**
     * Whether converting {@code body} may need more than a default thread stack: whether it has a line longer than
     * {@link #PLAIN_STACK_LINE}. Much faster than {@link #scan} (a search for line ends).
     */
    static boolean needsLargeStack(String body) {
        if (body.length() <= PLAIN_STACK_LINE) {
            return false;
        }
        int start = 0;
        for (int end = body.indexOf('\n'); end >= 0; end = body.indexOf('\n', start)) {
            if (end - start > PLAIN_STACK_LINE) {
                return true;
            }
            start = end + 1;
        }
        return body.length() - start > PLAIN_STACK_LINE;
    }

    /** Scans {@code body} in one pass. */
    public Scan scan(String body) {
        BlockNesting blocks = new BlockNesting();
        int longest = 0;
        int longestAt = 1;
        int inline = 0;
        int inlineAt = 1;
        int line = 1;
        int n = body.length();
        for (int start = 0; start <= n; line++) {
            int end = body.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            int length = end - start;
            if (length > longest) {
                longest = length;
                longestAt = line;
            }
            blocks.line(body, start, end, line);
            int d = inlineDepth(body, start, end);
            if (d > inline && inline <= MAX_INLINE_DEPTH) {
                inlineAt = line;
            }
            inline = Math.max(inline, d);
            start = end + 1;
        }
        return new Scan(n, longest, longestAt, blocks.deepest, blocks.deepestAt, inline, inlineAt);
    }

    /**
     * Reports each limit {@code body} exceeds as an error at its line and returns false; true (and nothing reported)
     * when the body is within them.
     *
     * @param bodyLine 1-based line of the body's first line in the file
     */
    public boolean allows(String file, String body, int bodyLine, Diagnostics diags) {
        Scan s = scan(body);
        if (s.withinLimits()) {
            return true;
        }
        if (s.chars() > MAX_CHARS) {
            diags.error(
                    "content.too-large",
                    new SourcePos(file, bodyLine, 1),
                    "正文有 " + s.chars() + " 个字符，超过了 " + MAX_CHARS + " 个字符的上限。",
                    "把内容拆成几个页面，或把大表格、长附录作为附件（PDF 等）链接。");
        }
        if (s.longestLine() > MAX_LINE) {
            diags.error(
                    "markdown.line-too-long",
                    new SourcePos(file, bodyLine + s.longestLineAt() - 1, MAX_LINE + 1),
                    "这一行有 " + s.longestLine() + " 个字符，超过了一行 " + MAX_LINE + " 个字符的上限。",
                    "在段落之间空一行，把长段落分成几段；表格的每一行也应各占一行。");
        }
        if (s.blockDepth() > MAX_BLOCK_DEPTH) {
            diags.error(
                    "markdown.too-deep",
                    new SourcePos(file, bodyLine + s.blockDepthAt() - 1, 1),
                    "引用（>）和列表的嵌套从这一行起超过了 " + MAX_BLOCK_DEPTH + " 层的上限（最深处至少 " + s.blockDepth() + " 层）。",
                    "减少嵌套：行首的“>”、“-”、“*”、“1.” 每个都开始一层；普通文字前面不要加这些符号。");
        }
        if (s.inlineDepth() > MAX_INLINE_DEPTH) {
            diags.error(
                    "markdown.too-deep",
                    new SourcePos(file, bodyLine + s.inlineDepthAt() - 1, 1),
                    "这一行的强调（* 或 _）和链接方括号（[）的嵌套超过了 " + MAX_INLINE_DEPTH + " 层的上限（此处可达 " + s.inlineDepth() + " 层）。",
                    "检查这一行的“*”“_”“[”是否成对；要写这些符号本身时在前面加反斜杠，如 \\*。");
        }
        return false;
    }

    /**
     * Emphasis delimiters and brackets still open, at most, anywhere in {@code body[start, end)}: a run of {@code *} or
     * {@code _} that can open emphasis counts its length, one that can close it takes as much off, and a table's
     * {@code |} starts a new cell. Code spans are not told apart (their delimiters count too, erring deep).
     */
    private static int inlineDepth(String body, int start, int end) {
        int emphasis = 0;
        int brackets = 0;
        int max = 0;
        for (int i = start; i < end; i++) {
            char c = body.charAt(i);
            if (c >= 128 || !INLINE[c]) {
                continue;
            }
            switch (c) {
                case '\\' -> i++;
                case '[' -> brackets++;
                case ']' -> brackets = Math.max(0, brackets - 1);
                case '|' -> {
                    emphasis = 0;
                    brackets = 0;
                }
                default -> {
                    int run = run(body, i, end, c);
                    char before = i > start ? body.charAt(i - 1) : ' ';
                    char after = i + run < end ? body.charAt(i + run) : ' ';
                    boolean left = !space(after) && (!punctuation(after) || space(before) || punctuation(before));
                    boolean right = !space(before) && (!punctuation(before) || space(after) || punctuation(after));
                    if (left && (!right || emphasis == 0)) {
                        emphasis += run;
                    } else if (right) {
                        emphasis = Math.max(0, emphasis - run);
                    }
                    i += run - 1;
                }
            }
            max = Math.max(max, emphasis + brackets);
        }
        return max;
    }

    private static int run(String s, int from, int end, char c) {
        int i = from;
        while (i < end && s.charAt(i) == c) {
            i++;
        }
        return i - from;
    }

    static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B || Character.isSpaceChar(c);
    }

    static boolean punctuation(char c) {
        if (c < 128) {
            return c > ' ' && c < 127 && !Character.isLetterOrDigit(c);
        }
        int t = Character.getType(c);
        return t == Character.CONNECTOR_PUNCTUATION
                || t == Character.DASH_PUNCTUATION
                || t == Character.START_PUNCTUATION
                || t == Character.END_PUNCTUATION
                || t == Character.INITIAL_QUOTE_PUNCTUATION
                || t == Character.FINAL_QUOTE_PUNCTUATION
                || t == Character.OTHER_PUNCTUATION;
    }
}
