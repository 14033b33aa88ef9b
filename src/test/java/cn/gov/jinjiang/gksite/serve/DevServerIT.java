package cn.gov.jinjiang.gksite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real preview server on a free loopback port, driven with java.net.http. */
class DevServerIT {
    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    Path dir;

    private Path site;
    private ServeSession session;
    private final List<Rebuilder.Outcome> builds = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @BeforeEach
    void start() {
        site = TestSites.inline(
                dir.resolve("src"),
                "content/index.md",
                "---\ntitle: 首页\n---\n\n首页正文。\n",
                "content/xxgk/index.md",
                "---\ntitle: 信息公开\n---\n\n栏目说明。\n",
                "content/xxgk/a.md",
                "---\ntitle: 第一篇\ndate: 2025-01-02\n---\n\n第一篇正文。\n",
                "content/xxgk/b.md",
                "---\ntitle: 第二篇\ndate: 2025-01-03\n---\n\n第二篇正文。\n");
        session = ServeSession.start(
                new ServeSession.Options(site, "127.0.0.1", 0, Duration.ofMillis(50)),
                new ServeSession.Listener() {
                    @Override
                    public void built(Rebuilder.Outcome outcome) {
                        builds.add(outcome);
                    }

                    @Override
                    public void watcherFailed(Exception e) {
                        throw new AssertionError(e);
                    }
                },
                Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        session.close();
    }

    @Test
    void editAPageAndSeeTheNewContentAndAReloadEvent() throws Exception {
        assertThat(get("/xxgk/a.html").body()).contains("第一篇正文");
        try (Events events = events()) {
            events.await("event: hello");
            Files.writeString(site.resolve("content/xxgk/a.md"), "---\ntitle: 第一篇\ndate: 2025-01-02\n---\n\n改过的正文。\n");
            events.await("event: reload");
        }
        HttpResponse<String> r = get("/xxgk/a.html");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("改过的正文").doesNotContain("第一篇正文");
    }

    @Test
    void aNewTitleShowsInTheListPage() throws Exception {
        try (Events events = events()) {
            events.await("event: hello");
            Files.writeString(site.resolve("content/xxgk/b.md"), "---\ntitle: 改名的第二篇\ndate: 2025-01-03\n---\n\n正文。\n");
            events.await("event: reload");
        }
        assertThat(get("/xxgk/").body()).contains("改名的第二篇");
    }

    @Test
    void brokenFrontMatterGivesTheErrorPageUntilItIsFixed() throws Exception {
        Path page = site.resolve("content/xxgk/a.md");
        try (Events events = events()) {
            events.await("event: hello");
            Files.writeString(page, "---\ntitle: [第一篇\ndate: 2025-01-02\n---\n\n正文。\n");
            events.await("event: reload");
            HttpResponse<String> r = get("/xxgk/a.html");
            assertThat(r.statusCode()).isEqualTo(500);
            assertThat(r.headers().firstValue("content-type")).hasValue("text/html;charset=utf-8");
            assertThat(r.body())
                    .contains("content/xxgk/a.md:")
                    .contains("[yaml.syntax]")
                    .contains("title: [第一篇")
                    .contains("class=\"here\"")
                    .contains(LiveReload.PATH);
            // Other pages show the error page too; the server keeps serving assets.
            assertThat(get("/").statusCode()).isEqualTo(500);
            assertThat(get("/css/site.css").statusCode()).isEqualTo(200);

            Files.writeString(page, "---\ntitle: 第一篇\ndate: 2025-01-02\n---\n\n修好了。\n");
            events.await("event: reload");
        }
        HttpResponse<String> r = get("/xxgk/a.html");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("修好了");
        assertThat(session.state().hasErrors()).isFalse();
    }

    /**
     * Issue 17: the preview shows drafts (it answered 404), marked; a draft's errors replace only its own page with
     * the error page, so the page being written beside it stays visible.
     */
    @Test
    void aDraftIsShownMarkedAndItsErrorsStopOnlyItsOwnPage() throws Exception {
        Path draft = site.resolve("content/xxgk/draft.md");
        try (Events events = events()) {
            events.await("event: hello");
            Files.writeString(draft, "---\ntitle: 未定稿的通知\ndraft: true\n---\n\n<script>alert(1)</script>\n");
            events.await("event: reload");
            HttpResponse<String> broken = get("/xxgk/draft.html");
            assertThat(broken.statusCode()).isEqualTo(500);
            assertThat(broken.body()).contains("content/xxgk/draft.md:").contains("[markdown.raw-html]");
            assertThat(get("/xxgk/a.html").statusCode()).isEqualTo(200);
            assertThat(get("/").statusCode()).isEqualTo(200);
            assertThat(get("/xxgk/").body()).contains("未定稿的通知").contains("tag-draft");

            Files.writeString(draft, "---\ntitle: 未定稿的通知\ndraft: true\n---\n\n草稿正文。\n");
            events.await("event: reload");
        }
        HttpResponse<String> r = get("/xxgk/draft.html");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("草稿正文").contains("class=\"draft-banner\"").contains("<title>【草稿】未定稿的通知");
        // An error outside the drafts still stops every page, as before.
        try (Events events = events()) {
            events.await("event: hello");
            Files.writeString(site.resolve("content/xxgk/b.md"), "---\ntitle: [第二篇\n---\n\n正文。\n");
            events.await("event: reload");
        }
        assertThat(get("/xxgk/draft.html").statusCode()).isEqualTo(500);
        assertThat(get("/").statusCode()).isEqualTo(500);
    }

    @Test
    void gbkFileShowsTheEncodingDiagnosticAndCrlfIsFine() throws Exception {
        try (Events events = events()) {
            events.await("event: hello");
            Files.write(
                    site.resolve("content/xxgk/a.md"),
                    "---\r\ntitle: 第一篇\r\n---\r\n\r\nWindows 的换行。\r\n".getBytes(StandardCharsets.UTF_8));
            events.await("event: reload");
            assertThat(get("/xxgk/a.html").body()).contains("Windows 的换行");

            Files.write(
                    site.resolve("content/xxgk/b.md"),
                    "---\ntitle: 第二篇\n---\n\n记事本保存的正文。\n".getBytes(Charset.forName("GBK")));
            events.await("event: reload");
            HttpResponse<String> r = get("/xxgk/b.html");
            assertThat(r.statusCode()).isEqualTo(500);
            assertThat(r.body())
                    .contains("[content.encoding]")
                    .contains("content/xxgk/b.md:2:")
                    .contains("记事本保存的正文");
        }
    }

    @Test
    void editorSavePatternsAndFolders() throws Exception {
        try (Events events = events()) {
            events.await("event: hello");
            // write to a temporary file, then rename over the page (vim, IntelliJ, many Windows editors)
            Path tmp = site.resolve("content/xxgk/.a.md.swp");
            Files.writeString(tmp, "---\ntitle: 第一篇\n---\n\n换名保存。\n");
            Files.move(
                    tmp,
                    site.resolve("content/xxgk/a.md"),
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            events.await("event: reload");
            assertThat(get("/xxgk/a.html").body()).contains("换名保存");

            // delete, then create
            Files.delete(site.resolve("content/xxgk/b.md"));
            Files.writeString(site.resolve("content/xxgk/b.md"), "---\ntitle: 第二篇\n---\n\n重新创建。\n");
            events.awaitQuiet("event: reload");
            assertThat(get("/xxgk/b.html").body()).contains("重新创建");

            // a whole folder appears (copied in at once), then goes away
            Path folder = dir.resolve("incoming/zcwj");
            TestSites.write(folder.resolve("index.md"), "---\ntitle: 政策文件\n---\n\n政策文件栏目。\n");
            TestSites.write(folder.resolve("sub/c.md"), "---\ntitle: 第三篇\n---\n\n子目录中的页面。\n");
            Files.move(folder, site.resolve("content/zcwj"));
            events.awaitQuiet("event: reload");
            assertThat(get("/zcwj/").body()).contains("政策文件栏目");
            assertThat(get("/zcwj/sub/c.html").body()).contains("子目录中的页面");
            TestSites.write(site.resolve("content/zcwj/sub/d.md"), "---\ntitle: 第四篇\n---\n\n新目录里的新文件。\n");
            events.awaitQuiet("event: reload");
            assertThat(get("/zcwj/sub/d.html").body()).contains("新目录里的新文件");

            deleteTree(site.resolve("content/zcwj"));
            events.awaitQuiet("event: reload");
            assertThat(get("/zcwj/sub/c.html").statusCode()).isEqualTo(404);
            assertThat(get("/zcwj/").statusCode()).isEqualTo(404);
        }
        assertThat(session.state().hasErrors()).isFalse();
    }

    @Test
    void cssChangeSwapsTheStylesheetWithoutReload() throws Exception {
        try (Events events = events()) {
            events.await("event: hello");
            Path css = site.resolve("themes/portal/static/css/site.css");
            Files.writeString(css, Files.readString(css) + "\n.gksite-test{color:red}\n");
            events.await("event: css");
        }
        assertThat(get("/css/site.css").body()).contains(".gksite-test");
    }

    @Test
    void templateChangeRerendersPages() throws Exception {
        try (Events events = events()) {
            events.await("event: hello");
            Path t = site.resolve("themes/portal/templates/page.peb");
            Files.writeString(t, Files.readString(t).replace("{% block content %}", "{% block content %}<p>模板改了</p>"));
            events.await("event: reload");
        }
        assertThat(get("/xxgk/a.html").body()).contains("模板改了");
    }

    /**
     * The site's overrides of the built-in theme are watched like the rest of the sources: themes/ moved away whole
     * leaves the built-in theme, and a template or stylesheet put back into a new themes/ replaces the built-in one.
     */
    @Test
    void theSitesOverridesOfTheBuiltInThemeComeAndGoWhileServing() throws Exception {
        String builtIn = get("/css/site.css").body();
        try (Events events = events()) {
            events.await("event: hello");
            // Moved away whole: the watcher sees only themes/ itself go, no event for a file inside.
            Files.move(site.resolve("themes"), dir.resolve("themes-away"));
            events.awaitQuiet("event: reload");
        }
        assertThat(get("/xxgk/a.html").body()).contains("第一篇正文");
        assertThat(get("/css/site.css").body()).isEqualTo(builtIn);
        try (Events events = events()) {
            events.await("event: hello");
            String page = Files.readString(TestSites.REPO.resolve("themes/portal/templates/page.peb"));
            TestSites.write(
                    site.resolve("themes/portal/templates/page.peb"),
                    page.replace("{% block content %}", "{% block content %}<p>本站自己的模板</p>"));
            events.awaitQuiet("event: reload");
        }
        assertThat(get("/xxgk/a.html").body()).contains("本站自己的模板");
        try (Events events = events()) {
            events.await("event: hello");
            // A new folder of the theme (static/) re-renders everything: a reload, not only a new stylesheet.
            Files.createDirectories(site.resolve("themes/portal/static/css"));
            Files.writeString(site.resolve("themes/portal/static/css/site.css"), ".site-own{color:red}\n");
            events.awaitQuiet("event: reload");
        }
        assertThat(get("/css/site.css").body()).isEqualTo(".site-own{color:red}\n");
        try (Events events = events()) {
            events.await("event: hello");
            Files.writeString(site.resolve("themes/portal/static/css/site.css"), ".site-own{color:blue}\n");
            events.await("event: css");
        }
        assertThat(get("/css/site.css").body()).isEqualTo(".site-own{color:blue}\n");
        assertThat(session.state().hasErrors()).isFalse();
    }

    @Test
    void liveReloadScriptIsInServedHtmlOnlyNeverInTheFolder() throws Exception {
        assertThat(get("/xxgk/a.html").body()).contains("data-gksite-live-reload");
        assertThat(get("/css/site.css").body()).doesNotContain("gksite-live-reload");
        try (Stream<Path> files = Files.walk(session.output())) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(f, StandardCharsets.ISO_8859_1)).doesNotContain("gksite-live-reload");
            }
        }
        assertThat(site.resolve("site")).doesNotExist();
    }

    @Test
    void contentTypeEtagAndNotModified() throws Exception {
        HttpResponse<String> r = get("/xxgk/a.html");
        assertThat(r.headers().firstValue("content-type")).hasValue("text/html;charset=utf-8");
        String etag = r.headers().firstValue("etag").orElseThrow();
        assertThat(r.headers().firstValue("last-modified")).isPresent();
        HttpResponse<String> again =
                send(req("/xxgk/a.html").header("If-None-Match", etag).GET());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        HttpResponse<String> css = get("/css/site.css");
        assertThat(css.headers().firstValue("content-type")).hasValue("text/css;charset=utf-8");
        String lastModified = css.headers().firstValue("last-modified").orElseThrow();
        assertThat(send(req("/css/site.css")
                                .header("If-Modified-Since", lastModified)
                                .GET())
                        .statusCode())
                .isEqualTo(304);
        assertThat(send(req("/css/site.css")
                                .header("If-None-Match", "\"other\"")
                                .GET())
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void gzipWhenAsked() throws Exception {
        HttpResponse<byte[]> plain =
                http.send(req("/css/site.css").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(plain.headers().firstValue("content-encoding")).isEmpty();
        HttpResponse<byte[]> gz = http.send(
                req("/css/site.css").header("Accept-Encoding", "gzip").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(gz.headers().firstValue("content-encoding")).hasValue("gzip");
        assertThat(gz.headers().firstValue("vary")).hasValue("Accept-Encoding");
        assertThat(gz.body().length).isLessThan(plain.body().length);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(plain.body());
        }
        String gzTag = gz.headers().firstValue("etag").orElseThrow();
        assertThat(send(req("/css/site.css")
                                .header("Accept-Encoding", "gzip")
                                .header("If-None-Match", gzTag)
                                .GET())
                        .statusCode())
                .isEqualTo(304);
    }

    @Test
    void headIsOkAndOtherMethodsAre405() throws Exception {
        HttpResponse<String> head = send(req("/xxgk/a.html").method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("content-type")).hasValue("text/html;charset=utf-8");
        assertThat(head.headers().firstValue("etag")).isPresent();

        HttpResponse<String> post = send(req("/xxgk/a.html").POST(HttpRequest.BodyPublishers.ofString("x")));
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("allow")).hasValue("GET, HEAD");
        assertThat(send(req("/").method("DELETE", HttpRequest.BodyPublishers.noBody()))
                        .statusCode())
                .isEqualTo(405);
        assertThat(send(req("/").PUT(HttpRequest.BodyPublishers.ofString("x"))).statusCode())
                .isEqualTo(405);
    }

    @Test
    void notFoundUsesTheSitesPageWhenThereIsOne() throws Exception {
        HttpResponse<String> plain = get("/no/such/page.html");
        assertThat(plain.statusCode()).isEqualTo(404);
        assertThat(plain.body()).contains("页面不存在").contains("data-gksite-live-reload");

        try (Events events = events()) {
            events.await("event: hello");
            // The 404 page's address is reserved for the theme's page: a site changes it through its theme.
            Files.writeString(
                    site.resolve("themes/portal/templates/notfound.peb"),
                    "<!DOCTYPE html><html lang=\"zh-CN\"><body><h1>本站没有这个页面</h1></body></html>");
            events.await("event: reload");
        }
        HttpResponse<String> custom = get("/no/such/page.html");
        assertThat(custom.statusCode()).isEqualTo(404);
        assertThat(custom.body()).contains("本站没有这个页面").contains("data-gksite-live-reload");
    }

    @Test
    void folderWithoutSlashRedirects() throws Exception {
        HttpResponse<String> r = get("/xxgk");
        assertThat(r.statusCode()).isEqualTo(301);
        assertThat(r.headers().firstValue("location")).hasValue("/xxgk/");
    }

    @Test
    void traversalIsRefused() throws Exception {
        Files.writeString(dir.resolve("secret.txt"), "secret");
        for (String path : List.of(
                "/../site.yaml",
                "/xxgk/../../site.yaml",
                "/%2e%2e/site.yaml",
                "/%2E%2E/%2E%2E/secret.txt",
                "/xxgk/%2e%2e/%2e%2e/site.yaml",
                "/..%2fsite.yaml",
                "/..%5csite.yaml",
                "/xxgk%5c..%5c..%5csite.yaml",
                "/./index.html",
                "/%00/index.html")) {
            HttpResponse<String> r =
                    send(HttpRequest.newBuilder(URI.create(base() + path)).GET());
            assertThat(r.statusCode()).as(path).isIn(400, 404);
            assertThat(r.body()).as(path).doesNotContain("secret").doesNotContain("base_url");
        }
        // a symbolic link inside the output folder that points outside it
        Files.createSymbolicLink(session.output().resolve("leak.txt"), dir.resolve("secret.txt"));
        Files.createSymbolicLink(session.output().resolve("leakdir"), dir);
        assertThat(get("/leak.txt").statusCode()).isEqualTo(404);
        assertThat(get("/leakdir/secret.txt").statusCode()).isEqualTo(404);
        assertThat(get("/leak.txt").body()).doesNotContain("secret");
    }

    // ---- helpers ----

    private String base() {
        return "http://127.0.0.1:" + session.port();
    }

    private HttpRequest.Builder req(String path) {
        return HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(10));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(req(path).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private Events events() {
        return new Events(http, URI.create(base() + LiveReload.PATH));
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** An open event stream, read line by line on HttpClient's threads. */
    static final class Events implements AutoCloseable {
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final CompletableFuture<HttpResponse<Void>> response;

        Events(HttpClient http, URI uri) {
            response = http.sendAsync(
                    HttpRequest.newBuilder(uri).GET().build(),
                    HttpResponse.BodyHandlers.fromLineSubscriber(new Flow.Subscriber<String>() {
                        @Override
                        public void onSubscribe(Flow.Subscription s) {
                            s.request(Long.MAX_VALUE);
                        }

                        @Override
                        public void onNext(String item) {
                            lines.add(item);
                        }

                        @Override
                        public void onError(Throwable t) {}

                        @Override
                        public void onComplete() {}
                    }));
        }

        /** Waits for a line, failing after a while. */
        void await(String line) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                String next = lines.poll(100, TimeUnit.MILLISECONDS);
                if (line.equals(next)) {
                    return;
                }
            }
            throw new AssertionError("no \"" + line + "\" within " + WAIT);
        }

        /** Waits for a line, then for the stream to be quiet (a save may arrive as more than one batch). */
        void awaitQuiet(String line) throws InterruptedException {
            await(line);
            while (true) {
                String next = lines.poll(400, TimeUnit.MILLISECONDS);
                if (next == null) {
                    return;
                }
            }
        }

        @Override
        public void close() {
            response.cancel(true);
        }
    }
}
