package cn.gov.jinjiang.gksite.config;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A YAML text composed into SnakeYAML's node tree, so every value keeps its line and column. Safe
 * loading only: no tags are constructed, anchors are limited, and duplicate keys are reported.
 *
 * <p>{@code lineOffset} shifts positions for YAML that sits inside another file (front matter starts at
 * line 2 of a Markdown file, so its offset is 1).
 */
public final class YamlDoc {
    /**
     * At most this many empty list cells are filled in per file, each costing one more parse (written over a space or
     * inserted alike: a line of 50,000 {@code " ,"} would otherwise be parsed 50,000 times).
     */
    private static final int MAX_FILLED = 32;

    private final String file;
    private final int lineOffset;
    private final Node root;
    /** Where an empty list cell was filled in: {line, column} (0-based) of each inserted sign. */
    private final List<int[]> filled;

    private YamlDoc(String file, int lineOffset, Node root, List<int[]> filled) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.root = root;
        this.filled = List.copyOf(filled);
    }

    /**
     * Parses {@code text}. A syntax error becomes a {@link DiagnosticException} with code
     * {@code yaml.syntax} at the line and column SnakeYAML names; a key written twice in one mapping, one with
     * {@code yaml.duplicate-key} at the second key ({@link DuplicateKeys}); full-width punctuation where YAML needs
     * its ASCII sign, {@code yaml.full-width} at that sign ({@link FullWidthPunctuation}); a text beyond
     * {@link YamlLimits} or with a recursive alias one with the code the limit names.
     */
    public static YamlDoc parse(String file, int lineOffset, String text) {
        YamlLimits.checkText(file, lineOffset, text);
        List<int[]> filled = new ArrayList<>();
        try {
            Node node = composeFillingEmptyCells(text, filled);
            // Recursion first: the duplicate-key walk follows aliases.
            YamlLimits.refuseRecursion(file, lineOffset, node);
            List<Diagnostic> duplicates = DuplicateKeys.find(file, lineOffset, node);
            if (!duplicates.isEmpty()) {
                throw new DiagnosticException(duplicates, null);
            }
            List<Diagnostic> fullWidth = FullWidthPunctuation.find(file, lineOffset, text, node);
            if (!fullWidth.isEmpty()) {
                throw new DiagnosticException(fullWidth, null);
            }
            return new YamlDoc(file, lineOffset, node, filled);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            if (mark != null) {
                // Chinese punctuation typed where YAML needs its ASCII sign: named at its own line and column,
                // not as the indentation or missing colon SnakeYAML meets a line later.
                FullWidthPunctuation.explain(file, lineOffset, text, mark.getLine(), YamlDoc::errorLine)
                        .ifPresent(d -> {
                            throw new DiagnosticException(d, e);
                        });
            }
            Mark opened = e.getContextMark();
            if (opened != null && "while scanning a quoted scalar".equals(e.getContext())) {
                // An unclosed quote runs to the end of the text: the place to fix is where it opened, not the end
                // (line 10 of a front matter whose quote opened on line 2).
                throw new DiagnosticException(
                        Diagnostic.error(
                                "yaml.syntax",
                                new SourcePos(file, opened.getLine() + 1 + lineOffset, unshift(filled, opened) + 1),
                                "YAML 语法错误：这个引号没有结束，它后面的内容（直到文件末尾）都被当成了引号中的文字。",
                                "在这个值的末尾补上同样的结束引号，或去掉开头的引号；值中要用引号时，外面改用另一种引号" + "（如 '…\"…\"…'）。"),
                        e);
            }
            SourcePos pos = mark == null
                    ? new SourcePos(file, lineOffset + 1, 1)
                    : new SourcePos(file, mark.getLine() + 1 + lineOffset, unshift(filled, mark) + 1);
            String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
            Mark ctx = e.getContextMark();
            String context = ctx == null || mark == null || ctx.getLine() == mark.getLine()
                    ? ""
                    : "；问题始于第 " + (ctx.getLine() + 1 + lineOffset) + " 行第 " + (ctx.getColumn() + 1) + " 列";
            throw new DiagnosticException(
                    Diagnostic.error(
                            "yaml.syntax",
                            pos,
                            "YAML 语法错误：" + translate(problem) + context + "（" + problem + "）",
                            "检查这一行及上一行的缩进、冒号后的空格和引号是否成对；值中含有冒号或 # 时请用引号括起来。"),
                    e);
        } catch (YAMLException e) {
            throw new DiagnosticException(
                    Diagnostic.error(
                            "yaml.syntax",
                            new SourcePos(file, lineOffset + 1, 1),
                            "YAML 无法读取：" + e.getMessage(),
                            "检查文件内容是否为合法的 YAML。"),
                    e);
        }
    }

    /**
     * The node tree of {@code text}, with each empty cell of a flow list ({@code [20, , 0]}, {@code [20,, 0]},
     * {@code [, 0]}), which YAML refuses, read as an empty value: a report's table then reports it as
     * {@code report.R8} at the cell, like a cell left blank in any other way, instead of a parser message. The
     * cell becomes {@code ~}, written over the space before the comma when there is one (columns unchanged) or
     * inserted (recorded in {@code filled}, so that later columns on that line are moved back).
     */
    private static Node composeFillingEmptyCells(String text, List<int[]> filled) {
        String t = text;
        int fills = 0;
        while (true) {
            try {
                return compose(t);
            } catch (MarkedYAMLException e) {
                if (fills++ >= MAX_FILLED
                        || !String.valueOf(e.getProblem()).startsWith("expected the node content, but found ','")) {
                    throw e;
                }
                // The parser names the comma's place with this problem, counting code points (its lines also end
                // at U+2028 and U+0085, so its line and column are not the text's).
                Mark m = e.getProblemMark();
                int at = t.offsetByCodePoints(0, m.getIndex());
                // A comma at the start of the text or of a line may be outside any list (",｝" as the whole text).
                if (at >= 2 && t.charAt(at - 1) == ' ' && ",[ ".indexOf(t.charAt(at - 2)) >= 0) {
                    t = t.substring(0, at - 1) + "~" + t.substring(at);
                } else {
                    t = t.substring(0, at) + "~" + t.substring(at);
                    filled.add(new int[] {m.getLine(), m.getColumn()});
                }
            }
        }
    }

    /** A column of the filled-in text as a column of the text as written. */
    private static int unshift(List<int[]> filled, Mark m) {
        int column = m.getColumn();
        for (int[] f : filled) {
            if (f[0] == m.getLine() && f[1] < m.getColumn()) {
                column--;
            }
        }
        return column;
    }

    /** SnakeYAML's node tree of {@code text}, with gksite's loading limits. */
    private static Node compose(String text) {
        // Duplicate keys are found by DuplicateKeys (SnakeYAML checks them only when constructing objects), and
        // SnakeYAML's limit of 3 Mi code points is above YamlLimits.MAX_BYTES characters, so neither is set here.
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        // Composed into nodes only (never constructed into objects), so no Yaml facade and constructor are
        // built for each of a site's thousands of front matters.
        return new Composer(new ParserImpl(new StreamReader(text), options), new Resolver(), options).getSingleNode();
    }

    /** The 0-based line of the first syntax error of {@code text}, or -1 when it parses. */
    private static int errorLine(String text) {
        try {
            compose(text);
            return -1;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            return mark == null ? 0 : mark.getLine();
        } catch (YAMLException e) {
            return 0;
        }
    }

    /**
     * SnakeYAML's problem in Chinese. (Its "found unexpected end of stream" is only ever met in a quoted scalar, which
     * {@link #parse} names by itself.)
     */
    private static String translate(String problem) {
        if (problem.contains("mapping values are not allowed")) {
            return "此处不能出现“键: 值”（多半是缩进不对，或值中有未加引号的冒号）";
        }
        if (problem.contains("could not find expected ':'")) {
            return "缺少冒号“:”";
        }
        if (problem.contains("found character '\\t")) {
            return "YAML 中不能用制表符缩进，请改用空格";
        }
        if (problem.contains("expected <block end>")) {
            return "缩进不一致";
        }
        if (problem.contains("expected ',' or '}'") || problem.contains("expected ',' or ']'")) {
            return "花括号 {…} 或方括号 […] 没有闭合，或其中少了逗号";
        }
        return "无法解析";
    }

    public String file() {
        return file;
    }

    /** The root node, or empty for an empty document. */
    public Optional<Node> root() {
        return Optional.ofNullable(root);
    }

    /** Where a node starts. */
    public SourcePos pos(Node node) {
        Mark m = node.getStartMark();
        return m == null
                ? SourcePos.of(file)
                : new SourcePos(file, m.getLine() + 1 + lineOffset, unshift(filled, m) + 1);
    }

    /** The first position of the document (for problems of the whole file). */
    public SourcePos start() {
        return root == null ? new SourcePos(file, lineOffset + 1, 1) : pos(root);
    }

    /** The entries of a mapping node in document order, keyed by their scalar key. */
    public static Map<String, NodeTuple> entries(MappingNode map) {
        Map<String, NodeTuple> out = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k) {
                out.put(k.getValue(), t);
            }
        }
        return out;
    }

    public static boolean isScalar(Node n) {
        return n instanceof ScalarNode;
    }

    /** The text of a scalar, or null when it is not a scalar. Null YAML values ({@code ~}, empty) are "". */
    public static String text(Node n) {
        if (n instanceof ScalarNode s) {
            return "null".equals(s.getTag().getValue().replace("tag:yaml.org,2002:", "")) ? "" : s.getValue();
        }
        return null;
    }

    /** True for an explicit or implicit YAML null (an empty value, ~ or null). */
    public static boolean isNull(Node n) {
        return n instanceof ScalarNode s && s.getTag().getValue().endsWith(":null");
    }

    public static List<Node> items(SequenceNode seq) {
        return new ArrayList<>(seq.getValue());
    }

    /** The YAML type name of a node, in Chinese, for messages. */
    public static String kind(Node n) {
        if (n instanceof MappingNode) {
            return "映射（键: 值）";
        }
        if (n instanceof SequenceNode) {
            return "列表";
        }
        return "文本或数字";
    }
}
