package cn.gov.jinjiang.gksite.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Starts external programs (rsync, git) from an argument list, never through a shell. Tests substitute
 * their own runner, e.g. one that kills rsync midway.
 */
public interface ProcessRunner {

    /**
     * Starts {@code command} in {@code workDir} with stdin closed.
     *
     * @throws IOException when the program cannot be started (typically: not installed)
     */
    Process start(List<String> command, Path workDir) throws IOException;

    /**
     * Runs {@code command} to the end and returns its exit code and output, both decoded as UTF-8.
     *
     * @throws IOException only when the program cannot be started
     */
    default Result run(List<String> command, Path workDir) throws IOException {
        Process p = start(command, workDir);
        try {
            p.getOutputStream().close();
        } catch (IOException e) {
            // the program already ended: nothing to close
        }
        // stderr is drained on its own thread so a chatty program never blocks on a full pipe
        FutureTask<String> err = new FutureTask<>(() -> drain(p.getErrorStream()));
        Thread errReader = new Thread(err, "stderr of " + command.get(0));
        errReader.setDaemon(true);
        errReader.start();
        String out = drain(p.getInputStream());
        try {
            int code = p.waitFor();
            return new Result(code, out, err.get());
        } catch (ExecutionException e) {
            throw new IllegalStateException("draining stderr cannot fail", e);
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            return new Result(-1, out, "interrupted while waiting for " + command.get(0));
        }
    }

    /** The runner of the real system: {@link ProcessBuilder}. */
    static ProcessRunner system() {
        return (command, workDir) -> new ProcessBuilder(List.copyOf(command))
                .directory(workDir.toFile())
                .start();
    }

    /**
     * Everything the stream gives until it ends. A stream closed under us (the process was killed) ends the
     * output: what was read so far is returned, and the exit code tells what happened.
     */
    private static String drain(InputStream in) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (in) {
            in.transferTo(buf);
        } catch (IOException e) {
            // killed while we were reading: keep the output we have
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    /** What a finished program returned. */
    record Result(int exitCode, String stdout, String stderr) {
        public Result {
            Objects.requireNonNull(stdout, "stdout");
            Objects.requireNonNull(stderr, "stderr");
        }
    }
}
