package cn.gov.jinjiang.gksite.content;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * What an address in the output may look like, checked before anything is written so that a bad one is an
 * error at the source line that made it, not an I/O failure halfway through writing:
 * <ul>
 *   <li>a page's address (from its file's path or its {@code url:}): of ASCII only letters, digits and
 *   {@code - _ . ~ ! $ & ' ( ) + , ; = @}, and any other visible character (汉字, full-width punctuation), so
 *   a generated link never needs percent-encoding to mean what it says (no space, {@code # ? %}, slash tricks,
 *   characters Windows cannot store, invisible or bidirectional-control characters);</li>
 *   <li>an attachment's path: any characters but {@code # ? %}, backslash, the characters Windows forbids
 *   ({@code : * " < > |}) and control characters, because editors link to it themselves (a space is written
 *   {@code %20} or in {@code <…>});</li>
 *   <li>both: no empty, {@code .} or {@code ..} segment, no segment ending in a dot or space or named like a
 *   Windows device (CON, NUL, COM1 …), at most {@value #MAX_SEGMENT} bytes (UTF-8) per segment and
 *   {@value #MAX_TOTAL} in all: file systems allow 255 per name, and rsync and the staging folder add to it.</li>
 * </ul>
 */
public final class Addresses {
    /** Bytes (UTF-8) per path segment at most. */
    public static final int MAX_SEGMENT = 200;
    /** Bytes (UTF-8) per output path at most. */
    public static final int MAX_TOTAL = 1024;

    private static final String PAGE_PUNCTUATION = "-_.~!$&'()+,;=@";
    private static final String NEVER = "#?%\\:*\"<>|";
    private static final Set<String> DEVICES = Set.of(
            "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9", "lpt1",
            "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private Addresses() {}

    /** Null when {@code path} (relative, '/' separated) may be a page's output path; otherwise why not, in Chinese. */
    public static String pageProblem(String path) {
        return problem(path, true);
    }

    /** Null when {@code path} may be an attachment's (copied file's) path; otherwise why not, in Chinese. */
    public static String fileProblem(String path) {
        return problem(path, false);
    }

    /** Whether a page's address may hold the character {@code c} (see the class comment). */
    public static boolean pageChar(int c) {
        // The characters of NEVER are ASCII and none of PAGE_PUNCTUATION: the ASCII rule below refuses them.
        if (Character.isISOControl(c) || invisible(c)) {
            return false;
        }
        return c < 0x80 ? Character.isLetterOrDigit(c) || PAGE_PUNCTUATION.indexOf(c) >= 0 : !Character.isSpaceChar(c);
    }

    private static String problem(String path, boolean page) {
        int total = path.getBytes(StandardCharsets.UTF_8).length;
        if (total > MAX_TOTAL) {
            return "地址太长（" + total + " 字节，最多 " + MAX_TOTAL + " 字节）";
        }
        for (String seg : path.split("/", -1)) {
            String why = segmentProblem(seg, page);
            if (why != null) {
                return seg.isEmpty() ? why : "“" + shorten(seg) + "”" + why;
            }
        }
        return null;
    }

    private static String segmentProblem(String seg, boolean page) {
        if (seg.isEmpty()) {
            return "地址中有空的一段（连续的“/”）";
        }
        if (seg.equals(".") || seg.equals("..")) {
            return "不能作为地址中的一段";
        }
        int bytes = seg.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_SEGMENT) {
            return "太长（" + bytes + " 字节，每一段最多 " + MAX_SEGMENT + " 字节，约 " + MAX_SEGMENT / 3 + " 个汉字）";
        }
        for (int i = 0; i < seg.length(); ) {
            int c = seg.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isISOControl(c) || NEVER.indexOf(c) >= 0 || invisible(c)) {
                return "中有不能用在地址里的字符“" + printable(c) + "”";
            }
            if (page && !pageChar(c)) {
                return "中有不能用在页面地址里的字符“" + printable(c) + "”（页面地址只用文字、数字和 - _ . ~ ! $ & ' ( ) + , ; = @）";
            }
        }
        if (seg.endsWith(".") || seg.endsWith(" ")) {
            return "以点或空格结尾（Windows 上无法保存）";
        }
        int dot = seg.indexOf('.');
        if (DEVICES.contains((dot < 0 ? seg : seg.substring(0, dot)).toLowerCase(Locale.ROOT))) {
            return "是 Windows 的设备名，无法保存为文件";
        }
        return null;
    }

    /** Format, private-use, unassigned and lone surrogate code points: invisible or ambiguous in an address. */
    private static boolean invisible(int c) {
        int t = Character.getType(c);
        return t == Character.FORMAT
                || t == Character.PRIVATE_USE
                || t == Character.UNASSIGNED
                || t == Character.SURROGATE
                || t == Character.LINE_SEPARATOR
                || t == Character.PARAGRAPH_SEPARATOR;
    }

    /**
     * {@code s} with control and invisible characters written as {@code \\uXXXX}, so a message shows where they are.
     */
    static String visible(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || invisible(c)) {
                sb.append(String.format("\\u%04X", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }

    private static String printable(int c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return c == ' ' ? "空格" : "空白字符 U+" + String.format("%04X", c);
        }
        return Character.isISOControl(c) || invisible(c)
                ? "U+" + String.format("%04X", c)
                : new String(Character.toChars(c));
    }

    private static String shorten(String seg) {
        int n = seg.codePointCount(0, seg.length());
        return n <= 40
                ? seg
                : seg.substring(0, seg.offsetByCodePoints(0, 20)) + "…"
                        + seg.substring(seg.offsetByCodePoints(0, n - 12));
    }
}
