package cn.gov.jinjiang.gksite.check.scan;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A tag or attribute name as a number to compare whole: its first sixteen bytes, ASCII lower-cased, packed
 * little-endian into two longs, and its length. Two names up to sixteen bytes long are equal (ASCII
 * case-insensitively) exactly when their packed forms are; a longer name is never equal to a shorter one.
 * A constant made by {@link #of} also keeps its name as a string, for readers that look names up by string
 * (a DOM).
 */
public final class PackedName {
    /** Names this long or shorter are packed whole. */
    static final int MAX_LENGTH = 16;

    /** Bytes 0 to 7, bytes 8 to 15, and the length in bytes. */
    private final long low;

    private final long high;
    private final int length;
    private final String name;

    PackedName(long low, long high, int length, String name) {
        this.low = low;
        this.high = high;
        this.length = length;
        this.name = name;
    }

    /** The packed form of a lower-case ASCII name, as a constant for look-ups. */
    public static PackedName of(String name) {
        byte[] b = name.getBytes(StandardCharsets.US_ASCII);
        if (b.length > MAX_LENGTH || !name.equals(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException(name);
        }
        Reader r = new Reader(b);
        r.read(0, b.length, 0);
        return new PackedName(r.low, r.high, b.length, name);
    }

    long low() {
        return low;
    }

    long high() {
        return high;
    }

    int length() {
        return length;
    }

    /** The name as given to {@link #of}. */
    public String name() {
        return name;
    }

    /** Equal packed forms: the same name, ASCII case-insensitively (whatever string each keeps). */
    @Override
    public boolean equals(Object o) {
        return o instanceof PackedName p && p.low == low && p.high == high && p.length == length;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(low * 31 + high) * 31 + length;
    }

    @Override
    public String toString() {
        return name;
    }

    /**
     * Reads names from a page's bytes and packs them as it goes (one pass: the bytes are classified anyway to
     * find where the name ends). One per page; the result of the last {@link #read} is kept until the next.
     */
    static final class Reader {
        private final byte[] b;
        private long low;
        private long high;

        Reader(byte[] bytes) {
            this.b = bytes;
        }

        /**
         * Reads the name from {@code p} to the first byte of one of the {@link HtmlBytes} classes {@code stop}
         * (or {@code n}) and returns where it ends.
         */
        int read(int p, int n, int stop) {
            byte[] b = this.b;
            int from = p;
            long lo = 0;
            long hi = 0;
            while (p < n) {
                int c = HtmlBytes.of(b[p]);
                if ((c & stop) != 0) {
                    break;
                }
                int i = p - from;
                if (i < 8) {
                    lo |= (long) (b[p] & 0xFF | c & HtmlBytes.UPPER) << (i << 3);
                } else if (i < MAX_LENGTH) {
                    hi |= (long) (b[p] & 0xFF | c & HtmlBytes.UPPER) << (i - 8 << 3);
                }
                p++;
            }
            low = lo;
            high = hi;
            return p;
        }

        long low() {
            return low;
        }

        long high() {
            return high;
        }
    }
}
