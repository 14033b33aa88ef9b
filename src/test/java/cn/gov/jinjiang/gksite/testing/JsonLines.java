package cn.gov.jinjiang.gksite.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A strict reader of the JSON lines gksite prints: each line one object whose values are strings or integers (RFC 8259
 * strings: escapes checked, no raw control characters, surrogates paired). Enough to hold the {@code --format json}
 * contract without a JSON library.
 */
public final class JsonLines {
    private final String s;
    private int i;

    private JsonLines(String s) {
        this.s = s;
    }

    /** The object on {@code line}, its values as strings; an IllegalArgumentException saying where it is not JSON. */
    public static Map<String, String> object(String line) {
        JsonLines p = new JsonLines(line);
        Map<String, String> out = p.readObject();
        if (p.i != line.length()) {
            throw p.fail("text after the object");
        }
        return out;
    }

    private Map<String, String> readObject() {
        expect('{');
        Map<String, String> out = new LinkedHashMap<>();
        if (peek() == '}') {
            i++;
            return out;
        }
        while (true) {
            String key = readString();
            expect(':');
            String value = peek() == '"' ? readString() : readInteger();
            if (out.put(key, value) != null) {
                throw fail("key " + key + " twice");
            }
            char c = next();
            if (c == '}') {
                return out;
            }
            if (c != ',') {
                throw fail("',' or '}' expected");
            }
        }
    }

    private String readInteger() {
        int from = i;
        if (peek() == '-') {
            i++;
        }
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (i == from || s.charAt(i - 1) == '-') {
            throw fail("a string or integer expected");
        }
        return s.substring(from, i);
    }

    private String readString() {
        expect('"');
        StringBuilder sb = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return sb.toString();
            }
            if (c < 0x20) {
                throw fail("raw control character");
            }
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i >= s.length() || !Character.isLowSurrogate(s.charAt(i))) {
                    throw fail("lone surrogate");
                }
                sb.append(c).append(next());
                continue;
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = next();
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    if (i + 4 > s.length()) {
                        throw fail("short \\u escape");
                    }
                    sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                    i += 4;
                }
                default -> throw fail("bad escape \\" + e);
            }
        }
    }

    private char peek() {
        if (i >= s.length()) {
            throw fail("unexpected end");
        }
        return s.charAt(i);
    }

    private char next() {
        char c = peek();
        i++;
        return c;
    }

    private void expect(char c) {
        if (next() != c) {
            throw fail("'" + c + "' expected");
        }
    }

    private IllegalArgumentException fail(String why) {
        return new IllegalArgumentException("not JSON at " + i + " (" + why + "): " + s);
    }
}
