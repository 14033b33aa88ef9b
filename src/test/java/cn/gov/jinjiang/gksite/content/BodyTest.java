package cn.gov.jinjiang.gksite.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A body read with its page, and one read from its file only when asked for, pinned to the bytes it had. */
class BodyTest {
    private static final String PAGE = "---\ntitle: 甲\n---\n\n正文甲\n";

    @TempDir
    Path dir;

    private Path page(String text) throws IOException {
        Path p = dir.resolve("a.md");
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static Body stored(Path p, String asRead) {
        return Body.stored("content/a.md", p, FileDigests.of(asRead.getBytes(StandardCharsets.UTF_8)), 4, false);
    }

    @Test
    void aStoredBodyIsReadWhenFirstAskedForAndThenKept() throws IOException {
        Path p = page(PAGE);
        Body b = stored(p, PAGE);
        assertThat(b.loaded()).isFalse();
        assertThat(b.isBlank()).isFalse();
        assertThat(b.loaded())
                .as("whether it is blank is known without reading")
                .isFalse();
        assertThat(b.text()).isEqualTo("\n正文甲\n");
        assertThat(b.loaded()).isTrue();
        Files.delete(p);
        assertThat(b.text()).as("read once").isEqualTo("\n正文甲\n");
        assertThat(b).isEqualTo(Body.of("\n正文甲\n")).hasSameHashCodeAs(Body.of("\n正文甲\n"));
        assertThat(b).isNotEqualTo(Body.of("正文甲")).isNotEqualTo("\n正文甲\n");
        assertThat(b.hashCode()).isEqualTo("\n正文甲\n".hashCode());
        assertThat(stored(p, PAGE)).as("not read yet").hasToString("<content/a.md>");
    }

    @Test
    void aBodyInMemoryIsLoadedAndKnowsWhetherItIsBlank() {
        assertThat(Body.of(" \n").isBlank()).isTrue();
        assertThat(Body.of("甲").isBlank()).isFalse();
        assertThat(Body.of("甲").loaded()).isTrue();
        assertThat(Body.of("甲")).hasToString("甲");
    }

    @Test
    void aFileChangedSinceIsAnErrorNeverAnotherText() throws IOException {
        Path p = page(PAGE.replace("正文甲", "正文乙"));
        assertChanged(stored(p, PAGE));
        // The same bytes but the body starting on another line, or said blank when it is not: not the page it was.
        page(PAGE);
        assertChanged(Body.stored("content/a.md", p, FileDigests.of(PAGE.getBytes(StandardCharsets.UTF_8)), 5, false));
        assertChanged(Body.stored("content/a.md", p, FileDigests.of(PAGE.getBytes(StandardCharsets.UTF_8)), 4, true));
    }

    @Test
    void aFileRemovedOrReplacedByALinkOrNoLongerUtf8IsAnError() throws IOException {
        Path p = page(PAGE);
        Body b = stored(p, PAGE);
        Files.delete(p);
        assertChanged(b);

        Path elsewhere = dir.resolve("elsewhere.md");
        Files.writeString(elsewhere, PAGE, StandardCharsets.UTF_8);
        Files.createSymbolicLink(p, elsewhere);
        assertChanged(stored(p, PAGE));

        Files.delete(p);
        byte[] gbk = PAGE.getBytes(Charset.forName("GB18030"));
        Files.write(p, gbk);
        assertChanged(Body.stored("content/a.md", p, FileDigests.of(gbk), 4, false));
    }

    @Test
    void aFileIsReadWholeOnlyUpToItsLimitAndOnlyWhenItIsARegularFile() throws IOException {
        Path p = dir.resolve("four");
        Files.write(p, new byte[] {1, 2, 3, 4});
        assertThat(Body.read(p, 4)).containsExactly(1, 2, 3, 4);
        assertThat(Body.read(p, 3)).isNull();
        assertThatThrownBy(() -> Body.read(dir, 10)).isInstanceOf(IOException.class);
    }

    @Test
    void aPageFileSwappedForAPipeIsAnErrorAndNeverWaitedOn() throws Exception {
        Path p = page(PAGE);
        Body b = stored(p, PAGE);
        Files.delete(p);
        Process mkfifo = new ProcessBuilder("mkfifo", p.toString()).start();
        Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo");
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertChanged(b));
    }

    private static void assertChanged(Body b) {
        assertThatThrownBy(b::text).isInstanceOfSatisfying(DiagnosticException.class, e -> {
            assertThat(e.diagnostics()).singleElement().satisfies(d -> {
                assertThat(d.code()).isEqualTo(Body.CHANGED).isEqualTo("content.changed");
                assertThat(d.pos().file()).isEqualTo("content/a.md");
                assertThat(d.message()).contains("构建过程中");
            });
        });
        assertThat(b.loaded()).isFalse();
    }
}
