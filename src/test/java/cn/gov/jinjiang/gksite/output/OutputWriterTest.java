package cn.gov.jinjiang.gksite.output;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.render.RenderedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {

    private static RenderedFile page(String path, String text) {
        return new RenderedFile(path, text.getBytes(StandardCharsets.UTF_8), "content/" + path, "page.peb");
    }

    private static void build(Path site, List<RenderedFile> files, List<OutputWriter.Copy> copies) {
        Diagnostics diags = new Diagnostics();
        Staged staged = new OutputWriter().stage(site, files, copies, diags);
        assertThat(diags.hasErrors()).isFalse();
        staged.commit();
    }

    /** A file in content/ with the copy that puts it into the site. */
    private static List<OutputWriter.Copy> attachment(Path dir, String name, byte[] bytes) throws IOException {
        Path file = dir.resolve("content").resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return List.of(new OutputWriter.Copy(name, file, "content/" + name, true));
    }

    private static Object identity(Path p) throws IOException {
        return Files.readAttributes(p, BasicFileAttributes.class).fileKey();
    }

    @Test
    void unchangedFilesKeepTheirIdentityAndTimeChangedOnesAreNew(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        List<OutputWriter.Copy> copies = attachment(dir, "通知.pdf", new byte[200_000]);
        build(site, List.of(page("a.html", "<p>甲</p>"), page("sub/b.html", "<p>乙</p>")), copies);
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        for (String f : List.of("a.html", "sub/b.html", "通知.pdf")) {
            Files.setLastModifiedTime(site.resolve(f), old);
        }
        Object a = identity(site.resolve("a.html"));
        Object b = identity(site.resolve("sub/b.html"));
        Object attachment = identity(site.resolve("通知.pdf"));

        build(site, List.of(page("a.html", "<p>甲</p>"), page("sub/b.html", "<p>乙（改）</p>")), copies);

        assertThat(identity(site.resolve("a.html"))).isEqualTo(a);
        assertThat(Files.getLastModifiedTime(site.resolve("a.html"))).isEqualTo(old);
        assertThat(identity(site.resolve("通知.pdf"))).isEqualTo(attachment);
        assertThat(identity(site.resolve("sub/b.html"))).isNotEqualTo(b);
        assertThat(Files.readString(site.resolve("sub/b.html"))).isEqualTo("<p>乙（改）</p>");
        assertThat(Files.getLastModifiedTime(site.resolve("sub/b.html"))).isNotEqualTo(old);
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("site", "content", ".gksite");
        }
    }

    @Test
    void aChangedAttachmentOfTheSameSizeIsCopiedAgain(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        List<OutputWriter.Copy> copies = attachment(dir, "a.pdf", new byte[100_000]);
        Path pdf = copies.get(0).from();
        build(site, List.of(), copies);
        byte[] changed = new byte[100_000];
        changed[99_999] = 1;
        Files.write(pdf, changed);

        build(site, List.of(), copies);

        assertThat(Files.readAllBytes(site.resolve("a.pdf"))).isEqualTo(changed);
    }

    @Test
    void aDiscardedBuildLeavesTheLinkedFilesOfTheCurrentSiteIntact(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        build(site, List.of(page("a.html", "<p>甲</p>")), List.of());
        OutputWriter.Staging staging = new OutputWriter().open(site);
        staging.write(page("a.html", "<p>甲</p>"));
        staging.discard();

        assertThat(Files.readString(site.resolve("a.html"))).isEqualTo("<p>甲</p>");
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).doesNotContain(".site.new");
            assertThat(Files.list(dir)
                            .filter(p -> p.getFileName().toString().startsWith(".site."))
                            .count())
                    .isZero();
        }
    }

    @Test
    void twoFilesForOneAddressAreAConflictAndTheCurrentSiteIsNotWrittenThrough(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        build(site, List.of(page("news/index_1.html", "<p>列表第二页</p>")), List.of());
        OutputWriter.Staging staging = new OutputWriter().open(site);
        // The first file has the current bytes (so it is linked to the current site's file), the second does not.
        staging.write(page("news/index_1.html", "<p>列表第二页</p>"));
        staging.write(new RenderedFile(
                "news/index_1.html", "<p>另一页面</p>".getBytes(StandardCharsets.UTF_8), "content/other/c.md", "page.peb"));
        Diagnostics diags = new Diagnostics();

        assertThat(staging.finish(List.of(), diags)).isNull();

        assertThat(diags.sorted()).extracting(d -> d.code()).containsExactly("output.conflict");
        assertThat(diags.sorted().get(0).message()).contains("/news/index_1.html", "content/other/c.md");
        assertThat(Files.readString(site.resolve("news/index_1.html"))).isEqualTo("<p>列表第二页</p>");
    }

    @Test
    void aFileChangedByHandIsWrittenAfreshWithTheUsualPermissions(@TempDir Path dir) throws IOException {
        Assumptions.assumeTrue(
                FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path site = dir.resolve("site");
        build(site, List.of(page("a.html", "<p>甲</p>"), page("b.html", "<p>乙</p>")), List.of());
        var usual = Files.getPosixFilePermissions(site.resolve("b.html"));
        Files.setPosixFilePermissions(site.resolve("a.html"), PosixFilePermissions.fromString("rw-------"));

        build(site, List.of(page("a.html", "<p>甲</p>"), page("b.html", "<p>乙</p>")), List.of());

        assertThat(Files.getPosixFilePermissions(site.resolve("a.html"))).isEqualTo(usual);
        Path plain = Files.createDirectory(dir.resolve("plain"));
        assertThat(Files.getPosixFilePermissions(site))
                .as("site/ has the permissions of an ordinary new folder")
                .isEqualTo(Files.getPosixFilePermissions(plain));
    }
}
