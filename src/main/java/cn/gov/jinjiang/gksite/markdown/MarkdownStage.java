package cn.gov.jinjiang.gksite.markdown;

import cn.gov.jinjiang.gksite.content.Body;
import cn.gov.jinjiang.gksite.content.ContentTree;
import cn.gov.jinjiang.gksite.content.Page;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.InternalErrors;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.parallel.Tasks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Converts every page of a content tree in parallel; the result is keyed by the page's source path. A page that
 * cannot be converted becomes an error naming it (and renders empty), never a failure of the build: one that
 * overflows the stack is {@code markdown.too-deep}, any other failure {@code internal.error}.
 */
public final class MarkdownStage {
    /**
     * Stack of the thread a page with long lines is converted on (see {@link MarkdownLimits#PLAIN_STACK_LINE}):
     * reserved address space, of which only what the recursion touches is ever used. A 100,000-character line
     * ({@link MarkdownLimits#MAX_LINE}) of each construct flexmark matches by recursion fitted in 64 MiB when compiled
     * and in 128 MiB interpreted (MarkdownStageTest converts each on a stack of a quarter of this).
     */
    static final long LARGE_STACK = 256L * 1024 * 1024;
    /** How many pages {@link #warmUp} converts. */
    private static final int WARM_UP_PAGES = 16;

    /** The conversion of one page (tests put failing ones in its place). */
    private final BiFunction<Page, Diagnostics, RenderedMarkdown> converter;

    public MarkdownStage() {
        MarkdownConverter c = new MarkdownConverter();
        this.converter = (p, d) -> c.convert(p.source(), p.body().text(), p.bodyLine(), d);
    }

    MarkdownStage(BiFunction<Page, Diagnostics, RenderedMarkdown> converter) {
        this.converter = converter;
    }

    /**
     * A task that converts a few of {@code pages} (evenly spread) with a stage of its own and keeps nothing: it
     * readies this JVM for a conversion to come. A preview whose first build took every conversion from the build
     * cache has not run the converter yet, and its first run (loading and compiling its code) made the first save
     * take half a second. The task may run on any thread; a page it cannot read or convert is passed over.
     */
    public static Runnable warmUp(List<Page> pages) {
        return warmUp(pages, MarkdownStage::new);
    }

    /** As {@link #warmUp(List)}, with the stage {@code stages} makes (on the task's thread). */
    static Runnable warmUp(List<Page> pages, Supplier<MarkdownStage> stages) {
        List<Page> sample = sample(pages);
        return () -> {
            MarkdownStage stage = stages.get();
            for (Page p : sample) {
                try {
                    stage.convert(p, new Diagnostics());
                } catch (RuntimeException e) {
                    // changed or gone since: the next page will do
                }
            }
        };
    }

    /** Up to {@link #WARM_UP_PAGES} of {@code pages}, spread over all of them. */
    static List<Page> sample(List<Page> pages) {
        List<Page> sample = new ArrayList<>();
        int step = Math.max(1, pages.size() / WARM_UP_PAGES);
        for (int i = 0; i < pages.size() && sample.size() < WARM_UP_PAGES; i += step) {
            sample.add(pages.get(i));
        }
        return sample;
    }

    public Map<String, RenderedMarkdown> convert(ContentTree tree, Diagnostics diags) {
        Map<String, RenderedMarkdown> out = new ConcurrentHashMap<>();
        tree.pages().parallelStream().forEach(p -> out.put(p.source(), convert(p, diags)));
        return Map.copyOf(out);
    }

    /**
     * Converts only the pages {@code wanted} accepts, now; the others are converted when asked for through
     * the returned function (once each: a page is rendered once per build), so a large site's HTML bodies
     * are never all held at once.
     */
    public Function<Page, RenderedMarkdown> convertLazily(ContentTree tree, Predicate<Page> wanted, Diagnostics diags) {
        return convertLazily(tree, wanted, diags, this::convert);
    }

    /**
     * As {@link #convertLazily(ContentTree, Predicate, Diagnostics)}, each page through {@code convert} (a cache
     * that calls {@link #convert(Page, Diagnostics)} for what it does not hold).
     */
    public Function<Page, RenderedMarkdown> convertLazily(
            ContentTree tree,
            Predicate<Page> wanted,
            Diagnostics diags,
            BiFunction<Page, Diagnostics, RenderedMarkdown> convert) {
        Map<String, RenderedMarkdown> early = new ConcurrentHashMap<>();
        Tasks.forEach(
                tree.pages().stream().filter(wanted).toList(), p -> early.put(p.source(), convert.apply(p, diags)));
        return p -> {
            RenderedMarkdown r = early.get(p.source());
            return r != null ? r : convert.apply(p, diags);
        };
    }

    /**
     * Converts the body of {@code p}; a body whose file changed since it was read ({@link Body#CHANGED}) stops the
     * build, as a problem of the files, not of gksite.
     *
     * @throws DiagnosticException when the body could not be read as it was
     */
    public RenderedMarkdown convert(Page p, Diagnostics diags) {
        String text = p.body().text();
        Supplier<RenderedMarkdown> conversion = () -> converter.apply(p, diags);
        try {
            return MarkdownLimits.needsLargeStack(text) ? onLargeStack(conversion) : conversion.get();
        } catch (StackOverflowError e) {
            diags.error(
                    "markdown.too-deep",
                    new SourcePos(p.source(), p.bodyLine(), 1),
                    "正文的嵌套太深（引用、列表、强调或链接套了太多层），无法转换。",
                    "检查正文中成对的“*”“_”“[”“]”和行首的“>”“-”；要写这些符号本身时在前面加反斜杠，如 \\*。");
            return RenderedMarkdown.EMPTY;
        } catch (DiagnosticException e) {
            throw e;
        } catch (RuntimeException e) {
            diags.add(InternalErrors.diagnostic(SourcePos.of(p.source()), "转换 Markdown 正文", e));
            return RenderedMarkdown.EMPTY;
        }
    }

    /** Runs {@code task} on a new thread with a {@link #LARGE_STACK}, and returns or rethrows what it did. */
    static <T> T onLargeStack(Supplier<T> task) {
        return onStack(LARGE_STACK, task);
    }

    /** Runs {@code task} on a new thread with a stack of {@code bytes}, and returns or rethrows what it did. */
    static <T> T onStack(long bytes, Supplier<T> task) {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(
                null,
                () -> {
                    try {
                        result[0] = task.get();
                    } catch (RuntimeException | Error e) {
                        failure[0] = e;
                    }
                },
                "gksite-markdown-large-stack",
                bytes);
        t.start();
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                // The page is converted regardless (a build is not cancelled halfway through a page).
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure[0] instanceof RuntimeException r) {
            throw r;
        }
        if (failure[0] instanceof Error err) {
            throw err;
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }
}
