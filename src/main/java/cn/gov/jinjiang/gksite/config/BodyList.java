package cn.gov.jinjiang.gksite.config;

import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads site.yaml's {@code bodies:} for {@link ConfigLoader}: each item against {@link SiteKeys#BODY}, then the list
 * as a whole. Two bodies with one id ({@code config.body-duplicate}), two with one folder, or a folder inside another
 * body's report folder ({@code config.body-folder}) are errors at the second one's line; such a body is left out.
 */
final class BodyList {
    /** The folder of a body's annual reports, below its own folder. */
    static final String REPORTS = "ndbg";
    /** The key of a body's other names, a list (every other key is one text). */
    static final String ALIASES = "aliases";

    private BodyList() {}

    static List<Body> read(YamlDoc doc, YamlMap top, Diagnostics diags) {
        List<Body> out = new ArrayList<>();
        Node n = top.node("bodies").orElse(null);
        if (n == null || YamlDoc.isNull(n)) {
            return out;
        }
        if (!(n instanceof SequenceNode seq)) {
            diags.error(
                    "config.type",
                    doc.pos(n),
                    "site.yaml 的 bodies 应为列表（每个单位一项，以“- ”开头）。",
                    "例如：\n  - {id: sjj, name: 晋江市审计局, kind: department, folder: xxgk/zfxxgkzl/bmzfxxgk/sjj}");
            return out;
        }
        Map<String, Body> ids = new HashMap<>();
        Map<String, Body> folders = new HashMap<>();
        Map<String, SourcePos> folderAt = new HashMap<>();
        for (Node item : seq.getValue()) {
            YamlMap m = YamlMap.read(doc, item, "bodies 的一项", SiteKeys.BODY.known(), "config", diags);
            Body b = item(doc, item, m, diags);
            if (b == null) {
                continue;
            }
            Body sameId = ids.get(b.id());
            if (sameId != null) {
                diags.error(
                        "config.body-duplicate",
                        b.pos(),
                        "bodies 中已有代号为“" + b.id() + "”的单位（第 " + sameId.pos().line() + " 行）。",
                        "每个单位的 id 只能用一次。");
                continue;
            }
            Body sameFolder = folders.get(b.folder());
            if (sameFolder != null) {
                folderError(b, m.pos("folder"), sameFolder, "的目录相同", diags);
                continue;
            }
            ids.put(b.id(), b);
            folders.put(b.folder(), b);
            folderAt.put(b.id(), m.pos("folder"));
            out.add(b);
        }
        // A folder in another body's report folder (x/ndbg/…): a report there would belong to both. Each folder's
        // segments are walked once; the body listed later is the one refused.
        List<Body> refused = new ArrayList<>();
        for (Body b : out) {
            String[] parts = b.folder().split("/");
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < parts.length; i++) {
                if (parts[i].equals(REPORTS)) {
                    // the holder's folder is a proper prefix of b's, so it is never b itself
                    Body holder = folders.get(prefix.toString());
                    if (holder != null) {
                        Body later = holder.pos().compareTo(b.pos()) > 0 ? holder : b;
                        Body other = later == b ? holder : b;
                        if (!refused.contains(later)) {
                            folderError(
                                    later,
                                    folderAt.get(later.id()),
                                    other,
                                    "的目录重叠：一个在另一个的年度报告目录 " + REPORTS + "/ 中",
                                    diags);
                            refused.add(later);
                        }
                    }
                }
                prefix.append(i == 0 ? "" : "/").append(parts[i]);
            }
        }
        out.removeAll(refused);
        return out;
    }

    private static Body item(YamlDoc doc, Node item, YamlMap m, Diagnostics diags) {
        Map<String, String> v = new HashMap<>();
        for (String key : SiteKeys.BODY.names()) {
            if (!key.equals(ALIASES)) {
                v.put(key, m.string(key, "", "config").strip());
            }
        }
        boolean ok = true;
        for (String key : List.of("id", "name", "kind", "folder")) {
            if (v.get(key).isEmpty()) {
                diags.error(
                        "config.required",
                        m.has(key) ? m.pos(key) : doc.pos(item),
                        "bodies 的每一项都要有 " + key + "（" + SiteKeys.BODY.get(key).title() + "）。",
                        "例如：- {id: sjj, name: 晋江市审计局, kind: department, folder: xxgk/zfxxgkzl/bmzfxxgk/sjj}");
                ok = false;
            }
        }
        if (!ok) {
            return null;
        }
        if (!SiteKeys.BODY_ID.accepts(v.get("id"))) {
            diags.error(
                    "config.type",
                    m.pos("id"),
                    "单位的 id 应以小写字母开头，由小写字母、数字、“-”和“_”组成，实为“" + v.get("id") + "”。",
                    "部门用门户网站上的目录名（如 sjj），镇街道用拼音（如 dongshi）。");
            return null;
        }
        if (!SiteKeys.BODY_TYPES.values().contains(v.get("kind"))) {
            diags.error(
                    "config.body-type",
                    m.pos("kind"),
                    "单位“" + v.get("name") + "”的 kind 只能是 government（人民政府，年报 3 月 31 日前公开）、"
                            + "department（政府部门，1 月 31 日前）或 town（镇人民政府、街道办事处，1 月 31 日前），实为“" + v.get("kind")
                            + "”。",
                    "");
            return null;
        }
        String folder = v.get("folder");
        if (!SiteKeys.FOLDER.accepts(folder)) {
            diags.error(
                    "config.body-folder",
                    m.pos("folder"),
                    "单位“" + v.get("name") + "”的 folder 应为 content/ 下的一个目录（相对路径，不以“/”开头，不含“..”），实为“" + folder + "”。",
                    "例如：folder: xxgk/zfxxgkzl/bmzfxxgk/sjj");
            return null;
        }
        if (!SiteKeys.INDEX_PREFIX.accepts(v.get("index_prefix"))) {
            diags.error(
                    "config.type",
                    m.pos("index_prefix"),
                    "单位“" + v.get("name") + "”的 index_prefix 应为“机构代码-类别”，实为“" + v.get("index_prefix") + "”。",
                    "例如：index_prefix: QZ06121-2510");
            return null;
        }
        return new Body(
                v.get("id"),
                v.get("name"),
                v.get("kind"),
                folder.replaceAll("/+$", ""),
                v.get("index_prefix"),
                v.get("doc_prefix"),
                v.get("contact"),
                m.pos("id"),
                ConfigSections.strings(doc, m, "bodies", ALIASES, "aliases: [晋江市审计局办公室]", diags));
    }

    private static void folderError(Body b, SourcePos at, Body other, String why, Diagnostics diags) {
        diags.error(
                "config.body-folder",
                at,
                "单位“" + b.name() + "”的目录 " + b.folder() + " 与“" + other.name() + "”（第 "
                        + other.pos().line() + " 行）" + why + "。",
                "每个单位用自己的目录；部门放在 xxgk/zfxxgkzl/bmzfxxgk/<拼音缩写>，镇街道放在 xxgk/zfxxgkzl/zjdgk/<编号>。");
    }
}
