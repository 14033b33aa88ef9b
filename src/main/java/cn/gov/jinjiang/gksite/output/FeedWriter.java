package cn.gov.jinjiang.gksite.output;

import cn.gov.jinjiang.gksite.content.ContentTree;
import cn.gov.jinjiang.gksite.content.Page;
import cn.gov.jinjiang.gksite.content.Section;
import cn.gov.jinjiang.gksite.render.RenderedFile;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Atom feeds (RFC 4287) of the latest dated pages: {@code atom.xml} at the site root for the whole site,
 * and {@code atom.xml} in every folder that has dated pages below it (a column's latest disclosures).
 * Dates are the pages' own; the feed's {@code updated} is its newest entry's, so output stays
 * deterministic.
 */
public final class FeedWriter {
    /** Entries per feed. */
    static final int SIZE = 20;

    public static final String FILE = "atom.xml";

    public List<RenderedFile> files(ContentTree tree, String baseUrl, String siteName) {
        List<RenderedFile> out = new ArrayList<>();
        for (Section s : tree.sections().values()) {
            List<Page> dated = new ArrayList<>(s.datedPages());
            if (dated.isEmpty()) {
                continue;
            }
            dated.sort(Comparator.comparing((Page p) -> p.meta().displayDate())
                    .reversed()
                    .thenComparing(Page::source));
            String title = s.dir().isEmpty()
                    ? siteName
                    : s.index().map(i -> i.meta().title() + " - " + siteName).orElse(siteName);
            String path = (s.dir().isEmpty() ? "" : s.dir() + "/") + FILE;
            out.add(new RenderedFile(
                    path,
                    feed(baseUrl, path, title, dated.subList(0, Math.min(SIZE, dated.size())))
                            .getBytes(StandardCharsets.UTF_8),
                    s.index().map(Page::source).orElse(""),
                    ""));
        }
        return out;
    }

    private static String feed(String base, String path, String title, List<Page> pages) {
        LocalDate updated = pages.get(0).meta().displayDate();
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">\n")
                .append("  <title>")
                .append(SiteUrls.xml(title))
                .append("</title>\n")
                .append("  <id>")
                .append(SiteUrls.xml(base + path))
                .append("</id>\n")
                .append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"")
                .append(SiteUrls.xml(base + path))
                .append("\"/>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"")
                .append(SiteUrls.xml(base + path.substring(0, path.length() - FILE.length())))
                .append("\"/>\n")
                .append("  <updated>")
                .append(stamp(updated))
                .append("</updated>\n");
        for (Page p : pages) {
            String url = SiteUrls.xml(SiteUrls.absolute(base, p));
            sb.append("  <entry>\n")
                    .append("    <title>")
                    .append(SiteUrls.xml(
                            (p.meta().draft() ? "【草稿】" : "") + p.meta().title()))
                    .append("</title>\n")
                    .append("    <link rel=\"alternate\" type=\"text/html\" href=\"")
                    .append(url)
                    .append("\"/>\n")
                    .append("    <id>")
                    .append(url)
                    .append("</id>\n")
                    .append("    <updated>")
                    .append(stamp(p.meta().displayDate()))
                    .append("</updated>\n");
            if (!p.meta().publisher().isBlank()) {
                sb.append("    <author><name>")
                        .append(SiteUrls.xml(p.meta().publisher()))
                        .append("</name></author>\n");
            }
            if (!p.meta().description().isBlank()) {
                sb.append("    <summary>")
                        .append(SiteUrls.xml(p.meta().description()))
                        .append("</summary>\n");
            }
            sb.append("  </entry>\n");
        }
        if (pages.stream().allMatch(p -> p.meta().publisher().isBlank())) {
            // Atom requires an author for the feed when entries have none.
            sb.insert(sb.indexOf("  <updated>"), "  <author><name>" + SiteUrls.xml(title) + "</name></author>\n");
        }
        return sb.append("</feed>\n").toString();
    }

    /** A date as an Atom timestamp at midnight China time. */
    private static String stamp(LocalDate d) {
        return d + "T00:00:00+08:00";
    }
}
