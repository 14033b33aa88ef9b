package cn.gov.jinjiang.gksite.cli;

import cn.gov.jinjiang.gksite.build.Progress;
import java.io.PrintWriter;

/**
 * A one-line progress bar on the terminal, drawn only for builds that take more than a moment and only
 * when stderr is an interactive terminal and CI is not set. Redraws at most ten times a second.
 */
final class ProgressBar implements Progress {
    private static final long DELAY_NANOS = 1_500_000_000L;
    private static final long EVERY_NANOS = 100_000_000L;
    private final PrintWriter err;
    private final long start = System.nanoTime();
    private long last;
    private boolean drawn;

    private ProgressBar(PrintWriter err) {
        this.err = err;
    }

    /** A bar when the terminal is interactive and CI is unset, else {@link Progress#NONE}. */
    static Progress forTerminal(PrintWriter err, Invocation invocation) {
        boolean interactive =
                invocation.console() && invocation.getenv("CI") == null && !"dumb".equals(invocation.getenv("TERM"));
        return interactive ? new ProgressBar(err) : Progress.NONE;
    }

    @Override
    public synchronized void update(String stage, int done, int total) {
        long now = System.nanoTime();
        if (now - start < DELAY_NANOS || (now - last < EVERY_NANOS && done < total)) {
            return;
        }
        last = now;
        int width = 30;
        int filled = total == 0 ? width : (int) ((long) done * width / total);
        err.print("\r" + stage + " [" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total);
        err.flush();
        drawn = true;
    }

    /** Clears the bar's line so the summary starts on a clean line. */
    synchronized void finish() {
        if (drawn) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
