package cn.gov.jinjiang.gksite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview under the rule for symbolic links: what the build refuses is never served, also when the link
 * appears while serving, and the watcher follows the links the build follows (an edit of a linked folder's
 * target reloads the page).
 */
class SymlinkServeIT {
    @TempDir
    Path dir;

    private ServeSession session;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private Path site() {
        return TestSites.inline(
                dir.resolve("src"),
                "content/index.md",
                "---\ntitle: 首页\n---\n\n首页正文。\n",
                "content/xxgk/index.md",
                "---\ntitle: 信息公开\n---\n\n栏目说明。\n");
    }

    private void serve(Path site) {
        session = ServeSession.start(
                new ServeSession.Options(site, "127.0.0.1", 0, Duration.ofMillis(50)),
                new ServeSession.Listener() {
                    @Override
                    public void built(Rebuilder.Outcome outcome) {}

                    @Override
                    public void watcherFailed(Exception e) {
                        throw new AssertionError(e);
                    }
                },
                Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void linkedSystemFilesAreNeverServed() throws Exception {
        Path site = site();
        Files.createSymbolicLink(site.resolve("content/passwd.txt"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(site.resolve("themes/portal/static/js/pw.js"), Path.of("/etc/passwd"));
        serve(site);
        for (String path : new String[] {"/passwd.txt", "/js/pw.js"}) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.body()).as(path).doesNotContain("root:");
        }
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(page.body())
                .contains("[content.symlink]")
                .contains("content/passwd.txt")
                .contains("[theme.symlink]")
                .contains("themes/portal/static/js/pw.js");
    }

    @Test
    void aLinkMadeWhileServingIsRefusedAndItsRemovalRecovers() throws Exception {
        Path site = site();
        serve(site);
        assertThat(get("/").statusCode()).isEqualTo(200);
        Path link = site.resolve("content/xxgk/leak.txt");
        try (DevServerIT.Events events = events()) {
            events.await("event: hello");
            Files.createSymbolicLink(link, Path.of("/etc/passwd"));
            events.awaitQuiet("event: reload");
            assertThat(get("/xxgk/leak.txt").statusCode()).isEqualTo(404);
            assertThat(get("/xxgk/leak.txt").body()).doesNotContain("root:");
            assertThat(get("/").body()).contains("[content.symlink]").contains("content/xxgk/leak.txt");

            Files.delete(link);
            events.awaitQuiet("event: reload");
        }
        assertThat(get("/").statusCode()).isEqualTo(200);
        assertThat(session.state().hasErrors()).isFalse();
    }

    @Test
    void theWatcherFollowsLinksInsideTheTree() throws Exception {
        Path site = site();
        TestSites.write(site.resolve("shared/s.md"), "---\ntitle: 共享页面\n---\n\n共享正文。\n");
        TestSites.write(site.resolve("docs/附件.txt"), "第一版附件");
        Files.createSymbolicLink(site.resolve("content/xxgk/shared"), Path.of("../../shared"));
        Files.createSymbolicLink(site.resolve("content/xxgk/fj.txt"), Path.of("../../docs/附件.txt"));
        serve(site);
        assertThat(get("/xxgk/shared/s.html").body()).contains("共享正文");
        assertThat(get("/xxgk/fj.txt").body()).isEqualTo("第一版附件");
        try (DevServerIT.Events events = events()) {
            events.await("event: hello");
            // Edited where the files really are, not through the links.
            Files.writeString(site.resolve("shared/s.md"), "---\ntitle: 共享页面\n---\n\n改过的共享正文。\n");
            events.awaitQuiet("event: reload");
            assertThat(get("/xxgk/shared/s.html").body()).contains("改过的共享正文");
            Files.writeString(site.resolve("docs/附件.txt"), "第二版附件，长一些");
            events.awaitQuiet("event: reload");
            assertThat(get("/xxgk/fj.txt").body()).isEqualTo("第二版附件，长一些");
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(base() + path))
                        .timeout(Duration.ofSeconds(10))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String base() {
        return "http://127.0.0.1:" + session.port();
    }

    private DevServerIT.Events events() {
        return new DevServerIT.Events(http, URI.create(base() + LiveReload.PATH));
    }
}
