package cn.gov.jinjiang.gksite.output;

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
    int count(int n) {
        return start[n + 1] - start[n];
    }

    /** Writes the page numbers of key n as {@code [d,d,…]}, delta-encoded. */
    void writeDeltas(int n, JsonBytes out) {
        out.deltas(pages, start[n], start[n + 1]);
    }
}
