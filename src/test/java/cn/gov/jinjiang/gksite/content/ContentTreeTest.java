package cn.gov.jinjiang.gksite.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.jinjiang.gksite.config.YamlDoc;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ContentTreeTest {
    private static DataFile data(String dir, String name) {
        String source = "content/" + dir + "/" + name + ".yaml";
        return new DataFile(source, name, YamlDoc.parse(source, 0, "a: 1\n"), "a: 1\n");
    }

    @Test
    void dataFilesThatAStageHasReadAreLetGoAndEverythingElseIsKept() {
        DataFile table = data("ndbg/2025", "data");
        DataFile ack = data("ndbg/2025", "ack");
        DataFile menu = data("ndbg", "menu");
        DataFile other = data("ndbg/2024", "data");
        Section y2025 =
                new Section("ndbg/2025", Optional.empty(), List.of(), List.of(), Map.of("data", table, "ack", ack));
        Section y2024 = new Section("ndbg/2024", Optional.empty(), List.of(), List.of(), Map.of("data", other));
        Section ndbg = new Section("ndbg", Optional.empty(), List.of(), List.of(y2024, y2025), Map.of("menu", menu));
        Section root = new Section("", Optional.empty(), List.of(), List.of(ndbg), Map.of());
        ContentTree tree = new ContentTree(root, List.of("a.png"), Set.of("content/x.md"), Drafts.NONE);

        ContentTree kept = tree.withoutData(Set.of(table.source(), ack.source()));

        assertThat(kept.sections().keySet())
                .containsExactlyElementsOf(tree.sections().keySet());
        assertThat(kept.sections().get("ndbg/2025").data()).isEmpty();
        assertThat(kept.sections().get("ndbg/2024").data()).containsExactly(Map.entry("data", other));
        assertThat(kept.sections().get("ndbg").data()).containsExactly(Map.entry("menu", menu));
        assertThat(kept.assets()).isEqualTo(tree.assets());
        assertThat(kept.unreadable()).isEqualTo(tree.unreadable());
        assertThat(kept.drafts()).isSameAs(tree.drafts());
        assertThat(tree.sections().get("ndbg/2025").data()).hasSize(2);
        assertThat(tree.withoutData(Set.of())).isSameAs(tree);
        assertThat(kept.section("ndbg/2024")).contains(kept.sections().get("ndbg/2024"));
        assertThat(kept.section("ndbg/2023")).isEmpty();
    }

    @Test
    void pagesAreDepthFirstEachIndexBeforeItsFolder() {
        Page home = Metas.meta().page("index.md");
        Page a = Metas.meta().page("a.md");
        Page xIndex = Metas.meta().page("x/index.md");
        Page xb = Metas.meta().page("x/b.md");
        Page yc = Metas.meta().page("y/c.md");
        Section x = new Section("x", Optional.of(xIndex), List.of(xb), List.of(), Map.of());
        Section y = new Section("y", Optional.empty(), List.of(yc), List.of(), Map.of());
        Section root = new Section("", Optional.of(home), List.of(a), List.of(x, y), Map.of());
        ContentTree tree = new ContentTree(root, List.of(), Set.of());
        assertThat(tree.pages()).containsExactly(home, a, xIndex, xb, yc);
        assertThat(tree.sections()).containsOnlyKeys("", "x", "y");
        assertThat(tree.drafts()).isSameAs(Drafts.NONE);
    }

    /**
     * A page changed in place (its weight, date, title; its address and draft mark kept) gives, by {@link
     * ContentTree#withPage}, the tree that assembling every page again gives: same order in its folder, same draft
     * marks, every other section as it was.
     */
    @Test
    void aPageChangedInPlaceGivesTheTreeAssembledAgain() {
        Random random = new Random(20261205L);
        String[] files = {
            "index.md",
            "a.md",
            "b.md",
            "x/index.md",
            "x/a.md",
            "x/b.md",
            "x/c.md",
            "x/y/index.md",
            "x/y/a.md",
            "z/a.md",
            "z/b.md",
            "d/index.md",
            "d/a.md",
            "d/e/b.md"
        };
        ContentLoader loader = new ContentLoader();
        for (int round = 0; round < 300; round++) {
            Map<String, Page> pages = new TreeMap<>();
            for (String f : files) {
                if (random.nextInt(5) > 0) {
                    pages.put(f, randomPage(random, f, random.nextInt(6) == 0));
                }
            }
            if (pages.isEmpty()) {
                continue;
            }
            ContentTree tree = tree(loader, pages);
            for (int edit = 0; edit < 4; edit++) {
                List<String> present = List.copyOf(pages.keySet());
                String f = present.get(random.nextInt(present.size()));
                Page changed = randomPage(random, f, pages.get(f).meta().draft());
                pages.put(f, changed);
                tree = tree.withPage(changed);
                assertThat(tree).as("round %d, edit %d of %s", round, edit, f).isEqualTo(tree(loader, pages));
            }
        }
        ContentTree one = tree(loader, new TreeMap<>(Map.of("a.md", Metas.meta().page("a.md"))));
        assertThatThrownBy(() -> one.withPage(Metas.meta().page("b.md"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> one.withPage(Metas.meta().page("x/a.md")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> one.withPage(Metas.meta().page("index.md")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Page randomPage(Random random, String file, boolean draft) {
        return Metas.meta()
                .title("t" + random.nextInt(3))
                .weight(random.nextInt(3))
                .date(random.nextBoolean() ? null : LocalDate.of(2025, 1, 1 + random.nextInt(3)))
                .draft(draft)
                .page(file);
    }

    private static ContentTree tree(ContentLoader loader, Map<String, Page> pages) {
        return loader.tree(pages, Map.of(), List.of(), Set.of(), Drafts.of(pages, Set.of()), true, new Diagnostics());
    }
}
