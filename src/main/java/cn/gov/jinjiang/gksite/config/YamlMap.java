package cn.gov.jinjiang.gksite.config;

import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.diag.Suggest;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * A YAML mapping read against a list of known keys: unknown keys are reported (with did-you-mean),
 * values of the wrong kind are errors at their own line, and every value keeps its position.
 */
public final class YamlMap {
    private final YamlDoc doc;
    private final String where;
    private final Map<String, NodeTuple> entries;
    private final Diagnostics diags;

    private YamlMap(YamlDoc doc, String where, Map<String, NodeTuple> entries, Diagnostics diags) {
        this.doc = doc;
        this.where = where;
        this.entries = entries;
        this.diags = diags;
    }

    /**
     * Reads {@code node} as a mapping. Reports {@code codePrefix.type} when it is not one (and returns an
     * empty map) and {@code codePrefix.unknown-key} for each key not in {@code known}.
     *
     * @param where a Chinese noun for messages, e.g. "site.yaml" or "页面头部（front matter）"
     */
    public static YamlMap read(
            YamlDoc doc, Node node, String where, Collection<String> known, String codePrefix, Diagnostics diags) {
        if (node == null || YamlDoc.isNull(node)) {
            return new YamlMap(doc, where, Map.of(), diags);
        }
        if (!(node instanceof MappingNode map)) {
            diags.error(
                    codePrefix + ".type",
                    doc.pos(node),
                    where + " 应为“键: 值”的映射，实为" + YamlDoc.kind(node) + "。",
                    "每行写成“名称: 值”，冒号后留一个空格。");
            return new YamlMap(doc, where, Map.of(), diags);
        }
        Map<String, NodeTuple> entries = new LinkedHashMap<>(YamlDoc.entries(map));
        if (known != null) {
            for (String key : entries.keySet()) {
                if (!known.contains(key)) {
                    diags.warning(
                            codePrefix + ".unknown-key",
                            doc.pos(entries.get(key).getKeyNode()),
                            where + " 中有未知的键“" + key + "”，它将被忽略。",
                            Suggest.hint(key, known).isEmpty()
                                    ? "可用的键：" + String.join("、", known)
                                    : Suggest.hint(key, known));
                }
            }
        }
        return new YamlMap(doc, where, entries, diags);
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    public Optional<Node> node(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? Optional.empty() : Optional.of(t.getValueNode());
    }

    /** Position of a key's value, or of the mapping's document start when absent. */
    public SourcePos pos(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? doc.start() : doc.pos(t.getValueNode());
    }

    /** Position of a key itself (for "this key is wrong" messages). */
    public SourcePos keyPos(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? doc.start() : doc.pos(t.getKeyNode());
    }

    /** A scalar value as text; an error (code {@code codePrefix.type}) when it is a list or mapping. */
    public String string(String key, String fallback, String codePrefix) {
        Optional<Node> n = node(key);
        if (n.isEmpty()) {
            return fallback;
        }
        String s = YamlDoc.text(n.get());
        if (s == null) {
            diags.error(
                    codePrefix + ".type",
                    doc.pos(n.get()),
                    where + " 中“" + key + "”应为一段文字，实为" + YamlDoc.kind(n.get()) + "。",
                    "写成“" + key + ": 文字”，不要缩进或加“-”。");
            return fallback;
        }
        return s;
    }

    public Map<String, NodeTuple> entries() {
        return entries;
    }

    public YamlDoc doc() {
        return doc;
    }
}
