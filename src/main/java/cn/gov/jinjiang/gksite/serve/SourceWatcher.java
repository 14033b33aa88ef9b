package cn.gov.jinjiang.gksite.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches content/ and themes/ (with every sub-folder, registering new ones as they appear) and the
 * source folder itself (for site.yaml) for one serve session. Events are debounced: after the first one,
 * the batch is closed once nothing has happened for {@code quiet}, or after {@code 10 × quiet} at most, so
 * an editor's write-to-temp-then-rename or delete-then-create arrives as one batch.
 *
 * <p>A folder that appears is walked and every file in it is reported too, because files may have been
 * written before the folder was registered. An overflow reports the watched roots themselves, which means
 * "re-read everything". Paths are reported as they are; {@link ChangeClassifier} decides what matters.
 */
public final class SourceWatcher implements AutoCloseable {
    private final WatchService service;
    private final Map<WatchKey, Path> keys = new HashMap<>();
    private final Path root;
    private final Duration quiet;
    private final Consumer<Set<Path>> onBatch;
    private final Consumer<Exception> onError;
    private final Thread thread;

    /**
     * @param root    the source folder
     * @param onBatch receives each batch of changed paths, on the watcher's thread
     * @param onError receives a failure of the watcher itself (e.g. too many folders for the OS limit), or of
     *                {@code onBatch}, after which the watcher goes on
     */
    public SourceWatcher(Path root, Duration quiet, Consumer<Set<Path>> onBatch, Consumer<Exception> onError)
            throws IOException {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
        this.quiet = Objects.requireNonNull(quiet, "quiet");
        this.onBatch = Objects.requireNonNull(onBatch, "onBatch");
        this.onError = Objects.requireNonNull(onError, "onError");
        this.service = FileSystems.getDefault().newWatchService();
        register(this.root);
        for (String sub : new String[] {"content", "themes"}) {
            Path dir = this.root.resolve(sub);
            if (Files.isDirectory(dir)) {
                registerTree(dir, null);
            }
        }
        this.thread = new Thread(this::loop, "gksite-watcher");
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException ignored) {
            // closing only wakes the thread up; nothing to report
        }
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void loop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Set<Path> batch = new LinkedHashSet<>();
                drain(service.take(), batch);
                long deadline = System.nanoTime() + quiet.toNanos() * 10;
                while (System.nanoTime() < deadline) {
                    WatchKey next = service.poll(quiet.toNanos(), TimeUnit.NANOSECONDS);
                    if (next == null) {
                        break;
                    }
                    drain(next, batch);
                }
                if (!batch.isEmpty()) {
                    try {
                        onBatch.accept(Set.copyOf(batch));
                    } catch (RuntimeException | Error e) {
                        // A failure of one batch's handler must not end the watching: the next save is seen.
                        onError.accept(e instanceof Exception x ? x : new RuntimeException(e));
                    }
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the session is over
        } catch (RuntimeException e) {
            onError.accept(e);
        }
    }

    private void drain(WatchKey key, Set<Path> batch) {
        Path dir = keys.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                batch.add(root.resolve("content"));
                batch.add(root.resolve("themes"));
                continue;
            }
            if (dir == null) {
                continue;
            }
            Path changed = dir.resolve((Path) event.context());
            if (dir.equals(root) && !isWatchedTop(changed)) {
                continue;
            }
            batch.add(changed);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                try {
                    registerTree(changed, batch);
                } catch (IOException e) {
                    onError.accept(e);
                }
            }
        }
        if (!key.reset()) {
            keys.remove(key);
        }
    }

    /** In the source folder itself only site.yaml and the two watched folders matter. */
    private boolean isWatchedTop(Path changed) {
        String name = changed.getFileName().toString();
        if (name.equals("content") || name.equals("themes")) {
            if (Files.isDirectory(changed) && keys.values().stream().noneMatch(changed::equals)) {
                try {
                    registerTree(changed, null);
                } catch (IOException e) {
                    onError.accept(e);
                }
            }
            return true;
        }
        return name.equals("site.yaml");
    }

    private void registerTree(Path dir, Set<Path> found) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.toList()) {
                if (Files.isDirectory(p)) {
                    register(p);
                } else if (found != null) {
                    found.add(p);
                }
            }
        }
    }

    private void register(Path dir) throws IOException {
        WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
        keys.put(key, dir);
    }
}
