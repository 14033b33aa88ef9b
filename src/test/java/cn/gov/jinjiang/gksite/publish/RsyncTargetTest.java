package cn.gov.jinjiang.gksite.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RsyncTargetTest {
    private static final Path SOURCE = Path.of("/srv/gk-src");
    private static final Path HOME = Path.of("/home/operator");

    private static RsyncTarget parse(String t) {
        return RsyncTarget.parse(t, SOURCE, HOME);
    }

    private static String code(String t) {
        try {
            parse(t);
        } catch (DiagnosticException e) {
            return e.diagnostics().get(0).code();
        }
        return "accepted";
    }

    @Test
    void recognisesTheThreeForms() {
        assertThat(parse("/var/www/gk"))
                .isEqualTo(new RsyncTarget(RsyncTarget.Kind.LOCAL, "/var/www/gk/", "/var/www/gk"));
        assertThat(parse("www@web1:/var/www/gk/"))
                .isEqualTo(new RsyncTarget(RsyncTarget.Kind.SSH, "www@web1:/var/www/gk/", "/var/www/gk/"));
        assertThat(parse("web1:htdocs").kind()).isEqualTo(RsyncTarget.Kind.SSH);
        assertThat(parse("rsync://127.0.0.1:8873/gk/www"))
                .isEqualTo(new RsyncTarget(RsyncTarget.Kind.DAEMON, "rsync://127.0.0.1:8873/gk/www/", "/www"));
        assertThat(parse("web1::gk/www").kind()).isEqualTo(RsyncTarget.Kind.DAEMON);
        assertThat(parse("rsync://web1/gk").path()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "//",
                "/root",
                "/root/",
                "/home",
                "/home/editor",
                "/home/editor/",
                "/etc",
                "/usr",
                "/var",
                "/tmp",
                "/home/operator/../operator",
                "www@web1:/",
                "www@web1:/home/www",
                "www@web1:/root",
                "www@web1:",
                "www@web1:~",
                "www@web1:~/",
                "www@web1:.",
                "www@web1:./",
                "www@web1:.//",
                "www@web1:~//",
                "www@web1:~other",
                "www@web1:a/../..",
                "-e sh",
                "/srv/gk-src",
                "/srv",
                "/srv/gk-src/content/x",
                "/srv/gk-src/.gksite/publish",
                "rsync://web1/gk/../x",
                "/srv/gk-src/site-copy",
                "/srv/gk-src/site"
            })
    void refusesTheRootSystemFoldersHomeFoldersAndTheSourceItself(String target) {
        assertThat(code(target)).as(target).isEqualTo("publish.target-unsafe");
    }

    /** Issue 14, defect 9: {@code /etc/nginx} was accepted (and written); every path in a system tree is refused. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "/etc/nginx",
                "/etc/nginx/html",
                "/usr/share/nginx/html",
                "/usr/local/www",
                "/var/lib/gk",
                "/var/log/gk",
                "/boot/efi/x",
                "/bin/x",
                "/sbin/x",
                "/lib/x",
                "/proc/1",
                "/sys/x",
                "/dev/shm/gk",
                "/run/gk",
                "/var/cache/gk",
                "/var/spool/x",
                "/var/www",
                "www@web1:/etc/nginx",
                "www@web1:/usr/share/nginx/html",
                "web1:/var/lib/x",
                "www@web1:/var/www/../../etc"
            })
    void refusesEveryPathInsideASystemFolder(String target) {
        assertThat(code(target)).as(target).isEqualTo("publish.target-unsafe");
    }

    /** Issue 14, defect 9: a link to the source (with --init --force) once deleted the site's own files. */
    @Test
    void localTargetsAreJudgedByWhereTheirLinksLead(@TempDir Path dir) throws Exception {
        Path source = Files.createDirectories(dir.resolve("src"));
        Path www = Files.createDirectories(dir.resolve("www"));
        Path toSource = Files.createSymbolicLink(dir.resolve("to-src"), source);
        Path toContent =
                Files.createSymbolicLink(dir.resolve("to-content"), Files.createDirectories(source.resolve("content")));
        Path toEtc = Files.createSymbolicLink(dir.resolve("to-etc"), Path.of("/etc"));
        Path toParent = Files.createSymbolicLink(dir.resolve("to-parent"), dir);
        Path toWww = Files.createSymbolicLink(dir.resolve("to-www"), www);
        for (Path link : List.of(toSource, toContent, toEtc.resolve("nginx"), toParent, toSource.resolve("site"))) {
            assertThatThrownBy(() -> RsyncTarget.parse(link.toString(), source, HOME))
                    .as(link.toString())
                    .isInstanceOf(DiagnosticException.class)
                    .hasMessageContaining("publish.target-unsafe")
                    .hasMessageContaining("它实际是");
        }
        RsyncTarget ok = RsyncTarget.parse(toWww.toString(), source, HOME);
        assertThat(ok.destination()).as("rsync is given the real folder").isEqualTo(www.toRealPath() + "/");
    }

    @Test
    void refusesTheUsersOwnHomeFolder() {
        assertThat(code("/home/operator")).isEqualTo("publish.target-unsafe");
        assertThatThrownBy(() -> RsyncTarget.parse("/data/me", SOURCE, Path.of("/data/me")))
                .isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("主目录");
    }

    @Test
    void anEmptyTargetSaysWhereToConfigureIt() {
        assertThatThrownBy(() -> parse(" "))
                .isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("publish.target-missing");
        assertThat(code("")).isEqualTo("publish.target-missing");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/var/www/gk",
                "/var/www/html",
                "/srv/www",
                "/data/gk",
                "www@web1:htdocs/gk",
                "www@web1:~/htdocs",
                "/srv/gk-src-copy",
                "/opt/gk/html",
                "www@web1:/srv/www/gk",
                "www@web1:etc/gk"
            })
    void acceptsDedicatedFolders(String target) {
        assertThat(code(target)).as(target).isEqualTo("accepted");
    }

    private static String message(String t, Path source, Path home) {
        try {
            RsyncTarget.parse(t, source, home);
        } catch (DiagnosticException e) {
            return e.diagnostics().get(0).message();
        }
        return "accepted";
    }

    /** Mutation testing (issue 15): each guard on its own, told apart by what it says. */
    @Test
    void eachGuardSaysWhichRuleRefusedTheTarget(@TempDir Path dir) throws Exception {
        assertThat(code(null)).isEqualTo("publish.target-missing");
        assertThat(message("/var/www/gk\u0007", SOURCE, HOME)).contains("控制字符");
        assertThat(message("-e", SOURCE, HOME)).contains("“-”开头");
        assertThat(message("www@web1:a/../..", SOURCE, HOME)).contains("主目录");
        assertThat(message("www@web1:a/../b", SOURCE, HOME)).contains("“..”");
        assertThat(message("web1::gk/../x", SOURCE, HOME)).contains("“..”");
        Path source = Files.createDirectories(dir.resolve("src")).toRealPath();
        assertThat(message(source.toString(), source, null))
                .contains("这是站点源目录本身")
                .doesNotContain("它实际是");
        assertThat(message(dir.toRealPath().toString(), source, null))
                .contains("它包含站点源目录")
                .doesNotContain("它实际是");
        assertThat(message(source.resolve("site").toString(), source, null)).contains("之中");
        assertThat(RsyncTarget.parse(dir.resolve("www").toString(), source, null)
                        .localFolder())
                .isEqualTo(dir.toRealPath().resolve("www"));
        assertThatThrownBy(() -> parse("www@web1:/var/www/gk").localFolder()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void remotePathsAreNormalisedByNameAlone() {
        assertThat(RsyncTarget.normalise("//var//www/./gk/")).isEqualTo("/var/www/gk");
        assertThat(RsyncTarget.normalise("/var/www/../../..")).isEqualTo("/");
        assertThat(RsyncTarget.normalise("/var/www/gk/..")).isEqualTo("/var/www");
    }
}
