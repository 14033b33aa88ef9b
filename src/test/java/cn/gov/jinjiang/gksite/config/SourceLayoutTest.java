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

    @Test
    void belowGivesWhatRelativizeGivesForPlainDescendantsAndNothingElse() {
        String[] bases = {"/", "/a", "/a/b", "/a/./b", "/a/../b", "/a b/c", "a", "a/b", "./a", ""};
        String[] paths = {
            "/",
            "/a",
            "/a/b",
            "/a/b/c.md",
            "/a/bc/d",
            "/a/b/./c",
            "/a/b/../c",
            "/a/b/.x/..y/z",
            "/a/b/.",
            "/a/b/..",
            "/a b/c/内容/页.md",
            "/ab/c",
            "/a/./b/c",
            "/a/../b/c",
            "a/b/c",
            "a/b",
            "a/.",
            "./a/b",
            "ab/c"
        };
        int fast = 0;
        for (String b : bases) {
            for (String p : paths) {
                Path base = Path.of(b);
                Path path = Path.of(p);
                String below = SourceLayout.below(base, path);
                if (below != null) {
                    fast++;
                    assertThat(below)
                            .as(b + " " + p)
                            .isEqualTo(base.relativize(path).toString());
                    assertThat(path.normalize()).as(b + " " + p).isEqualTo(path);
                    assertThat(path.startsWith(base) && !path.equals(base))
                            .as(b + " " + p)
                            .isTrue();
                }
            }
        }
        assertThat(SourceLayout.below(Path.of("/a/b"), Path.of("/a/b/.x/..y/z")))
                .isEqualTo(".x/..y/z");
        assertThat(SourceLayout.below(Path.of("/a b"), Path.of("/a b/c/内容/页.md")))
                .isEqualTo("c/内容/页.md");
        assertThat(SourceLayout.below(Path.of("/a/b"), Path.of("/a/b/../c"))).isNull();
        assertThat(SourceLayout.below(Path.of("/a/b"), Path.of("/a/bc/d"))).isNull();
        assertThat(SourceLayout.below(Path.of("/a/./b"), Path.of("/a/./b/c"))).isNull();
        assertThat(SourceLayout.below(Path.of("a"), Path.of("a/b/c"))).isEqualTo("b/c");
        assertThat(SourceLayout.below(Path.of("/a"), Path.of("/a/x./y.."))).isEqualTo("x./y..");
        assertThat(SourceLayout.below(Path.of("a"), Path.of("/a/b"))).isNull();
        assertThat(SourceLayout.below(Path.of("/a"), Path.of("a/b"))).isNull();
        assertThat(fast).isEqualTo(10);
    }
}
