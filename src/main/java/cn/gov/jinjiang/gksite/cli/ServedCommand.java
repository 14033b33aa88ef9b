package cn.gov.jinjiang.gksite.cli;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/** One command line run by the {@link BuildServer} for its client. */
final class ServedCommand {
    private ServedCommand() {}

    /**
     * Runs the request's command line in a new {@link Main} with the client's invocation, sending its stdout and
     * stderr as they come, then its exit code. A client that goes away before the answer (Ctrl-C) makes {@code halt}
     * end the JVM at once, as Ctrl-C ends a build process. {@code release} frees the server just before the answer,
     * told whether the server can go on (false after a failure of gksite itself).
     */
    static void run(
            DataInputStream in,
            DataOutputStream out,
            ServerProtocol.Request request,
            IntConsumer halt,
            Consumer<Boolean> release)
            throws IOException {
        AtomicBoolean answered = new AtomicBoolean();
        // The client sends nothing more: the end of its stream is its going away.
        Thread watch = new Thread(
                () -> {
                    try {
                        while (in.read() >= 0) {
                            // ignored
                        }
                    } catch (IOException e) {
                        // the same: the client is gone
                    }
                    if (!answered.get()) {
                        halt.accept(130);
                    }
                },
                "build-server-watch");
        watch.setDaemon(true);
        watch.start();
        Main main;
        int code;
        try (PrintStream stdout = new PrintStream(ServerProtocol.frames(out, ServerProtocol.OUT), true);
                PrintStream stderr = new PrintStream(ServerProtocol.frames(out, ServerProtocol.ERR), true)) {
            main = new Main(stdout, stderr, Clock.systemUTC(), request.invocation());
            code = main.execute(request.args().toArray(String[]::new));
            main.out().flush();
            main.err().flush();
            // what the build started on threads of its own (the memo of the pages, say) ends before the answer, as
            // it would have to before a process of its own could be said to be done
            joinBuildThreads();
        }
        answered.set(true);
        release.accept(!main.internalFailure());
        ServerProtocol.frameInt(out, ServerProtocol.EXIT, code);
    }

    /** Waits for the threads a build starts by name ("gksite-…", {@code Tasks.start}) to end. */
    private static void joinBuildThreads() {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t != Thread.currentThread() && t.getName().startsWith("gksite-")) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
