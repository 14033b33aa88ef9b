package cn.gov.jinjiang.gksite.build;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.testing.TestSites;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same input, byte-identical output: two builds of the site, in two different folders, compared file by file. */
class DeterminismIT {
    @Test
    void twoBuildsAreByteIdentical(@TempDir Path a, @TempDir Path b) {
        BuildResult first = Builds.build(TestSites.repoSite(a));
        BuildResult second = Builds.build(TestSites.repoSite(b));
        assertThat(first.ok()).isTrue();
        assertThat(second.ok()).isTrue();
        Map<String, byte[]> one = TestSites.snapshot(a.resolve("site"));
        Map<String, byte[]> two = TestSites.snapshot(b.resolve("site"));
        assertThat(one).isNotEmpty();
        assertThat(two.keySet()).isEqualTo(one.keySet());
        one.forEach((path, bytes) -> assertThat(two.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void rebuildingInPlaceGivesTheSameBytes(@TempDir Path a) {
        Path site = TestSites.repoSite(a);
        Builds.build(site);
        Map<String, byte[]> one = TestSites.snapshot(site.resolve("site"));
        Builds.build(site);
        Map<String, byte[]> two = TestSites.snapshot(site.resolve("site"));
        assertThat(two.keySet()).isEqualTo(one.keySet());
        one.forEach((path, bytes) -> assertThat(two.get(path)).as(path).isEqualTo(bytes));
    }
}
