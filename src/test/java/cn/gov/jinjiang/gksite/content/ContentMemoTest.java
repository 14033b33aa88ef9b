package cn.gov.jinjiang.gksite.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages taken from what the last build remembered: the same tree, fingerprints and problems as when read, without
 * reading the files; a file changed since is read again; a file changed just now is not remembered.
 */
class ContentMemoTest {
    /** Late enough that every file written by a test has settled. */
    private static final Instant LATER = Instant.now().plusSeconds(60);

    @TempDir
    Path root;

    private void write(String rel, String text) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private record Load(ContentTree tree, FileDigests digests, List<Diagnostic> diags, ContentMemo memo) {}

    private Load load(Map<String, ContentMemo.Entry> last, Instant now, boolean drafts) {
        FileDigests digests = new FileDigests();
        ContentMemo memo = new ContentMemo(last, now);
        Diagnostics d = new Diagnostics();
        ContentTree t = new ContentLoader(digests, memo).load(SourceLayout.of(root, null), d, drafts);
        return new Load(t, digests, d.sorted(), memo);
    }

    private void site() throws IOException {
        write("content/index.md", "---\ntitle: 首页\n---\n# 首页\n");
        write("content/xxgk/index.md", "---\ntitle: 信息公开\nweight: 3\ndate: 2025-03-01\n---\n");
        // A problem of the binder (no title) and a placeholder in the body: both are the file's and come again.
        write("content/xxgk/a.md", "---\nweight: 2\n文号: 晋政办〔2025〕1号\n---\n\n正文（待补充）\n");
        write("content/xxgk/draft/index.md", "---\ntitle: 草稿栏目\ndraft: true\n---\n");
        write("content/xxgk/draft/b.md", "---\ntitle: 草稿里的页面\n---\n正文乙\n");
        write("content/xxgk/data.yaml", "rows: 3\n");
    }

    @Test
    void pagesTakenFromTheMemoAreThePagesReadWithoutReadingTheirFiles() throws IOException {
        site();
        for (boolean drafts : new boolean[] {false, true}) {
            Load first = load(Map.of(), LATER, drafts);
            // Every page file read is remembered, drafts too (whether they are left out is decided later).
            assertThat(first.memo().next())
                    .containsOnlyKeys(
                            "content/index.md",
                            "content/xxgk/index.md",
                            "content/xxgk/a.md",
                            "content/xxgk/draft/index.md",
                            "content/xxgk/draft/b.md");
            Load again = load(first.memo().next(), LATER, drafts);

            assertThat(again.tree().pages())
                    .allSatisfy(p -> assertThat(p.body().loaded())
                            .as("%s was not read", p.source())
                            .isFalse());
            // Equal pages (comparing reads the bodies now).
            assertThat(again.tree().pages()).isEqualTo(first.tree().pages());
            assertThat(again.tree().drafts()).isEqualTo(first.tree().drafts());
            assertThat(again.diags()).isEqualTo(first.diags()).isNotEmpty();
            assertThat(again.digests().all())
                    .containsOnlyKeys(first.digests().all().keySet());
            first.digests()
                    .all()
                    .forEach((k, v) -> assertThat(again.digests().of(k)).as(k).isEqualTo(v));
            assertThat(again.memo().unchanged()).isTrue();
        }
    }

    @Test
    void aFileChangedSinceIsReadAgainAndTheOthersAreNot() throws IOException {
        site();
        Load first = load(Map.of(), LATER, false);
        write("content/xxgk/a.md", "---\ntitle: 甲\n---\n新的正文\n");
        Load again = load(first.memo().next(), LATER, false);
        Page a = page(again, "content/xxgk/a.md");
        assertThat(a.body().loaded()).isTrue();
        assertThat(a.body().text()).isEqualTo("新的正文\n");
        assertThat(a.meta().title()).isEqualTo("甲");
        assertThat(again.diags()).extracting(Diagnostic::code).doesNotContain("content.title-missing");
        assertThat(page(again, "content/index.md").body().loaded()).isFalse();
        assertThat(again.memo().unchanged()).isFalse();
        assertThat(again.memo().next().get("content/xxgk/a.md").meta().title()).isEqualTo("甲");
    }

