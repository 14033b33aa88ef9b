package cn.gov.jinjiang.gksite.output;

import cn.gov.jinjiang.gksite.diag.TextEscapes;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Map;
import java.util.NavigableMap;

/**
 * One index shard of the last build updated by the pages an edit changed ({@link SearchIndexUpdate}), in one pass
 * over its bytes: a key's list that no changed page is in, or that the same changed pages are in as before (the
 * usual case: an edit changes few of its page's keys), is copied as it is, with the runs of such entries copied
 * whole; only the other lists are decoded and written again.
 */
final class ShardPatch {
    private ShardPatch() {}

    /**
     * A shard as {@link Postings#shards} writes it, with the pages in {@code changed} taken out of every list and
     * {@code added} (key → ascending numbers of changed pages) put in; null when {@code old} is not such a shard (of
     * a site of {@code count} pages, keys in ascending order, each list ascending).
     */
    static byte[] patch(byte[] old, BitSet changed, int count, NavigableMap<String, SearchIndexUpdate.IntList> added) {
        try {
            return new Patch(old, changed, count).run(added);
        } catch (Malformed e) {
            return null;
        }
    }

    /** The old shard is not as {@link Postings} writes one. */
    private static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed() {
            super(null, null, false, false);
        }
    }

    /**
     * A key to put into a shard, as JSON (quoted and escaped, UTF-8), with the changed pages that have it now. Keys are
     * in the order of Strings; keys without escapes and without characters beyond the BMP (plain: nearly all) are
     * compared as bytes (UTF-8 bytes are in the order of code points, which within the BMP is the order of Java's
     * UTF-16 Strings), others decoded.
     */
    private record Added(byte[] quoted, boolean plain, int[] pages) {
        static Added of(Map.Entry<String, SearchIndexUpdate.IntList> e) {
            byte[] quoted = TextEscapes.json(e.getKey()).getBytes(StandardCharsets.UTF_8);
            return new Added(
                    quoted, isPlain(quoted, 1, quoted.length - 1), e.getValue().toArray());
        }
    }

    private static boolean isPlain(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == '\\' || (b[i] & 0xff) >= 0xf0) {
                return false;
            }
        }
        return true;
    }

    /** Compares two keys given as the bytes between their quotes, in the order of their Strings. */
    static int compare(byte[] a, int aFrom, int aTo, boolean aPlain, byte[] b, int bFrom, int bTo, boolean bPlain)
            throws Malformed {
        if (aPlain && bPlain) {
            return Arrays.compareUnsigned(a, aFrom, aTo, b, bFrom, bTo);
        }
        return text(a, aFrom, aTo, aPlain).compareTo(text(b, bFrom, bTo, bPlain));
    }

    private static String text(byte[] b, int from, int to, boolean plain) throws Malformed {
        String raw = new String(b, from, to - from, StandardCharsets.UTF_8);
        return plain ? raw : Patch.unescape(raw);
    }

    /** One pass over an old shard. */
    private static final class Patch {
        private final byte[] in;
        private final BitSet changed;
        private final int count;
        private final JsonBytes out;
        private int at;
        private int[] ids = new int[64];
        private boolean first = true;
        /** The changed pages, ascending. */
        private final int[] changedIds;
        /** Whether the key {@link #key} passed over last is plain ({@link Added}). */
        private boolean plainKey;
        /** The changed pages in the list {@link #list} decoded last, ascending: the first {@link #hits}. */
        private int[] found = new int[8];

        private int hits;
        /** The run of old entries to copy as they are ({@link #raw}), from and to; none when from is -1. */
        private int copyFrom = -1;

        private int copyTo;

        Patch(byte[] in, BitSet changed, int count) {
            this.in = in;
            this.changed = changed;
            this.changedIds = changed.stream().toArray();
            this.count = count;
            this.out = new JsonBytes(in.length + 4096);
        }

        byte[] run(NavigableMap<String, SearchIndexUpdate.IntList> added) throws Malformed {
            expect('{');
            out.ascii('{');
            int beforeFrom = -1;
            int beforeTo = -1;
            boolean beforePlain = true;
            var adding = added.entrySet().iterator();
            Added next = adding.hasNext() ? Added.of(adding.next()) : null;
            while (at < in.length && in[at] != '}') {
                if (beforeFrom >= 0) {
                    expect(',');
                }
                int start = at;
                key();
                // The key between its quotes.
                int from = start + 1;
                int to = at - 1;
                if (beforeFrom >= 0 && compare(in, beforeFrom, beforeTo, beforePlain, in, from, to, plainKey) >= 0) {
                    throw new Malformed();
                }
                beforeFrom = from;
                beforeTo = to;
                beforePlain = plainKey;
                expect(':');
                int n = list();
                int order = 1;
                while (next != null && (order = compareTo(next, from, to)) < 0) {
                    entry(next.quoted(), 0, next.quoted().length, next.pages(), next.pages().length);
                    next = adding.hasNext() ? Added.of(adding.next()) : null;
                }
                int[] more = null;
                if (next != null && order == 0) {
                    more = next.pages();
                    next = adding.hasNext() ? Added.of(adding.next()) : null;
                }
                if (more == null ? hits == 0 : Arrays.equals(found, 0, hits, more, 0, more.length)) {
                    // The same changed pages have the key as before: the list is as it was (the usual case, as an
                    // edit changes few of its page's keys), and is copied without decoding.
                    raw(start, at);
                    continue;
                }
                int kept = 0;
                for (int j = 0; j < n; j++) {
                    if (!changed.get(ids[j])) {
                        ids[kept++] = ids[j];
                    }
                }
                if (more == null) {
                    if (kept > 0) {
                        entry(in, start, to + 1, ids, kept);
                    }
                } else {
                    int[] merged = Arrays.copyOf(ids, kept + more.length);
                    System.arraycopy(more, 0, merged, kept, more.length);
                    Arrays.sort(merged);
                    entry(in, start, to + 1, merged, merged.length);
                }
            }
            expect('}');
            expect('\n');
            if (at != in.length) {
                throw new Malformed();
            }
            flush();
            while (next != null) {
                entry(next.quoted(), 0, next.quoted().length, next.pages(), next.pages().length);
                next = adding.hasNext() ? Added.of(adding.next()) : null;
            }
            out.ascii('}');
            out.ascii('\n');
            return out.toBytes();
        }

        /** The order of an added key against the old key between {@code from} and {@code to}. */
        private int compareTo(Added key, int from, int to) throws Malformed {
            return compare(key.quoted(), 1, key.quoted().length - 1, key.plain(), in, from, to, plainKey);
        }

        /**
         * Copies the entry from {@code from} to {@code to} of the old shard as it is: with the entries before it when
         * they are copied too (one copy of the run, commas and all, when it is written out: {@link #flush}).
         */
        private void raw(int from, int to) {
            if (copyFrom < 0 || from != copyTo + 1) {
                flush();
                copyFrom = from;
            }
            copyTo = to;
        }

        /** Writes out the run of entries copied as they are. */
        private void flush() {
            if (copyFrom >= 0) {
                separator();
                out.bytes(in, copyFrom, copyTo);
                copyFrom = -1;
            }
        }

        private void separator() {
            if (!first) {
                out.ascii(',');
            }
            first = false;
        }

        /** A key (as JSON, quoted: {@code key} from {@code from} to {@code to}) with the first n numbers of pages. */
        private void entry(byte[] key, int from, int to, int[] pages, int n) {
            flush();
            separator();
            out.bytes(key, from, to);
            out.ascii(':');
            out.deltas(pages, 0, n);
        }

        private void expect(char c) throws Malformed {
            if (at >= in.length || in[at] != c) {
                throw new Malformed();
            }
            at++;
        }

        /**
         * Passes over a key as {@link TextEscapes#json} writes one, from its opening quote to after its closing one;
         * {@link #plainKey} says whether it is plain ({@link Added}).
         */
        private void key() throws Malformed {
            expect('"');
            byte[] b = in;
            int from = at;
            int i = from;
            boolean plain = true;
            while (true) {
                if (i >= b.length) {
                    throw new Malformed();
                }
                int c = b[i] & 0xff;
                if (c == '"') {
                    break;
                }
                if (c == '\\') {
                    plain = false;
                    i++;
                } else if (c >= 0xf0) {
                    plain = false;
                }
                i++;
            }
            plainKey = plain;
            at = i + 1;
        }

        private static String unescape(String s) throws Malformed {
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                if (++i >= s.length()) {
                    throw new Malformed();
                }
                switch (s.charAt(i)) {
                    case '"' -> sb.append('"');
                    case '\\' -> sb.append('\\');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'u' -> {
                        if (i + 4 >= s.length()) {
                            throw new Malformed();
                        }
                        try {
                            sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        } catch (NumberFormatException e) {
                            throw new Malformed();
                        }
                        i += 4;
                    }
                    default -> throw new Malformed();
                }
            }
            return sb.toString();
        }

        /**
         * A list of deltas, decoded into {@link #ids}; how many. Each page below count, ascending. Keeps the changed
         * pages in it in {@link #found}. Written for the quick compiler (the build's): locals, one look at each byte.
         */
        private int list() throws Malformed {
            expect('[');
            byte[] b = in;
            int i = at;
            int[] gone = changedIds;
            int g = 0;
            int h = 0;
            int n = 0;
            int last = -1;
            while (true) {
                int v = 0;
                int first = i;
                int d;
                while (i < b.length && (d = b[i] - '0') >= 0 && d <= 9) {
                    v = v * 10 + d;
                    i++;
                }
                int digits = i - first;
                int id = n == 0 ? v : last + v;
                if (digits == 0 || digits > 9 || (n > 0 && v == 0) || id >= count) {
                    throw new Malformed();
                }
                while (g < gone.length && gone[g] < id) {
                    g++;
                }
                if (g < gone.length && gone[g] == id) {
                    if (h == found.length) {
                        found = Arrays.copyOf(found, h * 2);
                    }
                    found[h++] = id;
                }
                if (n == ids.length) {
                    ids = Arrays.copyOf(ids, n * 2);
                }
                ids[n++] = id;
                last = id;
                if (i < b.length && b[i] == ',') {
                    i++;
                } else {
                    at = i;
                    expect(']');
                    hits = h;
                    return n;
                }
            }
        }
    }
}
