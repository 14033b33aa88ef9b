package cn.gov.jinjiang.gksite.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangesTest {
    private static final String DRY_RUN = """
            created directory /var/www/gk
            .d          ./
            .f          index.html
            >fc.T...... xxgk/index.html
            <fcsT...... xxgk/a.html
            >f+++++++++ xxgk/新页面.html
            cd+++++++++ files/
            >f+++++++++ files/附件 一.pdf
            .f...p..... css/site.css
            *deleting   old/page.html
            *deleting   old/
            *deleting   gone.html
            >f+++++++++ .gksite-target
            """;

    @Test
    void readsAddedChangedUnchangedAndDeletedFiles() {
        Changes c = Changes.parse(DRY_RUN);
        assertThat(c.added()).containsExactly(".gksite-target", "files/附件 一.pdf", "xxgk/新页面.html");
        assertThat(c.changed()).containsExactly("xxgk/a.html", "xxgk/index.html");
        assertThat(c.unchanged()).containsExactly("css/site.css", "index.html");
        assertThat(c.deleted()).containsExactly("gone.html", "old/page.html");
        assertThat(c.deletedFolders()).isEqualTo(1);
        assertThat(c.targetFiles()).isEqualTo(6);
        assertThat(c.onTarget(".gksite-target")).isFalse();
        assertThat(c.onTarget("index.html")).isTrue();
    }

    @Test
    void leavesOutBookkeepingFiles() {
        Changes c = Changes.parse(DRY_RUN).without(Set.of(".gksite-target"));
        assertThat(c.added()).containsExactly("files/附件 一.pdf", "xxgk/新页面.html");
    }

    @Test
    void anEmptyRunIsEmpty() {
        assertThat(Changes.parse("").isEmpty()).isTrue();
        assertThat(Changes.parse(".d          ./\n.f          index.html\n").isEmpty())
                .isTrue();
    }
}
