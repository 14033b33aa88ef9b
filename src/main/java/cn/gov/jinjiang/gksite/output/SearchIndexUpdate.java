package cn.gov.jinjiang.gksite.output;

import cn.gov.jinjiang.gksite.content.ContentTree;
import cn.gov.jinjiang.gksite.content.Page;
import cn.gov.jinjiang.gksite.render.RenderedFile;
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
     * {@code added} (key → ascending numbers of changed pages) put in; null when {@code old} is not such a shard
     * ({@link ShardPatch}).
     */
    static byte[] patch(byte[] old, BitSet changed, int count, NavigableMap<String, IntList> added) {
        return ShardPatch.patch(old, changed, count, added);
    }
}
