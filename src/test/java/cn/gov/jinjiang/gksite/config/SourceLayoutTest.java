package cn.gov.jinjiang.gksite.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build's folders below the source root, and paths named relative to it in messages. */
class SourceLayoutTest {
    @Test
    void theStandardLayoutIsBelowTheRootAndWritesToSiteUnlessTold(@TempDir Path dir) {
        SourceLayout l = SourceLayout.of(dir.resolve("a/../src"), null);
        Path root = dir.resolve("src").toAbsolutePath().normalize();
        assertThat(l)
                .isEqualTo(
                        new SourceLayout(root, root.resolve("content"), root.resolve("themes"), root.resolve("site")));
        assertThat(SourceLayout.of(dir, dir.resolve("out/./x")).output()).isEqualTo(dir.resolve("out/x"));
        assertThatThrownBy(() -> new SourceLayout(root, null, root, root)).hasMessage("content");
    }

    @Test
    void aPathIsNamedRelativeToTheRootWithSlashesOrWhollyWhenOutside(@TempDir Path dir) {
        SourceLayout l = SourceLayout.of(dir.resolve("src"), null);
        assertThat(l.relative(dir.resolve("src/content/xxgk/../a.md"))).isEqualTo("content/a.md");
        assertThat(l.relative(dir.resolve("src"))).isEmpty();
        Path outside = dir.resolve("srcx/a.md").toAbsolutePath();
        assertThat(l.relative(outside)).isEqualTo(outside.toString());
    }
}
