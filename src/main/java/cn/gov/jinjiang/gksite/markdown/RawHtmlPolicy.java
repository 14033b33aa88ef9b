package cn.gov.jinjiang.gksite.markdown;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * What raw HTML an editor may write inside Markdown: the structural and text elements of jsoup's
 * relaxed safelist plus ids, classes, {@code scope}/{@code headers} for tables and {@code lang}. No
 * scripts, styles, event handlers, iframes or forms: those belong to the theme.
 */
public final class RawHtmlPolicy {
    private final Safelist safelist = Safelist.relaxed()
            .addAttributes(":all", "id", "class", "lang", "title")
            .addTags("abbr", "figure", "figcaption", "mark", "section", "small", "time")
            .addAttributes("th", "scope", "headers", "colspan", "rowspan")
            .addAttributes("td", "headers", "colspan", "rowspan")
            .addAttributes("time", "datetime")
            .addProtocols("a", "href", "#", "http", "https", "mailto", "tel")
            .preserveRelativeLinks(true);

    /** True when the fragment keeps every tag and attribute under the policy. */
    public boolean allows(String html) {
        return Jsoup.isValid(html, safelist) || Jsoup.isValid("<div>" + html + "</div>", safelist);
    }
}
