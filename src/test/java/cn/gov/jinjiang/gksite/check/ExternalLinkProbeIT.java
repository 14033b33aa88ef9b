package cn.gov.jinjiang.gksite.check;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.output.OutputManifest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The external-link prober against a real Jetty on 127.0.0.1 that answers 200, 404, 500, redirects,
 * slowly, refuses HEAD, and fails once before it works.
 */
class ExternalLinkProbeIT {
    static Server server;
    static String base;
    static final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    static final AtomicInteger inFlight = new AtomicInteger();
    static final AtomicInteger maxInFlight = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        server = new Server();
        ServerConnector c = new ServerConnector(server);
        c.setHost("127.0.0.1");
        c.setPort(0);
        server.addConnector(c);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request req, Response res, Callback cb) throws Exception {
                String path = Request.getPathInContext(req);
                hits.computeIfAbsent(req.getMethod() + " " + path, k -> new AtomicInteger())
                        .incrementAndGet();
                boolean busy = path.startsWith("/busy");
                if (busy) {
                    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                }
                try {
                    switch (path) {
                        case "/ok", "/final" -> status(res, cb, 200);
                        case "/missing" -> status(res, cb, 404);
                        case "/error" -> status(res, cb, 500);
                        case "/redirect" -> {
                            res.getHeaders().put(HttpHeader.LOCATION, "/final");
                            status(res, cb, 301);
                        }
                        case "/slow" -> {
                            Thread.sleep(1500);
                            status(res, cb, 200);
                        }
                        case "/nohead" -> status(res, cb, req.getMethod().equals("HEAD") ? 405 : 200);
                        case "/flaky" -> status(res, cb, hits.get("HEAD /flaky").get() == 1 ? 503 : 200);
                        default -> {
                            if (path.startsWith("/busy")) {
                                Thread.sleep(150);
                                status(res, cb, 200);
                            } else {
                                status(res, cb, 404);
                            }
                        }
                    }
                } finally {
                    if (busy) {
                        inFlight.decrementAndGet();
                    }
                }
                return true;
            }
        });
        server.start();
        base = "http://127.0.0.1:" + c.getLocalPort();
    }

    static void status(Response res, Callback cb, int code) {
        res.setStatus(code);
        res.write(true, ByteBuffer.wrap("x".getBytes(StandardCharsets.UTF_8)), cb);
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
    }

    static ExternalLinkProbe probe(Path cache, Clock clock) {
        return new ExternalLinkProbe(
                ExternalLinkProbe.defaultClient(Duration.ofSeconds(2)),
                clock,
                new ExternalLinkProbe.Options(
                        Duration.ofMillis(700), 2, Duration.ofMillis(20), 2, 8, Duration.ofDays(1), cache));
    }

    @Test
    void classifiesEveryKindOfAnswer(@TempDir Path dir) throws Exception {
        Map<String, ExternalLinkProbe.Result> r = probe(dir.resolve("cache.tsv"), Clock.systemUTC())
                .probe(List.of(
                        base + "/ok",
                        base + "/missing",
                        base + "/error",
                        base + "/redirect",
                        base + "/slow",
                        base + "/nohead",
                        base + "/flaky"));
        assertThat(r.get(base + "/ok").status()).isEqualTo(200);
        assertThat(r.get(base + "/missing").status()).isEqualTo(404);
        assertThat(r.get(base + "/error").status()).isEqualTo(500);
        assertThat(hits.get("HEAD /error").get()).as("retried 5xx").isEqualTo(3);
        assertThat(r.get(base + "/redirect").ok()).isTrue();
        assertThat(r.get(base + "/redirect").redirected()).isTrue();
        assertThat(r.get(base + "/redirect").finalUrl()).isEqualTo(base + "/final");
        assertThat(r.get(base + "/slow").status()).isZero();
        assertThat(r.get(base + "/slow").error()).contains("超时");
        assertThat(r.get(base + "/nohead").status())
                .as("GET after a refused HEAD")
                .isEqualTo(200);
        assertThat(r.get(base + "/flaky").status()).as("retry after 503").isEqualTo(200);
    }

    @Test
    void secondRunIsServedFromTheCacheUntilItExpires(@TempDir Path dir) throws Exception {
        Path cache = dir.resolve("cache.tsv");
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        probe(cache, Clock.fixed(t0, ZoneOffset.UTC)).probe(List.of(base + "/ok?c=1", base + "/missing?c=1"));
        int before = hits.get("HEAD /ok").get();
        Map<String, ExternalLinkProbe.Result> again = probe(cache, Clock.fixed(t0.plusSeconds(3600), ZoneOffset.UTC))
                .probe(List.of(base + "/ok?c=1", base + "/missing?c=1"));
        assertThat(again.get(base + "/ok?c=1").cached()).isTrue();
        assertThat(again.get(base + "/missing?c=1").cached())
                .as("failures are probed again")
                .isFalse();
        assertThat(hits.get("HEAD /ok").get()).isEqualTo(before);
        assertThat(Files.readString(cache)).contains(base + "/ok?c=1").doesNotContain("/missing");
        Map<String, ExternalLinkProbe.Result> expired = probe(
                        cache, Clock.fixed(t0.plus(Duration.ofDays(2)), ZoneOffset.UTC))
                .probe(List.of(base + "/ok?c=1"));
        assertThat(expired.get(base + "/ok?c=1").cached()).isFalse();
    }

    @Test
    void checkerReportsExternalProblemsAtTheirLines(@TempDir Path dir) throws Exception {
        Files.writeString(
                dir.resolve("index.html"),
                "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><title>t</title></head>\n"
                        + "<body><h1>外部链接</h1>\n"
                        + "<p><a href=\"" + base + "/ok\">好</a></p>\n"
                        + "<p><a href=\"" + base + "/missing\">坏</a></p>\n"
                        + "<p><a href=\"" + base + "/redirect\">转</a></p>\n"
                        + "<p><a href=\"" + base + "/slow\">慢</a></p>\n</body></html>\n");
        Diagnostics d = new Diagnostics();
        new SiteChecker()
                .check(
                        dir,
                        new OutputManifest(List.of()),
                        SiteCheckerTest.config(List.of(), Map.of()),
                        new CheckOptions(null, "site", true, probe(null, Clock.systemUTC())),
                        d);
        assertThat(d.sorted())
                .extracting(x -> x.pos().line() + " " + x.code() + " " + x.severity())
                .containsExactly(
                        "5 check.external-broken ERROR",
                        "6 check.external-redirect WARNING",
                        "7 check.external-unreachable ERROR");
    }

    @Test
    void noMoreThanTwoRequestsToOneHostAtOnce(@TempDir Path dir) throws Exception {
        maxInFlight.set(0);
        List<String> urls =
                IntStream.range(0, 10).mapToObj(i -> base + "/busy" + i).toList();
        probe(null, Clock.systemUTC()).probe(urls);
        assertThat(maxInFlight.get()).isLessThanOrEqualTo(2).isGreaterThanOrEqualTo(1);
    }
}
