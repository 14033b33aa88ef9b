package cn.gov.jinjiang.gksite.markdown;

import java.util.List;

/** The HTML of a Markdown body and the headings found in it (for tables of contents and anchors). */
public record RenderedMarkdown(String html, List<Heading> headings) {
    /** What a body that could not be converted renders as (its errors are reported). */
    public static final RenderedMarkdown EMPTY = new RenderedMarkdown("", List.of());

    public RenderedMarkdown {
        headings = List.copyOf(headings);
    }
}
