package cn.gov.jinjiang.gksite.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The places no build and no publish may fill or empty, and real paths (links resolved, missing names kept). */
class SafeFoldersTest {
    private static String refusal(String real, String home) {
        return SafeFolders.refusal(Path.of(real), home == null ? null : Path.of(home))
                .orElse("accepted");
    }

    /** Mutation testing (issue 15): each refusal says which rule it is. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "/                 | -            | 这是根目录。",
                "/                 | /data/me     | 这是根目录。",
                "/srv              | -            | 这是系统目录。",
                "/var/www          | -            | 这是系统目录。",
                "/tmp              | /data/me     | 这是系统目录。",
                "/etc              | -            | 这是系统目录。",
                "/var/lib          | -            | 这是系统目录。",
                "/etc/nginx        | -            | 它在系统目录 /etc 之中。",
                "/usr/share/nginx  | -            | 它在系统目录 /usr 之中。",
                "/var/log/gk/x     | -            | 它在系统目录 /var/log 之中。",
                "/home/editor      | -            | 这是用户的主目录。",
                "/root             | -            | 这是用户的主目录。",
                "/data/me          | /data/me     | 这是当前用户的主目录。",
                "/data             | /data/me     | 它包含当前用户的主目录 /data/me。",
                "/home/editor/www  | -            | accepted",
                "/home/editor/www  | /home/editor | accepted",
                "/root/www         | -            | accepted",
                "/data/gk          | -            | accepted",
                "/data/gk          | /data/me     | accepted",
                "/srv/www          | /data/me     | accepted",
                "/var/www/gk       | -            | accepted",
                "/tmp/build/site   | -            | accepted",
                "/etcetera         | -            | accepted",
                "/data/me/www      | /data/me     | accepted"
            })
    void saysWhichRuleRefusedAFolder(String real, String home, String expected) {
        assertThat(refusal(real, home)).isEqualTo(expected);
    }

    @Test
    void aPathThatDoesNotExistIsNormalisedByName() throws IOException {
        assertThat(SafeFolders.real(Path.of("/nonexistent-gksite/a/../b"))).isEqualTo(Path.of("/nonexistent-gksite/b"));
        assertThat(SafeFolders.real(Path.of("nonexistent-gksite/./x")))
                .isEqualTo(Path.of("").toAbsolutePath().resolve("nonexistent-gksite/x"));
    }

    @Test
    void linksAreFollowedAndTheMissingRestIsKept(@TempDir Path dir) throws IOException {
        Path www = Files.createDirectories(dir.resolve("www"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), www);
        Path realWww = www.toRealPath();
        assertThat(SafeFolders.real(link)).isEqualTo(realWww);
        assertThat(SafeFolders.real(link.resolve("gk/site"))).isEqualTo(realWww.resolve("gk/site"));
        assertThat(SafeFolders.real(link.resolve("../link/gk"))).isEqualTo(realWww.resolve("gk"));
        assertThat(SafeFolders.real(Files.createSymbolicLink(dir.resolve("to-etc"), Path.of("/etc"))
                        .resolve("x")))
                .isEqualTo(Path.of("/etc").toRealPath().resolve("x"));
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("nowhere"));
        assertThatThrownBy(() -> SafeFolders.real(dangling.resolve("x"))).isInstanceOf(NoSuchFileException.class);
    }
}
