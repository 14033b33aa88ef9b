package cn.gov.jinjiang.gksite.build;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.content.ContentLoader;
import cn.gov.jinjiang.gksite.content.ContentMemo;
import cn.gov.jinjiang.gksite.content.FileDigests;
import cn.gov.jinjiang.gksite.content.PageMeta;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file of what a build remembered of its pages: read back as written, and never trusted otherwise. */
class ContentMemoFileTest {
    @TempDir
    Path dir;

    private static final byte[] KEY = new byte[32];

    /** What loading the repository's own site remembers. */
    private Map<String, ContentMemo.Entry> repoSite() {
        Path site = TestSites.repoSite(dir.resolve("src"));
        ContentMemo memo = new ContentMemo(Map.of(), Instant.now().plusSeconds(60));
        new ContentLoader(new FileDigests(), memo).load(SourceLayout.of(site, null), new Diagnostics(), true);
        assertThat(memo.next()).hasSizeGreaterThan(40);
        return memo.next();
    }

    private static ContentMemo.Entry entry(PageMeta meta, List<Diagnostic> problems) {
        return new ContentMemo.Entry(
                new ContentMemo.Stat(12, -3, Long.MAX_VALUE, 7, Long.MIN_VALUE),
                FileDigests.of(new byte[] {1, 2}),
                "xxgk/a.html",
                meta,
                4,
                true,
                problems);
    }

    private static PageMeta full() {
        return new PageMeta(
                "标题😀",
                "article",
                "/xxgk/b.html",
                LocalDate.of(2025, 3, 1),
                "描述",
                -7,
                true,
                true,
                2025,
                "FJ-001",
                "晋江市人民政府办公室",
                "综合政务",
                LocalDate.of(1, 1, 1),
                LocalDate.of(9999, 12, 31),
                "晋政办〔2025〕1号",
                "有效",
                20,
                "content/x.md",
                "content/y.md",
                Map.of("title", new SourcePos("content/a.md", 2, 8), "date", new SourcePos("content/a.md", 3, 1)));
    }

    private static PageMeta empty() {
        return new PageMeta(
                "", null, null, null, null, 0, false, false, null, null, null, null, null, null, null, null, null, "",
                "", Map.of());
    }

    @Test
    void entriesAreReadBackAsTheyWereWritten() throws Exception {
        Map<String, ContentMemo.Entry> entries = new HashMap<>(repoSite());
        entries.put(
                "content/full.md",
                entry(
                        full(),
                        List.of(
                                Diagnostic.warning(
                                        "content.placeholder", new SourcePos("content/full.md", 5, 2), "占位", "换掉"),
                                Diagnostic.error(
                                        "content.title-missing", SourcePos.of("content/full.md"), "没有标题", ""))));
        entries.put("content/empty.md", entry(empty(), List.of()));
        byte[] bytes = ContentMemoFile.encode(entries);
        assertThat(ContentMemoFile.decode(ByteBuffer.wrap(bytes))).isEqualTo(entries);
        assertThat(ContentMemoFile.encode(entries))
                .as("the same bytes each time")
                .isEqualTo(bytes);

        assertThat(ContentMemoFile.write(dir, KEY, entries)).isTrue();
        assertThat(ContentMemoFile.read(dir, KEY)).isEqualTo(entries);
        assertThat(ContentMemoFile.problem(dir)).isNull();
    }

    @Test
    void anEntryWithATextUtf8CannotCarryIsLeftOut() throws Exception {
        PageMeta lone = new PageMeta(
                "半个\uD800",
                null,
                null,
                null,
                null,
                0,
                false,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "",
                "",
                Map.of());
        Map<String, ContentMemo.Entry> entries = Map.of(
                "content/a.md", entry(lone, List.of()),
                "content/b.md", entry(empty(), List.of(Diagnostic.warning("x", SourcePos.of("b\uDC00"), "m", "h"))),
                "content/c.md", entry(full(), List.of()));
        assertThat(ContentMemoFile.decode(ByteBuffer.wrap(ContentMemoFile.encode(entries))))
                .containsOnlyKeys("content/c.md");
    }

    @Test
    void aCutOrDamagedFileIsRefusedAndNeverThrowsAnythingElse() throws Exception {
        Map<String, ContentMemo.Entry> entries = Map.of(
                "content/full.md", entry(full(), List.of(Diagnostic.info("a", SourcePos.of("b"), "c", "d"))),
                "content/empty.md", entry(empty(), List.of()));
        byte[] bytes = ContentMemoFile.encode(entries);
        for (int n = 0; n < bytes.length; n++) {
            byte[] cut = Arrays.copyOf(bytes, n);
            assertRefused(cut);
        }
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        assertRefused(longer);
        Random random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            byte[] damaged = bytes.clone();
            damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            try {
                ContentMemoFile.decode(ByteBuffer.wrap(damaged));
            } catch (CachedConversion.Malformed e) {
                // refused: the build reads every page
            }
        }
        // Two entries of one page: refused.
        byte[] one = ContentMemoFile.encode(Map.of("content/a.md", entry(empty(), List.of())));
        ByteBuffer two = ByteBuffer.allocate(4 + 2 * (one.length - 4))
                .putInt(2)
                .put(one, 4, one.length - 4)
                .put(one, 4, one.length - 4);
        assertRefused(two.array());
    }

    private static void assertRefused(byte[] bytes) {
        try {
            ContentMemoFile.decode(ByteBuffer.wrap(bytes));
            throw new AssertionError("decoded " + bytes.length + " bytes");
        } catch (CachedConversion.Malformed expected) {
            // refused
        }
    }

    @Test
    void aFileSignedWithAnotherKeyOrChangedIsNotTrustedAndOneNotGksitesIsLeftAlone() throws Exception {
        Map<String, ContentMemo.Entry> entries = Map.of("content/full.md", entry(full(), List.of()));
        assertThat(ContentMemoFile.write(dir, KEY, entries)).isTrue();
        byte[] other = KEY.clone();
        other[5] ^= 1;
        assertThat(ContentMemoFile.read(dir, other)).isEmpty();
        assertThat(ContentMemoFile.read(dir, null)).isEmpty();

        Path file = dir.resolve(ContentMemoFile.FILE);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
        assertThat(ContentMemoFile.read(dir, KEY)).isEmpty();

        Files.writeString(file, "an editor's notes\n");
        assertThat(ContentMemoFile.write(dir, KEY, entries)).isFalse();
        assertThat(Files.readString(file)).isEqualTo("an editor's notes\n");
        assertThat(ContentMemoFile.problem(dir)).extracting(Diagnostic::code).isEqualTo("cache.unusable");

        Files.delete(file);
        Path target = dir.resolve("target.bin");
        Files.writeString(target, "x");
        Files.createSymbolicLink(file, target);
        assertThat(ContentMemoFile.write(dir, KEY, entries)).isFalse();
        assertThat(ContentMemoFile.read(dir, KEY)).isEmpty();
        assertThat(Files.readString(target)).isEqualTo("x");
        assertThat(ContentMemoFile.problem(dir)).extracting(Diagnostic::code).isEqualTo("cache.unusable");
    }
}
