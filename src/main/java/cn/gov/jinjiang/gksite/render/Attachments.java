package cn.gov.jinjiang.gksite.render;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;

/**
 * Marks links to downloadable files with their format and size, as the inspection indicators ask of
 * 附件下载: a Markdown link to {@code 通知.pdf} in content/ renders as the link followed by
 * “（PDF，123 KB）”. Links to files that are not in content/ are left alone (the link checker reports
 * them).
 */
final class Attachments {
    static final Set<String> EXTENSIONS =
            Set.of("pdf", "doc", "docx", "xls", "xlsx", "wps", "et", "ofd", "zip", "rar", "csv", "txt", "ppt", "pptx");
    private static final String OPEN = "<a href=\"";
    private static final String CLOSE = "</a>";
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern QUERY_OR_FRAGMENT = Pattern.compile("[?#].*$");

    private Attachments() {}

    /**
     * @param html    rendered Markdown of a page
     * @param pageUrl the page's root-relative URL, to resolve relative links
     * @param size    bytes of a file in content/ by its path relative to content/, or -1 when there is none
     */
    static String annotate(String html, String pageUrl, ToLongFunction<String> size) {
        // A scan for the links flexmark writes, matching what <a href="([^"]+)"([^>]*)>(.*?)</a> matches, but
        // without a regular expression: most links on a page are to other pages, decided from the href alone.
        StringBuilder out = null;
        int copied = 0;
        int from = 0;
        while (true) {
            int at = html.indexOf(OPEN, from);
            if (at < 0) {
                break;
            }
            int hrefStart = at + OPEN.length();
            int hrefEnd = html.indexOf('"', hrefStart);
            int tagEnd = hrefEnd <= hrefStart ? -1 : html.indexOf('>', hrefEnd + 1);
            int close = tagEnd < 0 ? -1 : html.indexOf(CLOSE, tagEnd + 1);
            if (close < 0) {
                from = at + 1;
                continue;
            }
            int end = close + CLOSE.length();
            from = end;
            String href = html.substring(hrefStart, hrefEnd);
            String ext = extension(href);
            long bytes = ext.isEmpty() ? -1 : size.applyAsLong(target(pageUrl, href));
            if (bytes >= 0) {
                if (out == null) {
                    out = new StringBuilder(html.length() + 64);
                }
                out.append(html, copied, end)
                        .append("<span class=\"file-info\">（")
                        .append(ext.toUpperCase(Locale.ROOT))
                        .append("，")
                        .append(human(bytes))
                        .append("）</span>");
                copied = end;
            }
        }
        return out == null ? html : out.append(html, copied, html.length()).toString();
    }

    static String extension(String href) {
        if (SCHEME.matcher(href).find() || href.startsWith("//")) {
            return "";
        }
        String path = QUERY_OR_FRAGMENT.matcher(href).replaceFirst("");
        int dot = path.lastIndexOf('.');
        if (dot < 0 || path.lastIndexOf('/') > dot) {
            return "";
        }
        String ext = path.substring(dot + 1).toLowerCase(Locale.ROOT);
        return EXTENSIONS.contains(ext) ? ext : "";
    }

    /** The path relative to content/ (and site/) that {@code href} on {@code pageUrl} points at. */
    static String target(String pageUrl, String href) {
        String path = URLDecoder.decode(
                QUERY_OR_FRAGMENT.matcher(href).replaceFirst("").replace("+", "%2B"), StandardCharsets.UTF_8);
        String dir = pageUrl.substring(0, pageUrl.lastIndexOf('/') + 1);
        String full = path.startsWith("/") ? path : dir + path;
        String norm = Path.of(full.substring(1).isEmpty() ? "." : full.substring(1))
                .normalize()
                .toString()
                .replace('\\', '/');
        return norm.startsWith("..") ? "" : norm;
    }

    /** 123 KB under a megabyte (at least 1 KB), 1.5 MB above. */
    static String human(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, (bytes + 1023) / 1024) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
