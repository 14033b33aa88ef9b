package cn.gov.jinjiang.gksite.content;

import cn.gov.jinjiang.gksite.diag.Diagnostics;

/**
 * Pages that no list reaches: a page is listed on its folder's index page (the column's list), and a page with
 * an 索引号 also in the catalogue's lists by 主题分类, 发布机构 and year. A page in a folder without index.md and
 * without an 索引号 is published but listed nowhere, so a reader finds it only through a link: a warning
 * {@code content.unlisted} at the page's title, once per folder, naming the folder's other unlisted pages by count.
 */
public final class UnlistedPages {
    private UnlistedPages() {}

    public static void check(ContentTree tree, Diagnostics diags) {
        for (Section s : tree.sections().values()) {
            if (s.index().isPresent()) {
                continue;
            }
            long unlisted =
                    s.pages().stream().filter(p -> p.meta().indexNo().isEmpty()).count();
            s.pages().stream()
                    .filter(p -> p.meta().indexNo().isEmpty())
                    .findFirst()
                    .ifPresent(p -> {
                        String folder = "content/" + (s.dir().isEmpty() ? "" : s.dir() + "/");
                        // At the title: the page as its list would show it.
                        diags.warning(
                                "content.unlisted",
                                p.meta().pos("title", p.source()),
                                "目录 " + folder + " 没有 index.md（栏目首页），"
                                        + (unlisted > 1 ? "这个页面和同目录的另外 " + (unlisted - 1) + " 个页面" : "这个页面")
                                        + "不会出现在任何栏目列表中，读者只能通过链接找到。",
                                "在 " + folder + " 中新建 index.md 作为栏目首页（写上 title，它会列出本目录的页面），或把页面移到已有"
                                        + "的栏目中；政府信息公开目录中的文件写上 索引号，也会列入按主题、机构和年度的列表。");
                    });
        }
    }
}
