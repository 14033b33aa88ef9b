package cn.gov.jinjiang.gksite.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A folder's name and the dated pages below it that its feed lists. */
class SectionTest {
    private static final LocalDate DAY = LocalDate.of(2025, 5, 1);

    private static Section section(String dir, Page index, List<Page> pages, Section... children) {
        return new Section(dir, Optional.ofNullable(index), pages, List.of(children), Map.of());
    }

    @Test
    void theNameIsTheLastFolder() {
        assertThat(section("", null, List.of()).name()).isEmpty();
        assertThat(section("xxgk", null, List.of()).name()).isEqualTo("xxgk");
        assertThat(section("xxgk/zfxxgkzl/ml", null, List.of()).name()).isEqualTo("ml");
    }

    @Test
    void datedPagesAreTheDatedPagesBelowAndTheSubfoldersIndexesButNotItsOwn() {
        Page ownIndex = Metas.meta().date(DAY).page("a/index.md");
        Page dated = Metas.meta().date(DAY).page("a/x.md");
        Page published = Metas.meta().published(DAY).page("a/y.md");
        Page undated = Metas.meta().page("a/z.md");
        Page childIndex = Metas.meta().date(DAY).page("a/b/index.md");
        Page childPage = Metas.meta().date(DAY).page("a/b/p.md");
        Page undatedIndex = Metas.meta().page("a/c/index.md");
        Page deep = Metas.meta().date(DAY).page("a/c/d/q.md");
        Section d = section("a/c/d", null, List.of(deep));
        Section c = section("a/c", undatedIndex, List.of(), d);
        Section b = section("a/b", childIndex, List.of(childPage));
        Section a = section("a", ownIndex, List.of(dated, published, undated), b, c);
        assertThat(a.datedPages()).containsExactly(dated, published, childIndex, childPage, deep);
        assertThat(d.datedPages()).containsExactly(deep);
        assertThat(section("e", null, List.of(undated)).datedPages()).isEmpty();
    }
}
