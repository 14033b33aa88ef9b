package cn.gov.jinjiang.gksite.markdown;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * Splits a piece of raw HTML into tags the way a browser's tokenizer does (WHATWG HTML, "Tokenization"), so
 * that the policy judges what a browser will build, not what the text looks like. It follows the states for
 * data, tags, attribute names and values exactly, lowers ASCII case as a browser does, and decodes attribute
 * values with jsoup's HTML5 character-reference decoder (legacy references without {@code ;} included), as a
 * browser does inside an attribute.
 *
 * <p>It accepts less than a browser, and reports the rest as {@link Handler#malformed}: a comment that is not
 * plainly {@code <!--} text {@code -->} (a browser also ends comments at {@code <!-->}, {@code <!--->} and
 * {@code --!>}, and nested {@code <!--} misleads readers), any other {@code <!…>} (doctype, CDATA: a bogus
 * comment in HTML content, ending at the first {@code >}), {@code <?…>}, {@code </} not followed by a tag name,
 * end tags with anything but a name, what the standard calls a parse error inside a start tag, and a tag, comment
 * or {@code <} left open at the end: the piece is written
 * among other markup, and an open construct would swallow what follows it. A well-formed comment ends at its
 * first {@code -->} for every parser. After a start tag that makes a browser read on as raw text, or switch to
 * SVG/MathML rules ({@link #STOPS}), scanning stops: those tags are refused anyway.
 */
final class HtmlScanner {
    /** Tags after which a browser no longer tokenizes as this scanner does (raw text, RCDATA, foreign content). */
    static final Set<String> STOPS = Set.of(
            "script",
            "style",
            "textarea",
            "title",
            "xmp",
            "iframe",
            "noembed",
            "noframes",
            "noscript",
            "plaintext",
            "svg",
            "math",
            "template");

    /** An attribute: name in lower case as a browser has it, value decoded, offset of its name. */
    record Attr(String name, String value, int at) {}

    /** What the scanner found; offsets are indexes into the scanned text. */
    interface Handler {
        void startTag(String name, int at, List<Attr> attrs);

        void endTag(String name, int at);

        /** A construct the scanner does not accept; scanning stops. {@code what} is Chinese, for the message. */
        void malformed(int at, String what);
    }

    private final String s;
    private final int n;
    private final Handler handler;
    private int pos;

    private HtmlScanner(String s, Handler handler) {
        this.s = s;
        this.n = s.length();
        this.handler = handler;
    }

    static void scan(String s, Handler handler) {
        new HtmlScanner(s, handler).run();
    }

    private void run() {
        while (pos < n) {
            if (s.charAt(pos) != '<') {
                pos++;
                continue;
            }
            int at = pos;
            if (at + 1 >= n) {
                handler.malformed(at, "末尾有不完整的“<”");
                return;
            }
            char c = s.charAt(at + 1);
            boolean goOn;
            if (c == '!') {
                goOn = declaration(at);
            } else if (c == '/') {
                goOn = endTag(at);
            } else if (c == '?') {
                handler.malformed(at, "不能写 <?…> 处理指令");
                goOn = false;
            } else if (letter(c)) {
                goOn = startTag(at);
            } else {
                pos++; // a '<' that starts no tag is text
                goOn = true;
            }
            if (!goOn) {
                return;
            }
        }
    }

    private boolean declaration(int at) {
        if (!startsWith(at, "<!--")) {
            handler.malformed(at, "不能写 <!…> 声明或 CDATA（浏览器把它当作到第一个“>”为止的注释）");
            return false;
        }
        int body = at + 4;
        int end = s.indexOf("-->", body);
        if (end < 0 && !startsWith(body, ">") && !startsWith(body, "->")) {
            handler.malformed(at, "注释没有用“-->”结束");
            return false;
        }
        String text = end < 0 ? "" : s.substring(body, end);
        if (end < 0
                || text.startsWith(">")
                || text.startsWith("->")
                || text.contains("--!>")
                || text.contains("<!--")
                || text.endsWith("<!-")) {
            handler.malformed(at, "注释写法不规范（浏览器会在“<!-->”“--!>”等处提前结束注释）");
            return false;
        }
        pos = end + 3;
        return true;
    }

    private boolean endTag(int at) {
        int i = at + 2;
        if (i >= n || !letter(s.charAt(i))) {
            handler.malformed(at, i >= n ? "末尾有不完整的“</”" : "“</”后面应是标签名");
            return false;
        }
        int nameEnd = i;
        while (nameEnd < n && !space(s.charAt(nameEnd)) && s.charAt(nameEnd) != '/' && s.charAt(nameEnd) != '>') {
            nameEnd++;
        }
        int j = nameEnd;
        while (j < n && space(s.charAt(j))) {
            j++;
        }
        if (j >= n || s.charAt(j) != '>') {
            handler.malformed(at, j >= n ? "结束标签没有用“>”结束" : "结束标签中只能写标签名");
            return false;
        }
        handler.endTag(name(i, nameEnd), at);
        pos = j + 1;
        return true;
    }

    /**
     * A start tag, state by state as the tokenizer reads it from "tag open". What the standard calls a parse error
     * inside a tag (quotes or {@code <} in a name or an unquoted value, no space between attributes, a stray
     * {@code /}, a missing value, a repeated attribute, NUL) is refused: no page needs one, and refusing them leaves
     * nothing to a browser's error recovery.
     */
    private boolean startTag(int at) {
        int nameEnd = at + 1;
        while (nameEnd < n && !space(s.charAt(nameEnd)) && s.charAt(nameEnd) != '/' && s.charAt(nameEnd) != '>') {
            if (s.charAt(nameEnd) == '\0') {
                return bad(nameEnd, "标签名中有空字符");
            }
            nameEnd++;
        }
        String name = name(at + 1, nameEnd);
        List<Attr> attrs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int i = nameEnd;
        while (true) {
            while (i < n && space(s.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return unclosed(at);
            }
            char c = s.charAt(i);
            if (c == '>') {
                break;
            }
            if (c == '/') {
                if (i + 1 < n && s.charAt(i + 1) == '>') {
                    i++;
                    break;
                }
                return bad(i, "“/”只能紧挨在“>”前面");
            }
            int nameAt = i;
            for (; i < n && !space(c = s.charAt(i)) && c != '/' && c != '>' && (c != '=' || i == nameAt); i++) {
                if (c == '"' || c == '\'' || c == '<' || c == '=' || c == '\0') {
                    return bad(i, "属性名中有引号、“<”或“=”");
                }
            }
            String attrName = name(nameAt, i);
            if (!seen.add(attrName)) {
                return bad(nameAt, "属性 " + attrName + " 写了两次");
            }
            while (i < n && space(s.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return unclosed(at);
            }
            if (s.charAt(i) != '=') {
                attrs.add(new Attr(attrName, "", nameAt));
                continue; // '/', '>' or the next attribute's name
            }
            i++;
            while (i < n && space(s.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return unclosed(at);
            }
            char q = s.charAt(i);
            int valueStart = i;
            if (q == '"' || q == '\'') {
                valueStart = i + 1;
                i = s.indexOf(q, valueStart);
                if (i < 0) {
                    return unclosed(at);
                }
                i++;
                if (i < n && !space(s.charAt(i)) && s.charAt(i) != '/' && s.charAt(i) != '>') {
                    return bad(i, "属性之间缺少空格");
                }
            } else if (q == '>') {
                return bad(i, "属性 " + attrName + " 的“=”后面缺少值");
            } else {
                for (; i < n && !space(c = s.charAt(i)) && c != '>'; i++) {
                    if (c == '"' || c == '\'' || c == '<' || c == '=' || c == '`') {
                        return bad(i, "不带引号的属性值中有引号、“<”“=”或“`”");
                    }
                }
            }
            String raw = s.substring(valueStart, q == '"' || q == '\'' ? i - 1 : i);
            if (raw.indexOf('\0') >= 0) {
                return bad(valueStart + raw.indexOf('\0'), "属性值中有空字符");
            }
            attrs.add(new Attr(attrName, raw.indexOf('&') < 0 ? raw : Parser.unescapeEntities(raw, true), nameAt));
        }
        pos = i + 1;
        handler.startTag(name, at, attrs);
        return !STOPS.contains(name);
    }

    private boolean bad(int at, String what) {
        handler.malformed(at, "标签写法不规范：" + what);
        return false;
    }

    private boolean unclosed(int at) {
        handler.malformed(at, "标签没有用“>”结束");
        return false;
    }

    /**
     * A tag or attribute name as the tokenizer keeps it: ASCII upper case lowered (only ASCII: Java's lower case
     * would turn the Kelvin sign into a "k"), NUL replaced.
     */
    private String name(int from, int to) {
        char[] c = s.substring(from, to).toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= 'A' && c[i] <= 'Z') {
                c[i] = (char) (c[i] + ('a' - 'A'));
            } else if (c[i] == '\0') {
                c[i] = '\uFFFD';
            }
        }
        return new String(c);
    }

    private boolean startsWith(int at, String prefix) {
        return s.startsWith(prefix, at);
    }

    /**
     * The tokenizer's whitespace: tab, line feed, form feed, space (and carriage return, which it reads as a line
     * feed).
     */
    private static boolean space(char c) {
        return c == '\t' || c == '\n' || c == '\f' || c == ' ' || c == '\r';
    }

    private static boolean letter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
