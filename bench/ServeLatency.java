import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs {@code gksite serve} on a corpus, opens one page in headless Chromium (DevTools protocol over
 * java.net.http's WebSocket), saves the page's Markdown with a new marker several times and prints, for
 * each save, the time from just before the write to the page showing it: the reloaded page's DOMContentLoaded, or
 * the live-reload script's gksite:updated when it put the new content in place without a reload (both on the
 * wall clock of this machine), then the median. Run by bench/serve-latency.
 *
 * <p>Usage: {@code java ServeLatency.java CORPUS EDITS GKSITE_JAR}
 */
public class ServeLatency {
    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]).toAbsolutePath();
        int edits = Integer.parseInt(args[1]);
        Path jar = Path.of(args[2]).toAbsolutePath();
        String chromiumBin = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");

        Path page = pickPage(corpus.resolve("content"));
        String rel = corpus.resolve("content").relativize(page).toString().replace('\\', '/');
        String url = "/" + rel.substring(0, rel.length() - 3) + ".html";
        String original = Files.readString(page);
        long mdPages;
        try (Stream<Path> s = Files.walk(corpus.resolve("content"))) {
            mdPages = s.filter(p -> p.toString().endsWith(".md")).count();
        }

        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = Files.createTempFile("gksite-serve-latency-", ".log");
        System.out.println("corpus: " + corpus + " (" + mdPages + " Markdown pages); edited page: content/" + rel);
        long t = System.nanoTime();
        List<String> command = new ArrayList<>(List.of("java", "-Dfile.encoding=UTF-8", "-Dstderr.encoding=UTF-8", "-jar",
                jar.toString(), "serve", "--source", corpus.toString(), "--port", String.valueOf(port)));
        // gksite serve's own quiet time unless DEBOUNCE_MS asks for another
        if (System.getenv("DEBOUNCE_MS") != null) {
            command.addAll(List.of("--debounce", System.getenv("DEBOUNCE_MS")));
        }
        Process serve = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Path profile = Files.createTempDirectory("gksite-latency-chromium-");
        Process chromium = null;
        try {
            while (!Files.readString(log).contains("预览地址")) {
                if (!serve.isAlive()) {
                    throw new IllegalStateException("gksite serve ended:\n" + Files.readString(log));
                }
                if (System.nanoTime() - t > TimeUnit.MINUTES.toNanos(15)) {
                    throw new IllegalStateException("gksite serve did not start in 15 minutes");
                }
                Thread.sleep(200);
            }
            System.out.printf("initial build and server start: %.1f s (%s)%n", (System.nanoTime() - t) / 1e9,
                    lastLine(Files.readString(log), "预览构建完成"));

            chromium = new ProcessBuilder(chromiumBin, "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-background-networking", "--disable-component-update", "--no-first-run",
                    "--user-data-dir=" + profile, "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                    "about:blank").redirectErrorStream(true).start();
            Cdp cdp = Cdp.connect(chromium);
            cdp.call("Page.enable", "{}");
            cdp.call("Page.addScriptToEvaluateOnNewDocument", "{\"source\":\"(function(){function shown(){window.__shown=performance.timeOrigin+performance.now();}"
                    + "document.addEventListener('DOMContentLoaded',shown);"
                    + "document.addEventListener('gksite:updated',shown);})();\"}");
            cdp.call("Page.navigate", "{\"url\":\"http://127.0.0.1:" + port + url + "\"}");
            cdp.waitTrue("window.__shown > 0", 30_000);
            Thread.sleep(1000); // let the page's event stream connect
            // A second event stream, read here, splits each figure into server time (save → reload event)
            // and browser time (event → page shown).
            java.util.concurrent.BlockingQueue<Double> events = new java.util.concurrent.LinkedBlockingQueue<>();
            HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/__gksite/events")).build(), HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> r.body().forEach(line -> {
                        if (line.equals("event: reload")) {
                            Instant now = Instant.now();
                            events.add(now.toEpochMilli() + (now.getNano() % 1_000_000) / 1e6);
                        }
                    }));
            Thread.sleep(300);

            List<Double> latencies = new ArrayList<>();
            List<Double> serverTimes = new ArrayList<>();
            for (int i = 1; i <= edits; i++) {
                String marker = "基准标记" + i + "x" + System.nanoTime();
                String text = original + "\n" + marker + "\n";
                Instant before = Instant.now();
                Files.writeString(page, text);
                double saved = before.toEpochMilli() + (before.getNano() % 1_000_000) / 1e6;
                cdp.waitTrue("window.__shown > " + saved + " && document.body.innerText.includes('" + marker + "')", 30_000);
                double shown = Double.parseDouble(cdp.eval("window.__shown"));
                double ms = shown - saved;
                latencies.add(ms);
                Double event = events.poll(5, TimeUnit.SECONDS);
                double server = event == null ? Double.NaN : event - saved;
                serverTimes.add(server);
                Thread.sleep(300);
                System.out.printf("edit %d: %.0f ms save → reloaded page shown; %.0f ms save → reload event   (%s)%n", i, ms,
                        server, lastLine(Files.readString(log), "已更新"));
                events.clear();
                Thread.sleep(400);
            }
            List<Double> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                    : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
            Collections.sort(serverTimes);
            System.out.printf("save → reload event (watch, debounce, rebuild, write), median: %.0f ms%n",
                    serverTimes.get(serverTimes.size() / 2));
            System.out.printf("save-to-reload latency, %d-page corpus, median of %d edits: %.0f ms (min %.0f, max %.0f)%n",
                    mdPages, edits, median, sorted.get(0), sorted.get(sorted.size() - 1));
            cdp.close();
        } finally {
            Files.writeString(page, original);
            if (chromium != null) {
                chromium.destroy();
                chromium.waitFor(5, TimeUnit.SECONDS);
            }
            serve.destroy(); // SIGTERM: the shutdown hook stops Jetty and the watcher
            if (!serve.waitFor(30, TimeUnit.SECONDS)) {
                serve.destroyForcibly();
            }
            deleteTree(profile);
            Files.deleteIfExists(log);
        }
    }

    private static Path pickPage(Path content) throws IOException {
        try (Stream<Path> s = Files.walk(content, 2)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".md") && !p.getFileName().toString().equals("index.md")
                    && content.relativize(p).getNameCount() == 2).sorted().findFirst().orElseThrow();
        }
    }

    private static String lastLine(String log, String prefix) {
        String found = "";
        for (String line : log.split("\n")) {
            if (line.startsWith(prefix)) {
                found = line.strip();
            }
        }
        return found;
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // temporary profile folder
        }
    }

    /** A minimal DevTools protocol client for one page target. */
    static final class Cdp implements WebSocket.Listener {
        private final Map<Integer, CompletableFuture<String>> pending = new ConcurrentHashMap<>();
        private final AtomicInteger ids = new AtomicInteger();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket ws;

        static Cdp connect(Process chromium) throws Exception {
            BufferedReader out = new BufferedReader(new InputStreamReader(chromium.getInputStream(), StandardCharsets.UTF_8));
            String devtools = null;
            for (String line; devtools == null && (line = out.readLine()) != null; ) {
                Matcher m = Pattern.compile("DevTools listening on (ws://\\S+)").matcher(line);
                if (m.find()) {
                    devtools = m.group(1);
                }
            }
            if (devtools == null) {
                throw new IllegalStateException("Chromium did not start");
            }
            Thread drain = new Thread(() -> {
                try {
                    while (out.readLine() != null) {
                        // keep the pipe empty
                    }
                } catch (IOException ignored) {
                    // ended
                }
            });
            drain.setDaemon(true);
            drain.start();
            HttpClient http = HttpClient.newHttpClient();
            String list = http.send(HttpRequest.newBuilder(URI.create("http://" + URI.create(devtools).getAuthority()
                    + "/json/list")).build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = Pattern.compile("\"type\"\\s*:\\s*\"page\"[^}]*?\"webSocketDebuggerUrl\"\\s*:\\s*\"(ws://[^\"]+)\"",
                    Pattern.DOTALL).matcher(list);
            if (!m.find()) {
                throw new IllegalStateException("no page target: " + list);
            }
            Cdp c = new Cdp();
            c.ws = http.newWebSocketBuilder().buildAsync(URI.create(m.group(1)), c).join();
            return c;
        }

        String call(String method, String params) throws Exception {
            int id = ids.incrementAndGet();
            CompletableFuture<String> f = new CompletableFuture<>();
            pending.put(id, f);
            ws.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true).join();
            try {
                return f.get(30, TimeUnit.SECONDS);
            } finally {
                pending.remove(id);
            }
        }

        String eval(String expression) throws Exception {
            String answer = call("Runtime.evaluate", "{\"expression\":\"" + expression.replace("\\", "\\\\").replace("\"", "\\\"")
                    + "\",\"returnByValue\":true}");
            Matcher m = Pattern.compile("\"value\":(true|false|-?[0-9.eE+]+)").matcher(answer);
            return answer.contains("exceptionDetails") || !m.find() ? null : m.group(1);
        }

        void waitTrue(String expression, long timeoutMs) throws Exception {
            long deadline = System.currentTimeMillis() + timeoutMs;
            while (System.currentTimeMillis() < deadline) {
                if ("true".equals(eval(expression))) {
                    return;
                }
                Thread.sleep(5);
            }
            throw new IllegalStateException("timed out waiting for " + expression + " on "
                    + call("Runtime.evaluate", "{\"expression\":\"location.href + document.readyState\",\"returnByValue\":true}"));
        }

        void close() {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "");
        }

        @Override
        public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String msg = partial.toString();
                partial.setLength(0);
                Matcher m = Pattern.compile("^\\{\"id\":(\\d+)").matcher(msg);
                if (m.find()) {
                    CompletableFuture<String> f = pending.get(Integer.parseInt(m.group(1)));
                    if (f != null) {
                        f.complete(msg);
                    }
                }
            }
            w.request(1);
            return null;
        }
    }
}
