package cn.gov.jinjiang.gksite.output;

import java.util.Arrays;

/**
 * Collects the search keys of page after page, as numbers in its own {@link KeyNumbers}, with the work buffers
 * this needs, so that one instance serves a run of pages without allocating per token. Per page either the
 * distinct keys (for the index; a key already seen on the page is dropped by remembering, per key number, the
 * last page it was seen on) or every token in order (for {@link SearchIndexWriter#tokens}). Not thread-safe.
 */
final class PageKeys {
    final KeyNumbers numbers = new KeyNumbers();
    private final boolean distinct;
    private int[] seenOn = new int[1024];
    private int page;
    private int[] keys = new int[256];
    private int size;
    private char[] text = new char[256];
    private char[] folded = new char[520];

    /** @param distinct whether to keep each key once per page (else every token, in order) */
    PageKeys(boolean distinct) {
        this.distinct = distinct;
    }

    /** Starts the next page. */
    void next() {
        size = 0;
        page++;
    }

    /** The current page's key numbers, in the order first added. */
    int[] keys() {
        return Arrays.copyOf(keys, size);
    }

    void add(long key) {
        record(numbers.number(key));
    }

    void add(String key) {
        record(numbers.number(key));
    }

    private void record(int n) {
        if (distinct) {
            if (n >= seenOn.length) {
                seenOn = Arrays.copyOf(seenOn, Math.max(n + 1, seenOn.length * 2));
            }
            if (seenOn[n] == page) {
                return;
            }
            seenOn[n] = page;
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
        }
        keys[size++] = n;
    }

    /** A buffer of at least n chars for the caller's text (see {@link #tokens(char[], int, char)}). */
    char[] buffer(int n) {
        if (text.length < n) {
            text = new char[Math.max(n, text.length * 2)];
        }
        return text;
    }

    /** Adds the tokens of s, each after prefix (0 for none). */
    void tokens(String s, char prefix) {
        char[] a = buffer(s.length());
        s.getChars(0, s.length(), a, 0);
        tokens(a, s.length(), prefix);
    }

    /**
     * Adds the tokens of {@code a[0, n)}, a's contents being left as they are: normalised on the way, or when the
     * text has a character that needs more (see {@link SearchKeys#fold}), the keys of that try forgotten and the
     * text normalised first.
     */
    void tokens(char[] a, int n, char prefix) {
        int mark = size;
        if (SearchKeys.tokens(a, n, true, prefix, this)) {
            return;
        }
        for (int j = mark; j < size && distinct; j++) {
            seenOn[keys[j]] = 0; // first seen on this page after mark
        }
        size = mark;
        int len = normalise(a, n);
        SearchKeys.tokens(folded, len, false, prefix, this);
    }

    /** Adds "t" + each Chinese character of a title. */
    void titleChars(String title) {
        char[] a = buffer(title.length());
        title.getChars(0, title.length(), a, 0);
        int len = normalise(a, title.length());
        SearchKeys.chars(folded, len, 't', this);
    }

    /** Normalises {@code a[0, n)} into {@code folded}, returning its length. */
    private int normalise(char[] a, int n) {
        if (folded.length < 2 * n + 8) {
            folded = new char[Math.max(2 * n + 8, folded.length * 2)];
        }
        int len = SearchKeys.fold(a, n, folded);
        if (len >= 0) {
            return len;
        }
        String s = SearchKeys.normalise(new String(a, 0, n));
        if (folded.length < s.length()) {
            folded = new char[s.length()];
        }
        s.getChars(0, s.length(), folded, 0);
        return s.length();
    }
}
