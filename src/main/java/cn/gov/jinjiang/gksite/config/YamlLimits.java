package cn.gov.jinjiang.gksite.config;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * What a YAML text must keep before SnakeYAML reads it, and the one shape of its result gksite refuses:
 *
 * <ul>
 *   <li>{@link #MAX_BYTES}: a YAML file (data.yaml, menu.yaml, site.yaml) of at most 2 MiB, and front matter of at
 *   most as many characters. The largest real ones are a report's data.yaml and a column's menu.yaml, about 10 KB;
 *   SnakeYAML keeps a node with marks for every value (a few hundred bytes each) and reads about a megabyte a
 *   second.</li>
 *   <li>{@link #MAX_LINE}: a line of at most 100,000 characters (as for Markdown). SnakeYAML's scanner takes time
 *   proportional to the square of a line's length (one 5 MB quoted value took 23 s; 100,000 characters take about
 *   20 ms), so this bounds the whole text's time to linear.</li>
 *   <li>A recursive alias ({@code items: &i [{children: *i}]}) makes a node its own descendant; every reader of the
 *   tree would recurse forever. It is refused as {@code yaml.alias} at the key that holds it. Other aliases are
 *   allowed (up to SnakeYAML's limit on aliases of collections).</li>
 * </ul>
 */
public final class YamlLimits {
    /** Most bytes in a YAML file, and most characters in a YAML text. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /** Most characters in a line of YAML. */
    public static final int MAX_LINE = 100_000;

    private YamlLimits() {}

    /** Refuses a text beyond the limits, as {@code content.too-large} or {@code yaml.line-too-long}. */
    static void checkText(String file, int lineOffset, String text) {
        if (text.length() > MAX_BYTES) {
            throw new DiagnosticException(Diagnostic.error(
                    "content.too-large",
                    new SourcePos(file, lineOffset + 1, 1),
                    "YAML 内容有 " + text.length() + " 个字符，超过了 " + MAX_BYTES + " 个字符的上限。",
                    "YAML 只用来写配置和统计表；大段文字请写在 Markdown 正文中，大量数据请拆成几个文件。"));
        }
        int line = 1;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (end - start > MAX_LINE) {
                throw new DiagnosticException(Diagnostic.error(
                        "yaml.line-too-long",
                        new SourcePos(file, lineOffset + line, MAX_LINE + 1),
                        "这一行有 " + (end - start) + " 个字符，超过了 YAML 一行 " + MAX_LINE + " 个字符的上限。",
                        "长文字请写在 Markdown 正文中；确需很长的值时用“|”块写成多行。"));
            }
            start = end + 1;
            line++;
        }
    }

    /**
     * Refuses a tree in which a node is its own descendant (a recursive alias). One walk over the tree, each node
     * visited once however many aliases share it, without recursion.
     */
    static void refuseRecursion(String file, int lineOffset, Node root) {
        // (An empty document, null, is one node without children.) A node is open while its descendants are walked,
        // closed after; reaching an open node is a cycle.
        Map<Node, Boolean> open = new IdentityHashMap<>();
        Deque<Object[]> stack = new ArrayDeque<>();
        stack.push(new Object[] {root, null});
        while (!stack.isEmpty()) {
            Object[] top = stack.pop();
            Node node = (Node) top[0];
            if (top[1] == Boolean.TRUE) {
                open.put(node, Boolean.FALSE);
                continue;
            }
            Boolean state = open.get(node);
            if (state == Boolean.FALSE) {
                continue;
            }
            open.put(node, Boolean.TRUE);
            stack.push(new Object[] {node, Boolean.TRUE});
            for (Object[] child : children(node)) {
                Node c = (Node) child[0];
                if (open.get(c) == Boolean.TRUE) {
                    // A composed node has its mark, and a node reached again is one an alias names by its anchor.
                    Mark m = ((Node) child[1]).getStartMark();
                    SourcePos pos = new SourcePos(file, m.getLine() + 1 + lineOffset, m.getColumn() + 1);
                    String anchor = "“*" + c.getAnchor() + "”";
                    throw new DiagnosticException(Diagnostic.error(
                            "yaml.alias",
                            pos,
                            "别名" + anchor + "引用了包含它自己的内容（循环引用），这样的 YAML 无法读取。",
                            "把别名换成要重复的内容本身；别名（*名字）只能引用在它之前已经写完的内容。"));
                }
                if (open.get(c) == null) {
                    stack.push(new Object[] {c, null});
                }
            }
        }
    }

    /** A node's children, each with the node whose position names it (a mapping value's key, else itself). */
    private static List<Object[]> children(Node node) {
        if (node instanceof SequenceNode seq) {
            return seq.getValue().stream().map(c -> new Object[] {c, c}).toList();
        }
        if (node instanceof MappingNode map) {
            List<Object[]> out = new ArrayList<>();
            for (NodeTuple t : map.getValue()) {
                out.add(new Object[] {t.getKeyNode(), t.getKeyNode()});
                out.add(new Object[] {t.getValueNode(), t.getKeyNode()});
            }
            return out;
        }
        return List.of();
    }
}
