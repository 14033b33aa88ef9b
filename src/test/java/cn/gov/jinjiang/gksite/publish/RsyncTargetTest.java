package cn.gov.jinjiang.gksite.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
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
        assertThat(parse("/var/www/gk")).isEqualTo(new RsyncTarget(RsyncTarget.Kind.LOCAL, "/var/www/gk/", "/var/www/gk"));
        assertThat(parse("www@web1:/var/www/gk/"))
                .isEqualTo(new RsyncTarget(RsyncTarget.Kind.SSH, "www@web1:/var/www/gk/", "/var/www/gk/"));
        assertThat(parse("web1:htdocs").kind()).isEqualTo(RsyncTarget.Kind.SSH);
        assertThat(parse("rsync://127.0.0.1:8873/gk/www"))
                .isEqualTo(new RsyncTarget(RsyncTarget.Kind.DAEMON, "rsync://127.0.0.1:8873/gk/www/", "/www"));
        assertThat(parse("web1::gk/www").kind()).isEqualTo(RsyncTarget.Kind.DAEMON);
        assertThat(parse("rsync://web1/gk").path()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "//", "/root", "/root/", "/home", "/home/editor", "/home/editor/", "/etc", "/usr",
            "/var", "/tmp", "/home/operator/../operator", "www@web1:/", "www@web1:/home/www", "www@web1:/root",
            "www@web1:", "www@web1:~", "www@web1:~/", "www@web1:.", "www@web1:~other", "www@web1:a/../..",
            "-e sh", "/srv/gk-src", "/srv", "/srv/gk-src/content/x", "/srv/gk-src/.gksite/publish",
            "rsync://web1/gk/../x"})
    void refusesTheRootSystemFoldersHomeFoldersAndTheSourceItself(String target) {
        assertThat(code(target)).as(target).isEqualTo("publish.target-unsafe");
    }

    @Test
    void refusesTheUsersOwnHomeFolder() {
        assertThat(code("/home/operator")).isEqualTo("publish.target-unsafe");
        assertThatThrownBy(() -> RsyncTarget.parse("/data/me", SOURCE, Path.of("/data/me")))
                .isInstanceOf(DiagnosticException.class).hasMessageContaining("主目录");
    }

    @Test
    void anEmptyTargetSaysWhereToConfigureIt() {
        assertThatThrownBy(() -> parse(" ")).isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("publish.target-missing");
        assertThat(code("")).isEqualTo("publish.target-missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/var/www/gk", "/var/www/html", "/srv/www", "/data/gk", "www@web1:htdocs/gk",
            "www@web1:~/htdocs", "/srv/gk-src/site-copy"})
    void acceptsDedicatedFolders(String target) {
        assertThat(code(target)).as(target).isEqualTo("accepted");
    }
}
