package cn.gov.jinjiang.gksite.check.scan;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The classes of bytes that the fast scanner's tokenizer tells apart, as one table lookup per byte: the
 * HTML whitespace, the bytes that end a tag name, an attribute name or an unquoted value, and ASCII letters.
 * All are ASCII, so a byte of a multi-byte UTF-8 character is in none of them. The searches return -1 on a
 * miss, in every overload (as jsoup's {@code CharacterReader} does).
 *
 * <p>Why a table: the scanner runs under the client compiler, which inlines only methods of at most 35 bytes
 * of bytecode; a chain of comparisons per byte is both larger and slower than one load and a mask.
 */
final class HtmlBytes {
    /** Space, tab, line feed, form feed, carriage return. */
    static final int SPACE = 1;

    static final int SLASH = 1 << 1;
    static final int GT = 1 << 2;
    static final int EQUALS = 1 << 3;
    static final int ALPHA = 1 << 4;
    /** An upper-case ASCII letter; the bit's value (0x20) turns it into lower case when or-ed in. */
    static final int UPPER = 0x20;
    /** Ends a tag name. */
    static final int TAG_NAME_END = SPACE | SLASH | GT;
    /** Ends an attribute name. */
    static final int ATTRIBUTE_NAME_END = SPACE | SLASH | GT | EQUALS;
    /** Ends an unquoted attribute value. */
    static final int UNQUOTED_END = SPACE | GT;

    /** Eight bytes of a page at a time, for {@link #indexOf}. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private static final long LOW_BITS = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    /** Per byte value (0 to 255): its classes. */
    private static final byte[] CLASSES = new byte[256];

    static {
        for (char c : new char[] {' ', '\t', '\n', '\f', '\r'}) {
            CLASSES[c] = SPACE;
        }
        CLASSES['/'] = SLASH;
        CLASSES['>'] = GT;
        CLASSES['='] = EQUALS;
        for (int c = 'a'; c <= 'z'; c++) {
            CLASSES[c] = ALPHA;
            CLASSES[c - 32] = ALPHA | UPPER;
        }
    }

    private HtmlBytes() {}

    /**
     * Offset of the first byte {@code c} in {@code b[from, to)}, or -1. Text and attribute values are
     * most of a page, so the search for the byte that ends them goes eight bytes at a time: the lowest zero
     * byte of {@code word ^ pattern} is the first {@code c} (the usual bit trick; a borrow can only mark bytes
     * after a real zero, and those are not looked at).
     */
    static int indexOf(byte[] b, int from, int to, byte c) {
        long pattern = (c & 0xFF) * LOW_BITS;
        int p = from;
        while (p + 8 <= to) {
            long x = (long) LONGS.get(b, p) ^ pattern;
            long found = (x - LOW_BITS) & ~x & HIGH_BITS;
            if (found != 0) {
                return p + (Long.numberOfTrailingZeros(found) >>> 3);
            }
            p += 8;
        }
        while (p < to) {
            if (b[p] == c) {
                return p;
            }
            p++;
        }
        return -1;
    }

    /** Offset of the first {@code s} (ASCII) in {@code b[from, to)}, or -1. */
    static int indexOf(byte[] b, int from, int to, String s) {
        byte first = (byte) s.charAt(0);
        outer:
        for (int i = from; i + s.length() <= to; i++) {
            if (b[i] == first) {
                for (int k = 1; k < s.length(); k++) {
                    if (b[i + k] != s.charAt(k)) {
                        continue outer;
                    }
                }
                return i;
            }
        }
        return -1;
    }

    /** The classes of byte {@code c}. */
    static int of(byte c) {
        return CLASSES[c & 0xFF];
    }

    static boolean isSpace(byte c) {
        return (CLASSES[c & 0xFF] & SPACE) != 0;
    }

    static boolean isAlpha(byte c) {
        return (CLASSES[c & 0xFF] & ALPHA) != 0;
    }

    /** The byte with an ASCII upper-case letter made lower case, as an unsigned value. */
    static int lower(byte c) {
        return c & 0xFF | CLASSES[c & 0xFF] & UPPER;
    }
}
