package cn.gov.jinjiang.gksite.diag;

import java.util.Locale;
import java.util.Set;

/**
 * The one definition of a safe link address, shared by every stage that puts an address into a page
 * (Markdown links and raw HTML, menu.yaml, site.yaml, the checker): an address is safe when it has no scheme
 * (a path, {@code #fragment}, {@code ?query} or {@code //host/…}) or one of {@link #ALLOWED}.
 *
 * <p>The scheme is read as a browser's URL parser reads it (WHATWG URL Standard), not as it looks: leading and
 * trailing C0 controls and spaces are dropped, every tab, line feed and carriage return anywhere is removed,
 * and an ASCII letter followed by letters, digits, {@code + - .} up to a {@code :} is the scheme, in any case.
 * So {@code " JaVa\tScript:…"} is a {@code javascript:} address, while {@code "/javascript:…"},
 * {@code "ｊavascript:…"} (full-width) and {@code "javascript%3A…"} are paths. Character references are not
 * this class's business: callers pass the value a browser ends up with (HTML attribute values decoded).
 */
public final class UrlSchemes {
    /** Schemes an editor may use; everything else ({@code javascript:}, {@code data:}, {@code file:} …) is refused. */
    public static final Set<String> ALLOWED = Set.of("http", "https", "mailto", "tel");
    /** Schemes that run script when followed; the checker reports them in the theme's output too. */
    public static final Set<String> SCRIPT = Set.of("javascript", "vbscript");
    /** How to fix a refused address (Chinese, for diagnostics' hints). */
    public static final String HINT = "链接只能写站内路径（如 /xxgk/ 或 附件.pdf）、#锚点，或以 http://、https://、mailto:、tel: 开头的地址；"
            + "javascript:、vbscript:、data:、file: 等会执行脚本或读取本机文件，不允许使用。";

    /** How many characters of an address a message shows. */
    public static final int SHOWN = 60;

    private UrlSchemes() {}

    /** The scheme of {@code url} in lower case, as a browser parses it; {@code null} when it has none. */
    public static String scheme(String url) {
        // Trailing controls and spaces need no stripping: a scheme ends at its ':', and one that never ends is none.
        int start = 0;
        int end = url.length();
        while (start < end && url.charAt(start) <= ' ') {
            start++;
        }
        if (start == end || !letter(url.charAt(start))) {
            return null;
        }
        StringBuilder scheme = new StringBuilder();
        for (int i = start; i < end; i++) {
            char c = url.charAt(i);
            if (c == ':') {
                return scheme.toString().toLowerCase(Locale.ROOT);
            }
            if (c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            if (!letter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
                return null;
            }
            scheme.append(c);
        }
        return null;
    }

    /** Whether {@code url} may be written into a page: no scheme, or an allowed one. */
    public static boolean allowed(String url) {
        String s = scheme(url);
        return s == null || ALLOWED.contains(s);
    }

    /** Whether following {@code url} runs script ({@code javascript:}, {@code vbscript:}). */
    public static boolean script(String url) {
        String s = scheme(url);
        return s != null && SCRIPT.contains(s);
    }

    /** {@code url}'s first {@value #SHOWN} characters for a message, control characters made visible, "…" if cut. */
    public static String shown(String url) {
        int n = Math.min(url.length(), SHOWN);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            char c = url.charAt(i);
            if (c < ' ' || c == 0x7f) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        if (url.length() > SHOWN) {
            sb.append('…');
        }
        return sb.toString();
    }

    private static boolean letter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
