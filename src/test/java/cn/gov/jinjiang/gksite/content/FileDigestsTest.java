package cn.gov.jinjiang.gksite.content;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader fingerprints every page and data file it reads, and a fingerprint changes with any byte. */
class FileDigestsTest {
    @TempDir
    Path dir;

    @Test
    void theLoaderFingerprintsEveryPageAndDataFileItReadsEvenOnesItCannotParse() {
        Path site = TestSites.inline(
                dir,
                "content/index.md",
                "---\ntitle: 首页\n---\n正文\n",
                "content/a/b.md",
                "---\ntitle: 乙\n---\n正文\n",
                "content/a/menu.yaml",
                "items: []\n",
                "content/a/broken.md",
                "---\ntitle: [\n---\n",
                "content/a/f.pdf",
                "%PDF-1.4\n");
        FileDigests digests = new FileDigests();
        new ContentLoader(digests, null).load(SourceLayout.of(site, null), new Diagnostics());
        assertThat(digests.all().keySet())
                .containsExactlyInAnyOrder(
                        "content/index.md", "content/a/b.md", "content/a/menu.yaml", "content/a/broken.md");
        byte[] b = TestSites.read(site.resolve("content/a/b.md")).getBytes(StandardCharsets.UTF_8);
        assertThat(digests.of("content/a/b.md")).isEqualTo(FileDigests.of(b));
        assertThat(digests.of("content/a/f.pdf")).isNull();
        // what it gives is a copy: the loader's own cannot be changed through it
        digests.of("content/a/b.md")[0] ^= 1;
        digests.all().get("content/a/b.md")[0] ^= 1;
        assertThat(digests.of("content/a/b.md")).isEqualTo(FileDigests.of(b));
        // the plain loader fingerprints nothing
        new ContentLoader().load(SourceLayout.of(site, null), new Diagnostics());
    }

    @Test
    void aFingerprintChangesWithAnyByteAndWithTheLength() {
        byte[] text = "---\ntitle: 甲\n---\n晋江市人民政府办公室\n".getBytes(StandardCharsets.UTF_8);
        byte[] f = FileDigests.of(text);
        assertThat(f).hasSize(FileDigests.BYTES);
        assertThat(FileDigests.of(text.clone())).isEqualTo(f);
        for (int i = 0; i < text.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] changed = text.clone();
                changed[i] ^= (byte) (1 << bit);
                byte[] g = FileDigests.of(changed);
                // the length is the same, and each checksum differs on its own
                assertThat(Arrays.copyOfRange(g, 0, 8)).isEqualTo(Arrays.copyOfRange(f, 0, 8));
                assertThat(Arrays.copyOfRange(g, 8, 12)).isNotEqualTo(Arrays.copyOfRange(f, 8, 12));
                assertThat(Arrays.copyOfRange(g, 12, 16)).isNotEqualTo(Arrays.copyOfRange(f, 12, 16));
            }
        }
        assertThat(FileDigests.of(Arrays.copyOf(text, text.length + 1))).isNotEqualTo(f);
        assertThat(FileDigests.of(new byte[0])).isNotEqualTo(FileDigests.of(new byte[1]));
    }
}
