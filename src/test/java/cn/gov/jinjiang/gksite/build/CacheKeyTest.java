package cn.gov.jinjiang.gksite.build;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheKeyTest {
    @TempDir
    Path dir;

    @Test
    void theSecretIsMadeOnceReadableByTheUserOnlyAndKeysDifferFromHomeToHome() throws IOException {
        Path home = dir.resolve("home");
        String key = CacheKey.of(CacheKey.class, home);
        Path secret = home.resolve(CacheKey.SECRET);
        assertThat(secret).isRegularFile();
        assertThat(Files.size(secret)).isEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)))
                .isEqualTo("rw-------");
        assertThat(key).hasSize(64).isEqualTo(CacheKey.of(CacheKey.class, home));
        assertThat(Files.list(secret.getParent())).hasSize(1);
        assertThat(CacheKey.of(CacheKey.class, dir.resolve("other"))).isNotEqualTo(key);
    }

    @Test
    void aSecretThatIsNotOneIsLeftAloneAndThereIsNoCache() throws IOException {
        Path home = dir.resolve("home");
        Path secret = home.resolve(CacheKey.SECRET);
        TestSites.write(secret, "我的文件");
        assertThat(CacheKey.of(CacheKey.class, home)).isNull();
        assertThat(TestSites.read(secret)).isEqualTo("我的文件");

        Path elsewhere = dir.resolve("elsewhere");
        TestSites.write(elsewhere, new byte[32]);
        Files.delete(secret);
        Files.createSymbolicLink(secret, elsewhere);
        assertThat(CacheKey.of(CacheKey.class, home)).isNull();
        assertThat(CacheKey.of(CacheKey.class, null)).isNull();
    }
}
