package cn.gov.jinjiang.gksite.output;

import cn.gov.jinjiang.gksite.content.Page;
import cn.gov.jinjiang.gksite.diag.TextEscapes;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/** Absolute URLs of pages under the site's base URL, percent-encoded for XML files (sitemap, feeds). */
final class SiteUrls {
    private SiteUrls() {}

    /** base "http://www.x.gov.cn/" + page "/a/b.html" → "http://www.x.gov.cn/a/b.html", non-ASCII encoded. */
    static String absolute(String baseUrl, Page page) {
        String path = page.url().substring(1);
        try {
            String encoded =
                    new URI(null, null, "/" + path, null).toASCIIString().substring(1);
            return baseUrl + encoded;
        } catch (URISyntaxException e) {
            return baseUrl + new String(path.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
    }

    static String xml(String s) {
        return TextEscapes.xml(s);
    }
}
