package cn.gov.jinjiang.gksite.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.content.ContentLoader;
import cn.gov.jinjiang.gksite.content.ContentMemo;
import cn.gov.jinjiang.gksite.content.ContentTree;
import cn.gov.jinjiang.gksite.content.FileDigests;
import cn.gov.jinjiang.gksite.content.Page;
import cn.gov.jinjiang.gksite.content.PageMeta;
import cn.gov.jinjiang.gksite.content.Section;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page flexmark cannot take becomes an error of that page, never a failure of the build: the inputs that crashed
 * gksite with a StackOverflowError are refused or converted, and those within the limits convert on the stack the
 * stage gives them.
 */
class MarkdownStageTest {
    private final MarkdownStage stage = new MarkdownStage();

    /** Converts on a thread with a default-sized stack, as the build's worker threads have. */
    private List<Diagnostic> convert(String body) {
        Diagnostics d = new Diagnostics();
        MarkdownStage.onStack(1024 * 1024, () -> stage.convert(page(body), d));
        return d.sorted();
    }

    static Page page(String body) {
        return page("content/p.md", body);
    }

    private static Page page(String source, String body) {
        PageMeta meta = new PageMeta(
                "标题", null, null, null, "", 0, false, false, null, "", "", "", null, null, "", "", null, "", "",
                Map.of());
        return new Page(source, "", source.replace(".md", ".html"), false, meta, body, 4);
    }

