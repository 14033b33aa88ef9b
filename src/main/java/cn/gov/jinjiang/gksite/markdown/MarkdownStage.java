package cn.gov.jinjiang.gksite.markdown;

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

    public RenderedMarkdown convert(Page p, Diagnostics diags) {
        return converter.convert(p.source(), p.body(), p.bodyLine(), diags);
    }
}
