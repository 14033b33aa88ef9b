package cn.gov.jinjiang.gksite.output;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Search keys numbered 0, 1, 2, … in the order first seen, so that pages and postings hold ints. A key that
 * fits is numbered by its long (see {@link SearchKeys}); a longer one is kept as a word, numbered through the
 * long {@link #WORD} + its number among the words. Not thread-safe.
 */
final class KeyNumbers {
    /** Tag of a word's long: top bits 11, which no encoded key has. */
    private static final long WORD = 3L << 62;

    private final LongIndex index = new LongIndex();
    private final List<String> words = new ArrayList<>();
    private final Map<String, Integer> wordNumbers = new HashMap<>();

    int number(long key) {
        return index.add(key);
    }

    int number(String key) {
        long k = SearchKeys.encode(key);
        if (k != 0) {
            return index.add(k);
        }
        Integer w = wordNumbers.get(key);
        if (w == null) {
            w = words.size();
            words.add(key);
            wordNumbers.put(key, w);
        }
        return index.add(WORD | w);
    }

    /** The number here of key number n of other. */
    int number(KeyNumbers other, int n) {
        long k = other.index.key(n);
        return (k & WORD) == WORD ? number(other.words.get((int) (k & ~WORD))) : index.add(k);
    }

    int size() {
        return index.size();
    }

    /** Key number n as text. */
    String key(int n) {
        long k = index.key(n);
        return (k & WORD) == WORD ? words.get((int) (k & ~WORD)) : SearchKeys.decode(k);
    }
}
