package cn.gov.jinjiang.gksite.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.publish.ProcessRunner;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gksite hook install} with the real git (issue 21): the hook goes where git runs it, refuses a commit whose
 * site has errors and lets one with warnings only through; a pre-commit hook gksite did not write is never replaced.
 */
class HookInstallerTest {
    @TempDir
    Path dir;

    private ProcessRunner git;

    /** git with no user or system configuration (no hooksPath of the machine's), its home in the test's folder. */
    @BeforeEach
    void isolatedGit() throws IOException {
        TestSites.assumeInstalled("git");
        Path home = Files.createDirectories(dir.resolve("home"));
        git = (command, workDir) -> {
            ProcessBuilder pb = new ProcessBuilder(List.copyOf(command)).directory(workDir.toFile());
            pb.environment().put("HOME", home.toString());
            pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
            pb.environment().put("GIT_CEILING_DIRECTORIES", dir.toString());
            pb.environment().put("GIT_AUTHOR_NAME", "测试");
            pb.environment().put("GIT_AUTHOR_EMAIL", "test@example.org");
            pb.environment().put("GIT_COMMITTER_NAME", "测试");
            pb.environment().put("GIT_COMMITTER_EMAIL", "test@example.org");
            return pb.start();
        };
    }

    private ProcessRunner.Result git(Path in, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("git"));
        cmd.addAll(List.of(args));
        return git.run(cmd, in);
    }

    /** A git repository holding a new site in {@code sub} (or at its top when sub is ""). */
    private Path repoWithSite(String sub) throws IOException {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        assertThat(git(repo, "init", "-q").exitCode()).isZero();
        return NewSites.write(sub.isEmpty() ? repo : repo.resolve(sub));
    }

    /** This gksite as a command: the test JVM's java with the test class path (target/classes and the libraries). */
    private static List<String> gksite() {
        return List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "cn.gov.jinjiang.gksite.cli.Main");
    }

    private DiagnosticException refusal(Path site) {
        return catchThrowableOfType(DiagnosticException.class, () -> new HookInstaller(git).install(site, gksite()));
    }

    @Test
    void theHookRefusesACommitWithErrorsAndLetsWarningsThrough() throws IOException {
        Path site = repoWithSite("网站 源文件");
        HookInstaller.Installed done = new HookInstaller(git).install(site, gksite());
        Path hook = dir.resolve("repo/.git/hooks/pre-commit");
        assertThat(done.hook()).isEqualTo(hook);
        assertThat(done.replaced()).isFalse();
        assertThat(Files.getPosixFilePermissions(hook)).contains(PosixFilePermission.OWNER_EXECUTE);
        assertThat(TestSites.read(hook))
                .startsWith("#!/bin/sh\n" + HookInstaller.MARKER + "\n")
                .contains("site=\"$top/\"'网站 源文件/'");

        // A new site has placeholders (warnings) only: committed.
        assertThat(git(dir.resolve("repo"), "add", "-A").exitCode()).isZero();
        ProcessRunner.Result ok = git(dir.resolve("repo"), "commit", "-q", "-m", "新站点");
        assertThat(ok.exitCode()).as(ok.stderr()).isZero();
        assertThat(site.resolve("site"))
                .as("the hook builds into a temporary folder")
                .doesNotExist();

        // A broken link is an error: refused, nothing committed.
        Path page = site.resolve("content/xxgk/zfxxgkzl/zd/index.md");
        TestSites.write(page, TestSites.read(page) + "\n[坏链接](/nowhere.html)\n");
        git(dir.resolve("repo"), "add", "-A");
        ProcessRunner.Result refused = git(dir.resolve("repo"), "commit", "-q", "-m", "坏链接");
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.stderr()).contains("check.link-broken").contains("提交被拒绝");
        assertThat(git(dir.resolve("repo"), "rev-list", "--count", "HEAD")
                        .stdout()
                        .strip())
                .isEqualTo("1");
    }

    @Test
    void aHookGksiteDidNotWriteIsLeftAlone() throws IOException {
        Path site = repoWithSite("");
        Path hook = dir.resolve("repo/.git/hooks/pre-commit");
        TestSites.write(hook, "#!/bin/sh\necho 本单位自己的检查\n");
        Diagnostic d = refusal(site).diagnostics().get(0);
        assertThat(d.code()).isEqualTo("hook.exists");
        assertThat(d.message()).startsWith("git 仓库中已经有一个不是 gksite 写的提交前钩子");
        assertThat(d.hint()).contains(" build --source \"$(git rev-parse --show-toplevel)/\"'' --out ");
        assertThat(TestSites.read(hook)).isEqualTo("#!/bin/sh\necho 本单位自己的检查\n");

        // a link to a hook that looks like gksite's is still not a file gksite wrote
        Path elsewhere = dir.resolve("hook-elsewhere");
        TestSites.write(elsewhere, "#!/bin/sh\n" + HookInstaller.MARKER + "\n");
        Files.delete(hook);
        Files.createSymbolicLink(hook, elsewhere);
        assertThat(refusal(site).diagnostics().get(0).code()).isEqualTo(HookInstaller.EXISTS);
        assertThat(Files.isSymbolicLink(hook)).isTrue();
    }

    @Test
    void itsOwnHookIsUpdated() throws IOException {
        Path site = repoWithSite("");
        new HookInstaller(git).install(site, List.of("/old/gksite"));
        HookInstaller.Installed again = new HookInstaller(git).install(site, List.of("/opt/gksite 2/bin/gksite"));
        assertThat(again.replaced()).isTrue();
        assertThat(TestSites.read(again.hook()))
                .contains("'/opt/gksite 2/bin/gksite' build")
                .doesNotContain("/old/");
    }

    @Test
    void theHookGoesWhereGitLooksForIt(@TempDir Path other) throws IOException {
        Path site = repoWithSite("");
        assertThat(git(dir.resolve("repo"), "config", "core.hooksPath", ".githooks")
                        .exitCode())
                .isZero();
        assertThat(new HookInstaller(git).install(site, gksite()).hook())
                .isEqualTo(dir.resolve("repo/.githooks/pre-commit"));
        assertThat(dir.resolve("repo/.git/hooks/pre-commit")).doesNotExist();
    }

    @Test
    void noRepositoryOrNoGitIsRefused() throws IOException {
        Path site = NewSites.write(dir.resolve("plain"));
        Diagnostic d = refusal(site).diagnostics().get(0);
        assertThat(d.code()).isEqualTo("hook.no-git");
        assertThat(d.message()).contains("不在 git 仓库中");
        assertThat(d.hint()).contains("git init");

        git = (command, workDir) -> {
            throw new IOException("Cannot run program \"git\"");
        };
        assertThat(refusal(site).diagnostics().get(0).code()).isEqualTo(HookInstaller.NO_GIT);
        assertThat(refusal(site).diagnostics().get(0).message()).contains("找不到 git 程序");
    }

    @Test
    void aFolderWithoutSiteYamlIsNoSite() throws IOException {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        git(repo, "init", "-q");
        assertThat(refusal(repo).diagnostics().get(0).code()).isEqualTo("config.missing");
        assertThat(repo.resolve(".git/hooks/pre-commit")).doesNotExist();
    }

    @Test
    void quotingForShKeepsEveryPathOneWord() {
        assertThat(HookInstaller.sh("/a b/it's/晋江")).isEqualTo("'/a b/it'\\''s/晋江'");
    }
}
