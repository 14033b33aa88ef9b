package cn.gov.jinjiang.gksite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gksite build --out DIR} never empties a folder that is not gksite's (issue 14, defect 1): each
 * hostile or careless {@code --out} exits 2 with {@code output.refused} and leaves every file where it was.
 * Only places inside temporary folders are tried here (the system folders are OutputGuardTest's, which
 * never writes), so the test is safe to run with the guard removed.
 */
class BuildOutTest {
    private final CliRun cli = new CliRun();

    @TempDir
    Path dir;

    Path source;
    Map<String, byte[]> before;

    @BeforeEach
    void aSiteUnderVersionControl() {
        source = TestSites.repoSite(dir.resolve("src"));
        TestSites.write(source.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        before = TestSites.snapshot(dir);
    }

    private void assertRefused(String out, String why) {
        cli.reset();
        assertThat(cli.run("build", "--source", source.toString(), "--out", out))
                .as(out)
                .isEqualTo(ExitCodes.USAGE_OR_ENVIRONMENT);
        assertThat(cli.err())
                .as(out)
                .contains("[output.refused]")
                .contains(why)
                .doesNotContain("内部错误")
                .doesNotContain("Exception")
                .doesNotContain("构建完成");
        Map<String, byte[]> now = TestSites.snapshot(dir);
        assertThat(now.keySet())
                .as("nothing added or removed by --out %s", out)
                .containsExactlyInAnyOrderElementsOf(before.keySet());
        before.forEach((path, bytes) ->
                assertThat(now.get(path)).as("%s after --out %s", path, out).isEqualTo(bytes));
    }

    @Test
    void theSourceItsParentAndItsFoldersAreRefused() throws IOException {
        assertRefused(source.toString(), "站点源目录本身");
        assertRefused(source.resolve("../src/").toString(), "站点源目录本身");
        assertRefused(dir.toString(), "包含站点源目录");
        assertRefused(source.resolve("content").toString(), "在站点源目录之中");
        assertRefused(source.resolve("content/xxgk").toString(), "在站点源目录之中");
        assertRefused(source.resolve("site/www").toString(), "在站点源目录之中");
        assertRefused(Files.createSymbolicLink(dir.resolve("link"), source).toString(), "站点源目录本身");
        assertThat(source.resolve("site.yaml")).exists();
        assertThat(source.resolve(".git/HEAD")).exists();
    }

    @Test
    void aFolderWithSomeoneElsesFilesAndAFileAreRefused() {
        TestSites.write(dir.resolve("photos/2024/a.jpg"), new byte[] {1, 2, 3});
        TestSites.write(dir.resolve("notes.txt"), "mine");
        before = TestSites.snapshot(dir);
        assertRefused(dir.resolve("photos").toString(), "2024/a.jpg");
        assertRefused(dir.resolve("notes.txt").toString(), "是一个文件");
    }

    @Test
    void theRootIsACleanRefusal() {
        assertRefused("/", "根目录");
    }

    @Test
    void theHomeFolderIsRefused() {
        Path home = dir.resolve("home/editor");
        TestSites.write(home.resolve(".profile"), "# mine\n");
        before = TestSites.snapshot(dir);
        String saved = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
        try {
            assertRefused(home.toString(), "当前用户的主目录");
            assertRefused(home.getParent().toString(), "包含当前用户的主目录");
        } finally {
            System.setProperty("user.home", saved);
        }
    }

    @Test
    void aFolderThatIsNoSiteGetsNothingCreatedInIt() throws IOException {
        Path notASite = Files.createDirectories(dir.resolve("downloads"));
        TestSites.write(notASite.resolve("a.txt"), "mine");
        assertThat(cli.run("build", "--source", notASite.toString())).isEqualTo(ExitCodes.USAGE_OR_ENVIRONMENT);
        assertThat(cli.err()).contains("[config.missing]");
        assertThat(TestSites.snapshot(notASite).keySet()).containsExactly("a.txt");
        try (var entries = Files.list(notASite)) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactly("a.txt");
        }
    }

    @Test
    void aRefusalUnderJsonIsOneJsonLine() {
        assertThat(cli.run("build", "--source", source.toString(), "--out", source.toString(), "--format", "json"))
                .isEqualTo(ExitCodes.USAGE_OR_ENVIRONMENT);
        assertThat(cli.out().lines().toList())
                .singleElement()
                .asString()
                .startsWith("{\"file\":\"" + source + "\",")
                .contains("\"code\":\"output.refused\"");
    }

    @Test
    void aMissingAnEmptyAndItsOwnFolderAreAccepted() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThat(cli.run("build", "--source", source.toString(), "--out", empty.toString()))
                .isZero();
        assertThat(empty.resolve("index.html")).exists();
        assertThat(empty.resolve(".gksite-output")).exists();
        assertThat(cli.run("build", "--source", source.toString(), "--out", empty.toString()))
                .isZero();
        assertThat(cli.run(
                        "build",
                        "--source",
                        source.toString(),
                        "--out",
                        dir.resolve("new/www").toString()))
                .isZero();
        assertThat(cli.run("build", "--source", source.toString())).isZero();
        assertThat(cli.run("build", "--source", source.toString())).isZero();
        assertThat(source.resolve("site/index.html")).exists();
    }
}
