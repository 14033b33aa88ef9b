package cn.gov.jinjiang.gksite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview's path checks: each refusal on its own (the others would not catch it), and the file lookup. */
class SitePathsTest {
    @Test
    void refusesPathsThatCouldLeaveTheFolder() {
        assertThat(SitePaths.unsafe("/../etc/passwd", "/../etc/passwd")).isTrue();
        assertThat(SitePaths.unsafe("/a/%2e%2e/b", "/a/../b")).isTrue();
        assertThat(SitePaths.unsafe("/a/%2E%2E/b", "/b")).isTrue();
        assertThat(SitePaths.unsafe("/a%5c..%5cb", "/a\\..\\b")).isTrue();
        assertThat(SitePaths.unsafe("/a%2fb", "/a/b")).isTrue();
        assertThat(SitePaths.unsafe("/a%00b", "/a\0b")).isTrue();
        assertThat(SitePaths.unsafe("/./a", "/./a")).isTrue();
    }

    @Test
    void eachRefusalStandsOnItsOwn() {
        assertThat(SitePaths.unsafe("/a", "a")).as("not absolute").isTrue();
        assertThat(SitePaths.unsafe("/ab", "/a\\b")).as("backslash decoded").isTrue();
        assertThat(SitePaths.unsafe("/ab", "/a\0b")).as("NUL decoded").isTrue();
        assertThat(SitePaths.unsafe("/a%2Fb", "/ab")).as("encoded slash").isTrue();
        assertThat(SitePaths.unsafe("/a%5Cb", "/ab")).as("encoded backslash").isTrue();
        assertThat(SitePaths.unsafe("/a%00b", "/ab")).as("encoded NUL").isTrue();
        assertThat(SitePaths.unsafe("/a%2Eb", "/ab")).as("encoded dot").isTrue();
        assertThat(SitePaths.unsafe("/a/../b", "/b"))
                .as("dot-dot in the raw address")
                .isTrue();
        assertThat(SitePaths.unsafe("/b", "/a/../b")).as("dot-dot decoded").isTrue();
        assertThat(SitePaths.unsafe("/a/./b", "/b"))
                .as("dot in the raw address")
                .isTrue();
        assertThat(SitePaths.unsafe("/b", "/a/./b")).as("dot decoded").isTrue();
        assertThat(SitePaths.unsafe("/a/..", "/a/..")).as("dot-dot at the end").isTrue();
    }

    @Test
    void acceptsOrdinaryAddresses() {
        assertThat(SitePaths.unsafe("/", "/")).isFalse();
        assertThat(SitePaths.unsafe("/xxgk/zfxxgkzl/ndbg/2025/", "/xxgk/zfxxgkzl/ndbg/2025/"))
                .isFalse();
        assertThat(SitePaths.unsafe("/css/site.css", "/css/site.css")).isFalse();
        assertThat(SitePaths.unsafe("/a..b.html", "/a..b.html")).isFalse();
        assertThat(SitePaths.unsafe("/.well-known/a", "/.well-known/a")).isFalse();
        assertThat(SitePaths.unsafe("/%E9%99%84%E4%BB%B6.pdf", "/附件.pdf")).isFalse();
    }

    @Test
    void resolvesFilesAndFoldersInsideAndNothingOutside(@TempDir Path dir) throws Exception {
        Path root = Files.createDirectories(dir.resolve("site")).toRealPath();
        Files.writeString(root.resolve("a.html"), "a");
        Files.createDirectories(root.resolve("xxgk"));
        Files.writeString(dir.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(root.resolve("out.txt"), dir.resolve("secret.txt"));
        Files.createSymbolicLink(root.resolve("out"), dir);
        Files.createSymbolicLink(root.resolve("in.html"), root.resolve("a.html"));

        assertThat(SitePaths.resolve(root, "/a.html")).isEqualTo(root.resolve("a.html"));
        assertThat(SitePaths.resolve(root, "/xxgk")).isEqualTo(root.resolve("xxgk"));
        assertThat(SitePaths.resolve(root, "/")).isEqualTo(root);
        assertThat(SitePaths.resolve(root, "/in.html"))
                .as("a link inside is followed")
                .isEqualTo(root.resolve("a.html"));
        assertThat(SitePaths.resolve(root, "/nosuch.html")).isNull();
        assertThat(SitePaths.resolve(root, "/../secret.txt")).as("climbing out").isNull();
        assertThat(SitePaths.resolve(root, "/xxgk/../../secret.txt"))
                .as("climbing out")
                .isNull();
        assertThat(SitePaths.resolve(root, "/out.txt"))
                .as("a link to a file outside")
                .isNull();
        assertThat(SitePaths.resolve(root, "/out/secret.txt"))
                .as("through a link to a folder outside")
                .isNull();
    }

    @Test
    void aFileThatIsNeitherFileNorFolderIsNotServed(@TempDir Path dir) throws Exception {
        Path root = dir.toRealPath();
        Process p = new ProcessBuilder("mkfifo", root.resolve("pipe").toString()).start();
        Assumptions.assumeTrue(p.waitFor() == 0, "mkfifo is not available");
        assertThat(SitePaths.resolve(root, "/pipe")).isNull();
    }
}
