package cn.gov.jinjiang.gksite.output;

import java.util.Arrays;

/**
 * Distinct longs other than 0 numbered 0, 1, 2, … in the order first added: an open-addressing hash table
 * (linear probing, at most half full, 0 marking an empty slot) without a boxed Long or an entry object per key.
 * A slot is two longs, the key and its number, so that a look-up reads one cache line. Not thread-safe.
 */
final class LongIndex {
    private long[] keys = new long[64];
    private int size;
    /** Slot i: the key at 2i, its number at 2i + 1. */
    private long[] table;

    private int shift;

    LongIndex() {
        allocate(10);
    }

    private void allocate(int bits) {
        table = new long[2 << bits];
        shift = 64 - bits;
    }

    /** The number of key, added now if it is new. */
    int add(long key) {
        int mask = table.length - 2;
        int i = (int) (key * 0x9E3779B97F4A7C15L >>> shift) << 1;
        for (long k = table[i]; k != 0; k = table[i]) {
            if (k == key) {
                return (int) table[i + 1];
            }
            i = (i + 2) & mask;
        }
        table[i] = key;
        table[i + 1] = size;
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
        }
        keys[size] = key;
        if (++size * 4 > table.length) {
            grow();
        }
        return size - 1;
    }

    private void grow() {
        allocate(65 - shift);
        int mask = table.length - 2;
        for (int n = 0; n < size; n++) {
            int i = (int) (keys[n] * 0x9E3779B97F4A7C15L >>> shift) << 1;
            while (table[i] != 0) {
                i = (i + 2) & mask;
            }
            table[i] = keys[n];
            table[i + 1] = n;
        }
    }

    int size() {
        return size;
    }

    long key(int number) {
        return keys[number];
    }
}
