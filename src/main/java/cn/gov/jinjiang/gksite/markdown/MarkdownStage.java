package cn.gov.jinjiang.gksite.markdown;

import cn.gov.jinjiang.gksite.parallel.Tasks;
import cn.gov.jinjiang.gksite.content.ContentTree;
import cn.gov.jinjiang.gksite.content.Page;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Converts every page of a content tree in parallel; the result is keyed by the page's source path. */
public final class MarkdownStage {
    private final MarkdownConverter converter = new MarkdownConverter();

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
    public java.util.function.Function<Page, RenderedMarkdown> convertLazily(ContentTree tree,
                                                                            java.util.function.Predicate<Page> wanted,
                                                                            Diagnostics diags) {
        Map<String, RenderedMarkdown> early = new ConcurrentHashMap<>();
        Tasks.forEach(tree.pages().stream().filter(wanted).toList(),
                p -> early.put(p.source(), convert(p, diags)));
        return p -> {
            RenderedMarkdown r = early.get(p.source());
            return r != null ? r : convert(p, diags);
        };
    }

    public RenderedMarkdown convert(Page p, Diagnostics diags) {
        return converter.convert(p.source(), p.body(), p.bodyLine(), diags);
    }
}
