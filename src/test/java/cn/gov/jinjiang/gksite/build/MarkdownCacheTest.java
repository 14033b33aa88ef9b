package cn.gov.jinjiang.gksite.build;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.content.Page;
import cn.gov.jinjiang.gksite.content.PageMeta;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.InternalErrors;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.markdown.MarkdownStage;
import cn.gov.jinjiang.gksite.markdown.RenderedMarkdown;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownCacheTest {
    private static final String CODE = "ab".repeat(32);
    private static final String OTHER_CODE = "cd".repeat(32);

    @TempDir
    Path root;

    private final MarkdownStage stage = new MarkdownStage();
    private final AtomicInteger conversions = new AtomicInteger();
    private final BiFunction<Page, Diagnostics, RenderedMarkdown> counting = (p, d) -> {
        conversions.incrementAndGet();
        return stage.convert(p, d);
    };

    static Page page(String source, String body, int bodyLine) {
        PageMeta meta = new PageMeta(
                "标题", null, null, null, "", 0, false, false, null, "", "", "", null, null, "", "", null, "", "",
                Map.of());
        return new Page(source, "", source.replace(".md", ".html"), false, meta, body, bodyLine);
    }

    private static List<Page> pages() {
        return List.of(
                page("a.md", "## 第一节\n\n正文，[首页](/)。\n\n### 小节\n\n- 一\n- 二\n", 4),
                page("b/c.md", "正文 <script>alert(1)</script> 和 <b>粗</b>\n\n| 甲 | 乙 |\n|---|---|\n| 1 | 2 |\n", 3),
                page("d.md", "", 2),
                page("e.md", "中".repeat(3000) + "\n\n## 末\n", 5));
    }

    /** Each page through {@code cache}: its conversion and its problems. */
    private List<Object> through(MarkdownCache cache, List<Page> pages) {
        List<Object> out = new ArrayList<>();
        for (Page p : pages) {
            Diagnostics d = new Diagnostics();
            out.add(cache.convert(p, d, counting));
            out.add(d.sorted());
        }
        return out;
    }

    private List<Object> fresh(List<Page> pages) {
        try (MarkdownCache none = MarkdownCache.none()) {
            return through(none, pages);
        }
    }

    private List<Object> build(String code, List<Page> pages) {
        try (MarkdownCache cache = MarkdownCache.open(root, code)) {
            assertThat(cache.warning()).isNull();
            return through(cache, pages);
        }
    }

    private Path file() {
        return root.resolve(MarkdownCache.FILE);
    }

    @Test
    void aSecondBuildFindsEveryConversionWithItsProblemsAndConvertsNothing() {
        List<Object> expected = fresh(pages());
        assertThat((List<?>) expected.get(3)).isNotEmpty();
        assertThat(build(CODE, pages())).isEqualTo(expected);
        conversions.set(0);
        assertThat(build(CODE, pages())).isEqualTo(expected);
        assertThat(conversions).hasValue(0);
        assertThat(build(CODE, pages())).isEqualTo(expected);
        assertThat(conversions).hasValue(0);
    }

    @Test
    void aChangedBodyOrFirstLineOrAnotherFileIsConvertedAgain() {
        build(CODE, pages());
        List<Page> changed = List.of(
                page("a.md", "## 第一节\n\n正文，[首页](/)。\n\n### 小节\n\n- 一\n- 三\n", 4),
                page("b/c.md", "正文 <script>alert(1)</script> 和 <b>粗</b>\n\n| 甲 | 乙 |\n|---|---|\n| 1 | 2 |\n", 9),
                page("x.md", "", 2),
                page("e.md", "中".repeat(3000) + "\n\n## 末\n", 5));
        conversions.set(0);
        assertThat(build(CODE, changed)).isEqualTo(fresh(changed));
        // a.md (body), b/c.md (first line: positions move), x.md (new); e.md is the same
        assertThat(conversions).hasValue(3 + changed.size());
    }

    @Test
    void aCacheOfOtherCodeIsStartedAgain() throws IOException {
        build(CODE, pages());
        conversions.set(0);
        assertThat(build(OTHER_CODE, pages())).isEqualTo(fresh(pages()));
        assertThat(conversions).hasValue(2 * pages().size());
        conversions.set(0);
        build(OTHER_CODE, pages());
        assertThat(conversions).hasValue(0);
        assertThat(Files.readAllBytes(file())).startsWith(MarkdownCache.MAGIC);
    }

    @Test
    void aCacheWrittenWithAnotherKeyNeverCarriesItsHtmlIn() throws IOException {
        // an attacker's own cache, with their key, of the pages as committed, its HTML a script
        BiFunction<Page, Diagnostics, RenderedMarkdown> planted =
                (p, d) -> new RenderedMarkdown("<script>alert(1)</script>", List.of());
        try (MarkdownCache theirs = MarkdownCache.open(root, OTHER_CODE)) {
            pages().forEach(p -> theirs.convert(p, new Diagnostics(), planted));
        }
        assertThat(Files.readAllBytes(file())).startsWith(MarkdownCache.MAGIC);
        conversions.set(0);
        assertThat(build(CODE, pages())).isEqualTo(fresh(pages()));
        assertThat(conversions).hasValue(2 * pages().size());
    }

    @Test
    void aDamagedCacheIsNeverTrusted() throws IOException {
        build(CODE, pages());
        byte[] whole = Files.readAllBytes(file());
        List<Object> expected = fresh(pages());
        Random random = new Random(20);
        int reused = 0;
        for (int i = 0; i < 400; i++) {
            byte[] damaged = whole.clone();
            if (i % 4 == 0) {
                damaged = Arrays.copyOf(whole, random.nextInt(whole.length));
            } else {
                for (int k = 0; k <= i % 3; k++) {
                    damaged[random.nextInt(damaged.length)] ^= (byte) (1 << random.nextInt(8));
                }
            }
            Files.write(file(), damaged);
            conversions.set(0);
            try (MarkdownCache cache = MarkdownCache.open(root, CODE)) {
                assertThat(through(cache, pages())).as("damage %d", i).isEqualTo(expected);
            }
            reused += pages().size() - conversions.get();
        }
        // the damage mostly falls in entries (each then converted again), rarely in the header or index
        assertThat(reused).isGreaterThan(0);
        Files.write(file(), whole);
        conversions.set(0);
        build(CODE, pages());
        assertThat(conversions).hasValue(0);
    }

    @Test
    void aFileGksiteDidNotWriteIsLeftAsItWas() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "我的笔记\n");
        try (MarkdownCache cache = MarkdownCache.open(root, CODE)) {
            assertThat(cache.warning()).extracting(Diagnostic::code).isEqualTo("cache.unusable");
            assertThat(cache.warning().pos()).isEqualTo(SourcePos.of(".gksite/cache/markdown.bin"));
            assertThat(through(cache, pages())).isEqualTo(fresh(pages()));
        }
        assertThat(Files.readString(file())).isEqualTo("我的笔记\n");
        assertThat(Files.list(file().getParent())).hasSize(1);
    }

    @Test
    void aSymbolicLinkOnTheWayIsNeverFollowed() throws IOException {
        Path elsewhere = Files.createDirectories(root.resolve("elsewhere"));
        Files.createDirectories(root.resolve(".gksite"));
        Files.createSymbolicLink(root.resolve(".gksite/cache"), elsewhere);
        try (MarkdownCache cache = MarkdownCache.open(root, CODE)) {
            assertThat(cache.warning().pos()).isEqualTo(SourcePos.of(".gksite/cache"));
            assertThat(through(cache, pages())).isEqualTo(fresh(pages()));
        }
        assertThat(Files.list(elsewhere)).isEmpty();

        Files.delete(root.resolve(".gksite/cache"));
        Files.createDirectories(root.resolve(".gksite/cache"));
        Files.createSymbolicLink(file(), elsewhere.resolve("f"));
        try (MarkdownCache cache = MarkdownCache.open(root, CODE)) {
            assertThat(cache.warning().pos()).isEqualTo(SourcePos.of(".gksite/cache/markdown.bin"));
            through(cache, pages());
        }
        assertThat(Files.list(elsewhere)).isEmpty();
    }

    @Test
    void aSecondBuildAtOnceReadsTheCacheAndLeavesItToTheFirst() {
        build(CODE, pages());
        List<Page> more = new ArrayList<>(pages());
        more.add(page("new.md", "新页面\n", 3));
        try (MarkdownCache first = MarkdownCache.open(root, CODE)) {
            assertThat(first.writable()).isTrue();
            try (MarkdownCache second = MarkdownCache.open(root, CODE)) {
                assertThat(second.writable()).isFalse();
                conversions.set(0);
                assertThat(through(second, more)).isEqualTo(fresh(more));
                assertThat(conversions).hasValue(1 + more.size());
            }
            through(first, more);
        }
        conversions.set(0);
        build(CODE, more);
        assertThat(conversions).hasValue(0);
    }

    @Test
    void conversionsThatFailedAreNotKept() {
        BiFunction<Page, Diagnostics, RenderedMarkdown> failing = (p, d) -> {
            conversions.incrementAndGet();
            d.add(InternalErrors.diagnostic(SourcePos.of(p.source()), "转换 Markdown 正文", new IllegalStateException()));
            return RenderedMarkdown.EMPTY;
        };
        BiFunction<Page, Diagnostics, RenderedMarkdown> tooDeep = (p, d) -> {
            conversions.incrementAndGet();
            d.error("markdown.too-deep", SourcePos.of(p.source()), "太深", "");
            return RenderedMarkdown.EMPTY;
        };
        for (var convert : List.of(failing, tooDeep)) {
            for (int i = 0; i < 2; i++) {
                conversions.set(0);
                try (MarkdownCache cache = MarkdownCache.open(root, CODE)) {
                    cache.convert(pages().get(0), new Diagnostics(), convert);
                }
                assertThat(conversions).hasValue(1);
            }
        }
    }

    @Test
    void whatTheLastBuildDidNotUseIsDroppedWhenItOutweighsTheRest() throws IOException {
        BiFunction<Page, Diagnostics, RenderedMarkdown> quick = (p, d) -> {
            conversions.incrementAndGet();
            return new RenderedMarkdown("<p>" + p.source() + "</p>", List.of());
        };
        List<Page> big = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            big.add(page("p" + i + ".md", ("第 " + i + " 页").repeat(100_000), 3));
        }
        try (MarkdownCache cache = MarkdownCache.open(root, CODE)) {
            big.forEach(p -> cache.convert(p, new Diagnostics(), quick));
        }
        long before = Files.size(file());
        assertThat(before).isGreaterThan(10_000_000L);
        // one page used: eleven pages' entries are dead, more than the eight MiB kept in any case
        try (MarkdownCache cache = MarkdownCache.open(root, CODE)) {
            cache.convert(big.get(0), new Diagnostics(), quick);
        }
        assertThat(Files.size(file())).isLessThan(before / 6);
        assertThat(Files.list(file().getParent())).hasSize(1);
        conversions.set(0);
        try (MarkdownCache cache = MarkdownCache.open(root, CODE)) {
            assertThat(cache.convert(big.get(0), new Diagnostics(), quick).html())
                    .isEqualTo("<p>p0.md</p>");
            cache.convert(big.get(1), new Diagnostics(), quick);
        }
        assertThat(conversions).hasValue(1);
    }

    @Test
    void withoutAFingerprintThereIsNoCache() {
        try (MarkdownCache cache = MarkdownCache.open(root, null)) {
            through(cache, pages());
        }
        assertThat(root.resolve(".gksite")).doesNotExist();
    }
}
