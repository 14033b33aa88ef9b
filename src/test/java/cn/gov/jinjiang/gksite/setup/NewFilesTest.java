package cn.gov.jinjiang.gksite.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new site goes only into a missing or empty folder, and a failed write leaves the folder as it was (issue 21). */
class NewFilesTest {
    private static final List<NewFiles.NewFile> FILES = List.of(
            file("site.yaml", "a: 1\n"), file("content/index.md", "首页\n"), file(".vscode/settings.json", "{}\n"));

    private static NewFiles.NewFile file(String path, String text) {
        return new NewFiles.NewFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Diagnostic refusal(Path dir, List<NewFiles.NewFile> files) {
        DiagnosticException e = (DiagnosticException) Assertions.catchThrowable(() -> NewFiles.write(dir, files));
        assertThat(e).isNotNull();
        return e.diagnostics().get(0);
    }

    @Test
    void writesIntoAMissingFolderAndItsParents(@TempDir Path dir) {
        Path site = dir.resolve("一/晋江 站点");
        assertThat(NewFiles.write(site, FILES)).hasSize(3);
        assertThat(TestSites.snapshot(site)).containsOnlyKeys("site.yaml", "content/index.md", ".vscode/settings.json");
    }

    @Test
    void aFolderWithAnythingInItIsRefusedAndLeftAsItWas(@TempDir Path dir) {
        TestSites.write(dir.resolve("site/notes.txt"), "我的笔记");
        TestSites.write(dir.resolve("site/.hidden"), "x");
        Map<String, byte[]> before = TestSites.snapshot(dir.resolve("site"));
        Diagnostic d = refusal(dir.resolve("site"), FILES);
        assertThat(d.code()).isEqualTo("setup.not-empty");
        assertThat(d.message())
                .startsWith("不能在 ")
                .contains("不是空目录")
                .contains(".hidden")
                .contains("notes.txt");
        assertThat(d.hint()).contains("不会覆盖");
        assertThat(TestSites.snapshot(dir.resolve("site"))).containsOnlyKeys(before.keySet());
    }

    @Test
    void aFileInPlaceOfTheFolderIsRefused(@TempDir Path dir) {
        TestSites.write(dir.resolve("site"), "一个文件");
        assertThat(refusal(dir.resolve("site"), FILES).code()).isEqualTo("setup.not-empty");
        assertThat(TestSites.read(dir.resolve("site"))).isEqualTo("一个文件");
    }

    @Test
    void aFreshCloneWithOnlyGitIsEmptyEnough(@TempDir Path dir) {
        TestSites.write(dir.resolve("site/.git/HEAD"), "ref: refs/heads/main\n");
        NewFiles.write(dir.resolve("site"), FILES);
        assertThat(TestSites.snapshot(dir.resolve("site"))).containsKeys(".git/HEAD", "site.yaml");
        assertThat(TestSites.read(dir.resolve("site/.git/HEAD"))).isEqualTo("ref: refs/heads/main\n");
    }

    /** A file that is already there when it is written (here: the same path twice) is not replaced; all is undone. */
    @Test
    void aFileThatIsThereAlreadyIsNeverReplacedAndWhatWasWrittenIsRemoved(@TempDir Path dir) throws Exception {
        List<NewFiles.NewFile> twice =
                List.of(file("site.yaml", "first\n"), file("content/a/index.md", "页\n"), file("site.yaml", "second\n"));
        Diagnostic d = refusal(dir.resolve("new/site"), twice);
        assertThat(d.code()).isEqualTo("io.write");
        assertThat(d.message()).contains("已写入的文件已经删除");
        assertThat(dir.resolve("new")).doesNotExist();

        Files.createDirectories(dir.resolve("empty"));
        refusal(dir.resolve("empty"), twice);
        assertThat(dir.resolve("empty")).isEmptyDirectory();
    }

    @Test
    void aPathOutOfTheSiteFolderIsNoNewFile() {
        for (String p : List.of("../x", "/etc/x", "a/../../x", "")) {
            assertThatThrownBy(() -> file(p, "x")).as(p).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theRootASystemTreeOrALinkIntoOneIsRefusedAndNothingIsMade(@TempDir Path dir) throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("to-etc"), Path.of("/etc"));
        for (Path p : List.of(
                Path.of("/"),
                Path.of("/etc/gksite-new"),
                Path.of("/usr/share/gksite-new"),
                link.resolve("gksite-new"))) {
            assertThatThrownBy(() -> NewFiles.write(p, List.of(new NewFiles.NewFile("a.txt", new byte[] {1}))))
                    .as("%s", p)
                    .isInstanceOfSatisfying(
                            DiagnosticException.class,
                            e -> assertThat(e.diagnostics().get(0).code()).isEqualTo("setup.refused"));
        }
        assertThat(Path.of("/etc/gksite-new")).doesNotExist();
        assertThat(Path.of("/usr/share/gksite-new")).doesNotExist();
    }
}
