package cn.gov.jinjiang.gksite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher outlives a batch whose handler fails, even with an Error: the next save is still seen. */
class SourceWatcherTest {
    @Test
    void aFailingBatchDoesNotEndTheWatching(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("content"));
        BlockingQueue<Set<Path>> batches = new LinkedBlockingQueue<>();
        List<Exception> failures = new CopyOnWriteArrayList<>();
        AtomicInteger count = new AtomicInteger();
        try (SourceWatcher w = new SourceWatcher(
                dir,
                Duration.ofMillis(50),
                batch -> {
                    batches.add(batch);
                    if (count.incrementAndGet() == 1) {
                        throw new StackOverflowError();
                    }
                },
                failures::add)) {
            w.start();
            Files.writeString(dir.resolve("content/a.md"), "一");
            assertThat(batches.poll(10, TimeUnit.SECONDS)).isNotNull();
            Files.writeString(dir.resolve("content/b.md"), "二");
            Set<Path> second = batches.poll(10, TimeUnit.SECONDS);
            assertThat(second).isNotNull();
            assertThat(second.stream().map(p -> p.getFileName().toString())).contains("b.md");
            assertThat(failures).hasSize(1);
            assertThat(failures.get(0).getCause()).isInstanceOf(StackOverflowError.class);
        }
    }
}
