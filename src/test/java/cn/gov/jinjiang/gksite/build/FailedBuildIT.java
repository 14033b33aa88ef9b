package cn.gov.jinjiang.gksite.build;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build that fails leaves the previous site/ exactly as it was, and leaves no staging folder behind. */
class FailedBuildIT {

    private static void assertUnchanged(Path site, Map<String, byte[]> before) throws IOException {
        Map<String, byte[]> after = TestSites.snapshot(site.resolve("site"));
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((p, b) -> assertThat(after.get(p)).as(p).isEqualTo(b));
        try (Stream<Path> s = Files.list(site)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".site."));
        }
    }

    @Test
    void contentErrorLeavesPreviousSite(@TempDir Path dir) throws IOException {
        Path site = TestSites.repoSite(dir);
        assertThat(Builds.build(site).ok()).isTrue();
        Map<String, byte[]> before = TestSites.snapshot(site.resolve("site"));

        Path report = site.resolve("content/xxgk/zfxxgkzl/ndbg/2025/data.yaml");
        TestSites.write(
                report,
                TestSites.read(report).replace("本年新收: [20, 0, 0, 0, 0, 0, 20]", "本年新收: [21, 0, 0, 0, 0, 0, 20]"));
        TestSites.write(site.resolve("content/xxgk/new.md"), "---\ntitle: 新页面\n---\n\n新内容\n");
        BuildResult r = Builds.build(site);
        assertThat(r.ok()).isFalse();
        assertThat(r.written()).isFalse();
        assertUnchanged(site, before);
        assertThat(site.resolve("site/xxgk/new.html")).doesNotExist();
    }

    @Test
    void checkErrorLeavesPreviousSite(@TempDir Path dir) throws IOException {
        Path site = TestSites.repoSite(dir);
        assertThat(Builds.build(site).ok()).isTrue();
        Map<String, byte[]> before = TestSites.snapshot(site.resolve("site"));

        Path home = site.resolve("content/index.md");
        TestSites.write(home, TestSites.read(home) + "\n- [不存在的页面](/xxgk/missing.html)\n");
        BuildResult r = Builds.build(site);
        assertThat(Builds.errors(r)).extracting(d -> d.code()).containsExactly("check.link-broken");
        assertUnchanged(site, before);
    }

    @Test
    void templateErrorLeavesPreviousSite(@TempDir Path dir) throws IOException {
        Path site = TestSites.repoSite(dir);
        assertThat(Builds.build(site).ok()).isTrue();
        Map<String, byte[]> before = TestSites.snapshot(site.resolve("site"));

        Path page = site.resolve("themes/portal/templates/page.peb");
        TestSites.write(page, TestSites.read(page).replace("{{ page.title }}", "{{ page.titel }}"));
        TestSites.write(site.resolve("content/xxgk/new.md"), "---\ntitle: 新页面\n---\n\n新内容\n");
        BuildResult r = Builds.build(site);
        assertThat(r.ok()).isFalse();
        assertUnchanged(site, before);
    }
}
