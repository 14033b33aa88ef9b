package cn.gov.jinjiang.gksite.build;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.testing.SiteMutations;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build with the cache writes what a build without it writes, byte for byte, and reports the same problems,
 * whatever sequence of edits came before (issue 20's proof of sameness, in one process: each build is a new
 * {@link Pipeline}, so the cache on disk is all they share; {@code BuildCacheIT} does it with separate processes).
 */
class BuildCacheTest {
    @TempDir
    Path dir;

    @Test
    void afterEverySequenceOfEditsTheCachedBuildIsTheCleanBuild() {
        Path site = TestSites.repoSite(dir.resolve("src"));
        Path out = dir.resolve("out");
        Path backup = dir.resolve("backup");
        SiteEdits edits = new SiteEdits(23, site);
        int failed = 0;
        for (int step = 0; step < 14; step++) {
            String what = step == 0 ? "nothing (first build)" : edits.edit() + "; " + edits.edit();
            BuildResult clean = cachedIsClean(site, out, "step " + step + " (" + what + ")");
            failed += clean.written() ? 0 : 1;
            if (!clean.written()) {
                // the editor mends what the build refused: back to the sources of the last build that was written
                restore(backup, site);
            }
            save(site, backup);
        }
        assertThat(Files.isRegularFile(site.resolve(MarkdownCache.FILE))).isTrue();
        // some edits break the site (a hostile snippet), most do not
        assertThat(failed).isBetween(1, 9);
    }

    /**
     * Builds {@code site} into {@code out} with the cache (a new pipeline), then without it, and asserts the two
     * wrote the same files and found the same problems; returns the build without the cache.
     */
    static BuildResult cachedIsClean(Path site, Path out, String what) {
        return cachedIsClean(site, out, what, false);
    }

    /** As {@link #cachedIsClean(Path, Path, String)}, both builds with drafts when {@code drafts}. */
    static BuildResult cachedIsClean(Path site, Path out, String what, boolean drafts) {
        BuildResult cached = new Pipeline().withCache().run(new BuildRequest(site, out, true, drafts, false));
        Map<String, byte[]> cachedFiles = Files.exists(out) ? TestSites.snapshot(out) : Map.of();
        // The clean build writes to the same place (its problems name it), into a copy of what was there, while the
        // cached site waits beside it, untouched, for the next cached build to keep its files.
        Path aside = out.resolveSibling(out.getFileName() + ".cached");
        move(out, aside);
        if (Files.exists(aside)) {
            TestSites.copyTree(aside, out);
        }
        BuildResult clean = new Pipeline().run(new BuildRequest(site, out, true, drafts, false));
        Map<String, byte[]> cleanFiles = Map.of();
        if (Files.exists(out)) {
            cleanFiles = TestSites.snapshot(out);
            TestSites.deleteTree(out);
        }
        move(aside, out);
        assertThat(cleanFiles.keySet()).as("%s: files of site/", what).isEqualTo(cachedFiles.keySet());
        for (Map.Entry<String, byte[]> f : cleanFiles.entrySet()) {
            assertThat(cachedFiles.get(f.getKey()))
                    .as("%s: %s", what, f.getKey())
                    .isEqualTo(f.getValue());
        }
        assertThat(cached.diagnostics()).as("%s: diagnostics", what).isEqualTo(clean.diagnostics());
        assertThat(cached.written()).as("%s: written", what).isEqualTo(clean.written());
        return clean;
    }

    private static void move(Path from, Path to) {
        try {
            if (Files.exists(from)) {
                Files.move(from, to);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void afterHostileDamageTheCachedBuildIsTheCleanBuild() {
        Path site = TestSites.repoSite(dir.resolve("src"));
        Path out = dir.resolve("out");
        Path original = dir.resolve("original");
        save(site, original);
        cachedIsClean(site, out, "first build");
        SiteMutations mutations = new SiteMutations(2026);
        int steps = Integer.getInteger("gksite.cacheMutations", 8);
        for (int step = 0; step < steps; step++) {
            mutations.mutate(site);
            cachedIsClean(site, out, "mutation " + step + ":\n" + mutations.describe());
            restore(original, site);
        }
    }

    /** Copies the sources (not the cache, not the output) of {@code site} to {@code to}. */
    static void save(Path site, Path to) {
        if (Files.exists(to)) {
            TestSites.deleteTree(to);
        }
        for (String part : List.of("content", "themes")) {
            TestSites.copyTree(site.resolve(part), to.resolve(part));
        }
        TestSites.write(to.resolve("site.yaml"), TestSites.read(site.resolve("site.yaml")));
    }

    static void restore(Path from, Path site) {
        for (String part : List.of("content", "themes")) {
            TestSites.deleteTree(site.resolve(part));
            TestSites.copyTree(from.resolve(part), site.resolve(part));
        }
        TestSites.write(site.resolve("site.yaml"), TestSites.read(from.resolve("site.yaml")));
    }

    @Test
    void aCachedBuildShowsTheEditedTextNotTheCachedOne() {
        Path site = TestSites.repoSite(dir.resolve("src"));
        new Pipeline().withCache().run(new BuildRequest(site, null, true));
        Path page = site.resolve("content/xxgk/zfxxgkzl/index.md");
        assertThat(page).exists();
        TestSites.write(page, TestSites.read(page) + "\n新增一段。\n");
        BuildResult r = new Pipeline().withCache().run(new BuildRequest(site, null, true));
        assertThat(r.diagnostics()).noneMatch(Diagnostic::isError);
        assertThat(TestSites.read(site.resolve("site/xxgk/zfxxgkzl/index.html")))
                .contains("新增一段。");
    }

    @Test
    void thePreviewTakesAndKeepsConversionsOfTheCacheAndShowsTheSamePages() {
        Path site = TestSites.repoSite(dir.resolve("src"));
        BuildResult first = new IncrementalBuild(site, dir.resolve("p1"), Clock.systemUTC(), true).full();
        assertThat(site.resolve(MarkdownCache.FILE)).isRegularFile();
        Path page = site.resolve("content/xxgk/zfxxgkzl/index.md");
        TestSites.write(page, TestSites.read(page) + "\n预览中新增的一段。\n");
        BuildResult cached = new IncrementalBuild(site, dir.resolve("p2"), Clock.systemUTC(), true).full();
        BuildResult clean = new IncrementalBuild(site, dir.resolve("p3"), Clock.systemUTC()).full();
        assertThat(cached.diagnostics()).isEqualTo(clean.diagnostics()).isEqualTo(first.diagnostics());
        Map<String, byte[]> p2 = TestSites.snapshot(dir.resolve("p2"));
        Map<String, byte[]> p3 = TestSites.snapshot(dir.resolve("p3"));
        assertThat(p2.keySet()).isEqualTo(p3.keySet());
        p3.forEach((path, bytes) -> assertThat(p2.get(path)).as(path).isEqualTo(bytes));
        assertThat(new String(p2.get("xxgk/zfxxgkzl/index.html"), StandardCharsets.UTF_8))
                .contains("预览中新增的一段。");
    }

    @Test
    void withoutTheCacheNothingIsWrittenBesideTheSources() {
        Path site = TestSites.repoSite(dir.resolve("src"));
        new Pipeline().run(new BuildRequest(site, null, true));
        assertThat(site.resolve(".gksite/cache")).doesNotExist();
    }
}
