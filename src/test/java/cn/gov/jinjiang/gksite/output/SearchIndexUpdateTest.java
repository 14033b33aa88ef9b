package cn.gov.jinjiang.gksite.output;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.content.ContentTree;
import cn.gov.jinjiang.gksite.content.Page;
import cn.gov.jinjiang.gksite.render.RenderedFile;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index updated from the last build's files after an edit of few pages is the index made afresh, byte for
 * byte; a last file missing, changed or unreadable makes it afresh.
 */
class SearchIndexUpdateTest {
    /** Characters and words the pages are made of: few, so keys are shared by many pages, some by one. */
    private static final String[] WORDS = {
        "政府",
        "信息",
        "公开",
        "规范性文件",
        "晋江",
        "年度",
        "报告",
        "Alpha",
        "beta",
        "2025",
        "ＡＢＣ",
        "\"引号\"",
        "反\\斜",
        "\uD840\uDC00字",
        "x<y",
        "①",
        "한국",
        "e\u0301",
        "tab\tx",
        "乙"
    };

    private static String text(Random r, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sb.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(4) == 0 ? " " : "");
            if (r.nextInt(12) == 0) {
                sb.append("独").append((char) ('一' + r.nextInt(2000))).append("\n\n");
            }
        }
        return sb.toString();
    }

    /** A site of 160 pages (5 sections of 30, one of 3): 4 shards, 8 full docs chunks. */
    private static void site(Path dir, Random r) throws IOException {
        TestSites.write(dir.resolve("content/index.md"), "---\ntitle: 首页\n---\n\n首页。\n");
        TestSites.write(dir.resolve("content/s5/index.md"), "---\ntitle: 栏目5\n---\n");
        for (int p = 0; p < 3; p++) {
            page(dir, 5, p, r);
        }
        for (int s = 0; s < 5; s++) {
            TestSites.write(dir.resolve("content/s" + s + "/index.md"), "---\ntitle: 栏目" + s + "\n---\n");
            for (int p = 0; p < 30; p++) {
                page(dir, s, p, r);
            }
        }
    }

    private static void page(Path dir, int s, int p, Random r) throws IOException {
        // 文号 are keys as they are: some with what JSON escapes
        String[] odd = {"\\\"引\\\"", "\\\\", "\\u2028", "\\t", ""};
        String docNo = r.nextBoolean() ? "文号: \"晋政[2025]" + r.nextInt(50) + odd[r.nextInt(odd.length)] + "号\"\n" : "";
        TestSites.write(
                dir.resolve("content/s" + s + "/p" + p + ".md"),
                "---\ntitle: 第" + p + "页 " + WORDS[r.nextInt(WORDS.length)] + "\ndate: 2025-01-"
                        + String.format("%02d", 28 - p % 28) + "\nweight: " + p + "\n" + docNo + "---\n\n"
                        + text(r, r.nextInt(60)) + "\n");
    }

    private static Map<String, byte[]> byPath(List<RenderedFile> files) {
        Map<String, byte[]> out = new HashMap<>();
        files.forEach(f -> out.put(f.path(), f.bytes()));
        return out;
    }

    private static int[] changed(ContentTree before, ContentTree after) {
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < after.pages().size(); i++) {
            Page a = after.pages().get(i);
            Page b = before.pages().get(i);
            assertThat(a.source()).isEqualTo(b.source());
            if (!a.equals(b)) {
                ids.add(i);
            }
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void assertSame(List<RenderedFile> actual, List<RenderedFile> expected) {
        assertThat(actual.stream().map(RenderedFile::path))
                .containsExactlyElementsOf(
                        expected.stream().map(RenderedFile::path).toList());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(new String(actual.get(i).bytes(), StandardCharsets.UTF_8))
                    .as(expected.get(i).path())
                    .isEqualTo(new String(expected.get(i).bytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void editsOfFewPagesGiveTheBytesOfAFreshIndex(@TempDir Path dir) throws IOException {
        Random r = new Random(7);
        site(dir, r);
        ContentTree before = SearchIndexWriterTest.load(dir);
        assertThat(before.pages()).hasSize(160);
        List<RenderedFile> last = new SearchIndexWriter(false).files(before);
        for (int round = 0; round < 25; round++) {
            int edits = 1 + r.nextInt(round % 5 == 0 ? 12 : 3);
            for (int e = 0; e < edits; e++) {
                page(dir, r.nextInt(5), 10 + r.nextInt(20), r);
            }
            if (round % 7 == 3) { // a page emptied: every key of it goes, some from the index
                TestSites.write(dir.resolve("content/s2/p15.md"), "---\ntitle: 空\ndate: 2025-01-13\nweight: 15\n---\n");
            }
            ContentTree after = SearchIndexWriterTest.load(dir);
            Map<String, byte[]> files = byPath(last);
            SearchIndexWriter writer = new SearchIndexWriter(false);
            int[] changed = changed(before, after);
            List<RenderedFile> updated = writer.files(after, new SearchIndexWriter.Previous(changed, files::get));
            assertThat(writer.tokenized()).as("updated, not made afresh").isEqualTo(changed.length);
            List<RenderedFile> fresh = new SearchIndexWriter(false).files(after);
            assertSame(updated, fresh);
            SearchIndexWriterTest.assertSameAsOracle(new SearchIndexWriter(false), after, "round " + round);
            before = after;
            last = updated;
        }
    }

    @Test
    void aMissingChangedOrUnreadableLastFileMakesTheIndexAfresh(@TempDir Path dir) throws IOException {
        Random r = new Random(11);
        site(dir, r);
        ContentTree before = SearchIndexWriterTest.load(dir);
        Map<String, byte[]> last = byPath(new SearchIndexWriter(false).files(before));
        page(dir, 1, 12, r);
        ContentTree after = SearchIndexWriterTest.load(dir);
        int[] changed = changed(before, after);
        assertThat(changed).hasSize(1);
        List<RenderedFile> fresh = new SearchIndexWriter(false).files(after);
        String chunk = SearchIndexWriter.docs((changed[0] / SearchIndexWriter.CHUNK + 1) % 8);
        List<Function<String, byte[]>> damaged = List.of(
                path -> path.equals(SearchIndexWriter.index(2)) ? null : last.get(path),
                path -> path.equals(chunk) ? null : last.get(path),
                path -> path.equals(SearchIndexWriter.index(1)) ? cut(last.get(path)) : last.get(path),
                path -> path.equals(SearchIndexWriter.index(3))
                        ? new String(last.get(path), StandardCharsets.UTF_8)
                                .replaceFirst(":\\[(\\d+)", ":[$1,0")
                                .getBytes(StandardCharsets.UTF_8)
                        : last.get(path),
                path -> path.equals(SearchIndexWriter.index(0)) ? "{\"b\":[1],\"a\":[2]}\n".getBytes() : last.get(path),
                path -> path.equals(SearchIndexWriter.index(0)) ? "{\"a\":[999]}\n".getBytes() : last.get(path),
                path -> path.equals(SearchIndexWriter.index(0)) ? "{\"a\":[1]} \n".getBytes() : last.get(path),
                path -> path.equals(SearchIndexWriter.index(0)) ? "{\"a\\q\":[1]}\n".getBytes() : last.get(path),
                path -> path.equals(SearchIndexWriter.index(0)) ? "{\"a\":[]}\n".getBytes() : last.get(path),
                path -> path.equals(SearchIndexWriter.index(0))
                        ? "{\"a\":[99999999999]}\n".getBytes()
                        : last.get(path));
        for (Function<String, byte[]> read : damaged) {
            SearchIndexWriter writer = new SearchIndexWriter(false);
            assertSame(writer.files(after, new SearchIndexWriter.Previous(changed, read)), fresh);
            assertThat(writer.tokenized())
                    .as("made afresh")
                    .isEqualTo(after.pages().size());
        }
        SearchIndexWriter writer = new SearchIndexWriter(false);
        assertSame(writer.files(after, new SearchIndexWriter.Previous(changed, last::get)), fresh);
        assertThat(writer.tokenized()).as("updated").isEqualTo(1);
    }

    @Test
    void manyChangedPagesOrAPageNumberOutOfRangeMakeTheIndexAfresh(@TempDir Path dir) throws IOException {
        Random r = new Random(3);
        site(dir, r);
        ContentTree before = SearchIndexWriterTest.load(dir);
        Map<String, byte[]> last = byPath(new SearchIndexWriter(false).files(before));
        for (int p = 0; p < 20; p++) {
            page(dir, 1, p, r);
        }
        ContentTree after = SearchIndexWriterTest.load(dir);
        int[] changed = changed(before, after);
        assertThat(changed.length).isGreaterThan(after.pages().size() / 10);
        SearchIndexWriter writer = new SearchIndexWriter(false);
        assertSame(
                writer.files(after, new SearchIndexWriter.Previous(changed, last::get)),
                new SearchIndexWriter(false).files(after));
        assertThat(writer.tokenized()).isEqualTo(after.pages().size());
        for (int[] wrong : new int[][] {{after.pages().size()}, {-1}}) {
            writer.files(before, new SearchIndexWriter.Previous(wrong, last::get));
            assertThat(writer.tokenized()).isEqualTo(before.pages().size());
        }
    }

    private static final BitSet CHANGED = BitSet.valueOf(new long[] {0b1100}); // pages 2 and 3

    private static String patch(String old, Map<String, int[]> added) {
        NavigableMap<String, SearchIndexUpdate.IntList> adding = new TreeMap<>();
        added.forEach((k, v) -> {
            SearchIndexUpdate.IntList l = new SearchIndexUpdate.IntList();
            Arrays.stream(v).forEach(l::add);
            adding.put(k, l);
        });
        byte[] b = SearchIndexUpdate.patch(old.getBytes(StandardCharsets.UTF_8), CHANGED, 10, adding);
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void aShardLosesTheChangedPagesAndGainsTheirKeysInOrder() {
        String old = "{\"b\":[0,2,1,6],\"d\":[3],\"f\":[1]}\n";
        assertThat(patch(old, Map.of())).isEqualTo("{\"b\":[0,9],\"f\":[1]}\n");
        assertThat(patch(
                        old, Map.of("a", new int[] {2}, "c", new int[] {3}, "d", new int[] {2}, "g", new int[] {2, 3})))
                .isEqualTo("{\"a\":[2],\"b\":[0,9],\"c\":[3],\"d\":[2],\"f\":[1],\"g\":[2,1]}\n");
        assertThat(patch(old, Map.of("b", new int[] {3}))).isEqualTo("{\"b\":[0,3,6],\"f\":[1]}\n");
        assertThat(patch("{}\n", Map.of("k", new int[] {3}))).isEqualTo("{\"k\":[3]}\n");
        assertThat(patch("{\"a\":[1]}\n", Map.of("z", new int[] {3}, "y", new int[] {2})))
                .isEqualTo("{\"a\":[1],\"y\":[2],\"z\":[3]}\n");
        assertThat(patch("{\"d\":[2,1]}\n", Map.of())).isEqualTo("{}\n");
        // keys with escapes are matched by their text: the 文号 \"x\" gains page 3 once, in its place
        assertThat(patch(
                        "{\"=\\\"x\\\"\":[1],\"=\\u2028\":[4]}\n",
                        Map.of("=\"x\"", new int[] {3}, "=\u2028", new int[] {2})))
                .isEqualTo("{\"=\\\"x\\\"\":[1,2],\"=\\u2028\":[2,2]}\n");
    }

    @Test
    void aListWhoseChangedPagesStillHaveItsKeyIsAsItWasAndKeysGoInTheOrderOfStrings() {
        String old = "{\"b\":[0,2,1,6],\"d\":[3],\"f\":[1]}\n";
        // pages 2 and 3 changed and still have b, page 3 still has d: the shard is as it was
        assertThat(patch(old, Map.of("b", new int[] {2, 3}, "d", new int[] {3})))
                .isEqualTo(old);
        // page 2 lost b, page 3 gained f
        assertThat(patch(old, Map.of("b", new int[] {3}, "d", new int[] {3}, "f", new int[] {3})))
                .isEqualTo("{\"b\":[0,3,6],\"d\":[3],\"f\":[1,2]}\n");
        // the first key goes, the two after it stay as they were
        assertThat(patch("{\"a\":[3],\"b\":[1],\"c\":[4]}\n", Map.of())).isEqualTo("{\"b\":[1],\"c\":[4]}\n");
        // U+20000 (UTF-16 D840 DC00) comes before U+E000 and U+FF01 as a String, though its UTF-8 bytes come after
        String wide = "{\"\uD840\uDC00\":[1],\"\uFF01\":[4]}\n";
        assertThat(patch(wide, Map.of("\uE000", new int[] {3}, "\uD840\uDC01", new int[] {2})))
                .isEqualTo("{\"\uD840\uDC00\":[1],\"\uD840\uDC01\":[2],\"\uE000\":[3],\"\uFF01\":[4]}\n");
        assertThat(patch("{\"\uFF01\":[1],\"\uD840\uDC00\":[4]}\n", Map.of())).isNull();
        // an escaped key before a plain one that shares its start
        assertThat(patch("{\"a\\\"\":[1],\"ab\":[4]}\n", Map.of("a", new int[] {2})))
                .isEqualTo("{\"a\":[2],\"a\\\"\":[1],\"ab\":[4]}\n");
    }

    @Test
    void aShardNotAsTheWriterWritesOneIsRefusedNeverThrown() {
        for (String bad : new String[] {
            "",
            "{",
            "{}",
            "{} \n",
            "{}\n\n",
            "[]\n",
            "{\"a\":[1],\"a\":[2]}\n",
            "{\"b\":[1],\"a\":[2]}\n",
            "{\"a\":[10]}\n",
            "{\"a\":[1,0]}\n",
            "{\"a\":[]}\n",
            "{\"a\":[1234567890]}\n",
            "{\"a\\q\":[1]}\n",
            "{\"a\\u12\":[1]}\n",
            "{\"a\\u12zz\":[1]}\n",
            "{\"a\\\":[1]}\n",
            "{\"a\":[1,]}\n",
            "{\"a\":[1]\n",
            "{\"a\"[1]}\n",
            "{\"a\":1}\n",
            "{\"a\":[1]\"b\":[2]}\n",
            "{a:[1]}\n"
        }) {
            assertThat(patch(bad, Map.of("k", new int[] {3}))).as(bad).isNull();
        }
        // every cut and every byte changed of a real shard: refused or read, never an exception
        String good = "{\"=\\\"x\\\"\":[1,5],\"b\":[0,2,1,6],\"\\u2028\":[3]}\n";
        assertThat(patch(good, Map.of())).isNotNull();
        Random r = new Random(5);
        for (int i = 0; i < good.length(); i++) {
            assertThat(patch(good.substring(0, i), Map.of("k", new int[] {3}))).isNull();
            for (int k = 0; k < 8; k++) {
                char[] c = good.toCharArray();
                c[i] = "\"\\[]{},:0123456789u\nab".charAt(r.nextInt(22));
                patch(new String(c), Map.of("k", new int[] {3}));
            }
        }
    }

    private static byte[] cut(byte[] b) {
        return Arrays.copyOf(b, b.length / 2);
    }
}
