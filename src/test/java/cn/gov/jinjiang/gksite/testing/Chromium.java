package cn.gov.jinjiang.gksite.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headless Chromium driven over the DevTools protocol with java.net.http's WebSocket: enough to open a
 * page and evaluate expressions in it. Listens on 127.0.0.1 only, with a fresh profile folder.
 */
public final class Chromium implements AutoCloseable {
    public static final Path BINARY = Path.of("/usr/bin/chromium");

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<String>> pending = new ConcurrentHashMap<>();
    /** DevTools events received (messages without an id), oldest first. */
    private final Queue<String> events = new ConcurrentLinkedQueue<>();

    public static boolean available() {
        return Files.isExecutable(BINARY);
    }

    public Chromium(Path profile) throws IOException, InterruptedException {
        process = new ProcessBuilder(
                        BINARY.toString(),
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--no-first-run",
                        "--user-data-dir=" + profile,
                        "--remote-debugging-address=127.0.0.1",
                        "--remote-debugging-port=0",
                        "about:blank")
                .redirectErrorStream(true)
                .start();
        String devtools = null;
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (String line; devtools == null && System.nanoTime() < deadline && (line = out.readLine()) != null; ) {
            Matcher m = Pattern.compile("DevTools listening on (ws://\\S+)").matcher(line);
            if (m.find()) {
                devtools = m.group(1);
            }
        }
        if (devtools == null) {
            process.destroyForcibly();
            throw new IOException("Chromium did not start its DevTools endpoint");
        }
        Thread drain = new Thread(
                () -> {
                    try {
                        while (out.readLine() != null) {
                            // keep the pipe empty
                        }
                    } catch (IOException ignored) {
                        // process ended
                    }
                },
                "chromium-output");
        drain.setDaemon(true);
        drain.start();
        URI browser = URI.create(devtools);
        HttpClient http = HttpClient.newHttpClient();
        String list = http.send(
                        HttpRequest.newBuilder(URI.create("http://" + browser.getAuthority() + "/json/list"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher page = Pattern.compile(
                        "\"type\"\\s*:\\s*\"page\"[^}]*?\"webSocketDebuggerUrl\"\\s*:\\s*\"(ws://[^\"]+)\"",
                        Pattern.DOTALL)
                .matcher(list);
        if (!page.find()) {
            process.destroyForcibly();
            throw new IOException("no page target in " + list);
        }
        socket = http.newWebSocketBuilder()
                .buildAsync(URI.create(page.group(1)), new Listener())
                .join();
    }

    /** Calls a DevTools method and returns the raw JSON answer. */
    public String call(String method, String paramsJson) {
        int id = ids.incrementAndGet();
        CompletableFuture<String> f = new CompletableFuture<>();
        pending.put(id, f);
        socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + paramsJson + "}", true)
                .join();
        try {
            return f.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(method + " failed", e);
        } finally {
            pending.remove(id);
        }
    }

    public void navigate(String url) {
        call("Page.navigate", "{\"url\":\"" + url + "\"}");
    }

    /** Evaluates {@code expression} in the page; the value as JSON text, or null while the page is (re)loading. */
    public String eval(String expression) {
        String answer = call("Runtime.evaluate", "{\"expression\":" + json(expression) + ",\"returnByValue\":true}");
        Matcher m = Pattern.compile("\"value\":(true|false|-?[0-9.eE+]+|\"(?:[^\"\\\\]|\\\\.)*\")")
                .matcher(answer);
        return answer.contains("\"exceptionDetails\"") || !m.find() ? null : m.group(1);
    }

    /** Polls {@code expression} until it is true, or fails after {@code timeout}. */
    public void waitFor(String expression, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if ("true".equals(eval(expression))) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("not true within " + timeout + ": " + expression + "\npage: "
                + eval("location.href + ' | ' + document.title + ' | ' + document.body.innerText.slice(0, 400)"));
    }

    /**
     * The events named {@code method} received so far (enable their domain first, e.g. {@code Page.enable}). A
     * JavaScript dialog ({@code Page.javascriptDialogOpening}) is recorded and dismissed at once, so that a page that
     * opens one never blocks the calls that follow.
     */
    public List<String> events(String method) {
        return events.stream()
                .filter(e -> e.startsWith("{\"method\":\"" + method + "\""))
                .toList();
    }

    public static String json(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> sb.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return sb.append('"').toString();
    }

    @Override
    public void close() {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(2, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // the browser is being stopped anyway
        }
        // Chromium's helpers (zygote, renderers, GPU, network service) write into the profile folder too: stop
        // them all and wait for each, so that the test's @TempDir is not deleted while one still writes into it.
        List<ProcessHandle> helpers = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
            for (ProcessHandle h : helpers) {
                h.destroy();
            }
            for (ProcessHandle h : helpers) {
                try {
                    h.onExit().get(5, TimeUnit.SECONDS);
                } catch (ExecutionException | TimeoutException e) {
                    h.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String msg = partial.toString();
                partial.setLength(0);
                Matcher m = Pattern.compile("^\\{\"id\":(\\d+)").matcher(msg);
                if (msg.startsWith("{\"method\":")) {
                    events.add(msg);
                    if (msg.startsWith("{\"method\":\"Page.javascriptDialogOpening\"")) {
                        ws.sendText(
                                "{\"id\":" + ids.incrementAndGet()
                                        + ",\"method\":\"Page.handleJavaScriptDialog\",\"params\":{\"accept\":false}}",
                                true);
                    }
                } else if (m.find()) {
                    CompletableFuture<String> f = pending.get(Integer.parseInt(m.group(1)));
                    if (f != null) {
                        f.complete(msg);
                    }
                }
            }
            ws.request(1);
            return null;
        }
    }
}
