package cn.gov.jinjiang.gksite.config;

import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The sections of site.yaml that tune a build rather than describe the site: {@code checks} (levels, codes
 * turned off, addresses the checker ignores), {@code publish} and {@code catalogue}. Read for {@link ConfigLoader},
 * each with its problems at their lines.
 */
final class ConfigSections {
    private ConfigSections() {}

    static CheckLevels checks(YamlDoc doc, YamlMap top, Diagnostics diags) {
        YamlMap m = YamlMap.read(
                doc, top.node("checks").orElse(null), "site.yaml 的 checks", SiteKeys.CHECKS.known(), "config", diags);
        Map<String, Severity> overrides = new LinkedHashMap<>();
        Set<String> off = new HashSet<>();
        List<String> ignore = new ArrayList<>();
        for (Map.Entry<String, NodeTuple> e : m.entries().entrySet()) {
            String key = e.getKey();
            Node v = e.getValue().getValueNode();
            if (key.equals("ignore")) {
                if (v instanceof SequenceNode seq) {
                    seq.getValue().forEach(i -> ignorePattern(doc, i, diags).ifPresent(ignore::add));
                } else {
                    diags.error("config.type", doc.pos(v), "checks.ignore 应为网址模式的列表。", "");
                }
                continue;
            }
            String word = YamlDoc.text(v);
            if (CheckLevels.OFF.equals(word)) {
                off.add(key);
                continue;
            }
            Severity s = Severity.parse(word); // null for no word (a list, a mapping) too
            if (s == null) {
                diags.error(
                        "config.severity",
                        doc.pos(v),
                        "checks." + key + " 的级别应为 error、warning、info 或 off，实为“" + word + "”。",
                        "");
            } else {
                overrides.put(key, s);
            }
        }
        return new CheckLevels(overrides, off, ignore);
    }

    /**
     * One {@code checks.ignore} item: a URL substring, or a regular expression when it starts with {@code ^} (as the
     * checker reads it), which must compile. Anything else is a {@code config.*} error at the item.
     */
    private static Optional<String> ignorePattern(YamlDoc doc, Node item, Diagnostics diags) {
        String p = YamlDoc.text(item);
        if (p == null || p.isEmpty()) {
            diags.error(
                    "config.type",
                    doc.pos(item),
                    "checks.ignore 的每一项应为一段网址文字或以“^”开头的正则表达式，实为" + (p == null ? YamlDoc.kind(item) : "空值") + "。",
                    "例如：ignore: [\"/uploads/\", \"^https?://example\\\\.org/\"]");
            return Optional.empty();
        }
        if (p.startsWith("^")) {
            try {
                Pattern.compile(p);
            } catch (PatternSyntaxException e) {
                diags.error(
                        "config.pattern",
                        doc.pos(item),
                        "checks.ignore 中的“" + p + "”不是有效的正则表达式：" + e.getDescription() + "。",
                        "以“^”开头的项按正则表达式读；只想按文字匹配时去掉开头的“^”。");
                return Optional.empty();
            }
        }
        return Optional.of(p);
    }

    static PublishTarget publish(YamlDoc doc, YamlMap top, Diagnostics diags) {
        YamlMap m = YamlMap.read(
                doc,
                top.node("publish").orElse(null),
                "site.yaml 的 publish",
                SiteKeys.PUBLISH.known(),
                "config",
                diags);
        List<String> exclude = strings(doc, m, "publish", "exclude", "", diags);
        double maxDelete = PublishTarget.DEFAULT_MAX_DELETE;
        String md = m.string("max_delete", "", "config").strip();
        if (!md.isEmpty()) {
            double v = Double.NaN;
            try {
                v = md.endsWith("%")
                        ? Double.parseDouble(md.substring(0, md.length() - 1).strip()) / 100
                        : Double.parseDouble(md);
            } catch (NumberFormatException e) {
                // reported below
            }
            if (v >= 0 && v <= 1) {
                maxDelete = v;
            } else {
                diags.error(
                        "config.type",
                        m.pos("max_delete"),
                        "publish.max_delete 应为 0 到 1 之间的比例（如 0.1 或 10%），实为“" + md + "”。",
                        "");
            }
        }
        return new PublishTarget(m.string("target", "", "config"), exclude, maxDelete, m.string("ssh", "", "config"));
    }

    static Catalogue catalogue(YamlDoc doc, YamlMap top, Diagnostics diags) {
        YamlMap m = YamlMap.read(
                doc,
                top.node("catalogue").orElse(null),
                "site.yaml 的 catalogue",
                SiteKeys.CATALOGUE.known(),
                "config",
                diags);
        Pattern pattern = Pattern.compile(Catalogue.DEFAULT_PATTERN);
        String p = m.string("index_no_pattern", "", "config").strip();
        if (!p.isEmpty()) {
            try {
                pattern = Pattern.compile(p);
            } catch (PatternSyntaxException e) {
                diags.error(
                        "config.type",
                        m.pos("index_no_pattern"),
                        "catalogue.index_no_pattern 不是有效的正则表达式：" + e.getDescription() + "。",
                        "例如：index_no_pattern: '" + Catalogue.DEFAULT_PATTERN + "'");
            }
        }
        List<String> validity = strings(doc, m, "catalogue", "validity", "validity: [现行有效, 已修改, 已废止, 失效]", diags);
        List<String> topics = strings(doc, m, "catalogue", "topics", "topics: [城乡建设管理, 政府工作报告]", diags);
        String prefix = m.string("index_prefix", "", "config").strip();
        if (!SiteKeys.INDEX_PREFIX.accepts(prefix)) {
            diags.error(
                    "config.type",
                    m.pos("index_prefix"),
                    "catalogue.index_prefix 应为“机构代码-类别”，实为“" + prefix + "”。",
                    "例如：index_prefix: QZ06101-0240");
        }
        return new Catalogue(pattern, validity.isEmpty() ? Catalogue.DEFAULT_VALIDITY : validity, prefix, topics);
    }

    /**
     * The texts of the list {@code section.key} (blank items left out), or an error when it is no list or an item is
     * no text (a mapping item would otherwise be dropped without a word, or crash the publish).
     */
    static List<String> strings(YamlDoc doc, YamlMap m, String section, String key, String example, Diagnostics diags) {
        String path = section + "." + key;
        List<String> out = new ArrayList<>();
        m.node(key).ifPresent(n -> {
            if (n instanceof SequenceNode seq) {
                seq.getValue().forEach(i -> {
                    String v = YamlDoc.text(i);
                    if (v == null) {
                        diags.error(
                                "config.type",
                                doc.pos(i),
                                path + " 的每一项应为一段文字，实为" + YamlDoc.kind(i) + "。",
                                example.isEmpty() ? "" : "例如：" + example);
                    } else if (!v.isBlank()) {
                        out.add(v.strip());
                    }
                });
            } else if (!YamlDoc.isNull(n)) {
                diags.error("config.type", doc.pos(n), path + " 应为列表。", example.isEmpty() ? "" : "例如：" + example);
            }
        });
        return out;
    }
}
