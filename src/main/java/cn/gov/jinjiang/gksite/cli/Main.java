package cn.gov.jinjiang.gksite.cli;

import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code gksite} command. The only caller of {@link System#exit}; everything else returns an exit
 * code, so tests can run verbs in-process.
 */
@Command(name = "gksite", mixinStandardHelpOptions = true, version = "gksite 0.1.0",
        description = "政府信息公开静态站点生成器。",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, PublishCommand.class,
            NewCommand.class, ImportCommand.class, AckCommand.class})
public final class Main implements Runnable {
    private final PrintWriter out;
    private final PrintWriter err;
    private final java.time.Clock clock;

    public Main(PrintStream out, PrintStream err) {
        this(out, err, java.time.Clock.systemUTC());
    }

    /** @param clock today's date for the content it scaffolds (new page) */
    public Main(PrintStream out, PrintStream err, java.time.Clock clock) {
        this.clock = java.util.Objects.requireNonNull(clock, "clock");
        this.out = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        this.err = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    }

    public static void main(String[] args) {
        System.exit(new Main(System.out, System.err).execute(args));
    }

    /** Runs the command line and returns the exit code. */
    public int execute(String... args) {
        CommandLine cl = new CommandLine(this);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> ExitCodes.USAGE_OR_ENVIRONMENT);
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            if (ex instanceof DiagnosticException de) {
                Reporter.of("human").report(de.diagnostics(), err);
                return ExitCodes.USAGE_OR_ENVIRONMENT;
            }
            err.println("内部错误（internal error）：" + ex);
            ex.printStackTrace(err);
            err.flush();
            return ExitCodes.USAGE_OR_ENVIRONMENT;
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("内存不足（out of memory）：站点太大，程序可用的内存不够。请设置环境变量 GKSITE_HEAP 加大内存后重试，"
                    + "例如 GKSITE_HEAP=8g ./gksite build");
            err.flush();
            return ExitCodes.USAGE_OR_ENVIRONMENT;
        }
        // picocli's own usage errors exit with 2 already; keep that contract explicit.
        return code;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(out);
        out.flush();
    }

    PrintWriter out() {
        return out;
    }

    java.time.Clock clock() {
        return clock;
    }

    PrintWriter err() {
        return err;
    }

    static List<String> verbs() {
        return List.of("build", "check", "serve", "publish", "new", "import", "ack");
    }
}
