package cn.gov.jinjiang.gksite.publish.doctor;

import cn.gov.jinjiang.gksite.publish.ProcessRunner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs a program to its end or until a time limit, then kills it: a target that never answers must not hang doctor. */
final class TimedRun {
    private TimedRun() {}

    /**
     * The result of {@code command}, or empty when it ran longer than {@code limit} (it is killed then).
     *
     * @throws IOException when the program cannot be started (not installed)
     */
    static Optional<ProcessRunner.Result> run(ProcessRunner runner, List<String> command, Path dir, Duration limit)
            throws IOException {
        Process p = runner.start(command, dir);
        try {
            p.getOutputStream().close();
        } catch (IOException e) {
            // it ended already
        }
        FutureTask<String> out = drain(p.getInputStream(), "stdout of " + command.get(0));
        FutureTask<String> err = drain(p.getErrorStream(), "stderr of " + command.get(0));
        try {
            if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(5, TimeUnit.SECONDS);
                return Optional.empty();
            }
            return Optional.of(new ProcessRunner.Result(
                    p.exitValue(), out.get(5, TimeUnit.SECONDS), err.get(5, TimeUnit.SECONDS)));
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException e) {
            // the output of a program that ended is read to its end at once; one that is not, is not a result
            return Optional.empty();
        }
    }

    private static FutureTask<String> drain(InputStream in, String name) {
        FutureTask<String> task = new FutureTask<>(() -> {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            try (in) {
                in.transferTo(buf);
            } catch (IOException e) {
                // killed while reading: what was read is the output
            }
            return buf.toString(StandardCharsets.UTF_8);
        });
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
        return task;
    }
}
