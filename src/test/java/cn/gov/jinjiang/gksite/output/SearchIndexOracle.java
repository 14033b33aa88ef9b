package cn.gov.jinjiang.gksite.output;

import cn.gov.jinjiang.gksite.content.ContentTree;
import cn.gov.jinjiang.gksite.content.Page;
import cn.gov.jinjiang.gksite.content.Section;
import cn.gov.jinjiang.gksite.diag.TextEscapes;
import cn.gov.jinjiang.gksite.render.RenderedFile;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The search index writer as it was before it was made faster (regular expressions, a String per token, maps of
 * Strings), kept unchanged but for its name as the oracle that SearchIndexWriter's output must equal byte for
 * byte. Test code only.
 */
final class SearchIndexOracle {
    public static final String DIR = "search/";
    /** Pages per docs chunk. */
    static final int CHUNK = 20;
    /** Text kept per page for snippets. */
    static final int TEXT = 500;
    /** About this many pages per index shard; at most MAX_SHARDS shards. */
    static final int PAGES_PER_SHARD = 40;

    static final int MAX_SHARDS = 256;

    /** What one page contributes, kept between builds of the preview while the page is unchanged. */
    private record Entry(String[] keys, String text) {}

    private final Map<Page, Entry> cache = new ConcurrentHashMap<>();
    /**
     * One instance of each key string: a site of 10,000 pages has some ten million page keys but only a few
     * hundred thousand distinct ones, so sharing them keeps the index's memory small.
     */
    private final Map<String, String> keys = new ConcurrentHashMap<>();

