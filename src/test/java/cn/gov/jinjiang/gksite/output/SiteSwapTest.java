package cn.gov.jinjiang.gksite.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.render.RenderedFile;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The states a killed swap can leave, each recovered by the next start (issue 14, defect 8), and the
 * leftovers that start removes or leaves alone. The states are made by hand here; KilledBuildIT makes them
 * by killing real builds.
 */
class SiteSwapTest {
    @TempDir
    Path dir;

    Path source;
    Path site;

    @BeforeEach
    void aSource() {
        source = TestSites.inline(dir, "content/index.md", "---\ntitle: 首页\n---\n");
        site = source.resolve("site");
    }

    private static RenderedFile page(String path, String text) {
        return new RenderedFile(path, text.getBytes(StandardCharsets.UTF_8), "content/" + path, "page.peb");
    }

    /** A complete build of {@code text} into site/, through the claim as the pipeline does it. */
    private void build(String text) {
        try (OutputClaim claim = OutputClaim.take(source, site, dir.resolve("nohome"))) {
            staged(claim.folder(), text).commit();
        }
    }

    private static Staged staged(Path output, String text) {
        Diagnostics diags = new Diagnostics();
        Staged staged = new OutputWriter()
                .stage(output, List.of(page("index.html", text), page("a/b.html", text + "（乙）")), List.of(), diags);
        assertThat(diags.hasErrors()).isFalse();
        return staged;
    }

    /** What a killed swap leaves after its journal: the staged site and the journal naming it. */
    private Path journalled(String text) throws IOException {
        Staged staged = staged(site.toRealPath(), text);
        staged.manifest().write(manifestFile().resolveSibling("manifest-site.tsv.new"));
        Files.writeString(
                SiteSwap.journal(site), "gksite-swap 1\n" + staged.folder().getFileName() + "\n");
        return staged.folder();
    }

    private Path manifestFile() {
        return OutputManifest.fileFor(site);
    }

    private void recoverByTheNextStart() {
        OutputClaim.take(source, site, dir.resolve("nohome")).close();
    }

