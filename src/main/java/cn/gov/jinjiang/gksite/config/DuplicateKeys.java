package cn.gov.jinjiang.gksite.config;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Finds keys written twice in one YAML mapping. SnakeYAML's own check ({@code setAllowDuplicateKeys(false)})
 * runs only when nodes are constructed into objects, and gksite only composes them; without this, the
 * last of two {@code title:} lines would silently win. Keys are compared as the text gksite reads them by
 * ({@link YamlDoc#entries}); merge keys ({@code <<}) are YAML's own way to override and are left alone.
 */
final class DuplicateKeys {
    private DuplicateKeys() {}

    /** One {@code yaml.duplicate-key} error per repeated key, at the repeat, naming the first's line. */
    static List<Diagnostic> find(String file, int lineOffset, Node root) {
        List<Diagnostic> out = new ArrayList<>();
        // Iterative and once per node: an alias makes one node reachable many times, and nesting may be deep.
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> todo = new ArrayDeque<>();
        if (root != null) {
            todo.push(root);
        }
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (!seen.add(node)) {
                continue;
            }
            if (node instanceof MappingNode map) {
                Map<String, Node> first = new HashMap<>();
                for (NodeTuple t : map.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode key && !Tag.MERGE.equals(key.getTag())) {
                        Node earlier = first.putIfAbsent(key.getValue(), key);
                        if (earlier != null) {
                            out.add(duplicate(file, lineOffset, key, earlier));
                        }
                    }
                    todo.push(t.getKeyNode());
                    todo.push(t.getValueNode());
                }
            } else if (node instanceof SequenceNode seq) {
                seq.getValue().forEach(todo::push);
            }
        }
        return out;
    }

    private static Diagnostic duplicate(String file, int lineOffset, ScalarNode key, Node earlier) {
        Mark at = key.getStartMark();
        Mark before = earlier.getStartMark();
        int firstLine = before.getLine() + 1 + lineOffset;
        return Diagnostic.error(
                "yaml.duplicate-key",
                new SourcePos(file, at.getLine() + 1 + lineOffset, at.getColumn() + 1),
                "键“" + key.getValue() + "”重复：第 " + firstLine + " 行第 " + (before.getColumn() + 1)
                        + " 列已经写过它，后写的值会悄悄覆盖前面的值。",
                "删除其中一行，或把两处的内容合并到第 " + firstLine + " 行；两处都要保留时改用不同的键名。");
    }
}
