package cn.gov.jinjiang.gksite.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.jinjiang.gksite.content.ContentMemo;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.output.OutputManifest;
import cn.gov.jinjiang.gksite.render.Listed;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build keeps the pages an edit left as they were (it renders only those {@link Affected} finds stale) and writes
 * what a build that renders every page writes ({@link BuildCacheTest#cachedIsClean}); a page's file changed by hand,
 * a damaged state or one signed with another key is never trusted.
 */
class RenderStateTest {
    @TempDir
    Path dir;

    private Path site;
    private Path out;
    private int all;
    private BuildResult last;

    @BeforeEach
    void firstBuild() {
        site = TestSites.repoSite(dir.resolve("src"));
        out = dir.resolve("out");
        all = rendered();
        assertThat(all).isGreaterThan(40);
    }

    /** Builds with the caches into {@code out}; returns how many pages it rendered (not kept). */
    private int rendered() {
        AtomicInteger total = new AtomicInteger(-1);
        Progress progress = (stage, done, of) -> {
            if (stage.equals("生成页面")) {
                total.set(of);
            }
        };
        BuildResult r = new Pipeline(Clock.systemUTC(), progress).withCache().run(new BuildRequest(site, out, true));
        assertThat(r.written()).as("%s", r.diagnostics()).isTrue();
        last = r;
        return Math.max(0, total.get());
    }

    /** Changes the text of the file at {@code rel} in the site's sources. */
    private void edit(String rel, UnaryOperator<String> change) {
        Path file = site.resolve(rel);
        TestSites.write(file, change.apply(TestSites.read(file)));
    }

    private Path stateFile() throws Exception {
        return site.resolve(RenderStateFile.of(out.toRealPath()));
    }

    @Test
    void anEditedBodyRendersItsPageAloneAndTheResultIsTheCleanBuild() {
        Path page = leaf();
        TestSites.write(page, TestSites.read(page) + "\n新增一段。\n");
        assertThat(rendered()).isEqualTo(1);
        // in the page, and in the search index's text of it
        assertThat(TestSites.snapshot(out).entrySet().stream()
                        .filter(e -> e.getKey().endsWith(".html"))
                        .filter(e -> new String(e.getValue(), StandardCharsets.UTF_8).contains("新增一段。")))
                .hasSize(1);
        BuildCacheTest.cachedIsClean(site, out, "body edited");
    }

    @Test
    void pagesUnchangedSinceTheLastBuildAreTakenFromWhatItRememberedAndTheResultIsTheCleanBuild() throws Exception {
        // The first build wrote its sources just before it read them: too recent to be remembered.
        byte[] key = HexFormat.of().parseHex(CacheKey.of(Pipeline.class));
        assertThat(ContentMemoFile.read(site, key)).isEmpty();
        Thread.sleep(ContentMemo.SETTLE.toMillis() + 100);
        assertThat(rendered()).isZero();
        Map<String, ContentMemo.Entry> memo = ContentMemoFile.read(site, key);
        assertThat(memo.keySet())
                .containsExactlyInAnyOrderElementsOf(files(site.resolve("content"), ".md").stream()
                        .map(p -> site.relativize(p).toString())
                        .toList());
        // A new title: the lists that show the page render again, with their bodies read only now.
        Path page = leaf();
        TestSites.write(page, TestSites.read(page).replaceFirst("(?m)^title: (.*)$", "title: $1（修订）"));
        assertThat(rendered()).isGreaterThan(1).isLessThan(all);
        BuildCacheTest.cachedIsClean(site, out, "title of " + page + ", other pages remembered");
        assertThat(ContentMemoFile.read(site, key))
                .as("the edited page too recent")
                .doesNotContainKey(site.relativize(page).toString());
        TestSites.write(page, TestSites.read(page) + "\n新增一段。\n");
        assertThat(rendered()).isEqualTo(1);
        BuildCacheTest.cachedIsClean(site, out, "body of " + page + ", other pages remembered");
    }

    @Test
    void aChangedTitleRendersTheListsThatShowItAndNothingElse() {
        Path page = leaf();
        TestSites.write(page, TestSites.read(page).replaceFirst("(?m)^title: (.*)$", "title: $1（修订）"));
        int n = rendered();
        assertThat(n).isGreaterThan(1).isLessThan(all);
        BuildCacheTest.cachedIsClean(site, out, "title of " + page);
    }

    @Test
    void aMenuEditRendersThePagesOfItsFolderAndBelowOnly() {
        edit("content/xxgk/zfxxgkzl/zjdgk/anhai/menu.yaml", text -> text.replace("label: 政府信息公开指南", "label: 信息公开指南"));
        int n = rendered();
        assertThat(n).isGreaterThan(2).isLessThan(all / 2);
        assertThat(TestSites.read(out.resolve("xxgk/zfxxgkzl/zjdgk/anhai/index.html")))
                .contains("信息公开指南");
        BuildCacheTest.cachedIsClean(site, out, "menu edited");
    }

    @Test
    void aReportFigureRendersTheReportsAndTheFrontPagesAboveThem() {
        edit(
                "content/xxgk/zfxxgkzl/zjdgk/anhai/ndbg/2025/data.yaml",
                text -> text.replace("行政处罚:       {本年处理决定数量: 7}", "行政处罚:       {本年处理决定数量: 8}"));
        assertThat(rendered()).isGreaterThan(1).isLessThan(all);
        BuildCacheTest.cachedIsClean(site, out, "report figure edited");
    }

    @Test
    void anAttachmentOfAnotherSizeRendersEveryPage() throws Exception {
        Path pdf = site.resolve("content/xxgk/zfxxgkzl/ml/02/jzb-2025-31-fj.pdf");
        Files.write(pdf, new byte[4096], StandardOpenOption.APPEND);
        assertThat(rendered()).isEqualTo(all);
        BuildCacheTest.cachedIsClean(site, out, "attachment grown");
    }

    @Test
    void aDocumentsNewTitleShowsOnItsInterpretation() {
        edit(
                "content/xxgk/zfxxgkzl/ml/02/jzb-2025-12.md",
                text -> text.replaceFirst("(?m)^title: (.*)$", "title: $1（修订稿）"));
        assertThat(rendered()).isLessThan(all);
        assertThat(TestSites.read(out.resolve("xxgk/zfxxgkzl/ml/02/jd-2025-12.html")))
                .contains("（修订稿）");
        BuildCacheTest.cachedIsClean(site, out, "interpreted document's title");
    }

    @Test
    void aNewVersionThatNoLongerReplacesAnOldOneRendersTheOldOneAndItsLibraryList() {
        // 替代 is not shown in lists of the new version: only the link rule renders the old version and its folder
        edit("content/xxgk/zfxxgkzl/gfxwj/jzb-2025-33.md", text -> text.replaceFirst("(?m)^替代: .*\n", ""));
        assertThat(rendered()).isGreaterThan(1).isLessThan(all);
        BuildCacheTest.cachedIsClean(site, out, "替代 taken away");
    }

    @Test
    void aFolderIndexsNewTitleShowsInTheBreadcrumbsBelowIt() {
        edit("content/xxgk/zfxxgkzl/zjdgk/anhai/index.md", text -> text.replace("title: 安海镇", "title: 安海镇人民政府"));
        assertThat(rendered()).isGreaterThan(2).isLessThan(all);
        assertThat(TestSites.read(out.resolve("xxgk/zfxxgkzl/zjdgk/anhai/ndbg/2025/index.html")))
                .contains("安海镇人民政府");
        BuildCacheTest.cachedIsClean(site, out, "folder index's title");
    }

    @Test
    void keptPagesReportTheProblemsTheirConversionAndRenderFound() {
        Path folder = leaf().getParent();
        TestSites.write(folder.resolve("warned.md"), "---\ntitle: 有警告的页面\n---\n\n第一句。\n第二句。\n");
        TestSites.write(folder.resolve("empty/index.md"), "---\ntitle: 空栏目\n---\n");
        rendered();
        List<String> codes = last.diagnostics().stream().map(d -> d.code()).toList();
        assertThat(codes).contains("markdown.line-break", "render.empty-column");
        Path page = leaf();
        TestSites.write(page, TestSites.read(page) + "\n新增一段。\n");
        assertThat(rendered()).isEqualTo(1);
        assertThat(last.diagnostics().stream().map(d -> d.code()).toList()).isEqualTo(codes);
        BuildCacheTest.cachedIsClean(site, out, "kept pages with problems");
    }

    @Test
    void aTemplateEditRendersEveryPageButConvertsNoneAgain() throws Exception {
        Path page = leaf();
        TestSites.write(page, TestSites.read(page) + "\n新增一段。\n");
        assertThat(rendered()).isEqualTo(1);
        // the pages kept are still in the Markdown cache: the next full render converts nothing again
        int entries = cacheEntries();
        assertThat(entries).isGreaterThanOrEqualTo(all - 5);
        Path template = files(site.resolve("themes"), ".peb").get(0);
        TestSites.write(template, TestSites.read(template) + "\n{# edit #}\n");
        assertThat(rendered()).isEqualTo(all);
        assertThat(cacheEntries()).isEqualTo(entries);
        BuildCacheTest.cachedIsClean(site, out, "template edited");
    }

    /** A page that is not a folder's index page, not a report, with a title. */
    private Path leaf() {
        return files(site.resolve("content"), ".md").stream()
                .filter(p -> !p.getFileName().toString().equals("index.md"))
                .filter(p -> TestSites.read(p).contains("\ntitle: ")
                        && !TestSites.read(p).contains("layout:"))
                .findFirst()
                .orElseThrow();
    }

    private static List<Path> files(Path root, String ending) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(ending)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void whenTheMarkdownCacheIsRewrittenItKeepsTheConversionsOfKeptPages() throws Exception {
        // two pages of 4.5 MB: when only the small one is converted again, what the build used (the small one) is
        // far less than what it did not (the large ones), and the cache file is rewritten with the used entries
        String paragraph = "晋江市人民政府办公室依法公开政府信息，".repeat(12) + "\n\n";
        String large = paragraph.repeat(4_500_000 / paragraph.getBytes(StandardCharsets.UTF_8).length);
        site = TestSites.inline(
                dir.resolve("large"),
                "content/index.md",
                "---\ntitle: 首页\n---\n首页。\n",
                "content/a/index.md",
                "---\ntitle: 栏目\n---\n栏目。\n",
                "content/a/one.md",
                "---\ntitle: 一\ndate: 2025-01-01\n---\n" + large,
                "content/a/two.md",
                "---\ntitle: 二\ndate: 2025-01-02\n---\n" + large,
                "content/a/small.md",
                "---\ntitle: 小\ndate: 2025-01-03\n---\n短。\n");
        out = dir.resolve("large-out");
        all = rendered();
        int entries = cacheEntries();
        assertThat(entries).isEqualTo(all);
        Path small = site.resolve("content/a/small.md");
        TestSites.write(small, TestSites.read(small) + "又一段。\n");
        assertThat(rendered()).isEqualTo(1);
        assertThat(cacheEntries()).isEqualTo(entries);
        assertThat(Files.size(site.resolve(MarkdownCache.FILE))).isGreaterThan(9_000_000);
    }

    private int cacheEntries() throws Exception {
        try (FileChannel ch = FileChannel.open(site.resolve(MarkdownCache.FILE), StandardOpenOption.READ)) {
            Map<String, MarkdownCache.Slot> index =
                    CacheFile.readIndex(ch, ch.size(), HexFormat.of().parseHex(CacheKey.of(Pipeline.class)));
            assertThat(index).isNotNull();
            return index.size();
        }
    }

    /**
     * A kept page's links are checked from what the last build found in its file: a link to a page that is gone
     * since is still found, and the build is refused.
     */
    @Test
    void aKeptPagesLinkToAPageRemovedSinceIsFound() throws Exception {
        Path target = leaf();
        String url = "/" + site.resolve("content").relativize(target).toString().replace(".md", ".html");
        TestSites.write(site.resolve("content/xxgk/linker.md"), "---\ntitle: 链接页\n---\n\n见[那一页](" + url + ")。\n");
        assertThat(rendered()).isGreaterThan(0);
        Files.delete(target);
        AtomicInteger total = new AtomicInteger(-1);
        Progress progress = (stage, done, of) -> {
            if (stage.equals("生成页面")) {
                total.set(of);
            }
        };
        BuildResult r = new Pipeline(Clock.systemUTC(), progress).withCache().run(new BuildRequest(site, out, true));
        assertThat(total.get()).as("the linking page is kept").isLessThan(all);
        assertThat(r.written()).isFalse();
        assertThat(r.diagnostics()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo("check.link-broken");
            assertThat(d.pos().file()).isEqualTo("content/xxgk/linker.md");
        });
    }

    /**
     * In a build with drafts, a folder marked draft marks every page below it, in lists and in the search index's
     * results, though their files did not change.
     */
    @Test
    void aFolderMarkedDraftMarksThePagesBelowItInTheSearchIndex() {
        BuildCacheTest.cachedIsClean(site, out, "with drafts", true);
        edit("content/xxgk/zfxxgkzl/index.md", s -> s.replaceFirst("(?m)^title: ", "draft: true\ntitle: "));
        BuildCacheTest.cachedIsClean(site, out, "a folder marked draft", true);
        assertThat(TestSites.snapshot(out).entrySet().stream()
                        .filter(e -> e.getKey().startsWith("search/docs-"))
                        .filter(e -> new String(e.getValue(), StandardCharsets.UTF_8).contains("【草稿】")))
                .hasSizeGreaterThan(1);
        edit("content/xxgk/zfxxgkzl/index.md", s -> s.replace("draft: true\n", ""));
        BuildCacheTest.cachedIsClean(site, out, "the mark taken away", true);
    }

    @Test
    void aPageChangedByHandInTheOutputIsRenderedAgain() {
        Path html = out.resolve("xxgk/zfxxgkzl/index.html");
        String made = TestSites.read(html);
        TestSites.write(html, made.replace("</main>", "<script>alert(1)</script></main>"));
        Path other = leaf();
        TestSites.write(other, TestSites.read(other) + "\n另一段。\n");
        assertThat(rendered()).isEqualTo(2);
        assertThat(TestSites.read(html)).isEqualTo(made).doesNotContain("alert(1)");
    }

    /**
     * The search index is updated from the last build's files only when they are as it wrote them: a key or a text
     * put in by hand (in the index's own format) is never carried on.
     */
    @Test
    void aSearchFileChangedByHandIsMadeAfreshNotUpdated() {
        Path index = out.resolve("search/index-0.json");
        TestSites.write(index, TestSites.read(index).replaceFirst("^\\{", "{\"!\":[0],"));
        Path docs = out.resolve("search/docs-0.json");
        TestSites.write(docs, TestSites.read(docs).replaceFirst("\"]", "<script>alert(1)</script>\"]"));
        Path page = leaf();
        TestSites.write(page, TestSites.read(page) + "\n新增一段。\n");
        assertThat(rendered()).isEqualTo(1);
        assertThat(TestSites.read(index)).doesNotStartWith("{\"!\"");
        assertThat(TestSites.read(docs)).doesNotContain("alert(1)");
        BuildCacheTest.cachedIsClean(site, out, "search files changed by hand");
    }

    /**
     * A CRC-32C can be forged with four chosen bytes, so a file of the last build is kept or read back only when
     * nothing wrote it since that build had put its site in place: one written again, even with its own bytes (the
     * same CRC), is made again.
     */
    @Test
    void aFileWrittenAfterTheBuildEvenWithItsOwnBytesIsMadeAgain() throws Exception {
        Path html = out.resolve("xxgk/zfxxgkzl/index.html");
        byte[] page = Files.readAllBytes(html);
        Path index = out.resolve("search/index-0.json");
        byte[] shard = Files.readAllBytes(index);
        Thread.sleep(20); // past the file system clock's tick
        Files.write(html, page);
        Files.write(index, shard);
        Path other = leaf();
        TestSites.write(other, TestSites.read(other) + "\n另一段。\n");
        assertThat(rendered()).isEqualTo(2);
        assertThat(Files.readAllBytes(html)).isEqualTo(page);
        BuildCacheTest.cachedIsClean(site, out, "files written again after the build");
        Path again = leaf();
        TestSites.write(again, TestSites.read(again) + "\n又一段。\n");
        assertThat(rendered()).as("what this build wrote is its own").isEqualTo(1);
    }

    @Test
    void aDamagedStateIsNotTrustedAndEveryPageIsRendered() throws Exception {
        Path state = stateFile();
        byte[] bytes = Files.readAllBytes(state);
        bytes[bytes.length / 2] ^= 1;
        Files.write(state, bytes);
        assertThat(rendered()).isEqualTo(all);
        assertThat(rendered()).isZero();
    }

    @Test
    void aStateSignedWithAnotherKeyIsNotTrusted() throws Exception {
        byte[] key = HexFormat.of().parseHex(CacheKey.of(Pipeline.class));
        String rel = RenderStateFile.of(out.toRealPath());
        RenderState state = RenderStateFile.read(site, rel, key);
        assertThat(state).isNotNull();
        byte[] other = key.clone();
        other[0] ^= 1;
        assertThat(RenderStateFile.read(site, rel, other)).isNull();
        // a forged state that says every page is as it was, with another key: not used
        assertThat(RenderStateFile.write(site, rel, other, state)).isTrue();
        Path page = leaf();
        TestSites.write(page, TestSites.read(page) + "\n新增一段。\n");
        assertThat(rendered()).isEqualTo(all);
    }

    @Test
    void aFileAtTheStatesPlaceThatIsNotGksitesIsLeftAsItIs() throws Exception {
        Path state = stateFile();
        Files.writeString(state, "an editor's notes\n");
        assertThat(rendered()).isEqualTo(all);
        assertThat(Files.readString(state)).isEqualTo("an editor's notes\n");
        assertThat(unusable()).containsExactly(RenderStateFile.of(out.toRealPath()));
    }

    @Test
    void aLinkAtTheStatesPlaceIsNeitherFollowedNorReplaced() throws Exception {
        Path state = stateFile();
        Path elsewhere = dir.resolve("elsewhere.bin");
        Files.move(state, elsewhere);
        byte[] kept = Files.readAllBytes(elsewhere);
        Files.createSymbolicLink(state, elsewhere);
        assertThat(rendered()).isEqualTo(all);
        assertThat(Files.isSymbolicLink(state)).isTrue();
        assertThat(Files.readAllBytes(elsewhere)).isEqualTo(kept);
        assertThat(unusable()).containsExactly(RenderStateFile.of(out.toRealPath()));
    }

    @Test
    void aCacheFolderThatIsALinkIsNeitherReadNorWrittenThrough() throws Exception {
        Path cache = site.resolve(RenderStateFile.DIR);
        Path elsewhere = dir.resolve("elsewhere");
        Files.move(cache, elsewhere);
        Files.createSymbolicLink(cache, elsewhere);
        Map<String, byte[]> before = TestSites.snapshot(elsewhere);
        Path page = leaf();
        TestSites.write(page, TestSites.read(page) + "\n新增一段。\n");
        assertThat(rendered()).isEqualTo(all);
        assertThat(unusable()).containsExactly(RenderStateFile.DIR);
        Map<String, byte[]> after = TestSites.snapshot(elsewhere);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((k, v) -> assertThat(after.get(k)).as(k).isEqualTo(v));
    }

    @Test
    void aThemeFileThatIsALinkMakesEveryBuildRenderEveryPage() throws Exception {
        Path theme = files(site.resolve("themes"), ".peb").get(0).getParent();
        Files.createSymbolicLink(
                theme.resolve("linked.peb"),
                theme.relativize(files(theme, ".peb").get(0)));
        assertThat(rendered()).isEqualTo(all);
        assertThat(unusable()).isEmpty();
        // its target may change unseen: the next build renders every page again
        assertThat(rendered()).isEqualTo(all);
        BuildCacheTest.cachedIsClean(site, out, "theme with a link");
    }

    /** Where the last build said the cache could not be used. */
    private List<String> unusable() {
        return last.diagnostics().stream()
                .filter(d -> d.code().equals("cache.unusable"))
                .map(d -> d.pos().file())
                .toList();
    }

    @Test
    void noEditRendersNothingAndChangesNoFile() {
        Map<String, byte[]> before = TestSites.snapshot(out);
        assertThat(rendered()).isZero();
        Map<String, byte[]> after = TestSites.snapshot(out);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((k, v) -> assertThat(after.get(k)).as(k).isEqualTo(v));
    }

    @Test
    void aStateDecodesToWhatWasEncodedAndAnythingElseIsRefused() throws Exception {
        Listed listed = new Listed(
                "标题",
                "/a/b.html",
                LocalDate.of(2025, 3, 1),
                2,
                false,
                true,
                "晋政文〔2025〕1号",
                null,
                "ABC-2025-001",
                "",
                "晋江市人民政府办公室");
        Affected.Before before =
                new Affected.Before("content/a/b.md", "a", false, true, listed, List.of("content/a/c.md"));
        Diagnostic d = Diagnostic.warning("render.x", new SourcePos("content/a/b.md", 3, 4), "消息", "提示");
        RenderState state = new RenderState(
                new byte[RenderState.INPUTS],
                Map.of("content/a/data.yaml", new byte[RenderState.DIGEST]),
                Map.of("a/f.pdf", 1234L),
                List.of(before),
                Map.of(
                        "content/a/b.md",
                        new RenderState.PageRecord(
                                new byte[RenderState.DIGEST],
                                before,
                                List.of(new OutputManifest.Entry("a/b.html", "content/a/b.md", "page.peb", "1f")),
                                List.of(d),
                                List.of())),
                Map.of("search/index-0.json", "7a", "search/meta.json", "0"),
                new byte[] {1, 2, 3},
                1_764_000_000_123_456_789L);
        byte[] bytes = state.encode();
        RenderState back = RenderState.decode(ByteBuffer.wrap(bytes));
        assertThat(back.pages().get("content/a/b.md").before()).isEqualTo(before);
        assertThat(back.pages().get("content/a/b.md").outputs())
                .isEqualTo(state.pages().get("content/a/b.md").outputs());
        assertThat(back.pages().get("content/a/b.md").rendered()).containsExactly(d);
        assertThat(back.assetSizes()).isEqualTo(state.assetSizes());
        assertThat(back.reports()).containsExactly(before);
        assertThat(back.search()).isEqualTo(state.search());
        assertThat(back.facts()).containsExactly(1, 2, 3);
        assertThat(back.written()).isEqualTo(1_764_000_000_123_456_789L);
        assertThat(Arrays.equals(back.encode(), bytes)).isTrue();
        Random random = new Random(20);
        for (int i = 0; i < 2000; i++) {
            byte[] cut = Arrays.copyOf(bytes, random.nextInt(bytes.length));
            assertThatThrownBy(() -> RenderState.decode(ByteBuffer.wrap(cut)))
                    .isInstanceOf(CachedConversion.Malformed.class);
            byte[] longer = Arrays.copyOf(bytes, bytes.length + 1 + random.nextInt(5));
            assertThatThrownBy(() -> RenderState.decode(ByteBuffer.wrap(longer)))
                    .isInstanceOf(CachedConversion.Malformed.class);
            byte[] noise = new byte[random.nextInt(300)];
            random.nextBytes(noise);
            try {
                RenderState.decode(ByteBuffer.wrap(noise));
            } catch (CachedConversion.Malformed expected) {
                // refused, never thrown otherwise
            }
        }
    }
}
