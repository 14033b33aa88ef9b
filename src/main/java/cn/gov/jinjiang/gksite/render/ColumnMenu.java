package cn.gov.jinjiang.gksite.render;

import cn.gov.jinjiang.gksite.config.YamlDoc;
import cn.gov.jinjiang.gksite.config.YamlMap;
import cn.gov.jinjiang.gksite.content.DataFile;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.UrlSchemes;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The left menu of a column, read from a {@code menu.yaml} data file in the column's folder (for the
 * sample site, content/xxgk/zfxxgkzl/menu.yaml). Every page in that folder and below shows it.
 *
 * <pre>
 * title: 政府信息公开
 * items:
 *   - {label: 政府信息公开指南, url: /xxgk/zfxxgkzl/zn/}
 *   - label: 政府信息公开目录
 *     url: /xxgk/zfxxgkzl/ml/
 *     children:
 *       - {label: 法规规章和规范, url: /xxgk/zfxxgkzl/ml/02/}
 * </pre>
 *
 * Problems are reported with codes {@code render.menu.*} at their line.
 */
record ColumnMenu(String title, List<Entry> items) {
    static final String FILE = "menu";

    ColumnMenu {
        items = List.copyOf(items);
    }

    /** A menu entry as written in menu.yaml. */
    record Entry(String label, String url, List<Entry> children) {
        Entry {
            children = List.copyOf(children);
        }
    }

    static ColumnMenu read(DataFile file, Diagnostics diags) {
        YamlDoc doc = file.doc();
        YamlMap top =
                YamlMap.read(doc, doc.root().orElse(null), file.source(), MenuKeys.FILE.known(), "render.menu", diags);
        String title = top.string("title", "", "render.menu").strip();
        if (title.isEmpty()) {
            diags.error(
                    "render.menu.required",
                    top.has("title") ? top.pos("title") : doc.start(),
                    "栏目菜单 " + file.source() + " 缺少 title（菜单标题，如“政府信息公开”）。",
                    "在文件开头加一行：title: 政府信息公开");
        }
        return new ColumnMenu(title, entries(doc, top.node("items").orElse(null), file.source(), diags));
    }

    private static List<Entry> entries(YamlDoc doc, Node n, String source, Diagnostics diags) {
        List<Entry> out = new ArrayList<>();
        if (n == null || YamlDoc.isNull(n)) {
            return out;
        }
        if (!(n instanceof SequenceNode seq)) {
            diags.error(
                    "render.menu.type",
                    doc.pos(n),
                    source + " 的 items / children 应为列表（每项以“- ”开头）。",
                    "例如：\n  - {label: 政府信息公开指南, url: /xxgk/zfxxgkzl/zn/}");
            return out;
        }
        for (Node item : seq.getValue()) {
            YamlMap m = YamlMap.read(doc, item, source + " 的一项", MenuKeys.ITEM.known(), "render.menu", diags);
            String label = m.string("label", "", "render.menu").strip();
            String url = m.string("url", "", "render.menu").strip();
            if (label.isEmpty() || url.isEmpty()) {
                diags.error(
                        "render.menu.required",
                        doc.pos(item),
                        "菜单的每一项都要有 label 和 url。",
                        "例如：- {label: 依申请公开, url: /xxgk/zfxxgkzl/ysqgk/}");
                continue;
            }
            if (!UrlSchemes.allowed(url)) {
                // Left out whatever level the error is given: a lowered level must not put the address in a page.
                diags.error(
                        "render.menu.url-scheme",
                        m.pos("url"),
                        "菜单项“" + label + "”的 url“" + UrlSchemes.shown(url) + "”使用了不允许的协议“" + UrlSchemes.scheme(url)
                                + ":”，菜单中不会出现这一项。",
                        UrlSchemes.HINT);
                continue;
            }
            out.add(new Entry(label, url, entries(doc, m.node("children").orElse(null), source, diags)));
        }
        return out;
    }

    /** The menu as a page at {@code pageUrl} sees it, with the current entries marked. */
    Views.Menu view(String pageUrl) {
        return new Views.Menu(title, items.stream().map(e -> view(e, pageUrl)).toList());
    }

    private static Views.MenuItem view(Entry e, String pageUrl) {
        String current = "";
        if (e.url().equals(pageUrl)) {
            current = "page";
        } else if (e.url().endsWith("/") && !e.url().equals("/") && pageUrl.startsWith(e.url())) {
            current = "true";
        }
        return new Views.MenuItem(
                e.label(),
                e.url(),
                current,
                e.children().stream().map(c -> view(c, pageUrl)).toList());
    }
}
