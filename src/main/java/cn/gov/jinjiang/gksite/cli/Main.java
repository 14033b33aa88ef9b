package cn.gov.jinjiang.gksite.cli;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.InternalErrors;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code gksite} command. The only caller of {@link System#exit}; everything else returns an exit
 * code, so tests can run verbs in-process.
 */
@Command(
        name = "gksite",
        mixinStandardHelpOptions = true,
        version = "gksite 0.1.0",
        description = "政府信息公开静态站点生成器。",
        resourceBundle = "cn.gov.jinjiang.gksite.cli.Messages")
public final class Main implements Runnable {
    /**
     * The verbs (subcommands), in the order the help lists them. picocli makes a command's model by reflection, about
     * 100 ms at start for all of them: a command line that starts with a verb gets only that verb's.
     */
    private static final Map<String, Class<?>> VERBS = verbsInOrder();

    private static Map<String, Class<?>> verbsInOrder() {
        Map<String, Class<?>> verbs = new LinkedHashMap<>();
        verbs.put("build", BuildCommand.class);
        verbs.put("check", CheckCommand.class);
        verbs.put("serve", ServeCommand.class);
        verbs.put("publish", PublishCommand.class);
        verbs.put("new", NewCommand.class);
        verbs.put("import", ImportCommand.class);
        verbs.put("ack", AckCommand.class);
        verbs.put("schemas", SchemasCommand.class);
        verbs.put("doctor", DoctorCommand.class);
        verbs.put("hook", HookCommand.class);
        return Collections.unmodifiableMap(verbs);
    }

    @Spec
    private CommandSpec spec;

    private final PrintWriter out;
    private final PrintWriter err;
    private final Clock clock;
    private final Invocation invocation;
    private boolean internalFailure;

    public Main(PrintStream out, PrintStream err) {
        this(out, err, Clock.systemUTC());
    }

    /** @param clock today's date for the content it scaffolds (new page) */
    public Main(PrintStream out, PrintStream err, Clock clock) {
        this(out, err, clock, Invocation.process());
    }

    /** @param invocation the folder, environment and console the command line was given in */
    Main(PrintStream out, PrintStream err, Clock clock, Invocation invocation) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.invocation = Objects.requireNonNull(invocation, "invocation");
        this.out = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        this.err = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    }

    public static void main(String[] args) {
        System.exit(new Main(System.out, System.err).execute(args));
    }

    /**
     * Runs the command line and returns the exit code. Whatever goes wrong is reported as diagnostics in the format
     * asked for, never as a stack trace: a {@link DiagnosticException} as its diagnostics, any other failure (a defect
     * of gksite, or the memory running out) as one {@code internal.error} or {@code internal.memory} diagnostic, each
     * with exit code 2. Under {@code --format json} stdout holds only JSON lines.
     */
    public int execute(String... args) {
        boolean json = jsonRequested(args);
        CommandLine cl = new CommandLine(this);
        // Every verb when the first argument is none (help, a typo, an option of gksite itself): their list and
        // picocli's suggestions are the same as ever.
        String first = args.length > 0 ? args[0] : "";
        VERBS.forEach((name, command) -> {
            if (!VERBS.containsKey(first) || name.equals(first)) {
                cl.addSubcommand(name, command);
            }
        });
        // A build server's command line names paths relative to its client's folder (defaults included: they are
        // given as defaultValue, which picocli converts too).
        if (invocation.cwd() != null) {
            cl.registerConverter(Path.class, invocation::resolve);
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> ExitCodes.USAGE_OR_ENVIRONMENT);
        // Usage mistakes in Chinese (the headings of the help come from the resource bundle).
        cl.setParameterExceptionHandler(new UsageErrors(err));
        cl.setExecutionExceptionHandler((ex, line, parsed) -> failed(ex, json));
        try {
            // picocli's own usage errors exit with 2 already; keep that contract explicit.
            return cl.execute(args);
        } catch (RuntimeException | Error e) {
            // picocli hands only exceptions to the handler above; an Error (out of memory, a stack overflow) ends up
            // here.
            return failed(e, json);
        }
    }

    /** Reports a failure of the command and returns exit code 2. */
    private int failed(Throwable e, boolean json) {
        List<Diagnostic> diagnostics;
        if (e instanceof DiagnosticException de) {
            diagnostics = de.diagnostics();
        } else if (e instanceof OutOfMemoryError) {
            internalFailure = true;
            diagnostics = List.of(Diagnostic.error(
                    "internal.memory",
                    SourcePos.of("."),
                    "内存不足（out of memory）：站点太大，程序可用的内存不够。",
                    "请设置环境变量 GKSITE_HEAP 加大内存后重试，例如 GKSITE_HEAP=8g ./gksite build"));
        } else {
            internalFailure = true;
            // "." is the source folder as a whole: the failure escaped every stage that knows its file.
            diagnostics = List.of(InternalErrors.diagnostic(SourcePos.of("."), "运行命令", e));
        }
        if (json) {
            Reporter.of("json").report(diagnostics, out);
        } else {
            Reporter.of("human").report(diagnostics, err);
            if (!(e instanceof DiagnosticException) && invocation.getenv("GKSITE_TRACE") != null) {
                e.printStackTrace(err);
            }
        }
        err.flush();
        return ExitCodes.USAGE_OR_ENVIRONMENT;
    }

    /**
     * Whether the arguments ask for {@code --format json} (known before picocli has parsed them, for every failure).
     */
    static boolean jsonRequested(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--format=json")
                    || args[i].equals("--format") && i + 1 < args.length && args[i + 1].equals("json")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void run() {
        spec.commandLine().usage(out);
        out.flush();
    }

    PrintWriter out() {
        return out;
    }

    /**
     * Whether the last command line ended in a failure of gksite itself (a defect, the memory running out) rather
     * than in diagnostics of the site: a build server does not trust its state after one.
     */
    boolean internalFailure() {
        return internalFailure;
    }

    Invocation invocation() {
        return invocation;
    }

    Clock clock() {
        return clock;
    }

    PrintWriter err() {
        return err;
    }

    static List<String> verbs() {
        return List.copyOf(VERBS.keySet());
    }
}
