package cn.gov.jinjiang.gksite.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Live reload over Server-Sent Events. Browsers connect to {@link #PATH}; each rebuild sends
 * {@code reload} (or {@code css} when only stylesheets changed, which the script swaps in place). On
 * {@code reload} the page fetches itself again and puts the new {@code <main>} in place when nothing else changed
 * (no reload, the scroll position kept); otherwise it reloads. Every
 * served HTML page carries the small client script with the build generation it was served at: on
 * (re)connecting, the server says which generation is current and a page that is behind reloads itself,
 * so an edit that lands while the browser is reconnecting is not lost.
 *
 * <p>The script is added to responses only; it is never written to a folder.
 */
public final class LiveReload implements AutoCloseable {
    /** The event stream's address. */
    public static final String PATH = "/__gksite/events";

    /**
     * The browser's side (live-reload.js beside this class): patches a page's {@code <main>} in place when only it
     * changed, reloads it otherwise, swaps stylesheets.
     */
    private static final String CLIENT = client();

    private final Set<Client> clients = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "gksite-live-reload");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong generation = new AtomicLong();

    /** An open event stream: a blocking output and what to run when it ends. */
    interface Client {
        OutputStream out();

        void end();
    }

    public LiveReload() {
        // A comment every 10 s keeps idle connections open and finds the ones that went away.
        heartbeat.scheduleAtFixedRate(() -> send(": ping\n\n"), 10, 10, TimeUnit.SECONDS);
    }

    public long generation() {
        return generation.get();
    }

    public int clients() {
        return clients.size();
    }

    /** Registers a connected browser and tells it the current generation. */
    void connect(Client c) {
        clients.add(c);
        if (!write(c, "retry: 300\nevent: hello\ndata: " + generation.get() + "\n\n")) {
            clients.remove(c);
        }
    }

    /** Every page should be reloaded: a new generation. */
    public void reload() {
        send("event: reload\ndata: " + generation.incrementAndGet() + "\n\n");
    }

    /** Only stylesheets changed: swap them without reloading. */
    public void css() {
        send("event: css\ndata: " + generation.get() + "\n\n");
    }

    private void send(String event) {
        for (Client c : clients) {
            if (!write(c, event)) {
                clients.remove(c);
            }
        }
    }

    private static boolean write(Client c, String event) {
        synchronized (c) {
            try {
                c.out().write(event.getBytes(StandardCharsets.UTF_8));
                c.out().flush();
                return true;
            } catch (IOException | RuntimeException e) {
                c.end();
                return false;
            }
        }
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        for (Client c : clients) {
            c.end();
        }
        clients.clear();
    }

    /** The client script for a page served at {@code gen}. */
    public static String script(long gen) {
        return "<script data-gksite-live-reload>" + CLIENT.replace("__GEN__", Long.toString(gen)) + "</script>";
    }

    private static String client() {
        try (InputStream in = LiveReload.class.getResourceAsStream("live-reload.js")) {
            if (in == null) {
                throw new IllegalStateException("live-reload.js is missing from gksite's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("__PATH__", PATH);
        } catch (IOException e) {
            throw new UncheckedIOException("reading live-reload.js from gksite's jar", e);
        }
    }

    /** {@code html} with the client script before its last {@code </body>} (or at the end). */
    public static String inject(String html, long gen) {
        int at = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String s = script(gen);
        return at < 0 ? html + s : html.substring(0, at) + s + html.substring(at);
    }
}
