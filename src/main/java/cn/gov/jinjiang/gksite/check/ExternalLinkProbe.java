package cn.gov.jinjiang.gksite.check;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Probes external links: HEAD first, GET when HEAD is refused; redirects followed one hop at a time (so
 * they can be reported); retries with exponential backoff on time-outs, 429 and 5xx; at most
 * {@code perHost} requests to one host at a time. Results of good links are cached in a file for
 * {@code okTtl}, so a second run is fast; failures are always probed again. The HTTP client and the
 * clock are passed in; the cache lives in this instance and its file.
 */
public final class ExternalLinkProbe {
    /**
     * @param timeout  per request
     * @param retries  further attempts after a failed one
     * @param backoff  first wait before a retry; doubled each time
     * @param perHost  requests in flight per host
     * @param threads  requests in flight overall
     * @param okTtl    how long a good result stays in the cache
     * @param cache    the cache file, or null for none
     */
    public record Options(
            Duration timeout, int retries, Duration backoff, int perHost, int threads, Duration okTtl, Path cache) {
        public static Options defaults(Path cache) {
            return new Options(Duration.ofSeconds(10), 2, Duration.ofMillis(500), 2, 8, Duration.ofDays(7), cache);
        }
    }

    /**
     * The outcome for one URL.
     *
     * @param status   final HTTP status, or 0 when no answer came
     * @param finalUrl where redirects ended (equal to url when none)
     * @param error    why no answer came ("" otherwise)
     * @param cached   whether it came from the cache
     */
    public record Result(String url, int status, String finalUrl, String error, boolean cached) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public boolean redirected() {
            return !finalUrl.equals(url);
        }
    }

    private static final int MAX_REDIRECTS = 5;
    private final HttpClient client;
    private final Clock clock;
    private final Options options;
    private final Map<String, Semaphore> hosts = new ConcurrentHashMap<>();

    public ExternalLinkProbe(HttpClient client, Clock clock, Options options) {
        this.client = client;
        this.clock = clock;
        this.options = options;
    }

    /** A client that does not follow redirects itself (the probe follows and reports them). */
    public static HttpClient defaultClient(Duration connectTimeout) {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout)
                .build();
    }

    /** Probes every URL (each once), using and refreshing the cache. Sorted by URL. */
    public Map<String, Result> probe(Collection<String> urls) throws InterruptedException {
        Map<String, Result> cached = readCache();
        Map<String, Result> out = new TreeMap<>();
        List<String> todo = new ArrayList<>();
        for (String u : new TreeSet<>(urls)) {
            Result c = cached.get(u);
            if (c != null) {
                out.put(u, c);
            } else {
                todo.add(u);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.threads()));
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (String u : todo) {
                futures.add(pool.submit(() -> probeOne(u)));
            }
            for (Future<Result> f : futures) {
                try {
                    Result r = f.get();
                    out.put(r.url(), r);
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        writeCache(cached, out);
        return out;
    }

    private Result probeOne(String url) throws InterruptedException {
        String current = url;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            Result r = request(url, current);
            if (r.status() >= 300 && r.status() < 400 && !r.finalUrl().isEmpty()) {
                current = r.finalUrl();
                continue;
            }
            return new Result(url, r.status(), current, r.error(), false);
        }
        return new Result(url, 0, current, "重定向超过 " + MAX_REDIRECTS + " 次", false);
    }

    /** One URL without following redirects; finalUrl holds the Location of a redirect. */
    private Result request(String original, String url) throws InterruptedException {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return new Result(original, 0, "", "网址格式不对", false);
        }
        Semaphore gate = hosts.computeIfAbsent(
                String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT),
                h -> new Semaphore(Math.max(1, options.perHost())));
        String error = "";
        int status = 0;
        for (int attempt = 0; attempt <= options.retries(); attempt++) {
            if (attempt > 0) {
                Thread.sleep(options.backoff().toMillis() << (attempt - 1));
            }
            gate.acquire();
            try {
                HttpResponse<Void> head = send(uri, "HEAD");
                status = head.statusCode();
                if (status >= 400 && status != 429 && status < 500 || status == 501 || status == 405) {
                    HttpResponse<Void> get = send(uri, "GET");
                    status = get.statusCode();
                    head = get;
                }
                if (status >= 300 && status < 400) {
                    String loc = head.headers().firstValue("location").orElse("");
                    return new Result(
                            original,
                            status,
                            loc.isEmpty() ? "" : uri.resolve(loc).toString(),
                            "",
                            false);
                }
                error = "";
                if (status != 429 && status < 500) {
                    return new Result(original, status, url, "", false);
                }
            } catch (HttpTimeoutException e) {
                status = 0;
                error = "超时（" + options.timeout().toMillis() + " 毫秒内无应答）";
            } catch (IOException e) {
                status = 0;
                error = "无法连接：" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            } finally {
                gate.release();
            }
        }
        return new Result(original, status, url, error, false);
    }

    private HttpResponse<Void> send(URI uri, String method) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(uri)
                .timeout(options.timeout())
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header("User-Agent", "gksite-link-checker")
                .build();
        return client.send(req, HttpResponse.BodyHandlers.discarding());
    }

    private Map<String, Result> readCache() {
        Map<String, Result> out = new TreeMap<>();
        if (options.cache() == null || !Files.isRegularFile(options.cache())) {
            return out;
        }
        long now = clock.instant().getEpochSecond();
        try {
            for (String line : Files.readAllLines(options.cache(), StandardCharsets.UTF_8)) {
                String[] f = line.split("\t");
                if (f.length == 4) {
                    long at = Long.parseLong(f[3]);
                    if (now - at <= options.okTtl().getSeconds()) {
                        out.put(f[0], new Result(f[0], Integer.parseInt(f[1]), f[2], "", true));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return new TreeMap<>();
        }
        return out;
    }

    private void writeCache(Map<String, Result> previous, Map<String, Result> now) {
        if (options.cache() == null) {
            return;
        }
        long t = clock.instant().getEpochSecond();
        Map<String, String> lines = new TreeMap<>();
        try {
            if (Files.isRegularFile(options.cache())) {
                for (String line : Files.readAllLines(options.cache(), StandardCharsets.UTF_8)) {
                    String[] f = line.split("\t");
                    if (f.length == 4 && previous.containsKey(f[0])) {
                        lines.put(f[0], line);
                    }
                }
            }
            for (Result r : now.values()) {
                if (!r.cached() && r.ok()) {
                    lines.put(r.url(), r.url() + "\t" + r.status() + "\t" + r.finalUrl() + "\t" + t);
                } else if (!r.ok()) {
                    lines.remove(r.url());
                }
            }
            Files.createDirectories(options.cache().toAbsolutePath().getParent());
            Files.write(options.cache(), lines.values(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // the cache only saves time; a run without it is still correct
        }
    }
}
