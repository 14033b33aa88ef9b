package cn.gov.jinjiang.gksite.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of gksite's goes whole; what its links point to stays. */
class FolderRemovalTest {
    @TempDir
    Path dir;

    private Path outside() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside/keep"));
        Files.writeString(outside.resolve("precious.txt"), "x");
        return outside;
    }

    private Path tree(Path outside) throws IOException {
        Path root = Files.createDirectories(dir.resolve(".site.old-abc"));
        Files.writeString(root.resolve(OutputGuard.MARKER), OutputGuard.MARKER_TEXT);
        Files.writeString(Files.createDirectories(root.resolve("a/b/c")).resolve("page.html"), "<p>");
        Files.writeString(root.resolve("index.html"), "<p>");
        Files.createLink(root.resolve("a/hard.html"), root.resolve("index.html"));
        Files.createDirectories(root.resolve("empty/er"));
        Files.createSymbolicLink(root.resolve("a/b/to-folder"), outside);
        Files.createSymbolicLink(root.resolve("to-file"), outside.resolve("precious.txt"));
        Files.createSymbolicLink(root.resolve("dangling"), dir.resolve("nowhere"));
        return root;
    }

    @Test
    void aTreeGoesWithItsLinksButNotWhatTheyPointTo() throws IOException {
        Path outside = outside();
        Path root = tree(outside);

        OutputWriter.deleteTree(root);

        assertThat(root).doesNotExist();
        assertThat(outside.resolve("precious.txt")).hasContent("x");
        assertThat(Files.list(outside)).hasSize(1);
    }

    @Test
    void onLinuxTheOpenFoldersRemoveItAllAndTheMarkerLast() throws IOException {
        Path outside = outside();
        Path root = tree(outside);
        assertThat(FolderRemoval.throughOpenFolders(root)).isTrue();
        assertThat(root).doesNotExist();
        assertThat(outside.resolve("precious.txt")).hasContent("x");
        // a root that is a link is not opened: it is left to the walk, which removes the link itself
        Path link = Files.createSymbolicLink(dir.resolve("staging"), outside);
        assertThat(FolderRemoval.throughOpenFolders(link)).isFalse();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(outside.resolve("precious.txt")).hasContent("x");
        // too deep for the open folders: what they reached is gone, the marker and the rest stay for the walk
        Path deep = Files.createDirectories(dir.resolve("deep"));
        Files.writeString(deep.resolve(OutputGuard.MARKER), OutputGuard.MARKER_TEXT);
        Files.writeString(deep.resolve("top.html"), "<p>");
        Path d = deep;
        for (int i = 0; i < 70; i++) {
            d = d.resolve("d");
        }
        Files.writeString(Files.createDirectories(d).resolve("bottom.html"), "<p>");
        assertThat(FolderRemoval.throughOpenFolders(deep)).isFalse();
        assertThat(deep.resolve("top.html")).doesNotExist();
        assertThat(deep.resolve(OutputGuard.MARKER)).exists();
        assertThat(d.resolve("bottom.html")).exists();
        OutputWriter.deleteTree(deep);
        assertThat(deep).doesNotExist();
    }

    @Test
    void aTreeDeeperThanTheOpenFoldersGoesToo() throws IOException {
        Path root = Files.createDirectories(dir.resolve("staging"));
        Path deep = root;
        for (int i = 0; i < 100; i++) {
            deep = deep.resolve("d");
            Files.writeString(Files.createDirectories(deep).resolve("f" + i), "x");
        }
        OutputWriter.deleteTree(root);
        assertThat(root).doesNotExist();
    }

    @Test
    void aRootThatIsALinkIsRemovedAsALink() throws IOException {
        Path outside = outside();
        Path link = Files.createSymbolicLink(dir.resolve("staging"), outside);
        OutputWriter.deleteTree(link);
        assertThat(Files.exists(link, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(outside.resolve("precious.txt")).hasContent("x");
        OutputWriter.deleteTree(dir.resolve("never-there"));
    }
}