    private void assertSiteIs(String text) throws IOException {
        assertThat(site.resolve("index.html")).hasContent(text);
        assertThat(site.resolve("a/b.html")).hasContent(text + "（乙）");
        assertThat(site.resolve(OutputGuard.MARKER)).isRegularFile();
        assertThat(Files.readString(manifestFile())).contains("index.html\tcontent/index.html");
        assertThat(SiteSwap.journal(site)).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> s = Files.list(source)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".site."))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void aSwapLeavingTheOldSiteLeavesItForItsTaskOrElseForTheNextStart() throws IOException {
        build("旧");
        Runnable removeOld;
        try (OutputClaim claim = OutputClaim.take(source, site, dir.resolve("nohome"))) {
            removeOld = staged(claim.folder(), "新").commitLeavingOld();
        }
        assertThat(site.resolve("index.html")).hasContent("新");
        assertThat(leftovers()).singleElement().asString().startsWith(".site.old-");
        removeOld.run();
        assertSiteIs("新");

        // Not run (the process ended first): the next start removes it.
        try (OutputClaim claim = OutputClaim.take(source, site, dir.resolve("nohome"))) {
            staged(claim.folder(), "又新").commitLeavingOld();
        }
        assertThat(leftovers()).hasSize(1);
        recoverByTheNextStart();
        assertSiteIs("又新");

        // A first build has no old site: nothing to remove.
        OutputWriter.deleteTree(site);
        try (OutputClaim claim = OutputClaim.take(source, site, dir.resolve("nohome"))) {
            staged(claim.folder(), "甲").commitLeavingOld().run();
        }
        assertSiteIs("甲");
    }

    @Test
    void killedAfterTheJournalBeforeAnyRenameTheNextStartCompletesTheSwap() throws IOException {
        build("旧");
        journalled("新");

        recoverByTheNextStart();

        assertSiteIs("新");
    }

    /** The state after the first rename: the old site aside, the new one not yet in place. Returns the new one. */
    private Path killedBetweenTheRenames() throws IOException {
        build("旧");
        Path staged = journalled("新");
        SiteSwap.move(site, source.resolve(".site.old-12345"));
        return staged;
    }

    @Test
    void killedBetweenTheTwoRenamesTheSiteIsBackAtTheNextStart() throws IOException {
        Path staged = killedBetweenTheRenames();
        assertThat(site).doesNotExist();
        assertThat(staged).isDirectory();

        recoverByTheNextStart();

        assertSiteIs("新");
    }

    @Test
    void killedAfterBothRenamesTheManifestIsInstalledAndTheOldSiteRemoved() throws IOException {
        SiteSwap.move(killedBetweenTheRenames(), site);
        Files.writeString(manifestFile(), "old.html\tcontent/old.md\tpage.peb\n");

        recoverByTheNextStart();

        assertSiteIs("新");
        assertThat(Files.readString(manifestFile())).doesNotContain("old.html").contains("a/b.html");
    }

    @Test
    void aJournalNamingAnythingButAStagingFolderMovesNothing() throws IOException {
        build("旧");
        Path victim = Files.createDirectories(dir.resolve("victim"));
        TestSites.write(victim.resolve("keep.txt"), "mine");
        OutputGuard.mark(victim);
        for (String name : List.of("../victim", "victim", ".site.new-1/../../victim", ".site.new-", "content")) {
            Files.writeString(SiteSwap.journal(site), "gksite-swap 1\n" + name + "\n");

            recoverByTheNextStart();

            assertThat(victim.resolve("keep.txt")).as(name).hasContent("mine");
            assertSiteIs("旧");
        }
    }

    @Test
    void leftoversGksiteMadeAreRemovedOthersAreLeftAlone() throws IOException {
        build("旧");
        Path staging = new OutputWriter().open(site).folder();
        TestSites.write(staging.resolve("half.html"), "<p>");
        Path oldSite = Files.createDirectories(source.resolve(".site.old-77"));
        TestSites.write(oldSite.resolve("x/index.html"), "<p>旧</p>");
        OutputGuard.mark(oldSite);
        Path empty = Files.createDirectories(source.resolve(".site.new-5"));
        Path someoneElses = Files.createDirectories(source.resolve(".site.old-9"));
        TestSites.write(someoneElses.resolve("notes.txt"), "mine");
        Path otherName = Files.createDirectories(source.resolve(".site.new-x.y"));
        OutputGuard.mark(otherName);

        recoverByTheNextStart();

        assertThat(staging).doesNotExist();
        assertThat(oldSite).doesNotExist();
        assertThat(empty).doesNotExist();
        assertThat(someoneElses.resolve("notes.txt")).hasContent("mine");
        assertThat(otherName).isDirectory();
        assertThat(leftovers()).containsExactly(".site.new-x.y", ".site.old-9");
    }

    @Test
    void theSwapChecksTheFolderAgainAndNeverEmptiesFilesSomeoneAddedDuringTheBuild() throws IOException {
        Files.createDirectories(site);
        Staged staged;
        try (OutputClaim claim = OutputClaim.take(source, site, dir.resolve("nohome"))) {
            staged = staged(claim.folder(), "新");
            TestSites.write(site.resolve("notes.txt"), "mine");

            assertThatThrownBy(staged::commit)
                    .isInstanceOf(DiagnosticException.class)
                    .hasMessageContaining("output.refused")
                    .hasMessageContaining("notes.txt");
        }
        assertThat(site.resolve("notes.txt")).hasContent("mine");
        assertThat(staged.folder()).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void twoBuildsCannotWriteOneOutputAtOnce() {
        try (OutputClaim first = OutputClaim.take(source, site, dir.resolve("nohome"))) {
            assertThat(first).isNotNull();
            assertThatThrownBy(() -> OutputClaim.take(source, site, dir.resolve("nohome")))
                    .isInstanceOf(DiagnosticException.class)
                    .hasMessageContaining("output.busy");
        }
        recoverByTheNextStart();
    }

    @Test
    void anEmptyFolderAndAnOldGksitesSiteAreMarkedAndReplaced() throws IOException {
        TestSites.write(site.resolve("index.html"), "<p>旧</p>");
        new OutputManifest(List.of(new OutputManifest.Entry("index.html", "content/index.md", "home.peb")))
                .write(manifestFile());

        build("新");

        assertSiteIs("新");
        Map<String, byte[]> files = TestSites.snapshot(site);
        assertThat(files.keySet()).containsExactlyInAnyOrder(OutputGuard.MARKER, "index.html", "a/b.html");
    }
}
