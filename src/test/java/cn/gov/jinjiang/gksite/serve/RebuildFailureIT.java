package cn.gov.jinjiang.gksite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.testing.TestSites;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, defect 5: an edit that once overflowed the stack in a rebuild (a thousand {@code >}) killed the watcher,
 * and the preview went on serving stale pages with no error page, whatever was saved next. Now the preview shows the
 * error and the next save brings the page back, on the real server and the real watcher.
 */
class RebuildFailureIT {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private Path site;
    private ServeSession session;
    private final List<Exception> watcherFailures = new CopyOnWriteArrayList<>();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() {
        site = TestSites.repoSite(dir.resolve("src"));
        session = ServeSession.start(
                new ServeSession.Options(site, "127.0.0.1", 0, Duration.ofMillis(50)),
                new ServeSession.Listener() {
                    @Override
                    public void built(Rebuilder.Outcome outcome) {}

                    @Override
                    public void watcherFailed(Exception e) {
                        watcherFailures.add(e);
                    }
                },
                Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        session.close();
    }

    @Test
    void aRebuildThatOverflowedTheStackShowsItsErrorAndTheNextSaveRecovers() throws Exception {
        Path page = site.resolve("content/xxgk/zfxxgkzl/zn/index.md");
        String original = Files.readString(page);
        String url = "/xxgk/zfxxgkzl/zn/";
        assertThat(get(url).statusCode()).isEqualTo(200);

        Files.writeString(page, original + "\n" + ">".repeat(1000) + "\n");
        await(() -> session.state().hasErrors());
        HttpResponse<String> error = get(url);
        assertThat(error.statusCode()).isEqualTo(500);
        assertThat(error.body()).contains("content/xxgk/zfxxgkzl/zn/index.md:").contains("[markdown.too-deep]");

        Files.writeString(page, original + "\n修好以后的新段落。\n");
        await(() -> !session.state().hasErrors());
        await(() -> body(url).contains("修好以后的新段落"));
        assertThat(get(url).statusCode()).isEqualTo(200);
        assertThat(watcherFailures).isEmpty();
    }

    private void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %s", WAIT).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private String body(String path) {
        try {
            return get(path).body();
        } catch (Exception e) {
            return "";
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + session.port() + path))
                        .timeout(Duration.ofSeconds(10))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
