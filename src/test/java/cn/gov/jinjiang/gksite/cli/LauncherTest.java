package cn.gov.jinjiang.gksite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.testing.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script's first build (issue 17): Maven runs quietly and prints no colour codes. Debian's Maven 3.8
 * writes bare resets ("[0m[0m[0m[0m") at exit even in batch mode unless jansi is told not to; the launcher must
 * say so. A stand-in mvn on the PATH records how it was called (and fails, so nothing else runs).
 */
class LauncherTest {
    @Test
    void mavenIsCalledInBatchModeQuietlyWithoutColourResets(@TempDir Path dir) throws Exception {
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo.resolve("src/main"));
        Files.copy(TestSites.REPO.resolve("gksite"), repo.resolve("gksite"));
        Files.writeString(repo.resolve("pom.xml"), "<project/>\n");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path record = dir.resolve("mvn-called.txt");
        Path mvn = bin.resolve("mvn");
        Files.writeString(
                mvn,
                "#!/usr/bin/env bash\nprintf '%s\\n' \"MAVEN_OPTS=${MAVEN_OPTS:-}\" \"ARGS=$*\" > '" + record
                        + "'\nexit 1\n");
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        ProcessBuilder pb = new ProcessBuilder("bash", repo.resolve("gksite").toString(), "build");
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().put("MAVEN_OPTS", "-Xmx512m");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(output).isEqualTo(2);
        String called = Files.readString(record);
        assertThat(called)
                .contains("MAVEN_OPTS=-Xmx512m -Djansi.noreset=true")
                .contains("ARGS=-B -q -DskipTests -Dspotless.check.skip=true -Dcheckstyle.skip=true package");
        assertThat(output).contains("程序构建失败").doesNotContain("\u001b[");
    }
}
