package cn.gov.jinjiang.gksite.config;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Full-width (Chinese) punctuation where YAML needs its ASCII sign: {@code 本年新收：[…]}, {@code 文号：…},
 * {@code [20，0, …]}, {@code ［…］}, {@code ｛…｝}, {@code “…”}. A Chinese input method types these by default, so
 * they are the most common YAML mistake of a Chinese editor, and YAML reads them as ordinary text: the line is
 * then refused somewhere later ("缺少冒号" on the next line), or read as something else (two numbers as one cell).
 * Each finding is a {@code yaml.full-width} error at the sign's own line and column, naming it, with the corrected
 * line in the hint.
 *
 * <p>Two entry points: {@link #explain} when SnakeYAML refused the text (a diagnosis is offered only when
 * correcting the suspect line lets the parser get past the place it stopped, so a real indentation error keeps
 * its own message), and {@link #find} over a tree that parsed but carries such a sign where YAML syntax belongs.
 * Signs inside quoted text or inside ordinary values (a title's {@code ：}, a label's {@code ，}) are left alone.
 */
final class FullWidthPunctuation {
    /** Lines before the error looked at: the sign is on the error's line or, for a missing colon, just above. */
    private static final int LOOK_BACK = 2;
    /** A list cell of a table: a number, or nothing. */
    private static final Pattern CELL = Pattern.compile("[\\s\\u3000]*[-+]?[0-9０-９.．]*[\\s\\u3000]*");

    private FullWidthPunctuation() {}

    /** What is wrong on one line: the column (0-based, in chars) of the first full-width sign, and the fix. */
    private record Finding(int index, char sign, String fixed) {}

    /**
     * A diagnosis of a syntax error SnakeYAML reported at {@code errorLine} (0-based, in {@code text}), or empty
     * when no line near it has a full-width sign whose correction makes the text parse past that line.
     *
     * @param reparse parses a text and answers the 0-based line of its first syntax error, or -1 when it parses
     */
    static Optional<Diagnostic> explain(
            String file, int lineOffset, String text, int errorLine, ToIntFunction<String> reparse) {
        String[] lines = text.split("\n", -1);
        for (int l = Math.min(errorLine, lines.length - 1); l >= 0 && l >= errorLine - LOOK_BACK; l--) {
            Finding f = inLine(lines[l]);
            if (f == null) {
                continue;
            }
            String[] fixed = lines.clone();
            fixed[l] = f.fixed();
            int next = reparse.applyAsInt(String.join("\n", fixed));
            if (next == -1 || next > errorLine) {
                return Optional.of(diagnostic(file, lineOffset, l, lines[l], f));
            }
        }
        return Optional.empty();
    }

    /** Full-width signs in a parsed tree where YAML syntax belongs, in document order. */
    static List<Diagnostic> find(String file, int lineOffset, String text, Node root) {
        List<Diagnostic> out = new ArrayList<>();
        // An empty document (null) has nothing to walk.
        walk(root, file, lineOffset, text.split("\n", -1), out);
        return out;
    }

    private static void walk(Node node, String file, int lineOffset, String[] lines, List<Diagnostic> out) {
        if (node instanceof ScalarNode s) {
            // Only a whole document comes here (a collection looks at its scalars itself): a document read as text
            // because its colon is full width, 「title：关于…」. Elsewhere a value with a full-width colon is ordinary
            // Chinese text.
            if (plain(s) && (s.getValue().indexOf('：') > 0 || startsFlow(s.getValue()))) {
                report(s, file, lineOffset, lines, out);
            }
        } else if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k
                        && plain(k)
                        && k.getValue().indexOf('：') >= 0) {
                    report(k, file, lineOffset, lines, out);
                }
                Node v = t.getValueNode();
                if (v instanceof ScalarNode s) {
                    if (plain(s) && startsFlow(s.getValue())) {
                        report(s, file, lineOffset, lines, out);
                    }
                } else {
                    walk(v, file, lineOffset, lines, out);
                }
            }
        } else if (node instanceof SequenceNode q) {
            boolean flow = q.getFlowStyle() == DumperOptions.FlowStyle.FLOW;
            for (Node item : q.getValue()) {
                if (item instanceof ScalarNode s) {
                    if (plain(s) && (startsFlow(s.getValue()) || flow && commaCells(s.getValue()))) {
                        report(s, file, lineOffset, lines, out);
                    }
                } else {
                    walk(item, file, lineOffset, lines, out);
                }
            }
        }
    }

    private static boolean plain(ScalarNode s) {
        return s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
    }

    private static boolean startsFlow(String value) {
        return value.startsWith("［") || value.startsWith("｛");
    }

    /** 「20，0」: numbers (or nothing) joined by a full-width comma, two cells read as one. */
    private static boolean commaCells(String value) {
        if (value.indexOf('，') < 0) {
            return false;
        }
        for (String part : value.split("，", -1)) {
            if (!CELL.matcher(part).matches()) {
                return false;
            }
        }
        return true;
    }

    private static void report(ScalarNode s, String file, int lineOffset, String[] lines, List<Diagnostic> out) {
        Mark m = s.getStartMark();
        // One finding per line (it names the line's first sign and corrects the whole line), which also keeps a
        // line of a thousand such cells from being scanned a thousand times. A composed node always has its mark;
        // SnakeYAML also breaks lines at U+2028 and U+0085, so its line may lie past the text's last '\n' line.
        if (m.getLine() >= lines.length || lines[m.getLine()] == null) {
            return;
        }
        String line = lines[m.getLine()];
        Finding f = inLine(line);
        if (f == null) {
            // The sign sits in a multi-line value or a form the line scan does not know: point at the value.
            int index = Math.min(
                    line.length(),
                    line.offsetByCodePoints(0, Math.min(m.getColumn(), line.codePointCount(0, line.length()))));
            char sign = firstSign(s.getValue());
            f = new Finding(index, sign, line);
        }
        out.add(diagnostic(file, lineOffset, m.getLine(), line, f));
        lines[m.getLine()] = null;
    }

    private static char firstSign(String value) {
        for (char c : value.toCharArray()) {
            if ("：，［］｛｝“”‘’".indexOf(c) >= 0) {
                return c;
            }
        }
        return '：';
    }

    private static Diagnostic diagnostic(String file, int lineOffset, int line, String text, Finding f) {
        SourcePos pos = new SourcePos(file, line + 1 + lineOffset, text.codePointCount(0, f.index()) + 1);
        String hint = (f.fixed().equals(text) ? "" : "改为：" + f.fixed().strip() + "　")
                + "YAML 的冒号、逗号、括号和引号都要用半角（英文）符号：输入时切换到英文标点，或把全角符号改成半角。";
        return Diagnostic.error(
                "yaml.full-width",
                pos,
                "YAML 中的“" + f.sign() + "”是全角（中文）" + name(f.sign()) + "，YAML 只认半角的“" + ascii(f.sign()) + "”："
                        + effect(f.sign()),
                hint);
    }

    private static String name(char sign) {
        return switch (sign) {
            case '：' -> "冒号";
            case '，' -> "逗号";
            case '［', '］' -> "方括号";
            case '｛', '｝' -> "花括号";
            default -> "引号";
        };
    }

    private static String ascii(char sign) {
        return switch (sign) {
            case '：' -> ":";
            case '，' -> ",";
            case '［' -> "[";
            case '］' -> "]";
            case '｛' -> "{";
            case '｝' -> "}";
            case '‘', '’' -> "'";
            default -> "\"";
        };
    }

    private static String effect(char sign) {
        return switch (sign) {
            case '：' -> "这一行没有被读成“键: 值”，而是被当作一段文字。";
            case '，' -> "逗号两边被读成了一个单元格，这一行少了单元格。";
            case '“', '”', '‘', '’' -> "这个值没有被当作引起来的文字，其中的“: ”或“#”会被读成 YAML 的符号。";
            default -> "这个值没有被读成列表或映射，而是被当作一段文字。";
        };
    }

    /**
     * The first full-width sign of {@code line} in a place of YAML syntax, and the line corrected, or null:
     * a key's colon ({@code 文号：…}, with no ASCII colon before it), the brackets, commas and colons of a flow
     * value ({@code ［…］}, {@code [20，0]}, {@code {件数：0}}), or Chinese quotes around a value.
     */
    static Finding inLine(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        while (line.startsWith("- ", i)) {
            i += 2;
            while (i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
        }
        if (i >= line.length() || line.charAt(i) == '#' || line.charAt(i) == '"' || line.charAt(i) == '\'') {
            return null;
        }
        int ascii = keyColon(line, i);
        int full = line.indexOf('：', i);
        Finding first = null;
        String fixed = line;
        int valueStart;
        if (full > i && (ascii < 0 || full < ascii) && !isFlowOpen(line.charAt(i))) {
            int after = full + 1;
            while (after < line.length() && (line.charAt(after) == ' ' || line.charAt(after) == '\u3000')) {
                after++;
            }
            fixed = line.substring(0, full) + ": " + line.substring(after);
            first = new Finding(full, '：', null);
            valueStart = full + 2;
        } else {
            valueStart = ascii < 0 ? i : ascii + 1;
            while (valueStart < line.length() && line.charAt(valueStart) == ' ') {
                valueStart++;
            }
        }
        if (valueStart < fixed.length()) {
            String value = fixed.substring(valueStart);
            String corrected = fixValue(value);
            if (!corrected.equals(value)) {
                int at = firstDifference(value, corrected);
                int original = first == null ? valueStart + at : first.index();
                char sign = first == null ? value.charAt(at) : '：';
                fixed = fixed.substring(0, valueStart) + corrected;
                return new Finding(original, sign, fixed);
            }
        }
        return first == null ? null : new Finding(first.index(), '：', fixed);
    }

    private static boolean isFlowOpen(char c) {
        return c == '[' || c == '{' || c == '［' || c == '｛';
    }

    /** The ASCII colon that ends a block key ("key: " or "key:" at the end), or -1. */
    private static int keyColon(String line, int from) {
        for (int c = line.indexOf(':', from); c >= 0; c = line.indexOf(':', c + 1)) {
            if (c + 1 == line.length() || line.charAt(c + 1) == ' ') {
                return c;
            }
        }
        return -1;
    }

    /** A (non-empty) value with the full-width syntax signs of a flow collection or of quotes made ASCII. */
    private static String fixValue(String value) {
        if (isFlowOpen(value.charAt(0))) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < value.length(); k++) {
                char c = value.charAt(k);
                switch (c) {
                    case '［' -> sb.append('[');
                    case '］' -> sb.append(']');
                    case '｛' -> sb.append('{');
                    case '｝' -> sb.append('}');
                    case '，', '：' -> {
                        sb.append(c == '，' ? ", " : ": ");
                        while (k + 1 < value.length() && value.charAt(k + 1) == ' ') {
                            k++;
                        }
                    }
                    default -> sb.append(c);
                }
            }
            return sb.toString();
        }
        if (value.startsWith("“") || value.startsWith("‘")) {
            char close = value.charAt(0) == '“' ? '”' : '’';
            int end = value.lastIndexOf(close);
            // Not found (-1), the rest is the whole value, which starts with its quote.
            if (value.substring(end + 1).isBlank()) {
                return "\"" + value.substring(1, end).replace("\"", "\\\"") + "\"" + value.substring(end + 1);
            }
        }
        return value;
    }

    /** Where two different texts first differ: a correction replaces a sign in place, so before either ends. */
    private static int firstDifference(String a, String b) {
        int k = 0;
        while (a.charAt(k) == b.charAt(k)) {
            k++;
        }
        return k;
    }
}
