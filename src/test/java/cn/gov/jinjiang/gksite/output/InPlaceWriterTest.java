package cn.gov.jinjiang.gksite.output;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.render.RenderedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview's writes in place: a deletion takes the folders it empties, and one already gone is no error. */
class InPlaceWriterTest {
    @TempDir
    Path out;

    private static RenderedFile file(String path) {
        return new RenderedFile(path, path.getBytes(StandardCharsets.UTF_8), "content/a.md", "page");
    }

    @Test
    void aDeletionTakesTheFoldersItEmptiesAndOnesAlreadyGoneAreNoError() throws IOException {
        InPlaceWriter w = new InPlaceWriter(out);
        assertThat(w.write(file("t/s/atom.xml"))).isTrue();
        assertThat(w.write(file("t/b.html"))).isTrue();
        // The feed's folder went first (its section was deleted): deleting its file is no error.
        Files.delete(out.resolve("t/s/atom.xml"));
        Files.delete(out.resolve("t/s"));
        w.delete("t/s/atom.xml");
        assertThat(out.resolve("t/b.html")).exists();
        w.delete("t/b.html");
        assertThat(out.resolve("t")).doesNotExist();
        assertThat(out).exists();
    }
}
