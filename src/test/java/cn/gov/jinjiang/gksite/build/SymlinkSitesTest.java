package cn.gov.jinjiang.gksite.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.content.PageScaffold;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Symbolic links in a site's sources, built as an attacker or a careless editor would plant them: a link out
 * of the source folder is refused at the link's path and never copied; a link inside it is followed, files
 * and folders alike; loops and second paths to one folder are refused.
 */
class SymlinkSitesTest {
    private static final String PAGE = "---\ntitle: 页面\n---\n\n正文。\n";

    @TempDir
    Path dir;

    private Path site() {
        return TestSites.inline(
                dir.resolve("src"),
                "content/index.md",
                "---\ntitle: 首页\n---\n\n首页。\n",
                "content/xxgk/index.md",
                "---\ntitle: 信息公开\n---\n\n栏目。\n");
    }

    private static void link(Path link, Path target) throws IOException {
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, target);
    }

    /** The one error of a build, which must not have written anything. */
    private static Diagnostic onlyError(Path site) {
        BuildResult r = Builds.build(site);
        List<Diagnostic> errors = Builds.errors(r);
        assertThat(errors).hasSize(1);
        assertThat(r.written()).isFalse();
        assertThat(site.resolve("site")).doesNotExist();
        return errors.get(0);
    }

    @Test
    void linksToSystemFilesInContentAreRefusedAtTheLink() throws IOException {
        Path site = site();
        for (String target : List.of("/etc/passwd", "/etc/shadow", "/proc/self/environ")) {
            Path link = site.resolve("content/xxgk/leak.txt");
            link(link, Path.of(target));
            Diagnostic d = onlyError(site);
            assertThat(d.code()).as(target).isEqualTo("content.symlink");
            assertThat(d.pos().file()).isEqualTo("content/xxgk/leak.txt");
            assertThat(d.message()).contains("站点目录之外");
            assertThat(d.hint()).isNotBlank();
            Files.delete(link);
        }
    }

    @Test
    void linkedSystemFileNeverReachesTheOutputEvenWhenTheErrorIsSwitchedOff() throws IOException {
        Path site = site();
        TestSites.write(
                site.resolve("site.yaml"),
                TestSites.SITE_YAML + "checks:\n  content.symlink: off\n  theme.symlink: off\n");
        link(site.resolve("content/passwd.txt"), Path.of("/etc/passwd"));
        link(site.resolve("themes/portal/static/js/pw.js"), Path.of("/etc/passwd"));
        BuildResult r = Builds.build(site);
        assertThat(r.written()).isTrue();
        assertThat(site.resolve("site/passwd.txt")).doesNotExist();
        assertThat(site.resolve("site/js/pw.js")).doesNotExist();
        assertThat(TestSites.snapshot(site.resolve("site")).values()).noneMatch(b -> new String(b).contains("root:"));
    }

    @Test
    void linksOutOfTheTreeInThemesAreRefused() throws IOException {
        Path site = site();
        Path stat = site.resolve("themes/portal/static/js/pw.js");
        link(stat, Path.of("/etc/passwd"));
        Diagnostic d = onlyError(site);
        assertThat(d.code()).isEqualTo("theme.symlink");
        assertThat(d.pos().file()).isEqualTo("themes/portal/static/js/pw.js");
        Files.delete(stat);

        Path template = site.resolve("themes/portal/templates/leak.peb");
        link(template, Path.of("/etc/passwd"));
        d = onlyError(site);
        assertThat(d.code()).isEqualTo("theme.symlink");
        assertThat(d.pos().file()).isEqualTo("themes/portal/templates/leak.peb");
        Files.delete(template);

        // A template that replaces page.peb by a link out of the tree: refused, never rendered.
        Path outside = Files.writeString(dir.resolve("page.peb"), "{% extends \"base.peb\" %}SECRET-TEMPLATE");
        Path own = site.resolve("themes/portal/templates/page.peb");
        Files.delete(own);
        link(own, outside);
        BuildResult r = Builds.build(site);
        assertThat(Builds.errors(r)).extracting(Diagnostic::code).contains("theme.symlink");
        assertThat(r.written()).isFalse();
    }

    @Test
    void templatesCannotIncludeFilesByPath() throws IOException {
        Path site = site();
        Files.writeString(dir.resolve("secret.txt"), "SECRET-OUTSIDE");
        TestSites.write(
                site.resolve("themes/portal/templates/page.peb"),
                "{% include \"../../../../secret.txt\" %}{% include \"/etc/passwd\" %}");
        TestSites.write(site.resolve("content/xxgk/a.md"), PAGE);
        BuildResult r = Builds.build(site);
        assertThat(Builds.errors(r)).extracting(Diagnostic::code).containsOnly("render.template-missing");
        assertThat(r.written()).isFalse();
    }

    @Test
    void contentThatIsALinkOutOfTheTreeIsAnErrorNotAnEmptySite() throws IOException {
        Path site = site();
        Path elsewhere = dir.resolve("elsewhere");
        Files.move(site.resolve("content"), elsewhere);
        link(site.resolve("content"), elsewhere);
        assertThatThrownBy(() -> Builds.build(site))
                .isInstanceOf(DiagnosticException.class)
                .satisfies(e -> {
                    Diagnostic d = ((DiagnosticException) e).diagnostics().get(0);
                    assertThat(d.code()).isEqualTo("content.symlink");
                    assertThat(d.pos().file()).isEqualTo("content");
                    assertThat(d.message()).contains("站点目录之外");
                });
        assertThat(site.resolve("site")).doesNotExist();
    }

    @Test
    void siteYamlThatIsALinkOutOfTheTreeIsRefusedUnread() throws IOException {
        Path site = site();
        Files.delete(site.resolve("site.yaml"));
        link(site.resolve("site.yaml"), Path.of("/etc/passwd"));
        assertThatThrownBy(() -> Builds.build(site))
                .isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("config.symlink")
                .hasMessageNotContaining("root");
    }

    @Test
    void aThemeNameCannotLeadOutOfThemes() throws IOException {
        Path site = site();
        TestSites.write(dir.resolve("evil/templates/page.peb"), "EVIL-TEMPLATE");
        TestSites.write(site.resolve("site.yaml"), TestSites.SITE_YAML + "theme: ../../evil\n");
        BuildResult r = Builds.build(site);
        assertThat(Builds.errors(r)).extracting(Diagnostic::code).containsExactly("config.type");
        assertThat(Builds.errors(r).get(0).pos().line()).isEqualTo(9);
    }

    @Test
    void themesThatAreALinkOutOfTheTreeAreRefused() throws IOException {
        Path site = site();
        Path elsewhere = dir.resolve("themes-elsewhere");
        Files.move(site.resolve("themes"), elsewhere);
        link(site.resolve("themes"), elsewhere);
        List<Diagnostic> errors = Builds.errors(Builds.build(site));
        // The refused link is the error; the theme site.yaml names (portal) is still found: it is built in.
        assertThat(errors)
                .extracting(Diagnostic::code)
                .contains("theme.symlink")
                .doesNotContain("render.theme-missing");
        assertThat(errors)
                .filteredOn(d -> d.code().equals("theme.symlink"))
                .extracting(d -> d.pos().file())
                .containsExactly("themes");
    }

    @Test
    void linksInsideTheTreeAreFollowedFilesAndFolders(@TempDir Path other) throws IOException {
        Path site = site();
        // content/ itself a link to a folder of the site, a linked folder, a linked file.
        Files.move(site.resolve("content"), site.resolve("sources"));
        link(site.resolve("content"), Path.of("sources"));
        TestSites.write(site.resolve("shared/s.md"), "---\ntitle: 共享页面\n---\n\n共享正文。\n");
        TestSites.write(site.resolve("shared/附件.pdf"), "%PDF-1.4 shared");
        link(site.resolve("sources/xxgk/shared"), Path.of("../../shared"));
        link(site.resolve("sources/xxgk/b.pdf"), Path.of("../../shared/附件.pdf"));
        BuildResult r = Builds.build(site);
        assertThat(Builds.errors(r)).isEmpty();
        Map<String, byte[]> out = TestSites.snapshot(site.resolve("site"));
        assertThat(out).containsKeys("xxgk/shared/s.html", "xxgk/shared/附件.pdf", "xxgk/b.pdf");
        assertThat(new String(out.get("xxgk/shared/s.html"), StandardCharsets.UTF_8))
                .contains("共享正文");
        assertThat(Files.isSymbolicLink(site.resolve("site/xxgk/b.pdf"))).isFalse();
    }

    @Test
    void loopsAndSecondPathsToOneFolderAreRefused() throws IOException {
        Path site = site();
        link(site.resolve("content/xxgk/loop"), Path.of(".."));
        Diagnostic d = onlyError(site);
        assertThat(d.pos().file()).isEqualTo("content/xxgk/loop");
        assertThat(d.message()).contains("循环");
        Files.delete(site.resolve("content/xxgk/loop"));

        link(site.resolve("content/self"), Path.of("self"));
        d = onlyError(site);
        assertThat(d.pos().file()).isEqualTo("content/self");
        assertThat(d.message()).contains("循环");
        Files.delete(site.resolve("content/self"));

        // content/a → xxgk: the folder already is in the site as content/xxgk; the link is the one refused.
        link(site.resolve("content/a"), Path.of("xxgk"));
        d = onlyError(site);
        assertThat(d.pos().file()).isEqualTo("content/a");
        assertThat(d.message()).contains("content/xxgk");
    }

    @Test
    void linksToHiddenFoldersTheOutputOrNothingAreRefused() throws IOException {
        Path site = site();
        TestSites.write(site.resolve(".git/config"), "[remote] url = secret");
        link(site.resolve("content/git.txt"), Path.of("../.git/config"));
        assertThat(onlyError(site).message()).contains("隐藏");
        Files.delete(site.resolve("content/git.txt"));

        Files.createDirectories(site.resolve("site"));
        link(site.resolve("content/out"), Path.of("../site"));
        BuildResult r = Builds.build(site);
        assertThat(Builds.errors(r)).extracting(Diagnostic::message).anyMatch(m -> m.contains("输出目录"));
        Files.delete(site.resolve("content/out"));
        Files.delete(site.resolve("site"));

        link(site.resolve("content/gone.pdf"), Path.of("nothing-here.pdf"));
        assertThat(onlyError(site).message()).contains("不存在");
    }

    @Test
    void newPageIsNeverWrittenThroughALinkOutOfTheTree() throws IOException {
        Path site = site();
        Path outside = Files.createDirectories(dir.resolve("outside"));
        link(site.resolve("content/out"), outside);
        SourceLayout layout = SourceLayout.of(site, null);
        PageScaffold scaffold = new PageScaffold(Clock.systemUTC());
        var page = scaffold.scaffold(layout, "out/a", "QZ06101-0240", "测试单位", "标题");
        assertThatThrownBy(() -> scaffold.write(layout, page))
                .isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("content.symlink");
        assertThat(outside).isEmptyDirectory();
        scaffold.write(layout, scaffold.scaffold(layout, "xxgk/b", "QZ06101-0240", "测试单位", "标题"));
        assertThat(site.resolve("content/xxgk/b.md")).exists();
    }

    @Test
    void aLinkBombCostsOneVisitPerRealFolder() throws IOException {
        // 30 levels, each folder linking twice to the next: 2^30 paths if links were followed naively.
        Path site = site();
        Path bomb = site.resolve("bomb");
        for (int i = 0; i < 30; i++) {
            Files.createDirectories(bomb.resolve("l" + i));
            Files.createSymbolicLink(bomb.resolve("l" + i).resolve("a"), Path.of("../l" + (i + 1)));
            Files.createSymbolicLink(bomb.resolve("l" + i).resolve("b"), Path.of("../l" + (i + 1)));
        }
        Files.createDirectories(bomb.resolve("l30"));
        link(site.resolve("content/bomb"), Path.of("../bomb/l0"));
        long start = System.nanoTime();
        List<Diagnostic> errors = Builds.errors(Builds.build(site));
        assertThat(System.nanoTime() - start).isLessThan(20_000_000_000L);
        assertThat(errors).isNotEmpty().allMatch(d -> d.code().equals("content.symlink"));
    }
}
