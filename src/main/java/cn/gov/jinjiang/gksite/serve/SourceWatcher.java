package cn.gov.jinjiang.gksite.serve;

import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.config.SourceTree;
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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

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
    /** The folders each key watches, as the site sees them: a real folder may be reached by a link too. */
    private final Map<WatchKey, Set<Path>> keys = new HashMap<>();

    private final Path root;
    private final SourceTree tree;
    /** Linked files by their target: an edit of the target is reported as an edit of each link. */
    private final Map<Path, Set<Path>> linkedFiles = new HashMap<>();

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
        this.tree = new SourceTree(SourceLayout.of(this.root, null));
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
        Set<Path> dirs = keys.getOrDefault(key, Set.of());
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                batch.add(root.resolve("content"));
                batch.add(root.resolve("themes"));
                continue;
            }
            for (Path dir : List.copyOf(dirs)) {
                Path changed = dir.resolve((Path) event.context());
                batch.addAll(linkedFiles.getOrDefault(changed, Set.of()));
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
        }
        if (!key.reset()) {
            keys.remove(key);
        }
    }

    /** In the source folder itself only site.yaml and the two watched folders matter. */
    private boolean isWatchedTop(Path changed) {
        String name = changed.getFileName().toString();
        if (name.equals("content") || name.equals("themes")) {
            if (Files.isDirectory(changed) && keys.values().stream().noneMatch(d -> d.contains(changed))) {
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

    /**
     * Watches {@code dir} and every folder below it that a build reads: links are followed or refused by the
     * rule of {@link SourceTree}, so a link out of the source folder is never watched.
     */
    private void registerTree(Path dir, Set<Path> found) throws IOException {
        SourceTree.Listing listing = tree.walk(dir, "watch", p -> false);
        for (SourceTree.Entry folder : listing.folders()) {
            register(folder.path());
        }
        Map<Path, Path> realFolders = new HashMap<>();
        listing.folders().forEach(f -> realFolders.put(f.path(), f.real()));
        for (SourceTree.Entry e : listing.files()) {
            if (found != null) {
                found.add(e.path());
            }
            if (!e.real()
                    .equals(realFolders
                            .get(e.path().getParent())
                            .resolve(e.path().getFileName().toString()))) {
                // A linked file: its target's folder is watched too, and a change there is reported at the link.
                linkedFiles
                        .computeIfAbsent(e.real(), k -> new LinkedHashSet<>())
                        .add(e.path());
                register(e.real().getParent());
            }
        }
    }

    private void register(Path dir) throws IOException {
        WatchKey key = dir.register(
                service,
                StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_DELETE,
                StandardWatchEventKinds.ENTRY_MODIFY);
        keys.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(dir);
    }
}
