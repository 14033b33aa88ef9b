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
        return absolute(baseUrl, page.url());
    }

    /** As {@link #absolute(String, Page)}, for the address {@code url} ("/a/b.html"). */
    static String absolute(String baseUrl, String url) {
        String path = url.substring(1);
        if (urlSafe(path)) {
            // what the encoding below gives such a path: itself (most addresses; a sitemap has them all)
            return baseUrl + path;
        }
        try {
            String encoded =
                    new URI(null, null, "/" + path, null).toASCIIString().substring(1);
            return baseUrl + encoded;
        } catch (URISyntaxException e) {
            return baseUrl + new String(path.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
    }

    /** Only ASCII letters, digits and {@code - . _ ~ /}: characters a URI path never quotes. */
    static boolean urlSafe(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            boolean safe = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '~'
                    || c == '/';
            if (!safe) {
                return false;
            }
        }
        return true;
    }

    static String xml(String s) {
        return TextEscapes.xml(s);
    }
}
