package cn.gov.jinjiang.gksite.output;

import cn.gov.jinjiang.gksite.content.ContentTree;
import cn.gov.jinjiang.gksite.content.Page;
import cn.gov.jinjiang.gksite.render.RenderedFile;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

/**
 * {@code sitemap.xml} (sitemaps.org 0.9) with every page under the base URL, and {@code robots.txt}
 * pointing at it. {@code lastmod} is the page's own date (发布日期 or date), never the build time, so the
 * files are the same for the same content.
 */
public final class SitemapWriter {
    public List<RenderedFile> files(ContentTree tree, String baseUrl) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (Page p :
                tree.pages().stream().sorted(Comparator.comparing(Page::url)).toList()) {
            if (p.output().equals("404.html")) {
                continue;
            }
            sb.append("  <url><loc>")
                    .append(SiteUrls.xml(SiteUrls.absolute(baseUrl, p)))
                    .append("</loc>");
            if (p.meta().displayDate() != null) {
                sb.append("<lastmod>").append(p.meta().displayDate()).append("</lastmod>");
            }
            sb.append("</url>\n");
        }
        sb.append("</urlset>\n");
        String robots = "User-agent: *\nAllow: /\n\nSitemap: " + baseUrl + "sitemap.xml\n";
        return List.of(
                new RenderedFile("sitemap.xml", sb.toString().getBytes(StandardCharsets.UTF_8), "", ""),
                new RenderedFile("robots.txt", robots.getBytes(StandardCharsets.UTF_8), "", ""));
    }
}
