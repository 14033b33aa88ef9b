package cn.gov.jinjiang.gksite.output;

import cn.gov.jinjiang.gksite.content.ContentTree;
import cn.gov.jinjiang.gksite.content.Page;
import cn.gov.jinjiang.gksite.diag.TextEscapes;
import cn.gov.jinjiang.gksite.render.RenderedFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The search index after an edit of few pages, made from the last build's files instead of every page's text: the
 * same bytes as {@link SearchIndexWriter} makes afresh. Only when the pages are the same pages in the same order as
 * in the last build (every page keeps its number, so every file keeps its name and layout). Then
 * <ul>
 *   <li>meta.json is made afresh (it holds no text);</li>
 *   <li>a docs chunk with no changed page is the last build's file, one with a changed page is made afresh;</li>
 *   <li>each index shard is the last build's file with the changed pages' numbers taken out of every key's list and
 *   their new keys' numbers put in: a list that neither touches is copied as it is, a key left without pages goes,
 *   a new key goes in at its place in the order of Strings.</li>
 * </ul>
 * A last file that is missing, changed, or not as this class reads it makes the whole index afresh (the caller's
 * way). Reading a shard costs a pass over its bytes; tokenizing costs only the changed pages.
 */
final class SearchIndexUpdate {
    /** Beyond this share of the pages changed, the index is made afresh (about as fast, and simpler). */
    private static final int MOST_CHANGED_PER_1000 = 100;

    private SearchIndexUpdate() {}

    /** The index's files, or null when they must be made afresh. */
    static List<RenderedFile> files(ContentTree tree, SearchIndexWriter.Previous previous, int shards) {
        List<Page> pages = tree.pages();
        int[] changedIds = previous.changed();
        if ((long) changedIds.length * 1000 > (long) pages.size() * MOST_CHANGED_PER_1000) {
            return null;
        }
        BitSet changed = new BitSet(pages.size());
        for (int id : changedIds) {
            if (id < 0 || id >= pages.size()) {
                return null;
            }
            changed.set(id);
        }
        // The entries of the changed pages and of the pages that share a docs chunk with one.
        Map<Integer, SearchIndexWriter.Entry> entries = new HashMap<>();
        List<NavigableMap<String, IntList>> added = new ArrayList<>();
        for (int i = 0; i < shards; i++) {
            added.add(new TreeMap<>());
        }
        PageKeys keys = new PageKeys(true);
        for (int id = changed.nextSetBit(0); id >= 0; id = changed.nextSetBit(id + 1)) {
            SearchIndexWriter.Entry e = SearchIndexWriter.entry(pages.get(id), keys);
            entries.put(id, e);
            for (int k : e.keys()) {
                String key = keys.numbers.key(k);
                added.get(SearchIndexWriter.shard(key, shards))
                        .computeIfAbsent(key, x -> new IntList())
                        .add(id);
            }
        }
        List<RenderedFile> out = new ArrayList<>();
        out.add(SearchDocs.meta(pages, tree.sections(), shards));
        JsonBytes json = new JsonBytes(1 << 16);
        int chunks = (pages.size() + SearchIndexWriter.CHUNK - 1) / SearchIndexWriter.CHUNK;
        for (int c = 0; c < chunks; c++) {
            int from = c * SearchIndexWriter.CHUNK;
            int next = changed.nextSetBit(from);
            if (next >= 0 && next < from + SearchIndexWriter.CHUNK) {
                out.add(SearchDocs.chunk(
                        pages,
                        c,
                        id -> entries.computeIfAbsent(id, x -> SearchIndexWriter.entry(pages.get(x), keys))
                                .text(),
                        json));
            } else {
                byte[] old = previous.read().apply(SearchIndexWriter.docs(c));
                if (old == null) {
                    return null;
                }
                out.add(new RenderedFile(SearchIndexWriter.docs(c), old, "", ""));
            }
        }
        byte[][] index = new byte[shards][];
        boolean whole = IntStream.range(0, shards).parallel().allMatch(i -> {
            byte[] old = previous.read().apply(SearchIndexWriter.index(i));
            index[i] = old == null ? null : patch(old, changed, pages.size(), added.get(i));
            return index[i] != null;
        });
        if (!whole) {
            return null;
        }
        for (int i = 0; i < shards; i++) {
            out.add(new RenderedFile(SearchIndexWriter.index(i), index[i], "", ""));
        }
        return out;
    }

