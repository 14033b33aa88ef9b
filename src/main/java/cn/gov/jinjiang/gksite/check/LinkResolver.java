package cn.gov.jinjiang.gksite.check;

import cn.gov.jinjiang.gksite.diag.UrlSchemes;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Classifies and resolves one reference of a page: internal file (with optional fragment), external
 * http(s) URL, mailto/tel (syntax-checked), javascript:/vbscript: (refused) or something to leave alone. Links
 * through the site's own base URL (either scheme) count as internal.
 *
 * <p>Every page repeats the theme's links (navigation, footer): results are kept, per reference for those
 * whose meaning does not depend on the page (absolute paths, URLs) and per folder and reference for relative
 * ones, up to {@link #KEPT} of them. Thread-safe.
 */
final class LinkResolver {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s,;?]+@[^@\\s,;?]+\\.[^@\\s,;?]+$");
    private static final Pattern TEL = Pattern.compile("^\\+?[0-9][0-9 ().-]{2,}[0-9]$");
    /** How many results are kept at most (a page's own links are mostly unique: no need to keep them all). */
    static final int KEPT = 20_000;

    private final String baseHost;
    private final String basePath;
    private final Set<String> files;
    private final Map<String, Resolved> kept = new ConcurrentHashMap<>();

    /** @param files every file of the site, relative paths with '/' */
    LinkResolver(String baseUrl, Set<String> files) {
        String host = "";
        String path = "/";
        try {
            if (baseUrl != null && !baseUrl.isEmpty()) {
                URI u = new URI(baseUrl);
                host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
                path = u.getPath() == null || u.getPath().isEmpty() ? "/" : u.getPath();
            }
        } catch (URISyntaxException e) {
            host = "";
        }
        this.baseHost = host;
        this.basePath = path.endsWith("/") ? path : path + "/";
        this.files = files;
    }

    enum Kind {
        INTERNAL,
        EXTERNAL,
        MAILTO,
        TEL,
        JAVASCRIPT,
        EMPTY,
        OTHER
    }

    /**
     * A resolved reference.
     *
     * @param target   for INTERNAL: the file it names (relative to the site root), or null when missing
     * @param wanted   for INTERNAL: the path as resolved, for messages
     * @param fragment the decoded fragment, or null
     * @param problem  a syntax problem (mailto/tel/outside the site), or null
     */
    record Resolved(Kind kind, String target, String wanted, String fragment, String problem) {}

    Resolved resolve(String fromPage, String raw) {
        String key = key(fromPage, raw);
        if (key == null) {
            return resolveNow(fromPage, raw);
        }
        Resolved r = kept.get(key);
        if (r == null) {
            r = resolveNow(fromPage, raw);
            if (kept.size() < KEPT) {
                kept.put(key, r);
            }
        }
        return r;
    }

    /**
     * What the result of {@code raw} on {@code fromPage} depends on: the reference alone when it starts with
     * '/' or a scheme, else also the page's folder; null (not kept) for a reference to the page itself ('#…',
     * '?…', empty) and for one with spaces around it (rare, and kept apart from the page test above).
     */
    static String key(String fromPage, String raw) {
        if (raw.isEmpty()
                || raw.charAt(0) == '#'
                || raw.charAt(0) == '?'
                || Character.isWhitespace(raw.charAt(0))
                || Character.isWhitespace(raw.charAt(raw.length() - 1))) {
            return null;
        }
        if (raw.charAt(0) == '/' || hasScheme(raw)) {
            return raw;
        }
        return fromPage.substring(0, fromPage.lastIndexOf('/') + 1) + '\n' + raw;
    }

    /** Whether {@code s} starts with a URL scheme, as a browser reads it. */
    private static boolean hasScheme(String s) {
        return UrlSchemes.scheme(s) != null;
    }

    private Resolved resolveNow(String fromPage, String raw) {
        String url = raw.strip();
        if (url.isEmpty()) {
            return new Resolved(Kind.EMPTY, null, "", null, null);
        }
        // Read as a browser reads it (" java\tscript:" is one), by the rule the Markdown policy uses.
        if (UrlSchemes.script(raw)) {
            return new Resolved(Kind.JAVASCRIPT, null, url, null, null);
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("mailto:")) {
            String addrs = url.substring(7).split("\\?", 2)[0];
            for (String a : decode(addrs).split(",")) {
                if (!EMAIL.matcher(a.strip()).matches()) {
                    return new Resolved(Kind.MAILTO, null, url, null, "邮箱地址格式不对：“" + a.strip() + "”");
                }
            }
            return new Resolved(Kind.MAILTO, null, url, null, null);
        }
        if (lower.startsWith("tel:")) {
            String n = decode(url.substring(4));
            return new Resolved(Kind.TEL, null, url, null, TEL.matcher(n).matches() ? null : "电话号码格式不对：“" + n + "”");
        }
        if (lower.startsWith("http://") || lower.startsWith("https://") || url.startsWith("//")) {
            String internal = internalPath(url);
            if (internal == null) {
                return new Resolved(Kind.EXTERNAL, null, url, null, null);
            }
            url = internal;
        } else if (hasScheme(url)) {
            return new Resolved(Kind.OTHER, null, url, null, null);
        }
        String fragment = null;
        int hash = url.indexOf('#');
        if (hash >= 0) {
            fragment = decode(url.substring(hash + 1));
            url = url.substring(0, hash);
        }
        int q = url.indexOf('?');
        if (q >= 0) {
            url = url.substring(0, q);
        }
        if (url.isEmpty()) {
            return new Resolved(Kind.INTERNAL, fromPage, fromPage, fragment, null);
        }
        String path = decode(url);
        String joined;
        if (path.startsWith("/")) {
            joined = path.substring(1);
        } else {
            int slash = fromPage.lastIndexOf('/');
            joined = (slash < 0 ? "" : fromPage.substring(0, slash + 1)) + path;
        }
        String norm = normalize(joined);
        if (norm == null) {
            return new Resolved(Kind.INTERNAL, null, path, fragment, "链接跳出了站点根目录：" + raw);
        }
        boolean dir = path.endsWith("/") || norm.isEmpty();
        String target;
        if (dir) {
            target = norm.isEmpty() ? "index.html" : norm + "/index.html";
        } else if (files.contains(norm)) {
            target = norm;
        } else {
            target = norm + "/index.html";
        }
        return new Resolved(
                Kind.INTERNAL, files.contains(target) ? target : null, "/" + (dir ? target : norm), fragment, null);
    }

    /**
     * For an absolute URL on the site's own host: its path relative to the site root (with query/fragment), else null.
     */
    private String internalPath(String url) {
        if (baseHost.isEmpty()) {
            return null;
        }
        try {
            URI u = new URI(url.startsWith("//") ? "http:" + url : url);
            if (u.getHost() == null || !u.getHost().toLowerCase(Locale.ROOT).equals(baseHost)) {
                return null;
            }
            String p = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            if (!p.startsWith(basePath) && !(p + "/").equals(basePath)) {
                return null;
            }
            String rest = p.length() <= basePath.length() ? "" : p.substring(basePath.length());
            return "/" + rest + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery())
                    + (u.getRawFragment() == null ? "" : "#" + u.getRawFragment());
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s; // nothing to decode ('+' stays '+', as below)
        }
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /** Resolves '.' and '..' segments; null when the path climbs above the root. */
    static String normalize(String path) {
        if (path.indexOf("/.") < 0
                && path.indexOf("//") < 0
                && !path.startsWith(".")
                && !path.startsWith("/")
                && !path.endsWith("/")) {
            return path; // no empty, '.' or '..' segment: nothing to resolve
        }
        ArrayDeque<String> parts = new ArrayDeque<>();
        for (String seg : path.split("/", -1)) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(seg);
            }
        }
        return String.join("/", parts);
    }
}
