package cn.gov.jinjiang.gksite.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reusing a file of the current site is decided by its bytes, read back through the link just made: never by its size
 * alone, at every place of a file longer than the read buffer (64 KiB), and for a kept page by the CRC-32C the last
 * build recorded.
 */
class UnchangedTest {
    @TempDir
    Path dir;

    private Path current;
    private Path staging;
    private Unchanged unchanged;

    /** A time after any file of the test was made: nothing touched them since. */
    private static final long LATER =
            TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis()) + TimeUnit.HOURS.toNanos(1);

    @BeforeEach
    void folders() throws IOException {
        current = Files.createDirectories(dir.resolve("site"));
        staging = Files.createDirectories(dir.resolve("staging"));
        unchanged = Unchanged.in(staging);
    }

    /** Bytes of {@code n} that differ at each place from those of another seed. */
    private static byte[] bytes(int n, int seed) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) ('a' + (i * 7 + seed) % 26);
        }
        return b;
    }

    private static byte[] changedAt(byte[] b, int at) {
        byte[] c = b.clone();
        c[at] = (byte) (c[at] == 'x' ? 'y' : 'x');
        return c;
    }

    private Path file(String name, byte[] b) throws IOException {
        return Files.write(current.resolve(name), b);
    }

    @Test
    void aFileIsLinkedOnlyWhenItHoldsTheSameBytesNotJustAsMany() throws IOException {
        for (int n : new int[] {1, 100, 65_536, 65_537, 200_000}) {
            byte[] old = bytes(n, 0);
            Path file = file("p" + n + ".html", old);
            for (int at : new int[] {0, n / 2, n - 1}) {
                Path target = staging.resolve("changed-" + n + "-" + at + ".html");
                assertThat(unchanged.link(file, changedAt(old, at), target))
                        .as("%d bytes, changed at %d", n, at)
                        .isFalse();
                assertThat(target).doesNotExist();
            }
            Path shorter = staging.resolve("shorter-" + n + ".html");
            assertThat(unchanged.link(file, Arrays.copyOf(old, n - 1), shorter)).isFalse();
            assertThat(shorter).doesNotExist();
            Path same = staging.resolve("same-" + n + ".html");
            assertThat(unchanged.link(file, old.clone(), same)).isTrue();
            assertThat(Files.isSameFile(same, file)).isTrue();
        }
    }

    @Test
    void aFileIsLinkedLikeAnotherOnlyWithTheSameBytes() throws IOException {
        byte[] old = bytes(70_000, 1);
        Path file = file("a.pdf", old);
        Path from = Files.write(dir.resolve("from.pdf"), changedAt(old, 69_999));
        assertThat(unchanged.linkIfSame(file, from, staging.resolve("a.pdf"))).isFalse();
        assertThat(staging.resolve("a.pdf")).doesNotExist();
        Files.write(from, old);
        assertThat(unchanged.linkIfSame(file, from, staging.resolve("a.pdf"))).isTrue();
        assertThat(Files.isSameFile(staging.resolve("a.pdf"), file)).isTrue();
    }

    /** A page kept from the last build: its CRC-32C must be the one recorded, over the whole file. */
    @Test
    void aPageIsKeptOnlyWithTheCrcTheLastBuildRecorded() throws IOException {
        for (int n : new int[] {10, 65_536, 150_000}) {
            byte[] old = bytes(n, 2);
            Path file = file("k" + n + ".html", old);
            for (int at : new int[] {0, n - 1}) {
                Path target = staging.resolve("other-" + n + "-" + at + ".html");
                String other = OutputManifest.Entry.crcOf(changedAt(old, at));
                assertThat(unchanged.keep(file, other, LATER, target))
                        .as("%d bytes, changed at %d", n, at)
                        .isFalse();
                assertThat(target).doesNotExist();
            }
            String crc = OutputManifest.Entry.crcOf(old);
            Path cut = staging.resolve("cut-" + n + ".html");
            assertThat(unchanged.keep(file, OutputManifest.Entry.crcOf(Arrays.copyOf(old, n - 1)), LATER, cut))
                    .isFalse();
            assertThat(unchanged.keep(file, "", LATER, cut)).isFalse();
            assertThat(cut).doesNotExist();
            Path kept = staging.resolve("kept-" + n + ".html");
            assertThat(unchanged.keep(file, crc, LATER, kept)).isTrue();
            assertThat(Files.isSameFile(kept, file)).isTrue();
            // touched after the time the last build's site was in place: not kept, whatever it holds
            Path late = staging.resolve("late-" + n + ".html");
            assertThat(unchanged.keep(file, crc, 0, late)).isFalse();
            assertThat(late).doesNotExist();
        }
    }

    @Test
    void aFileOfTheLastBuildIsReadBackOnlyWithItsCrc() throws IOException {
        byte[] old = "{\"index\":[1,2,3]}".getBytes(StandardCharsets.UTF_8);
        Path file = file("shard.json", old);
        assertThat(unchanged.read(file, OutputManifest.Entry.crcOf(old), LATER)).isEqualTo(old);
        assertThat(unchanged.read(file, OutputManifest.Entry.crcOf(changedAt(old, 3)), LATER))
                .isNull();
        assertThat(unchanged.read(file, "", LATER)).isNull();
        assertThat(unchanged.read(file, OutputManifest.Entry.crcOf(old), 0)).isNull();
        assertThat(unchanged.read(current.resolve("missing.json"), OutputManifest.Entry.crcOf(old), LATER))
                .isNull();
        Path link = Files.createSymbolicLink(current.resolve("link.json"), file);
        assertThat(unchanged.read(link, OutputManifest.Entry.crcOf(old), LATER)).isNull();
        assertThat(unchanged.keep(link, OutputManifest.Entry.crcOf(old), LATER, staging.resolve("link.json")))
                .isFalse();
        assertThat(Files.exists(staging.resolve("link.json"), LinkOption.NOFOLLOW_LINKS))
                .isFalse();
    }
}