    /** A page taken from the memo of an earlier build, its body still in its file, which then changed. */
    private static Page changedPage(Path root) throws IOException {
        Path file = root.resolve("content/p.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: 标题\n---\n正文\n", StandardCharsets.UTF_8);
        Files.writeString(root.resolve("site.yaml"), "title: 站\n", StandardCharsets.UTF_8);
        Instant later = Instant.now().plusSeconds(60);
        ContentMemo first = new ContentMemo(Map.of(), later);
        new ContentLoader(new FileDigests(), first).load(SourceLayout.of(root, null), new Diagnostics());
        // The next build takes the page from the memo; its file changes before its body is converted.
        ContentTree tree = new ContentLoader(new FileDigests(), new ContentMemo(first.next(), later))
                .load(SourceLayout.of(root, null), new Diagnostics());
        Page p = tree.pages().get(0);
        assertThat(p.body().loaded()).isFalse();
        Files.writeString(file, "---\ntitle: 标题\n---\n改过的正文\n", StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void aBodyWhoseFileChangedDuringTheBuildStopsItAsAProblemOfTheFilesNotAnInternalError(@TempDir Path root)
            throws IOException {
        Page p = changedPage(root);

        Diagnostics d = new Diagnostics();
        assertThatThrownBy(() -> stage.convert(p, d))
                .isInstanceOfSatisfying(
                        DiagnosticException.class,
                        e -> assertThat(e.diagnostics())
                                .extracting(Diagnostic::code)
                                .containsExactly("content.changed"));
        assertThat(d.sorted()).isEmpty();
    }

    @Test
    void theWarmUpConvertsAFewPagesSpreadOverTheSiteAndPassesOverOnesItCannotRead(@TempDir Path root)
            throws IOException {
        List<Page> many = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            many.add(page("content/p" + i + ".md", "正文" + i));
        }
        assertThat(MarkdownStage.sample(many))
                .extracting(Page::source)
                .hasSize(16)
                .startsWith("content/p0.md", "content/p6.md", "content/p12.md")
                .endsWith("content/p90.md");
        assertThat(MarkdownStage.sample(many.subList(0, 5))).containsExactlyElementsOf(many.subList(0, 5));
        assertThat(MarkdownStage.sample(List.of())).isEmpty();

        // A page whose file changed since it was read (as above) is passed over; the task never throws.
        Page changed = changedPage(root);
        MarkdownStage.warmUp(List.of(changed, page("**正文**"))).run();
        assertThat(changed.body().loaded()).isFalse();
        // What it converts: the sample, each page once, on the task's thread; nothing is kept.
        List<String> converted = new ArrayList<>();
        Runnable task = MarkdownStage.warmUp(
                many,
                () -> new MarkdownStage((p, d) -> {
                    converted.add(p.source());
                    if (p.source().equals("content/p6.md")) {
                        throw new IllegalStateException("passed over");
                    }
                    return RenderedMarkdown.EMPTY;
                }));
        assertThat(converted).isEmpty();
        task.run();
        assertThat(converted)
                .containsExactlyElementsOf(
                        MarkdownStage.sample(many).stream().map(Page::source).toList());
    }

    @Test
    void inputsThatOverflowedTheStackAreRefusedOrConverted() {
        assertThat(convert(">".repeat(1000))).extracting(Diagnostic::code).containsExactly("markdown.too-deep");
        assertThat(convert("- ".repeat(10_000) + "x"))
                .extracting(Diagnostic::code)
                .containsExactly("markdown.too-deep");
        assertThat(convert("*".repeat(2000))).isEmpty();
        assertThat(convert("- ".repeat(10_000))).isEmpty();
        assertThat(convert("_".repeat(4000) + "a")).extracting(Diagnostic::code).containsExactly("markdown.too-deep");
        assertThat(convert("|a".repeat(1000) + "|\n" + "|-".repeat(1000) + "|\n" + "|b".repeat(1000) + "|\n"))
                .isEmpty();
    }

    @Test
    void nestingSpreadOverLinesThatOverflowsTheStackIsTooDeepNotACrash() {
        // Each line opens two levels of emphasis: the pre-scan, which reads lines, lets it through. 10,000 levels
        // overflow the test's stack even once the JIT has compiled the parser (3,000 did not always: flaky).
        String body = "**x *y\n".repeat(5000) + "y* x**\n".repeat(5000);
        assertThat(new MarkdownLimits().scan(body).withinLimits()).isTrue();
        List<Diagnostic> d = convert(body);
        assertThat(d).extracting(Diagnostic::code).containsExactly("markdown.too-deep");
        assertThat(d.get(0).pos().file()).isEqualTo("content/p.md");
    }

    @Test
    void eachConstructFlexmarkMatchesByRecursionConvertsAtTheLineLimitOnAQuarterOfTheLargeStack() {
        int n = MarkdownLimits.MAX_LINE - 20;
        Map<String, String> constructs = new LinkedHashMap<>();
        constructs.put("thematic break", "*".repeat(n));
        constructs.put("spaced break", "- ".repeat(n / 2));
        constructs.put("link title", "[a](/u \"" + "题".repeat(n) + "\")");
        constructs.put("parenthesised title", "[a](/u (" + "x".repeat(n) + "))");
        constructs.put("inline comment", "a <!--" + "x".repeat(n) + "-->");
        constructs.put("comment block", "<!--" + "x".repeat(n) + "-->");
        constructs.put("attributes", "a <b" + " c".repeat(n / 2) + ">");
        constructs.put("angle destination", "[a](<" + "x".repeat(n) + ">)");
        constructs.put("email autolink", "<a@" + "b.".repeat(n / 2) + "c>");
        constructs.put("heading attributes", "# h {" + "a=b ".repeat(n / 4) + "}");
        constructs.put("declaration", "a <!A" + " x".repeat(n / 2) + ">");
        constructs.put("setext underline", "a\n" + "=".repeat(n));
        constructs.put("reference title", "[a]: /u \"" + "x".repeat(n) + "\"\n\n[a]");
        constructs.put("table", "|" + "a|".repeat(n / 2) + "\n|" + "-|".repeat(n / 2) + "\n");
        for (Map.Entry<String, String> c : constructs.entrySet()) {
            Diagnostics d = new Diagnostics();
            RenderedMarkdown r = MarkdownStage.onStack(
                    MarkdownStage.LARGE_STACK / 4,
                    () -> new MarkdownConverter().convert("content/p.md", c.getValue(), 4, d));
            assertThat(d.sorted()).as(c.getKey()).noneMatch(x -> x.code().equals("markdown.too-deep"));
            assertThat(r.html()).as(c.getKey()).isNotEmpty();
        }
    }

    @Test
    void anUnexpectedFailureIsAnInternalErrorOfThePageAndTheOthersGoOn() {
        Diagnostics d = new Diagnostics();
        MarkdownStage failing = new MarkdownStage((p, x) -> {
            throw new IllegalStateException("kaputt");
        });
        assertThat(failing.convert(page("正文"), d)).isEqualTo(RenderedMarkdown.EMPTY);
        List<Diagnostic> found = d.sorted();
        assertThat(found).extracting(Diagnostic::code).containsExactly("internal.error");
        assertThat(found.get(0).pos().file()).isEqualTo("content/p.md");
        assertThat(found.get(0).message()).contains("转换 Markdown 正文", "IllegalStateException", "kaputt");
        assertThat(stage.convert(page("正文"), d).html()).isEqualTo("<p>正文</p>\n");
    }

    /** Two pages whose conversion warns once each (a sentence's end before a line of its own). */
    private static ContentTree tree() {
        Page a = page("content/a.md", "甲。\n乙\n");
        Page b = page("content/b.md", "丙。\n丁\n");
        return new ContentTree(
                new Section("", Optional.empty(), List.of(a, b), List.of(), Map.of()), List.of(), Set.of());
    }

    private static List<String> warned(Diagnostics d) {
        return d.sorted().stream().map(x -> x.code() + "@" + x.pos()).toList();
    }

    @Test
    void everyPageOfATreeIsConvertedKeyedByItsSource() {
        Diagnostics d = new Diagnostics();
        Map<String, RenderedMarkdown> out = stage.convert(tree(), d);
        assertThat(out).containsOnlyKeys("content/a.md", "content/b.md");
        assertThat(out.get("content/a.md").html()).isEqualTo("<p>甲。乙</p>\n");
        assertThat(out.get("content/b.md").html()).isEqualTo("<p>丙。丁</p>\n");
        assertThat(warned(d))
                .containsExactly("markdown.line-break@content/a.md:5:1", "markdown.line-break@content/b.md:5:1");
    }

    @Test
    void lazilyTheWantedPagesAreConvertedNowAndTheOthersWhenAskedFor() {
        Diagnostics d = new Diagnostics();
        ContentTree tree = tree();
        Function<Page, RenderedMarkdown> lazy =
                stage.convertLazily(tree, p -> p.source().equals("content/a.md"), d);
        assertThat(warned(d)).containsExactly("markdown.line-break@content/a.md:5:1");
        Page a = tree.pages().get(0);
        Page b = tree.pages().get(1);
        // The page converted early is not converted again when asked for.
        assertThat(lazy.apply(a).html()).isEqualTo("<p>甲。乙</p>\n");
        assertThat(warned(d)).containsExactly("markdown.line-break@content/a.md:5:1");
        assertThat(lazy.apply(b).html()).isEqualTo("<p>丙。丁</p>\n");
        assertThat(warned(d))
                .containsExactly("markdown.line-break@content/a.md:5:1", "markdown.line-break@content/b.md:5:1");
    }

    @Test
    void aPageWithALongLineIsConvertedOnTheLargeStack() {
        // A link title of 90,000 characters overflows a build thread's stack in flexmark's recursive match.
        String body = "[a](/u \"" + "题".repeat(90_000) + "\")\n";
        List<Diagnostic> d = convert(body);
        assertThat(d).isEmpty();
        Diagnostics direct = new Diagnostics();
        assertThat(MarkdownStage.onStack(
                        1024 * 1024, () -> stage.convert(page(body), direct).html()))
                .startsWith("<p><a href=\"/u\" title=\"题题");
    }

    @Test
    void onAStackTheTaskRunsOnItsOwnThreadAndItsResultOrFailureComesBack() {
        assertThat(MarkdownStage.onLargeStack(() -> Thread.currentThread().getName()))
                .isEqualTo("gksite-markdown-large-stack");
        IllegalStateException failure = new IllegalStateException("x");
        assertThatThrownBy(() -> MarkdownStage.onStack(1 << 20, () -> {
                    throw failure;
                }))
                .isSameAs(failure);
        AssertionError error = new AssertionError("y");
        assertThatThrownBy(() -> MarkdownStage.onStack(1 << 20, () -> {
                    throw error;
                }))
                .isSameAs(error);
        assertThat(MarkdownStage.<String>onStack(1 << 20, () -> null)).isNull();
        // A caller that was not interrupted is not interrupted after (Thread.interrupted also clears it).
        assertThat(Thread.interrupted()).isFalse();
    }

    @Test
    void anInterruptedCallerWaitsForThePageAndKeepsItsInterrupt() {
        Thread caller = Thread.currentThread();
        caller.interrupt();
        try {
            // The task ends only once the caller, its interrupt taken by the first join, waits in a second one.
            assertThat(MarkdownStage.onStack(1 << 20, () -> {
                        while (caller.getState() != Thread.State.WAITING) {
                            Thread.onSpinWait();
                        }
                        return "done";
                    }))
                    .isEqualTo("done");
            assertThat(caller.isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aPageThatOverflowsTheStackRendersEmptyWithTheErrorAtItsBody() {
        Diagnostics d = new Diagnostics();
        // Deep enough to overflow a small stack even when the renderer is compiled (its frames are then smaller than
        // the interpreter's: with 1,500 levels on 1 MiB, a run after the other tests' warm-up did not overflow).
        String body = "**x *y\n".repeat(3000) + "y* x**\n".repeat(3000);
        RenderedMarkdown r = MarkdownStage.onStack(256 * 1024, () -> stage.convert(page(body), d));
        assertThat(r).isSameAs(RenderedMarkdown.EMPTY);
        Diagnostic e = d.sorted().get(0);
        assertThat(e.pos()).hasToString("content/p.md:4:1");
        assertThat(e.isError()).isTrue();
        assertThat(e.message()).isEqualTo("正文的嵌套太深（引用、列表、强调或链接套了太多层），无法转换。");
        assertThat(e.hint()).startsWith("检查正文中成对的");
    }
}
