package cn.gov.jinjiang.gksite.output;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Search keys as longs, and the tokenizer that makes them without a String per token.
 *
 * <p>Encoding: every key that fits is one long, made from the characters as they are read and numbered through
 * a table of longs ({@link KeyNumbers}), so no String is made per token. The encoding is canonical (one long per
 * key string) and decodes back to the string, which is done once per distinct key, for the output:
 * <ul>
 *   <li>{@link #ALNUM} (top bits 01): 1 to 10 characters of {@code [0-9a-z]}, six bits each (1–10 for the
 *   digits, 11–36 for the letters, never 0), the last character in the lowest bits: Latin and digit words, and
 *   {@code t}+word title keys;</li>
 *   <li>{@link #SHORT} (top bits 10): any other key of 1 to 3 UTF-16 units, 17 bits each holding the unit + 1:
 *   Chinese bigrams and lone characters, {@code t}+bigram and {@code t}+character title keys;</li>
 *   <li>anything longer (long words, most exact 文号 and 索引号 keys) stays a String.</li>
 * </ul>
 * 0 is never a key, so tables can use it for an empty slot.
 *
 * <p>Normalising: tokens are taken from the NFKC, lower-cased text. Most characters are "inert": NFKC acts on
 * them one by one and never joins them with a neighbour. For those a table, computed once from
 * {@link Normalizer}, gives the normalised form directly (the tokenizer looks it up as it reads); a text with any
 * other character (combining marks, Hangul, surrogates, …) goes through {@link Normalizer} as a whole.
 */
final class SearchKeys {
    static final long ALNUM = 1L << 62;
    static final long SHORT = 2L << 62;
    private static final long TAG = 3L << 62;

    private SearchKeys() {}

    static boolean cjk(char c) {
        return c >= 0x3400 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF;
    }

    static boolean word(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    private static int alnumCode(char c) {
        return c <= '9' ? c - '0' + 1 : c - 'a' + 11;
    }

    /** The long of key s, or 0 when it is too long for one (it stays a String). */
    static long encode(String s) {
        int n = s.length();
        boolean alnum = n >= 1 && n <= 10;
        for (int i = 0; i < n && alnum; i++) {
            alnum = word(s.charAt(i));
        }
        long v = 0;
        if (alnum) {
            for (int i = 0; i < n; i++) {
                v = v << 6 | alnumCode(s.charAt(i));
            }
            return ALNUM | v;
        }
        if (n < 1 || n > 3) {
            return 0;
        }
        for (int i = 0; i < n; i++) {
            v = v << 17 | (s.charAt(i) + 1);
        }
        return SHORT | v;
    }

    static String decode(long key) {
        boolean alnum = (key & TAG) == ALNUM;
        int bits = alnum ? 6 : 17;
        long v = key & ~TAG;
        char[] out = new char[10];
        int n = 0;
        while (v != 0) {
            int unit = (int) (v & ((1 << bits) - 1));
            out[n++] = alnum ? (char) (unit <= 10 ? '0' + unit - 1 : 'a' + unit - 11) : (char) (unit - 1);
            v >>>= bits;
        }
        char[] s = new char[n];
        for (int i = 0; i < n; i++) {
            s[i] = out[n - 1 - i];
        }
        return new String(s);
    }

    private static long pair(char prefix, char a, char b) {
        long v = (long) (a + 1) << 17 | (b + 1);
        return SHORT | (prefix == 0 ? v : (long) (prefix + 1) << 34 | v);
    }

    /** A lone Chinese character, with its prefix if any. */
    static long single(char prefix, char c) {
        return SHORT | (prefix == 0 ? c + 1 : (long) (prefix + 1) << 17 | (c + 1));
    }

    /**
     * Adds the tokens of text {@code a[0, n)}, each after {@code prefix} (0 for none): bigrams of runs of Chinese
     * characters (a lone character as itself), words of Latin letters and digits, in the order of the text. With
     * {@code fold}, the text is normalised on the way through the table of characters that normalise to one;
     * then at the first other character this stops and returns false, having added the tokens before it.
     * Without, the text is normalised already.
     */
    static boolean tokens(char[] a, int n, boolean fold, char prefix, PageKeys keys) {
        char before = 0; // the Chinese character before, or 0
        boolean lone = false; // whether it began its run
        int word = -1; // where the word being read began, or -1
        long packed = 0;
        for (int i = 0; i <= n; i++) {
            char c = i == n ? ' ' : fold ? one(a[i]) : a[i];
            if (fold && c == Fold.MANY && i < n) {
                return false;
            }
            if (word(c)) {
                if (word < 0) {
                    word = i;
                    packed = prefix == 0 ? 0 : alnumCode(prefix);
                }
                packed = packed << 6 | alnumCode(c);
            } else if (word >= 0) {
                if (i - word + (prefix == 0 ? 0 : 1) <= 10) {
                    keys.add(ALNUM | packed);
                } else {
                    StringBuilder sb = new StringBuilder(prefix == 0 ? "" : String.valueOf(prefix));
                    for (int k = word; k < i; k++) {
                        sb.append(fold ? one(a[k]) : a[k]);
                    }
                    keys.add(sb.toString());
                }
                word = -1;
            }
            if (cjk(c)) {
                if (before != 0) {
                    keys.add(pair(prefix, before, c));
                }
                lone = before == 0;
                before = c;
            } else {
                if (before != 0 && lone) {
                    keys.add(single(prefix, before));
                }
                before = 0;
            }
        }
        return true;
    }

    /** Every Chinese character of normalised text {@code a[0, n)}, after {@code prefix}. */
    static void chars(char[] a, int n, char prefix, PageKeys keys) {
        for (int i = 0; i < n; i++) {
            if (cjk(a[i])) {
                keys.add(single(prefix, a[i]));
            }
        }
    }

    /**
     * Writes the normalised form (NFKC, lower case) of {@code src[0, n)} into {@code out} and returns its
     * length, or -1 when out is too short or a character is not inert (then use {@link #normalise(String)}).
     */
    static int fold(char[] src, int n, char[] out) {
        int w = 0;
        for (int i = 0; i < n; i++) {
            char c = src[i];
            char f = one(c);
            if (f != Fold.MANY && w < out.length) {
                out[w++] = f;
                continue;
            }
            String m = Fold.MULTI[c];
            if (m == null || w + m.length() > out.length) {
                return -1;
            }
            m.getChars(0, m.length(), out, w);
            w += m.length();
        }
        return w;
    }

    /** The normalised form of c when it is one character, else {@link Fold#MANY}. */
    private static char one(char c) {
        return c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : c >= 0x3400 && c <= 0x9FFF ? c : Fold.ONE[c];
    }

    /** Normalised form of text for tokens: NFKC (full-width letters and digits to ASCII), lower case. */
    static String normalise(String s) {
        char[] src = s.toCharArray();
        char[] out = new char[src.length * 2 + 8];
        int n = fold(src, src.length, out);
        if (n >= 0) {
            return new String(out, 0, n);
        }
        String nfkc =
                Normalizer.isNormalized(s, Normalizer.Form.NFKC) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
        return nfkc.toLowerCase(Locale.ROOT);
    }

    /**
     * The fold table. A character is inert when it and every character of its NFKC form are no combining
     * marks, no Hangul (whose jamo compose with their neighbours), no surrogates, and lower-case without the two
     * special cases of String.toLowerCase (Σ at a word's end, İ). Then NFKC of a text of inert characters is the
     * concatenation of their NFKC forms: composition only joins a starter with a following mark or jamo, and
     * reordering only moves marks. ASCII and U+3400–U+9FFF (stable, caseless) are decided in {@link #fold};
     * U+A000–U+F8FF (Yi, Hangul, surrogates, private use) are left to the Normalizer.
     */
    private static final class Fold {
        static final char MANY = '\uFFFF';
        /** The one-character normalised form, or MANY: see MULTI. Written only here, while the class loads. */
        static final char[] ONE = new char[0x10000];
        /** The normalised form of longer ones; null where the character is not inert. */
        static final String[] MULTI = new String[0x10000];

        static {
            Arrays.fill(ONE, MANY);
            // One Normalizer call for all of them (one per character took most of the time a build's first page
            // took to tokenize): each character followed by U+0000, which never composes with a neighbour and stops
            // marks from reordering across it, so the NFKC of the whole is each one's NFKC, each followed by U+0000.
            StringBuilder all = new StringBuilder(2 * 0x10000);
            for (int c = 0x80; c < 0x10000; c++) {
                if (c < 0x3400 || c >= 0xF900) {
                    all.append((char) c).append('\0');
                }
            }
            String nfkc = Normalizer.normalize(all, Normalizer.Form.NFKC);
            int at = 0;
            for (int c = 0x80; c < 0x10000; c++) {
                if (c >= 0x3400 && c < 0xF900) {
                    continue;
                }
                int end = nfkc.indexOf('\0', at);
                String r = nfkc.substring(at, end);
                at = end + 1;
                if (!inert(String.valueOf((char) c)) || !inert(r)) {
                    continue;
                }
                String lower = r.toLowerCase(Locale.ROOT);
                if (lower.length() == 1 && lower.charAt(0) != MANY) {
                    ONE[c] = lower.charAt(0);
                } else {
                    MULTI[c] = lower;
                }
            }
        }

        private static boolean inert(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                int type = Character.getType(c);
                if (type == Character.NON_SPACING_MARK
                        || type == Character.COMBINING_SPACING_MARK
                        || type == Character.ENCLOSING_MARK
                        || Character.isSurrogate(c)
                        || c >= 0x1100 && c <= 0x11FF
                        || c >= 0x3130 && c <= 0x318F
                        || c >= 0xA960 && c <= 0xA97F
                        || c >= 0xAC00 && c <= 0xD7FF
                        || c >= 0xFFA0 && c <= 0xFFDF
                        || c == '\u03A3'
                        || c == '\u0130') {
                    return false;
                }
            }
            return true;
        }
    }
}