    @Test
    void aRewriteOfTheSameLengthWithItsModificationTimePutBackIsStillSeen() throws IOException {
        site();
        Path a = root.resolve("content/xxgk/a.md");
        FileTime was = Files.getLastModifiedTime(a);
        Load first = load(Map.of(), LATER, false);
        String text = Files.readString(a, StandardCharsets.UTF_8);
        Files.writeString(a, text.replace("正文（待补充）", "正文（已补充）"), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(a, was);
        assertThat(Files.size(a)).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
        Load again = load(first.memo().next(), LATER, false);
        assertThat(page(again, "content/xxgk/a.md").body().text()).contains("已补充");
        assertThat(page(again, "content/xxgk/a.md").body().loaded()).isTrue();
    }

    @Test
    void aLinkedPageTurnedToAnotherFileOfTheSameSizeAndTimeIsReadAgain() throws IOException {
        site();
        write("pages/one.md", "---\ntitle: 一\n---\n正文一\n");
        write("pages/two.md", "---\ntitle: 二\n---\n正文二\n");
        FileTime t = Files.getLastModifiedTime(root.resolve("pages/one.md"));
        Files.setLastModifiedTime(root.resolve("pages/two.md"), t);
        Path link = root.resolve("content/xxgk/linked.md");
        Files.createSymbolicLink(link, root.resolve("pages/one.md"));
        Load first = load(Map.of(), LATER, false);
        assertThat(page(first, "content/xxgk/linked.md").meta().title()).isEqualTo("一");
        assertThat(first.memo().next()).containsKey("content/xxgk/linked.md");

        Files.delete(link);
        Files.createSymbolicLink(link, root.resolve("pages/two.md"));
        Load again = load(first.memo().next(), LATER, false);
        assertThat(page(again, "content/xxgk/linked.md").meta().title()).isEqualTo("二");
        assertThat(page(again, "content/xxgk/linked.md").body().text()).isEqualTo("正文二\n");
    }

    @Test
    void aFileModifiedInTheFutureIsNotRemembered() throws IOException {
        site();
        Files.setLastModifiedTime(root.resolve("content/xxgk/a.md"), FileTime.from(LATER.plusSeconds(3600)));
        Load first = load(Map.of(), LATER, false);
        assertThat(first.memo().next()).containsKey("content/index.md").doesNotContainKey("content/xxgk/a.md");
    }

    @Test
    void aFileChangedJustNowIsNotRememberedNorAPageThatCouldNotBeRead() throws IOException {
        site();
        write("content/xxgk/broken.md", "---\ntitle: 没有结束\n");
        Load now = load(Map.of(), Instant.now(), false);
        assertThat(now.memo().next()).as("written less than two seconds ago").isEmpty();
        Load later = load(Map.of(), LATER, false);
        assertThat(later.memo().next()).containsKey("content/index.md").doesNotContainKey("content/xxgk/broken.md");
        assertThat(later.diags())
                .extracting(Diagnostic::code)
                .contains("content.frontmatter-unclosed")
                .doesNotContain("internal.error");
        Load again = load(later.memo().next(), LATER, false);
        assertThat(again.diags()).isEqualTo(later.diags());
    }

    @Test
    void anEntryOfAnotherFileOrOfAFileThatIsGoneIsNotUsed() throws IOException {
        site();
        Load first = load(Map.of(), LATER, false);
        Map<String, ContentMemo.Entry> last = first.memo().next();
        // The entry of index.md offered for xxgk/index.md: its file's identity is not that one.
        Map<String, ContentMemo.Entry> swapped = new HashMap<>(last);
        swapped.put("content/xxgk/index.md", last.get("content/index.md"));
        Load again = load(swapped, LATER, false);
        assertThat(page(again, "content/xxgk/index.md").meta().title()).isEqualTo("信息公开");
        assertThat(page(again, "content/xxgk/index.md").body().loaded()).isTrue();

        Files.delete(root.resolve("content/xxgk/a.md"));
        Load gone = load(last, LATER, false);
        assertThat(gone.tree().pages()).extracting(Page::source).doesNotContain("content/xxgk/a.md");
        assertThat(gone.memo().next()).doesNotContainKey("content/xxgk/a.md");
    }

    private static ContentMemo.Entry entry(
            ContentMemo.Stat stat, byte[] digest, String output, int line, boolean blank) {
        PageMeta meta = new PageMeta(
                "甲", null, null, null, "", 0, false, false, null, "", "", "", null, null, "", "", null, "", "",
                Map.of());
        return new ContentMemo.Entry(stat, digest, output, meta, line, blank, List.of());
    }

    @Test
    void entriesAreEqualWhenEveryPartIsAndTheirFingerprintIsTheirs() {
        ContentMemo.Stat stat = new ContentMemo.Stat(1, 2, 3, 4, 5);
        byte[] digest = FileDigests.of(new byte[] {1});
        ContentMemo.Entry e = entry(stat, digest, "a.html", 4, false);
        assertThat(e)
                .isEqualTo(entry(stat, digest.clone(), "a.html", 4, false))
                .hasSameHashCodeAs(entry(stat, digest.clone(), "a.html", 4, false))
                .isNotEqualTo(entry(new ContentMemo.Stat(1, 2, 9, 4, 5), digest, "a.html", 4, false))
                .isNotEqualTo(entry(stat, FileDigests.of(new byte[] {2}), "a.html", 4, false))
                .isNotEqualTo(entry(stat, digest, "b.html", 4, false))
                .isNotEqualTo(entry(stat, digest, "a.html", 5, false))
                .isNotEqualTo(entry(stat, digest, "a.html", 4, true))
                .isNotEqualTo(
                        new ContentMemo.Entry(stat, digest, "a.html", e.meta().asDraft(), 4, false, List.of()))
                .isNotEqualTo(new ContentMemo.Entry(
                        stat,
                        digest,
                        "a.html",
                        e.meta(),
                        4,
                        false,
                        List.of(Diagnostic.warning("x", SourcePos.of("a"), "m", "h"))))
                .isNotEqualTo("a.html");
        assertThat(e.hashCode())
                .isNotEqualTo(entry(stat, digest, "b.html", 4, false).hashCode());
        digest[0] ^= 1;
        e.digest()[1] ^= 1;
        assertThat(e.digest()).as("its own copy").isEqualTo(FileDigests.of(new byte[] {1}));
        assertThatThrownBy(() -> entry(stat, new byte[3], "a.html", 4, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFileIsRememberedOnlyWhenItsTimesAreTwoSecondsOld() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L, 123_456_789);
        long settled = (now.getEpochSecond() - 2) * 1_000_000_000L + 123_456_789;
        ContentMemo memo = new ContentMemo(Map.of(), now);
        byte[] d = FileDigests.of(new byte[0]);
        memo.remember("a", entry(new ContentMemo.Stat(0, settled - 1, settled - 1, 1, 1), d, "a.html", 1, false));
        memo.remember("b", entry(new ContentMemo.Stat(0, settled - 1, settled, 1, 1), d, "b.html", 1, false));
        memo.remember("c", entry(new ContentMemo.Stat(0, settled, settled - 1, 1, 1), d, "c.html", 1, false));
        assertThat(memo.next()).containsOnlyKeys("a");
    }

    @Test
    void whatTheLastBuildRememberedIsAskedForOnceAndNotWithoutFingerprints() throws IOException {
        site();
        Load first = load(Map.of(), LATER, false);
        AtomicInteger asked = new AtomicInteger();
        ContentMemo memo = new ContentMemo(
                () -> {
                    asked.incrementAndGet();
                    return first.memo().next();
                },
                LATER);
        new ContentLoader(new FileDigests(), memo).load(SourceLayout.of(root, null), new Diagnostics(), false);
        assertThat(memo.unchanged()).isTrue();
        assertThat(asked).hasValue(1);
        assertThatThrownBy(() -> new ContentLoader(null, memo)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Page page(Load l, String source) {
        return l.tree().pages().stream()
                .filter(p -> p.source().equals(source))
                .findFirst()
                .orElseThrow();
    }
}
