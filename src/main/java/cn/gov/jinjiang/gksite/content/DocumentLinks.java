package cn.gov.jinjiang.gksite.content;

import cn.gov.jinjiang.gksite.diag.Diagnostics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The links between documents that front matter declares: a 政策解读 names the document it explains
 * ({@code 解读:}) and a new version of a normative document names the one it replaces ({@code 替代:}). A
 * target is written as the document's address ({@code /xxgk/…/x.html}) or its 索引号. Every map holds page
 * sources (paths relative to the source root); lists are in the tree's page order.
 *
 * @param interprets    interpretation → the document it explains
 * @param interpretedBy document → its interpretations
 * @param replaces      later version → earlier version
 * @param replacedBy    earlier version → the versions that replace it
 */
public record DocumentLinks(
        Map<String, String> interprets,
        Map<String, List<String>> interpretedBy,
        Map<String, String> replaces,
        Map<String, List<String>> replacedBy) {
    public DocumentLinks {
        interprets = Map.copyOf(interprets);
        interpretedBy = copy(interpretedBy);
        replaces = Map.copyOf(replaces);
        replacedBy = copy(replacedBy);
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> m) {
        Map<String, List<String>> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Map.copyOf(out);
    }

    /** Resolves the links of {@code tree}; targets that name no page are errors in {@code diags} (may be null). */
    public static DocumentLinks of(ContentTree tree, Diagnostics diags) {
        List<Page> pages = tree.pages();
        // The preview resolves the links after every edit: only the targets written are looked up, in one pass.
        Set<String> wanted = new HashSet<>();
        for (Page p : pages) {
            want(p.meta().interprets(), wanted);
            want(p.meta().replaces(), wanted);
        }
        Map<String, Page> byTarget = wanted.isEmpty() ? Map.of() : firstPages(pages, wanted);
        Map<String, String> interprets = new HashMap<>();
        Map<String, List<String>> interpretedBy = new HashMap<>();
        Map<String, String> replaces = new HashMap<>();
        Map<String, List<String>> replacedBy = new HashMap<>();
        for (Page p : pages) {
            link(
                    p,
                    "解读",
                    p.meta().interprets(),
                    byTarget,
                    interprets,
                    interpretedBy,
                    diags,
                    "content.interprets-unknown",
                    "政策解读所解读的文件");
            link(
                    p,
                    "替代",
                    p.meta().replaces(),
                    byTarget,
                    replaces,
                    replacedBy,
                    diags,
                    "content.replaces-unknown",
                    "被替代的原文件");
        }
        return new DocumentLinks(interprets, interpretedBy, replaces, replacedBy);
    }

    /** A target as written, and as an address when it lacks its leading slash (xxgk/a.html). */
    private static void want(String target, Set<String> wanted) {
        if (target.isEmpty()) {
            return;
        }
        wanted.add(target);
        if (!target.startsWith("/") && target.contains("/")) {
            wanted.add("/" + target);
        }
    }

    /**
     * For each of {@code wanted}, the first page in the tree's order that it names: by the page's address
     * ({@code /xxgk/} for a folder's index page), its file's address ({@code /xxgk/index.html}) or its 索引号.
     */
    private static Map<String, Page> firstPages(List<Page> pages, Set<String> wanted) {
        // An address names the output path after its slash; a folder's address ("/" too) names its index.html.
        Map<String, List<String>> byOutput = new HashMap<>();
        for (String t : wanted) {
            if (t.startsWith("/")) {
                String output = t.substring(1);
                byOutput.computeIfAbsent(output, k -> new ArrayList<>()).add(t);
                if (output.isEmpty() || output.endsWith("/")) {
                    byOutput.computeIfAbsent(output + "index.html", k -> new ArrayList<>())
                            .add(t);
                }
            }
        }
        Map<String, Page> found = new HashMap<>();
        for (Page p : pages) {
            for (String t : byOutput.getOrDefault(p.output(), List.of())) {
                found.putIfAbsent(t, p);
            }
            String indexNo = p.meta().indexNo();
            if (wanted.contains(indexNo)) {
                found.putIfAbsent(indexNo, p);
            }
        }
        return found;
    }

    private static void link(
            Page p,
            String key,
            String target,
            Map<String, Page> byTarget,
            Map<String, String> forward,
            Map<String, List<String>> backward,
            Diagnostics diags,
            String code,
            String what) {
        if (target.isEmpty()) {
            return;
        }
        Page t = byTarget.get(target);
        if (t == null && !target.startsWith("/") && target.contains("/")) {
            t = byTarget.get("/" + target);
        }
        if (t == null || t.source().equals(p.source())) {
            if (diags != null) {
                diags.error(
                        code,
                        p.meta().pos(key, p.source()),
                        "找不到“" + key + ": " + target + "”指向的" + what + "。",
                        "写该文件的网址（如 /xxgk/zfxxgkzl/ml/02/jzb-2025-12.html）或它的索引号；文件须在 content/ 中且不是草稿。");
            }
            return;
        }
        forward.put(p.source(), t.source());
        backward.computeIfAbsent(t.source(), k -> new ArrayList<>()).add(p.source());
    }

    /** The pages whose rendering shows {@code source} (or which it shows): its linked documents. */
    public Set<String> neighbours(String source) {
        Set<String> out = new LinkedHashSet<>();
        if (interprets.containsKey(source)) {
            out.add(interprets.get(source));
        }
        if (replaces.containsKey(source)) {
            out.add(replaces.get(source));
        }
        out.addAll(interpretedBy.getOrDefault(source, List.of()));
        out.addAll(replacedBy.getOrDefault(source, List.of()));
        return out;
    }
}
