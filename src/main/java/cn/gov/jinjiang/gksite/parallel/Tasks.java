package cn.gov.jinjiang.gksite.parallel;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Runs independent tasks on every core, handing them out one at a time in index order.
 *
 * <p>A parallel stream splits its range into a few large chunks up front (a thousand pages each on a
 * 10,000-page site with two cores); the thread that draws the last chunk then works alone for a second
 * or more while the other cores wait. Handing out one task at a time keeps every core busy until the
 * last task has started, at the cost of one atomic increment per task.
 */
public final class Tasks {
    private Tasks() {
    }

    /**
     * Runs {@code task} for each index in [0, n) on the common fork-join pool and the calling thread, and
     * returns when all have run. When a task throws, no further tasks are started and the first exception
     * is rethrown.
     */
    public static void forEach(int n, IntConsumer task) {
        int workers = Math.min(n, ForkJoinPool.getCommonPoolParallelism() + 1);
        if (workers <= 1) {
            for (int i = 0; i < n; i++) {
                task.accept(i);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        IntStream.range(0, workers).parallel().forEach(w -> {
            try {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    task.accept(i);
                }
            } catch (RuntimeException | Error e) {
                next.set(n);
                failure.compareAndSet(null, e);
            }
        });
        // Rethrown here, as thrown: the fork-join pool would wrap an exception from another thread in a copy.
        Throwable e = failure.get();
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e instanceof Error err) {
            throw err;
        }
    }

    /** Runs {@code task} for each item of {@code items} (see {@link #forEach(int, IntConsumer)}). */
    public static <T> void forEach(List<T> items, Consumer<? super T> task) {
        forEach(items.size(), i -> task.accept(items.get(i)));
    }
}
