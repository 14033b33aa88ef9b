package cn.gov.jinjiang.gksite.render;

import cn.gov.jinjiang.gksite.config.schema.Key;
import cn.gov.jinjiang.gksite.config.schema.Shape;
import cn.gov.jinjiang.gksite.config.schema.ValueType;

/**
 * What a column's menu.yaml may hold: the keys {@link ColumnMenu} reads. The reader checks the file against these
 * definitions and {@code gksite schemas} writes them as {@code menu.schema.json}.
 */
public final class MenuKeys {
    public static final Shape ITEM = Shape.closed(
            "menuItem",
            "菜单项",
            "菜单的一项：显示文字、站内地址和下一级菜单项。",
            Key.required("label", "显示文字", "菜单中显示的文字，如“依申请公开”。", ValueType.Text.ANY),
            Key.required("url", "地址", "站内地址（以“/”开头，如 /xxgk/zfxxgkzl/ysqgk/）或 http(s):// 网址。", ValueType.Text.ANY),
            Key.optional("children", "下一级", "下一级菜单项的列表（如目录的各个类别）。", new ValueType.Children()));

    public static final Shape FILE = Shape.closed(
            "menu.yaml",
            "gksite 栏目菜单 menu.yaml",
            "栏目的左侧菜单：本目录及以下所有页面都显示它。The left menu of a column.",
            Key.required("title", "菜单标题", "菜单的标题，如“政府信息公开”。", ValueType.Text.ANY),
            Key.optional("items", "菜单项", "菜单的各项，每项 {label: 文字, url: /地址/}，可有 children。", new ValueType.Items(ITEM)));

    private MenuKeys() {}
}
