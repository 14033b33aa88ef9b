package cn.gov.jinjiang.gksite.output;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which folders a build may replace (issue 14, defect 1). The guard only decides; nothing here is ever
 * written to the refused places, so the test is safe to run with the guard removed.
 */
class OutputGuardTest {
    @TempDir
    Path dir;

    @TempDir
    Path homes;

    Path source;
    Path home;

    @BeforeEach
    void aSourceFolderAndAHome() {
        source = TestSites.inline(
                dir.resolve("src"), "site.yaml", "site: {}\n", "content/index.md", "---\ntitle: 首页\n---\n");
        home = homes.resolve("editor");
        TestSites.write(home.resolve(".bashrc"), "# mine\n");
    }

    private String refusal(Path output) {
        try {
            Path accepted = OutputGuard.check(source, output, home);
            return "accepted " + accepted;
        } catch (DiagnosticException e) {
            assertThat(e.diagnostics()).hasSize(1);
            return e.diagnostics().get(0).code() + ": " + e.diagnostics().get(0).message();
        }
    }

    private void assertRefused(Path output, String why) {
        assertThat(refusal(output))
                .as(output.toString())
                .startsWith("output.refused: ")
                .contains(why);
    }

    @Test
    void refusesTheSourceItsAncestorsAndEveryFolderInsideItButSite() {
        assertRefused(source, "站点源目录本身");
        assertRefused(source.resolve("."), "站点源目录本身");
        assertRefused(dir, "包含站点源目录");
        assertRefused(Path.of("/"), "根目录");
        assertRefused(source.resolve("content"), "在站点源目录之中");
        assertRefused(source.resolve("themes/x"), "在站点源目录之中");
        assertRefused(source.resolve("site/sub"), "在站点源目录之中");
        assertRefused(source.resolve(".gksite"), "在站点源目录之中");
        assertRefused(source.resolve("site/../content"), "在站点源目录之中");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/etc",
                "/etc/x",
                "/etc/nginx/html",
                "/usr",
                "/usr/share/nginx/html",
                "/var/lib/gk",
                "/var/log/gk",
                "/boot/x",
                "/bin",
                "/sbin/x",
                "/lib/x",
                "/lib64",
                "/proc/self",
                "/sys/x",
                "/dev/x",
                "/run/gk",
                "/root",
                "/home",
                "/home/someone",
                "/tmp",
                "/var",
                "/srv",
                "/opt",
                "/mnt",
                "/var/www"
            })
    void refusesTheRootSystemFoldersAndHomes(String folder) {
        assertThat(refusal(Path.of(folder))).as(folder).startsWith("output.refused: ");
    }

    @Test
    void refusesTheCurrentUsersHomeAndWhatContainsIt() {
        assertRefused(home, "当前用户的主目录");
        assertRefused(home.getParent(), "包含当前用户的主目录");
        assertThat(home.resolve(".bashrc")).exists();
    }

    @Test
    void symbolicLinksAreJudgedByWhereTheyLead() throws IOException {
        Path toSource = Files.createSymbolicLink(dir.resolve("link-src"), source);
        Path toEtc = Files.createSymbolicLink(dir.resolve("link-etc"), Path.of("/etc"));
        Path toContent = Files.createSymbolicLink(dir.resolve("link-content"), source.resolve("content"));
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("nowhere/at/all"));
        assertRefused(toSource, "实际位置 " + source.toRealPath());
        assertRefused(toSource, "站点源目录本身");
        assertRefused(toEtc.resolve("gk"), "系统目录 /etc");
        assertRefused(toContent.resolve("x"), "在站点源目录之中");
        assertRefused(dangling, "无法确定它的实际位置");
        // site/ as a link into the source's content/ is refused too
        Files.createSymbolicLink(source.resolve("site"), source.resolve("content"));
        assertRefused(source.resolve("site"), "在站点源目录之中");
    }

    @Test
    void refusesAFolderWithSomeoneElsesFilesAndAFile() {
        Path notes = dir.resolve("unrelated/notes.txt");
        TestSites.write(notes, "mine\n");
        assertRefused(notes.getParent(), "notes.txt");
        assertRefused(notes.getParent(), "没有标记文件 " + OutputGuard.MARKER);
        assertRefused(notes, "是一个文件");
        assertThat(notes).hasContent("mine");
    }

    @Test
    void acceptsAMissingAnEmptyOrAMarkedFolderAndSite() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path marked = Files.createDirectories(dir.resolve("marked"));
        TestSites.write(marked.resolve("index.html"), "<p>旧</p>");
        OutputGuard.mark(marked);
        assertThat(refusal(dir.resolve("missing/www"))).startsWith("accepted");
        assertThat(refusal(empty)).startsWith("accepted");
        assertThat(refusal(marked)).startsWith("accepted");
        assertThat(refusal(source.resolve("site"))).startsWith("accepted");
        assertThat(refusal(source.resolve(OutputGuard.PUBLISH_FOLDER))).startsWith("accepted");
        assertThat(refusal(Files.createSymbolicLink(dir.resolve("link-marked"), marked)))
                .isEqualTo("accepted " + marked.toRealPath());
    }

    @Test
    void anOldGksitesSiteIsRecognisedByItsManifest() throws IOException {
        Path site = source.resolve("site");
        TestSites.write(site.resolve("index.html"), "<p>首页</p>");
        TestSites.write(site.resolve("css/site.css"), "p{}");
        TestSites.write(site.resolve(".gksite-publish.json"), "{}");
        new OutputManifest(List.of(
                        new OutputManifest.Entry("css/site.css", "themes/portal/static/css/site.css", ""),
                        new OutputManifest.Entry("index.html", "content/index.md", "home.peb")))
                .write(OutputManifest.fileFor(site));
        assertThat(refusal(site)).startsWith("accepted");

        TestSites.write(site.resolve("css/editor-notes.txt"), "mine\n");
        assertRefused(site, "css/editor-notes.txt");
        Files.delete(site.resolve("css/editor-notes.txt"));
        Files.delete(OutputManifest.fileFor(site));
        assertRefused(site, "没有标记文件");
    }

    /** Mutation testing (issue 15): each refusal of SafeFolders says which rule it is. */
    @Test
    void safeFoldersSaysWhichRuleRefusedAFolder() throws IOException {
        assertThat(SafeFolders.refusal(Path.of("/"), null)).hasValue("这是根目录。");
        assertThat(SafeFolders.refusal(Path.of("/srv"), null)).hasValue("这是系统目录。");
        assertThat(SafeFolders.refusal(Path.of("/etc"), null)).hasValue("这是系统目录。");
        assertThat(SafeFolders.refusal(Path.of("/etc/nginx"), null)).hasValue("它在系统目录 /etc 之中。");
        assertThat(SafeFolders.refusal(Path.of("/home/editor"), null)).hasValue("这是用户的主目录。");
        assertThat(SafeFolders.refusal(Path.of("/root"), null)).hasValue("这是用户的主目录。");
        assertThat(SafeFolders.refusal(Path.of("/data/me"), Path.of("/data/me")))
                .hasValue("这是当前用户的主目录。");
        assertThat(SafeFolders.refusal(Path.of("/data"), Path.of("/data/me"))).hasValue("它包含当前用户的主目录 /data/me。");
        assertThat(SafeFolders.refusal(Path.of("/home/editor/www"), null)).isEmpty();
        assertThat(SafeFolders.refusal(Path.of("/srv/www"), Path.of("/data/me")))
                .isEmpty();
        assertThat(SafeFolders.real(Path.of("/nonexistent-gksite/a/../b"))).isEqualTo(Path.of("/nonexistent-gksite/b"));
    }
}
