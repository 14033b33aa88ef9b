package cn.gov.jinjiang.gksite.content;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Pages no list reaches: one warning per folder without index.md, at its first such page's title. */
class UnlistedPagesTest {
    private static Page page(String rel, String indexNo) {
        return Metas.meta().indexNo(indexNo).at("title", "content/" + rel, 2, 8).page(rel);
    }

    private static List<Diagnostic> check(Section root) {
        Diagnostics d = new Diagnostics();
        UnlistedPages.check(new ContentTree(root, List.of(), Set.of()), d);
        return d.sorted();
    }

    private static Section section(String dir, Page index, List<Page> pages, Section... children) {
        return new Section(dir, Optional.ofNullable(index), pages, List.of(children), Map.of());
    }

    @Test
    void aFolderWithoutIndexIsNamedOnceWithTheCountOfItsUnlistedPages() {
        Section many = section(
                "a/b",
                null,
                List.of(
                        page("a/b/x.md", "QZ1-01-2025-00001"),
                        page("a/b/y.md", ""),
                        page("a/b/z.md", ""),
                        page("a/b/w.md", "")));
        Section one = section("c", null, List.of(page("c/x.md", ""), page("c/y.md", "QZ1-01-2025-00002")));
        Section listed = section("d", page("d/index.md", ""), List.of(page("d/x.md", "")));
        Section catalogue = section("e", null, List.of(page("e/x.md", "QZ1-01-2025-00003")));
        Section empty = section("f", null, List.of());
        Section root = section("", null, List.of(page("r.md", "")), many, one, listed, catalogue, empty);
        List<Diagnostic> d = check(root);
        assertThat(d)
                .extracting(x -> x.severity() + " " + x.code() + " " + x.pos() + " " + x.message())
                .containsExactly(
                        "WARNING content.unlisted content/a/b/y.md:2:8 目录 content/a/b/ 没有 index.md（栏目首页），"
                                + "这个页面和同目录的另外 2 个页面不会出现在任何栏目列表中，读者只能通过链接找到。",
                        "WARNING content.unlisted content/c/x.md:2:8 目录 content/c/ 没有 index.md（栏目首页），"
                                + "这个页面不会出现在任何栏目列表中，读者只能通过链接找到。",
                        "WARNING content.unlisted content/r.md:2:8 目录 content/ 没有 index.md（栏目首页），"
                                + "这个页面不会出现在任何栏目列表中，读者只能通过链接找到。");
        assertThat(d.get(1).hint())
                .isEqualTo("在 content/c/ 中新建 index.md 作为栏目首页（写上 title，它会列出本目录的页面），或把页面移到已有的栏目中；"
                        + "政府信息公开目录中的文件写上 索引号，也会列入按主题、机构和年度的列表。");
    }

    @Test
    void twoUnlistedPagesAreThePageAndOneOther() {
        Section two = section("c", null, List.of(page("c/x.md", ""), page("c/y.md", "")));
        assertThat(check(section("", page("index.md", ""), List.of(), two)))
                .singleElement()
                .satisfies(x -> assertThat(x.message()).contains("这个页面和同目录的另外 1 个页面不会出现"));
    }
}
