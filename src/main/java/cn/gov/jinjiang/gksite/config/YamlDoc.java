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
    private final String file;
    private final int lineOffset;
    private final Node root;

    private YamlDoc(String file, int lineOffset, Node root) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.root = root;
    }

    /**
     * Parses {@code text}. A syntax error becomes a {@link DiagnosticException} with code
     * {@code yaml.syntax} at the line and column SnakeYAML names; a key written twice in one mapping, one with
     * {@code yaml.duplicate-key} at the second key ({@link DuplicateKeys}); a text beyond {@link YamlLimits} or
     * with a recursive alias one with the code the limit names.
     */
    public static YamlDoc parse(String file, int lineOffset, String text) {
        YamlLimits.checkText(file, lineOffset, text);
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(64 * 1024 * 1024);
        try {
            // Composed into nodes only (never constructed into objects), so no Yaml facade and constructor are
            // built for each of a site's thousands of front matters.
            Node node = new Composer(new ParserImpl(new StreamReader(text), options), new Resolver(), options)
                    .getSingleNode();
            // Recursion first: the duplicate-key walk follows aliases.
            YamlLimits.refuseRecursion(file, lineOffset, node);
            List<Diagnostic> duplicates = DuplicateKeys.find(file, lineOffset, node);
            if (!duplicates.isEmpty()) {
                throw new DiagnosticException(duplicates, null);
            }
            return new YamlDoc(file, lineOffset, node);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            SourcePos pos = mark == null ? new SourcePos(file, lineOffset + 1, 1)
                    : new SourcePos(file, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
            String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
            Mark ctx = e.getContextMark();
            String context = ctx == null || mark == null || ctx.getLine() == mark.getLine() ? ""
                    : "；问题始于第 " + (ctx.getLine() + 1 + lineOffset) + " 行第 " + (ctx.getColumn() + 1) + " 列";
            throw new DiagnosticException(Diagnostic.error("yaml.syntax", pos,
                    "YAML 语法错误：" + translate(problem) + context + "（" + problem + "）",
                    "检查这一行及上一行的缩进、冒号后的空格和引号是否成对；值中含有冒号或 # 时请用引号括起来。"), e);
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw new DiagnosticException(Diagnostic.error("yaml.syntax", new SourcePos(file, lineOffset + 1, 1),
                    "YAML 无法读取：" + e.getMessage(), "检查文件内容是否为合法的 YAML。"), e);
        }
    }

    private static String translate(String problem) {
        if (problem == null) {
            return "无法解析";
        }
        if (problem.contains("mapping values are not allowed")) {
            return "此处不能出现“键: 值”（多半是缩进不对，或值中有未加引号的冒号）";
        }
        if (problem.contains("could not find expected ':'")) {
            return "缺少冒号“:”";
        }
        if (problem.contains("found duplicate key")) {
            return "键重复";
        }
        if (problem.contains("found character '\\t'")) {
            return "YAML 中不能用制表符缩进，请改用空格";
        }
        if (problem.contains("did not find expected key") || problem.contains("expected <block end>")) {
            return "缩进不一致";
        }
        if (problem.contains("expected ',' or '}'") || problem.contains("expected ',' or ']'")) {
            return "花括号 {…} 或方括号 […] 没有闭合，或其中少了逗号";
        }
        if (problem.contains("found unexpected end of stream") || problem.contains("found unexpected end")) {
            return "文件意外结束（引号或括号未闭合）";
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
        return m == null ? SourcePos.of(file) : new SourcePos(file, m.getLine() + 1 + lineOffset, m.getColumn() + 1);
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
