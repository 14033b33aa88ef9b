package cn.gov.jinjiang.gksite.output;

import cn.gov.jinjiang.gksite.diag.TextEscapes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The ascending page numbers of every key number, in one flat array: a counting sort of (key, page) over the
 * pages' key numbers, in parallel over contiguous ranges of pages (each range's part of a key's list follows the
 * part of the range before it, so every list stays ascending).
 */
final class Postings {
    /** Key n's pages are {@code pages[start[n], start[n + 1])}. */
    private final int[] start;

    private final int[] pages;

    /**
     * @param keysOfPage each page's distinct key numbers, all less than keyCount
     * @param parts      how many ranges of pages to count in parallel
     */
    Postings(int[][] keysOfPage, int keyCount, int parts) {
        int[][] counts = new int[parts][keyCount];
        IntStream.range(0, parts).parallel().forEach(part -> {
            int[] count = counts[part];
            for (int id = from(keysOfPage.length, part, parts); id < from(keysOfPage.length, part + 1, parts); id++) {
                for (int n : keysOfPage[id]) {
                    count[n]++;
                }
            }
        });
        start = new int[keyCount + 1];
        int at = 0;
        for (int n = 0; n < keyCount; n++) {
            start[n] = at;
            for (int[] count : counts) {
                int c = count[n];
                count[n] = at; // from here on: where the part's next page of key n goes
                at += c;
            }
        }
        start[keyCount] = at;
        pages = new int[at];
        IntStream.range(0, parts).parallel().forEach(part -> {
            int[] next = counts[part];
            for (int id = from(keysOfPage.length, part, parts); id < from(keysOfPage.length, part + 1, parts); id++) {
                for (int n : keysOfPage[id]) {
                    pages[next[n]++] = id;
                }
            }
        });
    }

    private static int from(int pages, int part, int parts) {
        return (int) ((long) pages * part / parts);
    }

    /** How many pages have key n. */
    private int count(int n) {
        return start[n + 1] - start[n];
    }

    /**
     * The JSON of each index shard: every key with pages decoded once, put in its shard (see
     * {@link SearchIndexWriter#shard}), the shard's keys sorted as Strings (as a TreeMap would), each followed by
     * its page numbers delta-encoded.
     */
    byte[][] shards(KeyNumbers keys, int shards) {
        List<List<Integer>> byShard = new ArrayList<>();
        for (int i = 0; i < shards; i++) {
            byShard.add(new ArrayList<>());
        }
        String[] names = new String[keys.size()];
        int[] sizes = new int[shards]; // about the size of each file, most deltas having a digit or two
        int most = 0;
        for (int k = 0; k < names.length; k++) {
            if (count(k) > 0) {
                names[k] = keys.key(k);
                int shard = SearchIndexWriter.shard(names[k], shards);
                byShard.get(shard).add(k);
                sizes[shard] += 3 * count(k) + 3 * names[k].length() + 8;
                most = Math.max(most, count(k));
            }
        }
        int room = 11 * most + 16; // what JsonBytes.deltas asks for at the end
        byte[][] files = new byte[shards][];
        IntStream.range(0, shards).parallel().forEach(i -> {
            List<Integer> shard = byShard.get(i);
            shard.sort((x, y) -> names[x].compareTo(names[y]));
            JsonBytes json = new JsonBytes(sizes[i] + room);
            for (int j = 0; j < shard.size(); j++) {
                int k = shard.get(j);
                json.ascii(j == 0 ? '{' : ',');
                json.utf8(TextEscapes.json(names[k]));
                json.ascii(':');
                json.deltas(pages, start[k], start[k + 1]);
            }
            if (shard.isEmpty()) {
                json.ascii('{');
            }
            json.ascii('}');
            json.ascii('\n');
            files[i] = json.toBytes();
        });
        return files;
    }
}
