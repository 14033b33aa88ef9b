package cn.gov.jinjiang.gksite.content;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The display date, key positions, and front matter marked as a draft. */
class PageMetaTest {
    private static final LocalDate D1 = LocalDate.of(2025, 1, 1);
    private static final LocalDate D2 = LocalDate.of(2025, 6, 1);

    @Test
    void theDisplayDateIsThePublicationDateElseTheDate() {
        assertThat(Metas.meta().published(D2).date(D1).build().displayDate()).isEqualTo(D2);
        assertThat(Metas.meta().date(D1).build().displayDate()).isEqualTo(D1);
        assertThat(Metas.meta().build().displayDate()).isNull();
    }

    @Test
    void aKeysPositionOrTheFilesStart() {
        PageMeta m = Metas.meta().at("url", "content/a.md", 3, 6).build();
        assertThat(m.pos("url", "content/a.md")).isEqualTo(new SourcePos("content/a.md", 3, 6));
        assertThat(m.pos("title", "content/a.md")).isEqualTo(new SourcePos("content/a.md", 1, 1));
    }

    @Test
    void asADraftOnlyTheDraftMarkChanges() {
        PageMeta draft = Metas.meta().draft(true).build();
        assertThat(draft.asDraft()).isSameAs(draft);
        PageMeta m = Metas.meta()
                .title("标题")
                .url("/x.html")
                .date(D1)
                .weight(3)
                .indexNo("QZ1-01-2025-00001")
                .publisher("某局")
                .topic("财政")
                .written(D1)
                .published(D2)
                .docNo("晋政〔2025〕1号")
                .validity("现行有效")
                .interprets("/a.html")
                .replaces("/b.html")
                .at("url", "content/a.md", 3, 6)
                .build();
        PageMeta marked = m.asDraft();
        assertThat(marked.draft()).isTrue();
        assertThat(marked).usingRecursiveComparison().ignoringFields("draft").isEqualTo(m);
    }
}
