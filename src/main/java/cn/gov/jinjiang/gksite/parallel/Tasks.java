package cn.gov.jinjiang.gksite.parallel;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
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
    private Tasks() {}

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
        rethrow(failure.get());
    }

    /** {@code task} applied to every item, in parallel as {@link #forEach(int, IntConsumer)}; results in item order. */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> task) {
        Object[] out = new Object[items.size()];
        forEach(items.size(), i -> out[i] = task.apply(items.get(i)));
        @SuppressWarnings("unchecked")
        List<R> results = (List<R>) Arrays.asList(out);
        return results;
    }

    /**
     * Starts {@code task} on a thread of its own (named {@code name}), to run beside work on the pool; {@link
     * Background#join} waits for its result and rethrows what it threw, as thrown.
     */
    public static <T> Background<T> start(String name, Supplier<T> task) {
        Background<T> b = new Background<>();
        Thread t = new Thread(
                () -> {
                    try {
                        b.result = task.get();
                    } catch (RuntimeException | Error e) {
                        b.failure = e;
                    }
                },
                name);
        t.setDaemon(true);
        b.thread = t;
        t.start();
        return b;
    }

    /** A task running on its own thread. */
    public static final class Background<T> {
        private Thread thread;
        private T result;
        private Throwable failure;

        private Background() {}

        /** The task's result, once it has finished; what it threw is rethrown. */
        public T join() {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + thread.getName(), e);
            }
            rethrow(failure);
            return result;
        }
    }

    private static void rethrow(Throwable e) {
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
