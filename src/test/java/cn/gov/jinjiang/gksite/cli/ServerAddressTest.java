package cn.gov.jinjiang.gksite.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build server's folder is this user's alone, or no server is used; its socket's name follows all it depends on. */
class ServerAddressTest {
    @TempDir
    Path tmp;

    @Test
    void aMissingFolderIsMadePrivate() throws Exception {
        Path dir = tmp.resolve("gksite");
        ServerAddress.ensurePrivate(dir);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)))
                .isEqualTo("rwx------");
        ServerAddress.ensurePrivate(dir); // and it stays usable
    }

    @Test
    void aFolderOthersCanEnterIsRefused() throws Exception {
        for (String mode : new String[] {"rwxr-xr-x", "rwx-----x", "rwx---r--", "rwx--x---", "r-x------"}) {
            Path dir = Files.createDirectories(tmp.resolve(mode));
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString(mode));
            assertThatThrownBy(() -> ServerAddress.ensurePrivate(dir))
                    .as(mode)
                    .isInstanceOf(ServerAddress.Unsafe.class)
                    .hasMessageContaining(mode);
        }
    }

    @Test
    void aLinkOrAFileInTheFoldersPlaceIsRefused() throws Exception {
        Path real = tmp.resolve("real");
        ServerAddress.ensurePrivate(real);
        Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
        assertThatThrownBy(() -> ServerAddress.ensurePrivate(link)).isInstanceOf(ServerAddress.Unsafe.class);
        Path file = Files.writeString(tmp.resolve("file"), "x");
        assertThatThrownBy(() -> ServerAddress.ensurePrivate(file)).isInstanceOf(ServerAddress.Unsafe.class);
    }

    @Test
    void aFolderOfAnotherUserIsRefused() throws Exception {
        Path dir = tmp.resolve("theirs");
        ServerAddress.ensurePrivate(dir);
        var lookup = dir.getFileSystem().getUserPrincipalLookupService();
        String other = System.getProperty("user.name").equals("nobody") ? "root" : "nobody";
        try {
            Files.setOwner(dir, lookup.lookupPrincipalByName(other));
        } catch (IOException e) {
            Assumptions.abort("cannot give a folder away here (not root): " + e);
        }
        assertThatThrownBy(() -> ServerAddress.ensurePrivate(dir))
                .isInstanceOf(ServerAddress.Unsafe.class)
                .hasMessageContaining("belongs to");
    }

    @Test
    void theFolderIsUnderTheRuntimeFolderElseInTmpByUserId() throws Exception {
        assertThat(ServerAddress.folder(Map.of("XDG_RUNTIME_DIR", tmp.toString())))
                .isEqualTo(tmp.resolve("gksite"));
        Path fallback = ServerAddress.folder(Map.of());
        assertThat(fallback.getParent()).isEqualTo(Path.of("/tmp"));
        assertThat(fallback.getFileName().toString()).matches("gksite-[0-9]+");
        assertThat(ServerAddress.folder(Map.of("XDG_RUNTIME_DIR", "relative"))).isEqualTo(fallback);
        assertThat(ServerAddress.folder(
                        Map.of("XDG_RUNTIME_DIR", tmp.resolve("missing").toString())))
                .isEqualTo(fallback);
    }

    @Test
    void theSocketsNameChangesWithTheKeyAndTheJar() throws Exception {
        Path jar = Files.writeString(tmp.resolve("gksite.jar"), "one");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_700_000_000_250L));
        assertThat(ServerAddress.identity("key", jar)).isEqualTo("key\n3\n1700000000");
        String name = ServerAddress.digest(ServerAddress.identity("key", jar));
        assertThat(name).matches("[0-9a-f]{16}");
        assertThat(ServerAddress.digest(ServerAddress.identity("key2", jar))).isNotEqualTo(name);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_700_000_001_000L));
        assertThat(ServerAddress.digest(ServerAddress.identity("key", jar))).isNotEqualTo(name);
        Files.writeString(jar, "other");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_700_000_000_250L));
        assertThat(ServerAddress.digest(ServerAddress.identity("key", jar))).isNotEqualTo(name);
        // whole seconds down, as stat has them, before 1970 too (Java sets no time before 1970: QuickClientTest)
        assertThat(ServerAddress.seconds(FileTime.fromMillis(-1500))).isEqualTo(-2);
        assertThat(ServerAddress.seconds(FileTime.fromMillis(1500))).isEqualTo(1);
    }

    @Test
    void theNameIsTheFnv1aHashOfTheIdentitysUtf8Bytes() {
        // the published test vectors of 64-bit FNV-1a, and one with Chinese (UTF-8, bytes above 127)
        assertThat(ServerAddress.digest("")).isEqualTo("cbf29ce484222325");
        assertThat(ServerAddress.digest("a")).isEqualTo("af63dc4c8601ec8c");
        assertThat(ServerAddress.digest("foobar")).isEqualTo("85944171f73967e8");
        assertThat(ServerAddress.digest("晋江")).isEqualTo("95c26604130431a9");
    }

    @Test
    void theAddressIsInThePrivateFolder() throws Exception {
        Path jar = Files.writeString(tmp.resolve("gksite.jar"), "one");
        ServerAddress a = ServerAddress.of(Map.of("XDG_RUNTIME_DIR", tmp.toString()), "k", jar);
        assertThat(a.socket().getParent()).isEqualTo(tmp.resolve("gksite"));
        assertThat(a.socket().getFileName().toString()).endsWith(".sock");
        assertThat(a.lock().getFileName().toString())
                .isEqualTo(a.socket().getFileName().toString().replace(".sock", ".lock"));
        Files.setPosixFilePermissions(tmp.resolve("gksite"), PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThatThrownBy(() -> ServerAddress.of(Map.of("XDG_RUNTIME_DIR", tmp.toString()), "k", jar))
                .isInstanceOf(ServerAddress.Unsafe.class);
    }
}
