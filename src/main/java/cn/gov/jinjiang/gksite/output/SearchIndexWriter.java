package cn.gov.jinjiang.gksite.output;

import cn.gov.jinjiang.gksite.content.ContentTree;
import cn.gov.jinjiang.gksite.content.Page;
import cn.gov.jinjiang.gksite.render.RenderedFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The site search index, for search without a server (themes/portal/static/js/search.js reads it). Chinese
 * has no spaces, so text is indexed by character bigrams (规范性文件 → 规范 范性 性文 文件: a query for
 * 规范性文件 finds 行政规范性文件), Latin letters and digits by word; title tokens, title characters and the
 * exact 文号 and 索引号 are keys of their own. Keys are spread over shards by a hash the script computes
 * the same way, so a query loads only the shards of its own keys; page data is in chunks loaded for the
 * results shown. Files, all under {@code search/}:
 * <ul>
 *   <li>{@code meta.json}: version, shard count, chunk size, page count, the column and 主题分类 names, and per
 *   page [column, year, 主题分类, date as yyyymmdd] for filtering and ordering;</li>
 *   <li>{@code index-<n>.json}: key → ascending page numbers, delta-encoded. Keys: a body token as is,
 *   {@code t}+token for the title, {@code =}+normalised 文号 or 索引号;</li>
 *   <li>{@code docs-<k>.json}: pages k·CHUNK … as [url, title, date, 文号, 索引号, text] (text shortened).</li>
 * </ul>
 * Pages are numbered in the tree's fixed order and every map is sorted, so the output is deterministic. An
 * instance remembers each page's tokens while the page is unchanged (the preview keeps one); it is safe to
 * use from one thread at a time.
 *
 * <p>How, without a String or a map entry per token: {@link SearchText} takes the plain text of a body in
 * place; {@link PageKeys} tokenizes it into keys encoded as longs ({@link SearchKeys} says how) and numbers
 * them, keeping each page's distinct key numbers as an int[]; {@link Postings} sorts (key, page) by counting,
 * and writes the shards, decoding each distinct key to its String once to find its shard and sort the shard's
 * keys. A build, which calls {@link #files} once, does not keep the pages' entries.
 */
public final class SearchIndexWriter {
    public static final String DIR = "search/";
    /** Pages per docs chunk. */
    static final int CHUNK = 20;
    /** Text kept per page for snippets. */
    static final int TEXT = 500;
    /** About this many pages per index shard; at most MAX_SHARDS shards. */
    static final int PAGES_PER_SHARD = 40;

    static final int MAX_SHARDS = 256;

    /**
     * What one page contributes, kept between builds of the preview while the page is unchanged: the numbers in
     * {@link #keys} of its distinct keys, and the start of its text.
     */
    record Entry(int[] keys, String text) {}

    private final Map<Page, Entry> cache = new ConcurrentHashMap<>();
    /** Whether to keep the entries for the next call (else each page's text is not even hashed). */
    private final boolean remember;
    /** How many pages the last {@link #files} call tokenized (the others it remembered, or updated from). */
    private int tokenized;
    /**
     * Every key seen, numbered: a site of 10,000 pages has some ten million page keys but only a few hundred
     * thousand distinct ones, so pages hold key numbers. Only grows (as the preview goes on, by the keys of
     * edited text).
     */
    private final KeyNumbers keys = new KeyNumbers();

    /** A writer that remembers what each page gave, for the next {@link #files} while the page is unchanged. */
    public SearchIndexWriter() {
        this(true);
    }

    /** @param remember false for a writer whose {@link #files} is called once (a build) */
    public SearchIndexWriter(boolean remember) {
        this.remember = remember;
    }

    public List<RenderedFile> files(ContentTree tree) {
        return files(tree, null);
    }

    /**
     * The index's files; with {@code previous} (a build that changed few pages since the last), the last build's
     * files updated by the pages that changed ({@link SearchIndexUpdate}), when they are all there as it wrote them
     * and the pages are the same pages in the same order: the same bytes as made afresh, without reading every
     * page's text again.
     *
     * @param previous what the last build wrote, or null to make every file afresh
     */
    public List<RenderedFile> files(ContentTree tree, Previous previous) {
        List<Page> pages = tree.pages();
        int shards = shards(pages.size());
        if (previous != null) {
            List<RenderedFile> updated = SearchIndexUpdate.files(tree, previous, shards);
            if (updated != null) {
                tokenized = previous.changed().length;
                return updated;
            }
        }
        Entry[] entries = entries(pages);
        int[][] keysOfPage = new int[entries.length][];
        for (int id = 0; id < entries.length; id++) {
            keysOfPage[id] = entries[id].keys();
        }
        int parts = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), pages.size() / 500 + 1));
        Postings postings = new Postings(keysOfPage, keys.size(), parts);
        List<RenderedFile> out = new ArrayList<>();
        out.add(SearchDocs.meta(pages, tree.sections(), shards));
        JsonBytes chunk = new JsonBytes(1 << 16);
        for (int c = 0; c * CHUNK < pages.size(); c++) {
            out.add(SearchDocs.chunk(pages, c, id -> entries[id].text(), chunk));
        }
        byte[][] index = postings.shards(keys, shards);
        for (int i = 0; i < shards; i++) {
            out.add(new RenderedFile(index(i), index[i], "", ""));
        }
        return out;
    }

    /**
     * What the last build wrote of the index, for a build after an edit of few pages.
     *
     * @param changed the numbers of the pages (in this build's order, which must be the last build's) whose files
     *                changed since, ascending
     * @param read    the bytes the last build wrote at a path (as {@link #index}, {@link #docs} name them), or null
     *                when they are not there as it wrote them
     */
    public record Previous(int[] changed, Function<String, byte[]> read) {
        public Previous {
            changed = changed.clone();
        }
    }

    /** How many index shards a site of so many pages has. */
    static int shards(int pages) {
        return Math.max(1, Math.min(MAX_SHARDS, (pages + PAGES_PER_SHARD - 1) / PAGES_PER_SHARD));
    }

    static String index(int shard) {
        return DIR + "index-" + shard + ".json";
    }

    static String docs(int chunk) {
        return DIR + "docs-" + chunk + ".json";
    }

    /**
     * Each page's entry: from the cache, or made in parallel runs of pages, each with a {@link PageKeys} whose
     * key numbers are then translated to those of {@link #keys} (one look-up per distinct key of a run).
     */
    private Entry[] entries(List<Page> pages) {
        Entry[] entries = new Entry[pages.size()];
        int runs =
                Math.max(1, Math.min(pages.size() / 16, 4 * Runtime.getRuntime().availableProcessors()));
        PageKeys[] collectors = new PageKeys[runs];
        boolean[] made = new boolean[pages.size()];
        IntStream.range(0, runs).parallel().forEach(run -> {
            for (int i = from(pages.size(), run, runs); i < from(pages.size(), run + 1, runs); i++) {
                entries[i] = remember ? cache.get(pages.get(i)) : null;
                if (entries[i] == null) {
                    collectors[run] = collectors[run] == null ? new PageKeys(true) : collectors[run];
                    entries[i] = entry(pages.get(i), collectors[run]);
                    made[i] = true;
                }
            }
        });
        int[][] translations = new int[runs][];
        for (int run = 0; run < runs; run++) {
            if (collectors[run] != null) {
                translations[run] = new int[collectors[run].numbers.size()];
                for (int n = 0; n < translations[run].length; n++) {
                    translations[run][n] = keys.number(collectors[run].numbers, n);
                }
            }
        }
        // The new entries' run numbers become numbers of keys before the entries go into the cache.
        IntStream.range(0, runs)
                .filter(run -> collectors[run] != null)
                .parallel()
                .forEach(run -> {
                    for (int i = from(pages.size(), run, runs); i < from(pages.size(), run + 1, runs); i++) {
                        if (made[i]) {
                            int[] k = entries[i].keys();
                            for (int j = 0; j < k.length; j++) {
                                k[j] = translations[run][k[j]];
                            }
                            if (remember) {
                                cache.put(pages.get(i), entries[i]);
                            }
                        }
                    }
                });
        if (cache.size() > pages.size()) { // pages removed, or edited (their old text is cached)
            cache.keySet().retainAll(new HashSet<>(pages));
        }
        tokenized = 0;
        for (boolean m : made) {
            tokenized += m ? 1 : 0;
        }
        return entries;
    }

    /** How many pages the last {@link #files} call tokenized (the others it remembered). */
    int tokenized() {
        return tokenized;
    }

    private static int from(int size, int part, int parts) {
        return (int) ((long) size * part / parts);
    }

    /** The entry of p with key numbers of keys. */
    static Entry entry(Page p, PageKeys keys) {
        keys.next();
        String body = p.body().text();
        char[] a = keys.buffer(body.length());
        body.getChars(0, body.length(), a, 0);
        int n = SearchText.plain(a, body.length());
        String text = new String(a, 0, Math.min(n, TEXT));
        keys.tokens(a, n, (char) 0);
        keys.tokens(p.meta().description(), (char) 0);
        keys.tokens(p.meta().publisher(), (char) 0);
        keys.tokens(p.meta().topic(), (char) 0);
        keys.tokens(p.meta().title(), 't');
        keys.titleChars(p.meta().title());
        if (!p.meta().docNo().isEmpty()) {
            keys.add("=" + exact(p.meta().docNo()));
        }
        if (!p.meta().indexNo().isEmpty()) {
            keys.add("=" + exact(p.meta().indexNo()));
        }
        return new Entry(keys.keys(), text);
    }

    /** Text of a Markdown body for searching: markup, link targets, attributes and HTML tags removed. */
    static String plain(String markdown) {
        return SearchText.plain(markdown);
    }

    /** Normalised form of text for tokens: NFKC (full-width letters and digits to ASCII), lower case. */
    public static String normalise(String s) {
        return SearchKeys.normalise(s);
    }

    /** An exact key: normalised, without spaces, every kind of bracket as 〔〕 (晋政办[2025]1号 = 晋政办〔2025〕1号). */
    public static String exact(String s) {
        String n = normalise(s);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if ("[(【〔{<《".indexOf(c) >= 0) {
                sb.append('〔');
            } else if ("])】〕}>》".indexOf(c) >= 0) {
                sb.append('〕');
            } else if (!SearchText.space(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Tokens of text: bigrams of runs of Chinese characters (a lone character as itself), Latin/digit words. */
    public static void tokens(String text, Consumer<String> sink) {
        PageKeys keys = new PageKeys(false);
        keys.tokens(text, (char) 0);
        for (int n : keys.keys()) {
            sink.accept(keys.numbers.key(n));
        }
    }

    /** FNV-1a over the UTF-16 code units, modulo the shard count (search.js computes the same). */
    public static int shard(String key, int shards) {
        int h = 0x811c9dc5;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 16777619;
        }
        return (int) (Integer.toUnsignedLong(h) % shards);
    }
}