    /** Ascending page numbers, appended in order. */
    static final class IntList {
        private int[] values = new int[4];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /**
     * A shard as {@link Postings#shards} writes it, with the pages in {@code changed} taken out of every list and
     * {@code added} (key → ascending numbers of changed pages) put in; null when {@code old} is not such a shard (of
     * a site of {@code count} pages, keys in ascending order, each list ascending).
     */
    static byte[] patch(byte[] old, BitSet changed, int count, NavigableMap<String, IntList> added) {
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

    /** One pass over an old shard. */
    private static final class Patch {
        private final byte[] in;
        private final BitSet changed;
        private final int count;
        private final JsonBytes out;
        private int at;
        private int[] ids = new int[64];
        private boolean first = true;

        Patch(byte[] in, BitSet changed, int count) {
            this.in = in;
            this.changed = changed;
            this.count = count;
            this.out = new JsonBytes(in.length + 4096);
        }

        byte[] run(NavigableMap<String, IntList> added) throws Malformed {
            expect('{');
            out.ascii('{');
            String before = null;
            var adding = added.entrySet().iterator();
            var next = adding.hasNext() ? adding.next() : null;
            while (at < in.length && in[at] != '}') {
                if (before != null) {
                    expect(',');
                }
                int start = at;
                String key = key();
                if (before != null && before.compareTo(key) >= 0) {
                    throw new Malformed();
                }
                before = key;
                expect(':');
                int n = list();
                while (next != null && next.getKey().compareTo(key) < 0) {
                    int[] pages = next.getValue().toArray();
                    entry(next.getKey(), pages, pages.length);
                    next = adding.hasNext() ? adding.next() : null;
                }
                int[] more = null;
                if (next != null && next.getKey().equals(key)) {
                    more = next.getValue().toArray();
                    next = adding.hasNext() ? adding.next() : null;
                }
                int kept = 0;
                for (int j = 0; j < n; j++) {
                    if (!changed.get(ids[j])) {
                        ids[kept++] = ids[j];
                    }
                }
                if (kept == n && more == null) {
                    separator();
                    out.bytes(in, start, at);
                } else if (more == null) {
                    if (kept > 0) {
                        entry(key, ids, kept);
                    }
                } else {
                    int[] merged = Arrays.copyOf(ids, kept + more.length);
                    System.arraycopy(more, 0, merged, kept, more.length);
                    Arrays.sort(merged);
                    entry(key, merged, merged.length);
                }
            }
            expect('}');
            expect('\n');
            if (at != in.length) {
                throw new Malformed();
            }
            while (next != null) {
                int[] pages = next.getValue().toArray();
                entry(next.getKey(), pages, pages.length);
                next = adding.hasNext() ? adding.next() : null;
            }
            out.ascii('}');
            out.ascii('\n');
            return out.toBytes();
        }

        private void separator() {
            if (!first) {
                out.ascii(',');
            }
            first = false;
        }

        /** A key with the first n numbers of pages. */
        private void entry(String key, int[] pages, int n) {
            separator();
            out.utf8(TextEscapes.json(key));
            out.ascii(':');
            out.deltas(pages, 0, n);
        }

        private void expect(char c) throws Malformed {
            if (at >= in.length || in[at] != c) {
                throw new Malformed();
            }
            at++;
        }

        /** A key as {@link TextEscapes#json} writes one, from its opening quote to after its closing one. */
        private String key() throws Malformed {
            expect('"');
            int from = at;
            boolean escaped = false;
            while (true) {
                if (at >= in.length) {
                    throw new Malformed();
                }
                byte b = in[at];
                if (b == '"') {
                    break;
                }
                if (b == '\\') {
                    escaped = true;
                    at++;
                }
                at++;
            }
            String raw = new String(in, from, at - from, StandardCharsets.UTF_8);
            at++;
            return escaped ? unescape(raw) : raw;
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

        /** A list of deltas, decoded into {@link #ids}; how many. Each page below count, ascending. */
        private int list() throws Malformed {
            expect('[');
            int n = 0;
            int last = -1;
            while (true) {
                int v = 0;
                int digits = 0;
                while (at < in.length && in[at] >= '0' && in[at] <= '9') {
                    v = v * 10 + (in[at++] - '0');
                    if (++digits > 9) {
                        throw new Malformed();
                    }
                }
                int id = n == 0 ? v : last + v;
                if (digits == 0 || (n > 0 && v == 0) || id >= count) {
                    throw new Malformed();
                }
                if (n == ids.length) {
                    ids = Arrays.copyOf(ids, n * 2);
                }
                ids[n++] = id;
                last = id;
                if (at < in.length && in[at] == ',') {
                    at++;
                } else {
                    expect(']');
                    return n;
                }
            }
        }
    }
}
