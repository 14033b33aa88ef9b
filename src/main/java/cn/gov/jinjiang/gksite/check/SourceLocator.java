package cn.gov.jinjiang.gksite.check;

import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.markdown.MarkdownLinks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where in the source a link of the output came from: the first line of the page's source file
 * (from the build manifest) that contains the link as written. Each source file is read once per check and
 * indexed in one pass: every text between {@code (} and the next {@code )} or space, between {@code <} and
 * {@code >}, between quotes, and after {@code ]: } is a candidate, so a lookup costs no more than a map's, however
 * many broken links a page has (reading the file's lines for each link took time proportional to links × lines).
 * The forms are tried in that order, each at its first place in the file. Candidates are keyed by a hash of their
 * place in the line ({@link Span}), never copied: a line of many openings and one closing far away would otherwise
 * make texts of quadratic total length.
 */
final class SourceLocator {
    /** The forms a link is written in: its opening and the character that ends it. */
    private static final char[][] FORMS = {{'(', ')'}, {'(', ' '}, {'<', '>'}, {'"', '"'}, {'\'', '\''}};

    private final Path root;
    private final Map<String, List<Map<Span, SourcePos>>> indexes = new ConcurrentHashMap<>();
    private final Map<String, List<String>> lines = new ConcurrentHashMap<>();

    /** @param root the source folder, or null when unknown (then nothing is located) */
    SourceLocator(Path root) {
        this.root = root;
    }

    Optional<SourcePos> locate(String source, String url) {
        if (root == null || source == null || source.isEmpty() || url.isEmpty()) {
            return Optional.empty();
        }
        // Only the link as a whole counts: "/xxgk/" must not be found inside "(/xxgk/zfxxgkzl/)". A link to a page
        // may have been written as its Markdown file (a.md for a.html), which the converter made the page's address.
        List<String> forms = new ArrayList<>(List.of(url));
        forms.addAll(MarkdownLinks.asWritten(url));
        List<Map<Span, SourcePos>> index = indexes.computeIfAbsent(source, this::index);
        for (String written : forms) {
            Span key = Span.of(written);
            for (Map<Span, SourcePos> form : index) {
                SourcePos pos = form.get(key);
                if (pos != null) {
                    return Optional.of(pos);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The first Markdown heading of the source written at the level of {@code heading} ({@code ### 工作要求}, its
     * text possibly cut with "…") whose text, markup left out, starts the same way: where a heading problem
     * of the output was written.
     */
    Optional<SourcePos> locateHeading(String source, String heading) {
        if (root == null || source == null || source.isEmpty() || !source.endsWith(".md")) {
            return Optional.empty();
        }
        int level = heading.indexOf(' ');
        String want = plain(heading.substring(level + 1).replace("…", ""));
        List<String> text = lines(source);
        for (int i = 0; i < text.size(); i++) {
            Matcher m = ATX.matcher(text.get(i));
            if (m.matches() && m.group(2).length() == level && plain(m.group(3)).startsWith(want)) {
                return Optional.of(new SourcePos(source, i + 1, m.group(1).length() + 1));
            }
        }
        return Optional.empty();
    }

    /** A heading line: indent, hashes, text (an id or attributes in braces and closing hashes left out). */
    private static final Pattern ATX =
            Pattern.compile("( {0,3})(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+\\{[^}]*\\})?(?:[ \\t]+#+)?[ \\t]*");

    /** Heading text with Markdown's inline markup and all whitespace left out. */
    private static String plain(String s) {
        return s == null ? "" : s.replaceAll("[\\s*_`\\[\\]()<>\\\\]|\\{[^}]*\\}", "");
    }

    private List<String> lines(String source) {
        return lines.computeIfAbsent(source, s -> {
            try {
                return Files.readString(root.resolve(s), StandardCharsets.UTF_8)
                        .lines()
                        .toList();
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        });
    }

    /** One map per form, and one for reference definitions ({@code ]: url}), from a link to its first place. */
    private List<Map<Span, SourcePos>> index(String source) {
        List<String> text = lines(source);
        List<Map<Span, SourcePos>> maps = new ArrayList<>();
        for (int f = 0; f <= FORMS.length; f++) {
            maps.add(new HashMap<>());
        }
        // From the last line up and from the right of each line, each place replacing the one after it: the first
        // place in the file is what stays.
        for (int i = text.size() - 1; i >= 0; i--) {
            String line = text.get(i);
            long[] prefix = Span.prefixes(line);
            for (int f = 0; f < FORMS.length; f++) {
                char open = FORMS[f][0];
                char close = FORMS[f][1];
                // Each opening pairs with the next closing after it: a pass from the right finds them all.
                int next = -1;
                for (int k = line.length() - 1; k >= 0; k--) {
                    if (line.charAt(k) == open && next > k + 1) {
                        maps.get(f).put(Span.in(line, prefix, k + 1, next), new SourcePos(source, i + 1, k + 2));
                    }
                    if (line.charAt(k) == close) {
                        next = k;
                    }
                }
            }
            for (int k = line.lastIndexOf("]: "); k >= 0; k = k == 0 ? -1 : line.lastIndexOf("]: ", k - 1)) {
                int end = k + 3;
                while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
                    end++;
                }
                if (end > k + 3) {
                    maps.get(FORMS.length).put(Span.in(line, prefix, k + 3, end), new SourcePos(source, i + 1, k + 4));
                }
            }
        }
        return maps;
    }

    /**
     * A stretch of a line, equal to any other with the same characters, hashed by a polynomial modulo 2^61 − 1 over
     * the line's prefix hashes, so that making one costs constant time.
     */
    static final class Span {
        private static final long MOD = (1L << 61) - 1;
        private static final long BASE = 1_000_003L;

        private final String text;
        private final int from;
        private final int to;
        private final long hash;

        private Span(String text, int from, int to, long hash) {
            this.text = text;
            this.from = from;
            this.to = to;
            this.hash = hash;
        }

        static Span of(String s) {
            long[] p = prefixes(s);
            return in(s, p, 0, s.length());
        }

        /** Prefix hashes of {@code s}, and the powers of the base, interleaved. */
        static long[] prefixes(String s) {
            long[] p = new long[2 * (s.length() + 1)];
            p[1] = 1;
            for (int i = 0; i < s.length(); i++) {
                p[2 * (i + 1)] = add(mul(p[2 * i], BASE), s.charAt(i) + 1);
                p[2 * (i + 1) + 1] = mul(p[2 * i + 1], BASE);
            }
            return p;
        }

        static Span in(String s, long[] prefix, int from, int to) {
            long h = add(prefix[2 * to], MOD - mul(prefix[2 * from], prefix[2 * (to - from) + 1]));
            return new Span(s, from, to, h);
        }

        private static long add(long a, long b) {
            long s = a + b;
            return s >= MOD ? s - MOD : s;
        }

        private static long mul(long a, long b) {
            long lo = a * b;
            long hi = Math.multiplyHigh(a, b);
            long s = (lo & MOD) + ((hi << 3) | (lo >>> 61));
            while (s >= MOD) {
                s -= MOD;
            }
            return s;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Span other
                    && hash == other.hash
                    && to - from == other.to - other.from
                    && text.regionMatches(from, other.text, other.from, to - from);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(hash);
        }
    }
}
