package cn.gov.jinjiang.gksite.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TasksTest {

    @Test
    void runsEveryTaskExactlyOnce() {
        for (int n : new int[] {0, 1, 2, 3, 1000}) {
            AtomicIntegerArray runs = new AtomicIntegerArray(n);
            Tasks.forEach(n, runs::incrementAndGet);
            assertThat(IntStream.range(0, n).map(runs::get)).as("n=%d", n).allMatch(c -> c == 1);
        }
    }

    @Test
    void oneLongTaskDoesNotHoldBackTheOthers() {
        // The first task blocks until every other task has run: with tasks handed out one at a time, the other
        // threads finish them; a split into fixed chunks would leave the rest of the first chunk waiting forever.
        int n = 200;
        AtomicInteger done = new AtomicInteger();
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        Tasks.forEach(n, i -> {
            threads.add(Thread.currentThread());
            if (i == 0) {
                long until = System.nanoTime() + 10_000_000_000L;
                while (done.get() < n - 1 && System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
            }
            done.incrementAndGet();
        });
        assertThat(done.get()).isEqualTo(n);
        if (ForkJoinPool.getCommonPoolParallelism() > 0) {
            assertThat(threads).hasSizeGreaterThan(1);
        }
    }

    @Test
    void aFailingTaskStopsTheRestAndIsRethrown() {
        AtomicInteger started = new AtomicInteger();
        assertThatThrownBy(() ->
                        Tasks.forEach(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10).subList(0, 10), x -> {
                            started.incrementAndGet();
                            if (x == 1) {
                                throw new IllegalStateException("task " + x);
                            }
                        }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("task 1");
        assertThat(started.get()).isLessThanOrEqualTo(10);
    }

    @Test
    void mapKeepsTheOrderOfTheItems() {
        List<Integer> items = IntStream.range(0, 500).boxed().toList();
        assertThat(Tasks.map(items, x -> x * 2))
                .isEqualTo(items.stream().map(x -> x * 2).toList());
    }

    @Test
    void aBackgroundTaskGivesItsResultOrRethrowsWhatItThrewAsThrown() {
        assertThat(Tasks.start("t", () -> "结果").join()).isEqualTo("结果");
        IllegalStateException thrown = new IllegalStateException("失败");
        assertThatThrownBy(() -> Tasks.start("t", () -> {
                            throw thrown;
                        })
                        .join())
                .isSameAs(thrown);
    }
}