    public List<RenderedFile> files(ContentTree tree) {
        List<Page> pages = tree.pages();
        Map<String, Section> sections = tree.sections();
        int shards = Math.max(1, Math.min(MAX_SHARDS, (pages.size() + PAGES_PER_SHARD - 1) / PAGES_PER_SHARD));
        Entry[] entries = new Entry[pages.size()];
        IntStream.range(0, pages.size())
                .parallel()
                .forEach(i -> entries[i] = cache.computeIfAbsent(pages.get(i), this::entry));
        cache.keySet().retainAll(new HashSet<>(pages));
        // Postings per shard, built in parallel over contiguous ranges of pages and joined in page order, so
        // every list stays ascending.
        int parts = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), pages.size() / 500 + 1));
        List<List<Map<String, Postings>>> partial = new ArrayList<>();
        for (int part = 0; part < parts; part++) {
            partial.add(null);
        }
        IntStream.range(0, parts).parallel().forEach(part -> {
            List<Map<String, Postings>> maps = new ArrayList<>();
            for (int i = 0; i < shards; i++) {
                maps.add(new HashMap<>());
            }
            int from = (int) ((long) pages.size() * part / parts);
            int to = (int) ((long) pages.size() * (part + 1) / parts);
            for (int id = from; id < to; id++) {
                for (String k : entries[id].keys()) {
                    maps.get(shard(k, shards))
                            .computeIfAbsent(k, x -> new Postings())
                            .add(id);
                }
            }
            partial.set(part, maps);
        });
        List<Map<String, Postings>> index = new ArrayList<>();
        for (int i = 0; i < shards; i++) {
            index.add(null);
        }
        IntStream.range(0, shards).parallel().forEach(i -> {
            Map<String, Postings> joined = partial.get(0).get(i);
            for (int part = 1; part < parts; part++) {
                partial.get(part).get(i).forEach((k, v) -> joined.merge(k, v, Postings::append));
            }
            index.set(i, joined);
        });
        Map<String, Integer> columns = new LinkedHashMap<>();
        Map<String, Integer> topics = new LinkedHashMap<>();
        columns.put("", 0);
        topics.put("", 0);
        StringBuilder facets = new StringBuilder();
        List<RenderedFile> out = new ArrayList<>();
        StringBuilder chunk = new StringBuilder("[");
        for (int id = 0; id < pages.size(); id++) {
            Page p = pages.get(id);
            LocalDate d = p.meta().displayDate();
            int col = columns.computeIfAbsent(column(p, sections), x -> columns.size());
            int topic = topics.computeIfAbsent(p.meta().topic().strip(), x -> topics.size());
            facets.append(id == 0 ? "" : ",")
                    .append('[')
                    .append(col)
                    .append(',')
                    .append(d == null ? 0 : d.getYear())
                    .append(',')
                    .append(topic)
                    .append(',')
                    .append(d == null ? 0 : d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth())
                    .append(']');
            if (id % CHUNK != 0) {
                chunk.append(',');
            }
            chunk.append('[')
                    .append(TextEscapes.json(p.url()))
                    .append(',')
                    .append(TextEscapes.json(p.meta().title()))
                    .append(',')
                    .append(TextEscapes.json(d == null ? "" : d.toString()))
                    .append(',')
                    .append(TextEscapes.json(p.meta().docNo()))
                    .append(',')
                    .append(TextEscapes.json(p.meta().indexNo()))
                    .append(',')
                    .append(TextEscapes.json(entries[id].text()))
                    .append(']');
            if (id % CHUNK == CHUNK - 1 || id == pages.size() - 1) {
                out.add(file("docs-" + id / CHUNK + ".json", chunk.append("]\n").toString()));
                chunk = new StringBuilder("[");
            }
        }
        RenderedFile[] shardFiles = new RenderedFile[shards];
        IntStream.range(0, shards).parallel().forEach(i -> {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<String, Postings> e : new TreeMap<>(index.get(i)).entrySet()) {
                sb.append(first ? "" : ",").append(TextEscapes.json(e.getKey())).append(":[");
                e.getValue().appendDeltas(sb);
                sb.append(']');
                first = false;
            }
            shardFiles[i] = file("index-" + i + ".json", sb.append("}\n").toString());
        });
        out.addAll(List.of(shardFiles));
        String meta = "{\"v\":1,\"shards\":" + shards + ",\"chunk\":" + CHUNK + ",\"count\":" + pages.size()
                + ",\"columns\":" + names(columns) + ",\"topics\":" + names(topics) + ",\"f\":[" + facets + "]}\n";
        out.add(0, file("meta.json", meta));
        return out;
    }

    private Entry entry(Page p) {
        String text = plain(p.body().text());
        Set<String> keys = new HashSet<>();
        tokens(text, keys::add);
        tokens(p.meta().description(), keys::add);
        tokens(p.meta().publisher(), keys::add);
        tokens(p.meta().topic(), keys::add);
        tokens(p.meta().title(), t -> keys.add("t" + t));
        chars(p.meta().title(), t -> keys.add("t" + t));
        if (!p.meta().docNo().isEmpty()) {
            keys.add("=" + exact(p.meta().docNo()));
        }
        if (!p.meta().indexNo().isEmpty()) {
            keys.add("=" + exact(p.meta().indexNo()));
        }
        String[] shared = new String[keys.size()];
        int i = 0;
        for (String k : keys) {
            String known = this.keys.putIfAbsent(k, k);
            shared[i++] = known == null ? k : known;
        }
        return new Entry(shared, shorten(text));
    }

    /** Ascending page numbers of one key. */
    private static final class Postings {
        private int[] ids = new int[4];
        private int size;

        void add(int id) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }

        /** Appends the later postings {@code more} (all of whose ids are greater) and returns this. */
        Postings append(Postings more) {
            if (size + more.size > ids.length) {
                ids = Arrays.copyOf(ids, Math.max(ids.length * 2, size + more.size));
            }
            System.arraycopy(more.ids, 0, ids, size, more.size);
            size += more.size;
            return this;
        }

        void appendDeltas(StringBuilder sb) {
            int last = 0;
            for (int j = 0; j < size; j++) {
                sb.append(j == 0 ? "" : ",").append(ids[j] - last);
                last = ids[j];
            }
        }
    }

    private static RenderedFile file(String name, String text) {
        return new RenderedFile(DIR + name, text.getBytes(StandardCharsets.UTF_8), "", "");
    }

    private static String names(Map<String, Integer> m) {
        StringBuilder sb = new StringBuilder("[");
        m.keySet().forEach(k -> sb.append(sb.length() == 1 ? "" : ",").append(TextEscapes.json(k)));
        return sb.append(']').toString();
    }

    /** The title of the column a page is listed in: its folder's index page (an index page: the folder above). */
    private static String column(Page p, Map<String, Section> sections) {
        String dir = p.dir();
        if (p.isIndex()) {
            if (dir.isEmpty()) {
                return "";
            }
            int slash = dir.lastIndexOf('/');
            dir = slash < 0 ? "" : dir.substring(0, slash);
        }
        Section s = sections.get(dir);
        return s == null ? "" : s.index().map(i -> i.meta().title()).orElse("");
    }

    private static String shorten(String text) {
        return text.length() <= TEXT ? text : text.substring(0, TEXT);
    }

    /** Text of a Markdown body for searching: markup, link targets, attributes and HTML tags removed. */
    static String plain(String markdown) {
        String s = COMMENT.matcher(markdown).replaceAll(" ");
        s = ATTRIBUTES.matcher(s).replaceAll(" ");
        s = LINK.matcher(s).replaceAll("$1");
        s = TAG.matcher(s).replaceAll(" ");
        s = BLOCK_MARK.matcher(s).replaceAll("");
        s = TABLE_RULE.matcher(s).replaceAll(" ");
        s = INLINE_MARK.matcher(s).replaceAll(" ");
        return SPACE.matcher(s).replaceAll(" ").strip();
    }

    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern ATTRIBUTES = Pattern.compile("\\{#[^}]*}");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern BLOCK_MARK = Pattern.compile("(?m)^\\s{0,3}(#{1,6}|>|[-*+]|\\d+\\.)\\s+");
    private static final Pattern TABLE_RULE = Pattern.compile("(?m)^\\s*\\|?\\s*:?-{3,}.*$");
    private static final Pattern INLINE_MARK = Pattern.compile("[|*_`~]");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    /** Normalised form of text for tokens: NFKC (full-width letters and digits to ASCII), lower case. */
    public static String normalise(String s) {
        String n = Normalizer.isNormalized(s, Normalizer.Form.NFKC) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
        return n.toLowerCase(Locale.ROOT);
    }

    /** An exact key: normalised, without spaces, every kind of bracket as 〔〕 (晋政办[2025]1号 = 晋政办〔2025〕1号). */
    public static String exact(String s) {
        return normalise(s)
                .replaceAll("\\s+", "")
                .replaceAll("[\\[(【〔{<《]", "〔")
                .replaceAll("[\\])】〕}>》]", "〕");
    }

    static boolean cjk(char c) {
        return c >= 0x3400 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF;
    }

    static boolean word(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    /** Tokens of text: bigrams of runs of Chinese characters (a lone character as itself), Latin/digit words. */
    public static void tokens(String text, Consumer<String> sink) {
        String s = normalise(text);
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            int j = i;
            if (cjk(c)) {
                while (j < n && cjk(s.charAt(j))) {
                    j++;
                }
                if (j - i == 1) {
                    sink.accept(s.substring(i, j));
                }
                for (int k = i; k + 2 <= j; k++) {
                    sink.accept(s.substring(k, k + 2));
                }
            } else if (word(c)) {
                while (j < n && word(s.charAt(j))) {
                    j++;
                }
                sink.accept(s.substring(i, j));
            } else {
                j++;
            }
            i = j;
        }
    }

    /** Every Chinese character of text (titles are also indexed by character, for one-character queries). */
    static void chars(String text, Consumer<String> sink) {
        String s = normalise(text);
        for (int i = 0; i < s.length(); i++) {
            if (cjk(s.charAt(i))) {
                sink.accept(String.valueOf(s.charAt(i)));
            }
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
