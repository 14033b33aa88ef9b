package cn.gov.jinjiang.gksite.output;

import java.util.Arrays;

/** A JSON file written straight to UTF-8 bytes: ASCII punctuation, lists of numbers, text. */
final class JsonBytes {
    private byte[] bytes;
    private int size;

    JsonBytes(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    private void room(int n) {
        if (size + n > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(size + n, bytes.length * 2));
        }
    }

    void ascii(char c) {
        room(1);
        bytes[size++] = (byte) c;
    }

    /** s in UTF-8, as {@link String#getBytes} gives it (a lone surrogate as '?'). */
    void utf8(String s) {
        room(3 * s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes[size++] = (byte) c;
            } else if (c < 0x800) {
                bytes[size++] = (byte) (0xC0 | c >> 6);
                bytes[size++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                bytes[size++] = (byte) (0xE0 | c >> 12);
                bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                bytes[size++] = (byte) (0xF0 | cp >> 18);
                bytes[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
                bytes[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | cp & 0x3F);
            } else {
                bytes[size++] = '?';
            }
        }
    }

    /** {@code b[from, to)} as they are. */
    void bytes(byte[] b, int from, int to) {
        room(to - from);
        System.arraycopy(b, from, bytes, size, to - from);
        size += to - from;
    }

    /** {@code [d,d,…]}: the ascending numbers {@code values[from, to)} as differences from the one before (from 0). */
    void deltas(int[] values, int from, int to) {
        room(11 * (to - from) + 2);
        bytes[size++] = '[';
        int last = 0;
        for (int j = from; j < to; j++) {
            if (j > from) {
                bytes[size++] = ',';
            }
            number(values[j] - last);
            last = values[j];
        }
        bytes[size++] = ']';
    }

    /**
     * A number ≥ 0 in decimal, with room for it made by the caller. Below 1029, v / 10 is {@code v * 205 >>> 11},
     * which the C1 compiler does faster.
     */
    private void number(int v) {
        int i = size
                + (v < 10
                        ? 1
                        : v < 100
                                ? 2
                                : v < 1000
                                        ? 3
                                        : v < 10000 ? 4 : Integer.toString(v).length());
        size = i;
        while (v >= 1000) {
            int q = v / 10;
            bytes[--i] = (byte) ('0' + v - q * 10);
            v = q;
        }
        while (v >= 10) {
            int q = v * 205 >>> 11;
            bytes[--i] = (byte) ('0' + v - q * 10);
            v = q;
        }
        bytes[--i] = (byte) ('0' + v);
    }

    void clear() {
        size = 0;
    }

    byte[] toBytes() {
        return Arrays.copyOf(bytes, size);
    }
}
