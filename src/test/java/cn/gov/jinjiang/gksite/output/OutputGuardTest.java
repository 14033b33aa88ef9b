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

    @Test
    void withoutAHomeFolderOnlyTheOtherRulesApply() {
        Path www = dir.resolve("www");
        assertThat(OutputGuard.check(source, www, null)).isEqualTo(www);
        assertThat(OutputGuard.check(source, home.resolve("www"), null)).isEqualTo(home.resolve("www"));
    }

    /** The refusal names the real place only when it differs from what was given. */
    @Test
    void theMessageNamesTheRealPlaceOnlyForALink() throws IOException {
        assertThat(refusal(Path.of("/etc"))).isEqualTo("output.refused: 拒绝把站点写到 /etc：这是系统目录。构建会删除输出目录中原有的全部内容。");
        Path content = source.resolve("content");
        assertThat(refusal(source.resolve("site/../content")))
                .isEqualTo("output.refused: 拒绝把站点写到 " + source.resolve("site/../content")
                        + "：它在站点源目录之中（content），源目录中只有 site/ 可以作为输出目录。构建会删除输出目录中原有的全部内容。");
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("nowhere"));
        assertThat(refusal(dangling))
                .startsWith("output.refused: 拒绝把站点写到 " + dangling + "：无法确定它的实际位置（")
                .doesNotContain("实际位置 ");
        Path link = Files.createSymbolicLink(dir.resolve("link"), content);
        assertThat(refusal(link))
                .startsWith("output.refused: 拒绝把站点写到 " + link + "（实际位置 " + content.toRealPath() + "）：");
    }

    /** Only gksite's own files at the top of an old site/ need no manifest line; a listed path must be a plain file. */
    @Test
    void anOldSitesOwnFilesAreOnlyThoseAtItsTop() throws IOException {
        Path site = source.resolve("site");
        TestSites.write(site.resolve("index.html"), "<p>首页</p>");
        TestSites.write(site.resolve(".gksite-target"), "gksite publish target\n");
        new OutputManifest(List.of(new OutputManifest.Entry("index.html", "content/index.md", "home.peb")))
                .write(OutputManifest.fileFor(site));
        assertThat(refusal(site)).startsWith("accepted");

        TestSites.write(site.resolve(".gksite-partial/index.html"), "<p>半截</p>");
        assertRefused(site, "如 .gksite-partial/index.html。");
        TestSites.deleteTree(site.resolve(".gksite-partial"));

        Path elsewhere = dir.resolve("elsewhere.html");
        TestSites.write(elsewhere, "<p>别处</p>");
        Files.delete(site.resolve("index.html"));
        Files.createSymbolicLink(site.resolve("index.html"), elsewhere);
        assertRefused(site, "如 index.html。");
    }

    @Test
    void aLinkToAMarkedFolderIsNotMarked() throws IOException {
        Path marked = Files.createDirectories(dir.resolve("marked"));
        OutputGuard.mark(marked);
        assertThat(OutputGuard.isMarked(marked)).isTrue();
        assertThat(Files.readString(marked.resolve(OutputGuard.MARKER))).isEqualTo(OutputGuard.MARKER_TEXT);
        assertThat(OutputGuard.isMarked(Files.createSymbolicLink(dir.resolve("link"), marked)))
                .isFalse();
        Path markerIsAFolder = Files.createDirectories(dir.resolve("odd").resolve(OutputGuard.MARKER));
        assertThat(OutputGuard.isMarked(markerIsAFolder.getParent())).isFalse();
        assertThat(OutputGuard.isMarked(dir.resolve("missing"))).isFalse();
    }
}
