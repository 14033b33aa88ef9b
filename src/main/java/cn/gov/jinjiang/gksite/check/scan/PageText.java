package cn.gov.jinjiang.gksite.check.scan;

import java.nio.charset.StandardCharsets;
import org.jsoup.parser.Parser;

/**
 * Text rules of jsoup's {@code Element.text()} applied to byte ranges of a page: whitespace collapsed to one
 * space (space, tab, line feed, form feed, carriage return and no-break space), zero-width space and soft
 * hyphen dropped, text inside {@code pre}-like elements and CDATA kept as it is, the result trimmed. Used to
 * tell whether a link has visible text (then the {@code isBlank()} of {@link String} applies on top) and to
 * quote a heading, on byte ranges ({@link ByteText}) and on the strings of a DOM alike.
 */
public final class PageText {
    private PageText() {}

    /**
     * Decoded text of a range of the page (NUL as U+FFFD): character references replaced, as jsoup replaces
     * them in text or in an attribute value, when {@code references}.
     */
    static String decode(byte[] b, int from, int to, boolean references, boolean inAttribute) {
        // One look at the bytes instead of two searches of the string: NUL and '&' are single bytes in UTF-8.
        boolean nul = false;
        boolean reference = false;
        for (int i = from; i < to; i++) {
            nul |= b[i] == 0;
            reference |= b[i] == '&';
        }
        String s = new String(b, from, to - from, StandardCharsets.UTF_8);
        if (nul) {
            s = s.replace('\0', '\uFFFD');
        }
        return references && reference ? Parser.unescapeEntities(s, inAttribute) : s;
    }

    /**
     * Whether {@code b[from, to)} holds a character that leaves jsoup's trimmed text of it non-blank.
     *
     * @param decode   character references are to be decoded first
     * @param preserve whitespace is kept (inside pre, textarea, title and the like, or CDATA)
     */
    static boolean visible(byte[] b, int from, int to, boolean decode, boolean preserve) {
        for (int i = from; i < to; i++) {
            int c = b[i] & 0xFF;
            if (c == '&' && decode) {
                return visible(decode(b, from, to, true, false), preserve);
            }
            if (c >= 0xC0) {
                int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
                int cp = c & (0x3F >> n);
                for (int k = 1; k <= n && i + k < to; k++) {
                    cp = cp << 6 | b[i + k] & 0x3F;
                }
                if (visible(cp, preserve)) {
                    return true;
                }
                i += n;
            } else if (c > 0x20 && c < 0x80) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text has a character that is not whitespace (and not dropped) in jsoup's text. */
    public static boolean visible(String s, boolean preserve) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (visible(c, preserve)) {
                return true;
            }
        }
        return false;
    }

    private static boolean visible(int c, boolean preserve) {
        return c > 0x20 && !Character.isWhitespace(c) && (preserve || c != 0xA0 && !invisible(c));
    }

    /** Appends {@code text} to {@code accum} as jsoup's text accumulator does. */
    public static void append(StringBuilder accum, String text, boolean preserve) {
        if (preserve) {
            accum.append(text);
            return;
        }
        boolean stripLeading = lastIsSpace(accum);
        boolean lastWasWhite = false;
        boolean reachedNonWhite = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == 0xA0) {
                if (stripLeading && !reachedNonWhite || lastWasWhite) {
                    continue;
                }
                accum.append(' ');
                lastWasWhite = true;
            } else if (!invisible(c)) {
                accum.appendCodePoint(c);
                lastWasWhite = false;
                reachedNonWhite = true;
            }
        }
    }

    /** Whether {@code accum} ends with the space that collapsed whitespace leaves. */
    public static boolean lastIsSpace(StringBuilder accum) {
        return accum.length() != 0 && accum.charAt(accum.length() - 1) == ' ';
    }

    private static boolean invisible(int c) {
        return c == 0x200B || c == 0xAD;
    }
}
