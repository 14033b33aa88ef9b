package cn.gov.jinjiang.gksite.build;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Addresses are checked before anything is written: a bad {@code url:} is an error at its line, a bad file
 * name at the file, a facet folder made from a long 发布机构 is shortened, never an I/O failure with exit 2.
 */
class OutputAddressesTest {
    private static final String INDEX = "---\ntitle: 首页\n---\n\n首页。\n";

    private static Path site(Path dir, String... more) {
        String[] all = new String[more.length + 4];
        all[0] = "content/index.md";
        all[1] = INDEX;
        all[2] = "content/xxgk/index.md";
        all[3] = "---\ntitle: 信息公开\n---\n\n栏目。\n";
        System.arraycopy(more, 0, all, 4, more.length);
        return TestSites.inline(dir, all);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/a b.html",
                "/a%20b.html",
                "/a?b.html",
                "/a#b.html",
                "/a/./b.html",
                "/a/../b.html",
                "/a//b.html",
                "/con.html",
                "/a\\\\b.html",
                "/a:b.html",
                "/a\\u0000b.html",
                "/a\\u200Eb.html",
                "/x/a.",
                "xxgk/a.html"
            })
    void aBadUrlIsAnErrorAtItsLine(String url, @TempDir Path dir) {
        site(dir, "content/xxgk/a.md", "---\ntitle: 页面\nurl: \"" + url + "\"\n---\n\n正文。\n");
        BuildResult r = Builds.build(dir);
        List<Diagnostic> errors = Builds.errors(r);
        assertThat(errors).extracting(Diagnostic::code).containsExactly("content.url");
        assertThat(errors.get(0).pos()).hasToString("content/xxgk/a.md:3:6");
        assertThat(r.written()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a#b.md", "c?d.md", "e%20f.md", "g h.md", "全角\u3000空格.md", "sub dir/a.md"})
    void aPageWhoseNameCannotBeAnAddressIsAnErrorAtTheFile(String name, @TempDir Path dir) throws IOException {
        Path site = site(dir);
        Path page = site.resolve("content/xxgk").resolve(name);
        Files.createDirectories(page.getParent());
        Files.writeString(page, "---\ntitle: 页面\n---\n\n正文。\n");
        BuildResult r = Builds.build(site);
        List<Diagnostic> errors = Builds.errors(r);
        assertThat(errors).extracting(Diagnostic::code).containsExactly("content.filename");
        assertThat(errors.get(0).pos().file()).isEqualTo("content/xxgk/" + name);
        assertThat(r.written()).isFalse();
    }

    @Test
    void attachmentsMayHaveSpacesAndChineseButNotHashOrPercent(@TempDir Path dir) throws IOException {
        Path site = site(dir, "content/xxgk/a.md", "---\ntitle: 页面\n---\n\n[申请表](附件%201%20申请表.pdf)、[说明](<附件 2.pdf>)\n");
        Files.writeString(site.resolve("content/xxgk/附件 1 申请表.pdf"), "%PDF-1.4 一");
        Files.writeString(site.resolve("content/xxgk/附件 2.pdf"), "%PDF-1.4 二");
        BuildResult ok = Builds.build(site);
        assertThat(Builds.errors(ok)).isEmpty();
        assertThat(site.resolve("site/xxgk/附件 1 申请表.pdf")).exists();

        Files.writeString(site.resolve("content/xxgk/100%.pdf"), "%PDF-1.4 三");
        List<Diagnostic> errors = Builds.errors(Builds.build(site));
        assertThat(errors).extracting(Diagnostic::code).containsExactly("content.filename");
        assertThat(errors.get(0).pos().file()).isEqualTo("content/xxgk/100%.pdf");
    }

    @Test
    void facetFoldersFromLongOrOddPublishersAreValidAndDistinct(@TempDir Path dir) throws IOException {
        String longName = "晋江市人民政府办公室".repeat(8) + "联合发布单位";
        String[] publishers = {longName, longName + "甲", "晋江市/泉州市 ..联合", "晋江市 泉州市 联合", "CON"};
        String[] files = new String[publishers.length * 2 + 4];
        for (int i = 0; i < publishers.length; i++) {
            files[2 * i] = "content/xxgk/ml/d" + i + ".md";
            files[2 * i + 1] = "---\ntitle: 第" + i + "号文件\n索引号: QZ06101-0240-2025-0000" + (i + 1) + "\n发布机构: \""
                    + publishers[i] + "\"\n成文日期: 2025-01-02\n发布日期: 2025-01-03\n---\n\n正文。\n";
        }
        files[publishers.length * 2] = "content/xxgk/ml/index.md";
        files[publishers.length * 2 + 1] = "---\ntitle: 目录\n---\n";
        files[publishers.length * 2 + 2] = "content/xxgk/menu.yaml";
        files[publishers.length * 2 + 3] = "title: 信息公开\nitems:\n  - {label: 按发布机构, url: /xxgk/jg/}\n";
        Path site = site(dir, files);
        BuildResult r = Builds.build(site);
        assertThat(Builds.errors(r)).isEmpty();
        List<String> folders;
        try (Stream<Path> s = Files.list(site.resolve("site/xxgk/jg"))) {
            folders = s.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        }
        assertThat(folders).hasSize(publishers.length);
        assertThat(folders)
                .allMatch(f -> f.getBytes(StandardCharsets.UTF_8).length <= 200)
                .noneMatch(f -> f.contains(" ") || f.contains("..") || f.equalsIgnoreCase("con"));
    }

    @Test
    void aPageAtAReservedOrThemeAddressIsAConflictAtItsUrlLine(@TempDir Path dir) {
        for (String url : List.of(
                "/js/site.js",
                "/css/site.css",
                "/search.html",
                "/wza.html",
                "/sitemap.xml",
                "/robots.txt",
                "/search/meta.json",
                "/search",
                "/js",
                "/index.html/x.html")) {
            Path site = site(
                    dir.resolve(url.replace('/', '_')),
                    "content/xxgk/a.md",
                    "---\ntitle: 页面\nurl: " + url + "\n---\n\n正文。\n");
            List<Diagnostic> errors = Builds.errors(Builds.build(site));
            assertThat(errors).as(url).extracting(Diagnostic::code).containsExactly("output.conflict");
            assertThat(errors.get(0).pos()).as(url).hasToString("content/xxgk/a.md:3:6");
        }
    }

    @Test
    void aPageAtAReportsDataDownloadIsAConflictAtItsUrlLine(@TempDir Path dir) {
        Path site = TestSites.fixture("valid-report", dir);
        TestSites.write(site.resolve("content/other.md"), "---\ntitle: 页面\nurl: /ndbg/2025/data.csv\n---\n\n正文。\n");
        List<Diagnostic> errors = Builds.errors(Builds.build(site));
        assertThat(errors).extracting(Diagnostic::code).containsExactly("output.conflict");
        assertThat(errors.get(0).pos()).hasToString("content/other.md:3:6");
        assertThat(errors.get(0).message()).contains("content/ndbg/2025/data.yaml");
    }

    @Test
    void thePreviewFindsTheSameConflictsAfterAnEditWithoutWritingThrough(@TempDir Path dir) throws IOException {
        Path site = site(dir.resolve("src"), "content/xxgk/a.md", "---\ntitle: 页面\n---\n\n正文。\n");
        IncrementalBuild build = new IncrementalBuild(site, dir.resolve("out"), Clock.systemUTC());
        assertThat(Builds.errors(build.full())).isEmpty();
        String script = Files.readString(dir.resolve("out/js/site.js"));
        Path page = site.resolve("content/xxgk/a.md");
        for (String url : List.of("/js/site.js", "/404.html", "/search", "/sitemap.xml")) {
            Files.writeString(page, "---\ntitle: 页面\nurl: " + url + "\n---\n\n正文。\n");
            List<Diagnostic> errors = Builds.errors(build.contentChanged(Set.of(page)));
            assertThat(errors).as(url).extracting(Diagnostic::code).containsExactly("output.conflict");
            assertThat(errors.get(0).pos()).as(url).hasToString("content/xxgk/a.md:3:6");
            assertThat(Files.readString(dir.resolve("out/js/site.js"))).as(url).isEqualTo(script);
            assertThat(TestSites.read(dir.resolve("out/404.html"))).as(url).doesNotContain("正文。");
            assertThat(dir.resolve("out/search/meta.json")).as(url).exists();
        }
        Files.writeString(page, "---\ntitle: 页面\n---\n\n正文。\n");
        assertThat(Builds.errors(build.contentChanged(Set.of(page)))).isEmpty();
        assertThat(Builds.errors(build.full())).isEmpty();
        assertThat(Files.readString(dir.resolve("out/js/site.js"))).isEqualTo(script);
    }
}
