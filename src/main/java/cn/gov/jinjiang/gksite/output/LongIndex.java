package cn.gov.jinjiang.gksite.output;

import java.util.Arrays;

/**
 * Distinct longs other than 0 numbered 0, 1, 2, … in the order first added: an open-addressing hash table
 * (linear probing, at most half full, 0 marking an empty slot) without a boxed Long or an entry object per key.
 * Not thread-safe.
 */
final class LongIndex {
    private long[] keys = new long[64];
    private int size;
    private long[] table;
    private int[] numbers;
    private int shift;

    LongIndex() {
        allocate(10);
    }

    private void allocate(int bits) {
        table = new long[1 << bits];
        numbers = new int[1 << bits];
        shift = 64 - bits;
    }

    /** The number of key, added now if it is new. */
    int add(long key) {
        int mask = table.length - 1;
        int i = (int) (key * 0x9E3779B97F4A7C15L >>> shift);
        for (long k = table[i]; k != 0; k = table[i]) {
            if (k == key) {
                return numbers[i];
            }
            i = (i + 1) & mask;
        }
        table[i] = key;
        numbers[i] = size;
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
        }
        keys[size] = key;
        if (++size * 2 > table.length) {
            grow();
        }
        return size - 1;
    }

    private void grow() {
        allocate(65 - shift);
        int mask = table.length - 1;
        for (int n = 0; n < size; n++) {
            int i = (int) (keys[n] * 0x9E3779B97F4A7C15L >>> shift);
            while (table[i] != 0) {
                i = (i + 1) & mask;
            }
            table[i] = keys[n];
            numbers[i] = n;
        }
    }

    int size() {
        return size;
    }

    long key(int number) {
        return keys[number];
    }
}
