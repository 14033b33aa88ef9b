package cn.gov.jinjiang.gksite.content;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.config.YamlDoc;
import java.time.LocalDate;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** One section per folder, its index apart, its pages in the list order editors expect. */
class SectionTreeTest {
    private static DataFile data(String rel) {
        String name = rel.substring(rel.lastIndexOf('/') + 1).replace(".yaml", "");
        return new DataFile("content/" + rel, name, YamlDoc.parse("content/" + rel, 0, "a: 1\n"), "a: 1\n");
    }

    @Test
    void foldersBecomeSectionsWithTheirIndexPagesAndData() {
        TreeMap<String, Page> pages = new TreeMap<>();
        for (String rel : new String[] {"index.md", "a.md", "x/index.md", "x/b.md", "x/y/c.md", "x-y/d.md"}) {
            pages.put(rel, Metas.meta().page(rel));
        }
        TreeMap<String, DataFile> data = new TreeMap<>();
        for (String rel : new String[] {"menu.yaml", "x/data.yaml", "z/only.yaml", "x/y/w/deep.yaml"}) {
            data.put(rel, data(rel));
        }
        Section root = SectionTree.assemble("", pages, data);
        assertThat(root.dir()).isEmpty();
        assertThat(root.index()).contains(pages.get("index.md"));
        assertThat(root.pages()).containsExactly(pages.get("a.md"));
        assertThat(root.data()).containsOnlyKeys("menu");
        assertThat(root.children()).extracting(Section::dir).containsExactly("x", "x-y", "z");
        Section x = root.children().get(0);
        assertThat(x.index()).contains(pages.get("x/index.md"));
        assertThat(x.pages()).containsExactly(pages.get("x/b.md"));
        assertThat(x.data()).containsOnlyKeys("data");
        assertThat(x.data().get("data").source()).isEqualTo("content/x/data.yaml");
        assertThat(x.children()).extracting(Section::dir).containsExactly("x/y");
        Section y = x.children().get(0);
        assertThat(y.index()).isEmpty();
        assertThat(y.pages()).containsExactly(pages.get("x/y/c.md"));
        assertThat(y.data()).isEmpty();
        assertThat(y.children()).extracting(Section::dir).containsExactly("x/y/w");
        assertThat(y.children().get(0).data()).containsOnlyKeys("deep");
        assertThat(root.children().get(1).pages()).containsExactly(pages.get("x-y/d.md"));
        Section z = root.children().get(2);
        assertThat(z.pages()).isEmpty();
        assertThat(z.data()).containsOnlyKeys("only");
        assertThat(SectionTree.assemble("x", pages, data).pages()).containsExactly(pages.get("x/b.md"));
    }

    @Test
    void pagesAreOrderedByWeightThenNewestThenPath() {
        LocalDate d1 = LocalDate.of(2025, 1, 1);
        LocalDate d2 = LocalDate.of(2025, 6, 1);
        TreeMap<String, Page> pages = new TreeMap<>();
        pages.put("a.md", Metas.meta().weight(1).page("a.md"));
        pages.put("b.md", Metas.meta().weight(-1).date(d1).page("b.md"));
        pages.put("c.md", Metas.meta().date(d1).page("c.md"));
        pages.put("d.md", Metas.meta().published(d2).date(d1).page("d.md"));
        pages.put("e.md", Metas.meta().page("e.md"));
        pages.put("f.md", Metas.meta().date(d1).page("f.md"));
        Section root = SectionTree.assemble("", pages, new TreeMap<>());
        assertThat(root.pages())
                .extracting(Page::source)
                .containsExactly(
                        "content/b.md", "content/d.md", "content/c.md", "content/f.md", "content/e.md", "content/a.md");
    }

    @Test
    void anEmptyFolderNameIsStillAFolder() {
        // Never in a tree read from disk, whose paths have no empty segment: the split is by '/' all the same.
        TreeMap<String, Page> pages = new TreeMap<>();
        pages.put("x//a.md", Metas.meta().page("x//a.md"));
        TreeMap<String, DataFile> data = new TreeMap<>();
        data.put("x//d.yaml", data("x//d.yaml"));
        Section x = SectionTree.assemble("x", pages, data);
        assertThat(x.pages()).isEmpty();
        assertThat(x.data()).isEmpty();
        assertThat(x.children()).extracting(Section::dir).containsExactly("x/");
        assertThat(x.children().get(0).pages()).containsExactly(pages.get("x//a.md"));
        assertThat(x.children().get(0).data()).containsOnlyKeys("d");
    }
}
