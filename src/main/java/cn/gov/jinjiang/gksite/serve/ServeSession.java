package cn.gov.jinjiang.gksite.serve;

import cn.gov.jinjiang.gksite.build.IncrementalBuild;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.output.OutputWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One {@code gksite serve} session: builds into a private temporary folder (site/ is never touched),
 * serves it, watches the sources and rebuilds on each batch of changes, then tells browsers to reload.
 * {@link #close()} stops the watcher, the event streams and Jetty, and removes the temporary folder.
 */
public final class ServeSession implements AutoCloseable {
    /** What the terminal is told; called on the session's threads. */
    public interface Listener {
        /** A build finished (the first one too); its result lists every current diagnostic. */
        void built(Rebuilder.Outcome outcome);

        /** The watcher stopped working (edits are no longer seen). */
        void watcherFailed(Exception e);
    }

    /**
     * @param source   the source folder
     * @param bind     address to listen on
     * @param port     port, 0 for any free one
     * @param debounce quiet time that closes a batch of file events
     */
    public record Options(Path source, String bind, int port, Duration debounce) {
        public Options {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(bind, "bind");
            Objects.requireNonNull(debounce, "debounce");
        }
    }

    private final Path temp;
    private final Rebuilder rebuilder;
    private final LiveReload live = new LiveReload();
    private final AtomicReference<ServeState> state = new AtomicReference<>();
    private final Listener listener;
    private final Clock clock;
    private final String bind;
    private DevServer server;
    private SourceWatcher watcher;

    private ServeSession(Options o, Listener listener, Clock clock) throws IOException {
        this.listener = listener;
        this.clock = clock;
        this.bind = o.bind();
        this.temp = Files.createTempDirectory("gksite-serve-");
        this.rebuilder = new Rebuilder(new IncrementalBuild(o.source(), temp.resolve("site"), clock, true), clock);
    }

    /**
     * Builds, starts the server and the watcher. Environment failures (no site.yaml, port taken) are thrown as
     * {@link DiagnosticException} after everything started is stopped again;
     * errors in the content are not failures: the server starts and shows them.
     */
    public static ServeSession start(Options o, Listener listener, Clock clock) {
        ServeSession s;
        try {
            s = new ServeSession(o, Objects.requireNonNull(listener, "listener"), clock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Rebuilder.Outcome first = s.rebuilder.initial();
            s.state.set(ServeState.of(first.result(), clock.instant()));
            listener.built(first);
            // While the editor opens the page: the first save then takes as long as the next ones.
            Thread warm = new Thread(s.rebuilder.warmUp(), "gksite-warm-up");
            warm.setDaemon(true);
            // what it meets is the next build's to report (MarkdownStage.warmUp passes over pages it cannot convert)
            warm.setUncaughtExceptionHandler((t, e) -> {});
            warm.start();
            Path root = o.source().toAbsolutePath().normalize();
            s.server = new DevServer(
                    new SiteHandler(s.temp.resolve("site"), s.state::get, s.live, new ErrorPage(root)),
                    o.bind(),
                    o.port());
            s.server.start();
            s.watcher = new SourceWatcher(root, o.debounce(), s::changed, listener::watcherFailed);
            s.watcher.start();
            return s;
        } catch (IOException e) {
            s.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }

    /** Rebuilds for a batch of changes (called by the watcher; public so tests can drive it without waiting). */
    public void changed(Set<Path> paths) {
        // The rebuilder turns every failure of a build into diagnostics; the preview's state follows the outcome
        // before anything else can go wrong, so the browser shows the latest errors whatever happens next.
        Rebuilder.Outcome o = rebuilder.rebuild(paths);
        if (o == null) {
            return;
        }
        state.set(ServeState.of(o.result(), clock.instant()));
        if (o.cssOnly()) {
            live.css();
        } else {
            live.reload();
        }
        listener.built(o);
        rebuilder.afterReload();
    }

    public int port() {
        return server.port();
    }

    /** The address to open in a browser. */
    public URI uri() {
        String host = bind.contains(":") ? "[" + bind + "]" : bind;
        if (bind.equals("0.0.0.0") || bind.equals("::")) {
            host = "127.0.0.1";
        }
        return URI.create("http://" + host + ":" + port() + "/");
    }

    public ServeState state() {
        return state.get();
    }

    /** The private folder the preview is built into. */
    public Path output() {
        return temp.resolve("site");
    }

    public LiveReload liveReload() {
        return live;
    }

    @Override
    public synchronized void close() {
        if (watcher != null) {
            watcher.close();
        }
        live.close();
        if (server != null) {
            server.close();
        }
        deleteTree(temp);
    }

    private static void deleteTree(Path root) {
        OutputWriter.deleteTree(root);
    }
}
