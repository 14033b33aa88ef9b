package cn.gov.jinjiang.gksite.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.jinjiang.gksite.config.YamlDoc;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which files are drafts, and what a build with and without drafts keeps of them. */
class DraftsTest {
    private static Page page(String rel, boolean draft) {
        return Metas.meta().title(rel).draft(draft).page(rel);
    }

    private static Map<String, Page> pages(Page... ps) {
        Map<String, Page> out = new HashMap<>();
        for (Page p : ps) {
            out.put(p.source().substring("content/".length()), p);
        }
        return out;
    }

    private static DataFile data(String rel) {
        return new DataFile("content/" + rel, "data", YamlDoc.parse("content/" + rel, 0, "a: 1\n"), "a: 1\n");
    }

    @Test
    void aDraftIndexMakesItsFolderADraftButTheHomePageIsADraftOnItsOwn() {
        Drafts d = Drafts.of(
                pages(
                        page("index.md", true),
                        page("a/index.md", true),
                        page("b/x.md", true),
                        page("b/index.md", false),
                        page("c/y.md", false)),
                Set.of());
        assertThat(d.folders()).containsExactly("a");
        assertThat(d.pages()).containsExactlyInAnyOrder("index.md", "b/x.md");
        assertThat(d.leftOut()).isEmpty();
        assertThat(d.isEmpty()).isFalse();
        assertThat(d.covers("a/index.md")).isTrue();
        assertThat(d.covers("a/deep/er/x.pdf")).isTrue();
        assertThat(d.covers("a")).isTrue();
        assertThat(d.covers("b/x.md")).isTrue();
        assertThat(d.covers("index.md")).isTrue();
        assertThat(d.covers("b/index.md")).isFalse();
        assertThat(d.covers("ab/x.md")).isFalse();
        assertThat(d.covers("c/y.md")).isFalse();
        assertThat(d.covers("x/a/y.md")).isFalse();
        assertThat(d.coversSource("content/a/x.md")).isTrue();
        assertThat(d.coversSource("content/c/y.md")).isFalse();
        assertThat(d.coversSource("themes/a/x.md")).isFalse();
        assertThat(d.coversSource("a/x.md")).isFalse();
    }

    @Test
    void unreadablePagesThatSayDraftAreDraftsTheirIndexesFoldersWithThem() {
        Drafts d = Drafts.of(Map.of(), Set.of("a/b/index.md", "index.md", "c/x.md", "c/myindex.md", "/index.md"));
        assertThat(d.folders()).containsExactly("a/b");
        assertThat(d.pages()).containsExactlyInAnyOrder("index.md", "c/x.md", "c/myindex.md", "/index.md");
        assertThat(d.covers("a/b/c.md")).isTrue();
        assertThat(d.covers("a/c.md")).isFalse();
        assertThat(d.covers("c/y.md")).isFalse();
    }

    @Test
    void noDraftsCoverNothing() {
        assertThat(Drafts.NONE.isEmpty()).isTrue();
        assertThat(Drafts.NONE.covers("")).isFalse();
        assertThat(Drafts.NONE.covers("a.md")).isFalse();
        Drafts onlyFolder = new Drafts(Set.of("a"), Set.of(), Map.of());
        assertThat(onlyFolder.isEmpty()).isFalse();
        assertThat(onlyFolder.covers("a/b.md")).isTrue();
        Drafts onlyPage = new Drafts(Set.of(), Set.of("a.md"), Map.of());
        assertThat(onlyPage.isEmpty()).isFalse();
        assertThat(onlyPage.covers("a.md")).isTrue();
        assertThat(onlyPage.covers("b.md")).isFalse();
        // content/ itself is never a draft folder: a path is matched against the folders below it.
        assertThat(new Drafts(Set.of(""), Set.of(), Map.of()).covers("/a.md")).isFalse();
    }

    @Test
    void withDraftsEverythingIsKeptAndTheDraftsMarked() {
        Map<String, Page> read = pages(page("a/index.md", true), page("a/p.md", false), page("q.md", false));
        Drafts d = Drafts.of(read, Set.of());
        Drafts.Kept k = d.keep(
                read,
                Map.of("a/data.yaml", data("a/data.yaml"), "t.yaml", data("t.yaml")),
                List.of("a/x.pdf", "y.pdf"),
                Set.of("content/a/bad.md", "content/bad.md"),
                true);
        assertThat(k.pages()).containsOnlyKeys("a/index.md", "a/p.md", "q.md");
        assertThat(k.pages().get("a/p.md").meta().draft()).isTrue();
        assertThat(k.pages().get("a/index.md").meta().draft()).isTrue();
        assertThat(k.pages().get("q.md")).isSameAs(read.get("q.md"));
        assertThat(k.data()).containsOnlyKeys("a/data.yaml", "t.yaml");
        assertThat(k.assets()).containsExactly("a/x.pdf", "y.pdf");
        assertThat(k.unreadable()).containsExactlyInAnyOrder("content/a/bad.md", "content/bad.md");
        assertThat(k.drafts()).isSameAs(d);
    }

    @Test
    void withoutDraftsTheyAreLeftOutAndWhereTheyWouldHaveBeenIsKept() {
        Map<String, Page> read = pages(page("a/index.md", true), page("a/p.md", false), page("q.md", false));
        Drafts d = Drafts.of(read, Set.of("r.md"));
        Drafts.Kept k = d.keep(
                read,
                Map.of("a/data.yaml", data("a/data.yaml"), "t.yaml", data("t.yaml")),
                List.of("a/x.pdf", "y.pdf"),
                Set.of("content/a/bad.md", "content/bad.md", "content/r.md"),
                false);
        assertThat(k.pages()).containsOnlyKeys("q.md");
        assertThat(k.pages().get("q.md").meta().draft()).isFalse();
        assertThat(k.data()).containsOnlyKeys("t.yaml");
        assertThat(k.assets()).containsExactly("y.pdf");
        assertThat(k.unreadable()).containsExactly("content/bad.md");
        assertThat(k.drafts().folders()).isEqualTo(d.folders());
        assertThat(k.drafts().pages()).isEqualTo(d.pages());
        assertThat(k.drafts().leftOut())
                .containsExactly(
                        Map.entry("a/index.html", "content/a/index.md"),
                        Map.entry("a/p.html", "content/a/p.md"),
                        Map.entry("a/x.pdf", "content/a/x.pdf"));
        assertThat(d.leftOut()).isEmpty();
    }

    @Test
    void itsSetsAreCopiesThatCannotChange() {
        Set<String> folders = new HashSet<>(Set.of("a"));
        Map<String, String> left = new HashMap<>(Map.of("z.html", "content/z.md", "b.html", "content/b.md"));
        Drafts d = new Drafts(folders, Set.of(), left);
        folders.add("b");
        left.clear();
        assertThat(d.folders()).containsExactly("a");
        assertThat(d.leftOut())
                .containsExactly(Map.entry("b.html", "content/b.md"), Map.entry("z.html", "content/z.md"));
        assertThatThrownBy(() -> d.leftOut().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }
}
