package cn.gov.jinjiang.gksite.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.jinjiang.gksite.config.PublishTarget;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The publisher with a fake process runner: what it refuses before starting rsync, and how it calls it. */
class PublisherTest {
    private final List<List<String>> started = new ArrayList<>();

    private Publisher publisher(ProcessRunner runner) {
        return new Publisher(Clock.systemUTC(), runner, new Rsync("rsync"), Path.of("/home/operator"));
    }

    @Test
    void rsyncNotInstalledSaysHowToInstallIt(@TempDir Path dir) {
        Path site = TestSites.repoSite(dir.resolve("src"));
        ProcessRunner none = (command, workDir) -> {
            started.add(command);
            throw new IOException("Cannot run program \"" + command.get(0) + "\": error=2, No such file or directory");
        };
        assertThatThrownBy(() -> publisher(none)
                        .publish(new PublishRequest(site, dir.resolve("www").toString(), false, true, false)))
                .isInstanceOfSatisfying(DiagnosticException.class, e -> {
                    assertThat(e.diagnostics().get(0).code()).isEqualTo("publish.rsync-missing");
                    assertThat(e.diagnostics().get(0).hint()).contains("apt-get install rsync");
                });
        assertThat(started).containsExactly(List.of("rsync", "--version"));
        assertThat(Publisher.buildFolder(site))
                .as("nothing is built before rsync is known to be there")
                .doesNotExist();
    }

    @Test
    void theTargetIsCheckedBeforeAnyProcessStarts(@TempDir Path dir) {
        Path site = TestSites.repoSite(dir.resolve("src"));
        ProcessRunner recording = (command, workDir) -> {
            started.add(command);
            throw new IOException("not expected");
        };
        assertThatThrownBy(() -> publisher(recording).publish(new PublishRequest(site, "/", false, true, true)))
                .hasMessageContaining("publish.target-unsafe");
        assertThat(started).isEmpty();
    }

    @Test
    void rsyncGetsAnArgumentListWithTheSafetyOptions() {
        Rsync rsync = new Rsync("rsync");
        RsyncTarget target = RsyncTarget.parse("www@web1:/var/www/gk", Path.of("/srv/src"), Path.of("/home/op"));
        var settings = new PublishTarget("www@web1:/var/www/gk", List.of("uploads/", "a b/*.pdf"), 0.1, "ssh -p 2222");
        List<String> dry =
                rsync.command(Path.of("/srv/src/.gksite/publish/site"), target, settings, true, -1, List.of());
        assertThat(dry)
                .startsWith("rsync")
                .endsWith("--", "/srv/src/.gksite/publish/site/", "www@web1:/var/www/gk/")
                .contains(
                        "--checksum",
                        "--delete",
                        "--delete-delay",
                        "--delay-updates",
                        "--partial-dir=" + Rsync.PARTIAL_DIR,
                        "--dry-run",
                        "--rsh=ssh -p 2222",
                        "--exclude=uploads/",
                        "--exclude=a b/*.pdf")
                .doesNotContain("--delete-excluded", "--times");
        List<String> real =
                rsync.command(Path.of("/srv/src/.gksite/publish/site"), target, settings, false, 3, List.of());
        assertThat(real).contains("--max-delete=3").doesNotContain("--dry-run");
    }

    @Test
    void anEmptyBuildIsNeverPublished(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> Publisher.siteFiles(dir))
                .isInstanceOfSatisfying(
                        DiagnosticException.class,
                        e -> assertThat(e.diagnostics())
                                .singleElement()
                                .satisfies(d -> assertThat(d.code()).isEqualTo("publish.empty")));
        Files.writeString(dir.resolve("404.html"), "x");
        assertThat(Publisher.siteFiles(dir)).hasSize(1);
    }
}
