package cn.gov.jinjiang.gksite.content;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.SourcePos;
import org.junit.jupiter.api.Test;

/** A page's address as links write it, where it got it, and the page as a draft. */
class PageTest {
    @Test
    void theUrlOfAnIndexPageIsItsFolder() {
        assertThat(Metas.meta().page("index.md").url()).isEqualTo("/");
        assertThat(Metas.meta().page("xxgk/index.md").url()).isEqualTo("/xxgk/");
        assertThat(Metas.meta().page("a/b.md").url()).isEqualTo("/a/b.html");
        assertThat(Metas.meta().page("a/b.md", "a/myindex.html").url()).isEqualTo("/a/myindex.html");
        assertThat(Metas.meta().page("a/b.md", "a/x.htm").url()).isEqualTo("/a/x.htm");
        assertThat(Metas.meta().page("a/b.md", "aindex.html").url()).isEqualTo("/aindex.html");
    }

    @Test
    void theAddressComesFromTheUrlLineOrTheFile() {
        Page byUrl = Metas.meta().url("/x.html").at("url", "content/a.md", 3, 6).page("a.md", "x.html");
        assertThat(byUrl.addressPos()).isEqualTo(new SourcePos("content/a.md", 3, 6));
        Page byFile = Metas.meta().at("url", "content/b.md", 3, 6).page("b.md");
        assertThat(byFile.addressPos()).isEqualTo(SourcePos.of("content/b.md"));
    }

    @Test
    void aDraftStaysTheSamePageAndAnyOtherIsMarked() {
        Page draft = Metas.meta().draft(true).page("a.md");
        assertThat(draft.asDraft()).isSameAs(draft);
        Page page = Metas.meta().title("甲").page("a/index.md");
        Page marked = page.asDraft();
        assertThat(marked.meta().draft()).isTrue();
        assertThat(page.meta().draft()).isFalse();
        assertThat(marked)
                .usingRecursiveComparison()
                .ignoringFields("meta.draft")
                .isEqualTo(page);
    }
}
