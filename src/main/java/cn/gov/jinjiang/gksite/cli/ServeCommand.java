package cn.gov.jinjiang.gksite.cli;

import cn.gov.jinjiang.gksite.build.BuildResult;
import cn.gov.jinjiang.gksite.serve.DevServer;
import cn.gov.jinjiang.gksite.serve.Rebuilder;
import cn.gov.jinjiang.gksite.serve.ServeSession;
import cn.gov.jinjiang.gksite.serve.ServeState;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gksite serve}: builds, serves the preview and rebuilds on every save until Ctrl-C. */
@Command(name = "serve", description = "本地预览：构建后启动预览服务器，保存文件后浏览器自动刷新（按 Ctrl-C 停止）。", mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Mixin
    private SourceOption source;

    @Spec
    private CommandSpec spec;

    private int port = 1313;

    /** Checked here, before the preview build: Jetty would only refuse the port once the site is built. */
    @Option(names = "--port", paramLabel = "PORT", description = "端口（0–65535，0 表示由系统选一个空闲端口），默认 1313")
    void port(int value) {
        if (value < 0 || value > 65535) {
            throw new UsageErrors.Invalid(
                    spec.commandLine(), "选项 --port 的值“" + value + "”无效：端口应在 0–65535 之间" + "（0 表示由系统选一个空闲端口）。");
        }
        port = value;
    }

    @Option(names = "--bind", paramLabel = "ADDR", description = "监听地址，默认 127.0.0.1（只有本机能访问）")
    private String bind = "127.0.0.1";

    @Option(names = "--open", description = "启动后用默认浏览器打开预览")
    private boolean open;

    @Option(names = "--debounce", paramLabel = "MS", hidden = true, description = "保存后等待文件安静多少毫秒再重新构建，默认 20")
    private int debounceMs = 20;

    @Override
    public Integer call() throws InterruptedException {
        if (!DevServer.isLoopback(bind)) {
            main.err().println("警告：--bind " + bind + " 不是本机回环地址，同一网络中的其他电脑也能看到预览（包括尚未发布的内容）。" + "只在确有需要时这样做。");
        }
        TerminalListener listener = new TerminalListener();
        ServeSession session = ServeSession.start(
                new ServeSession.Options(source.path(), bind, port, Duration.ofMillis(Math.max(1, debounceMs))),
                listener,
                Clock.systemUTC());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            session.close();
                            main.err().println("预览服务器已停止。");
                            main.err().flush();
                            stopped.countDown();
                        },
                        "gksite-shutdown"));
        main.err().println("预览地址：" + session.uri() + "  （保存文件后浏览器会自动刷新；按 Ctrl-C 停止）");
        main.err().flush();
        if (open) {
            openBrowser(session.uri());
        }
        stopped.await();
        return ExitCodes.OK;
    }

    private void openBrowser(URI uri) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String[] cmd = os.contains("win")
                ? new String[] {"rundll32", "url.dll,FileProtocolHandler", uri.toString()}
                : os.contains("mac")
                        ? new String[] {"open", uri.toString()}
                        : new String[] {"xdg-open", uri.toString()};
        try {
            new ProcessBuilder(cmd)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            main.err().println("无法自动打开浏览器（" + e.getMessage() + "），请手动打开 " + uri);
        }
    }

    /** Prints every build: all diagnostics at first and while there are errors, one line otherwise. */
    private final class TerminalListener implements ServeSession.Listener {
        private boolean hadErrors;

        @Override
        public synchronized void built(Rebuilder.Outcome o) {
            BuildResult r = o.result();
            boolean initial = o.paths().isEmpty();
            if (initial || r.errors() > 0) {
                new HumanReporter().report(r.diagnostics(), main.err());
            }
            String what = initial
                    ? "预览构建完成"
                    : "已更新 "
                            + o.paths().stream()
                                    .map(Path::getFileName)
                                    .map(String::valueOf)
                                    .sorted()
                                    .limit(3)
                                    .collect(Collectors.joining("、"))
                            + (o.paths().size() > 3 ? " 等" : "");
            boolean draftsOnly =
                    r.errors() > 0 && !ServeState.of(r, Instant.EPOCH).blocking();
            String tail = draftsOnly
                    ? "，" + r.errors() + " 个错误，都在草稿中（只有草稿的页面显示错误页；草稿不发布，不影响发布）"
                    : r.errors() > 0 ? "，" + r.errors() + " 个错误（浏览器中显示错误页）" : hadErrors ? "，错误已改正" : "";
            main.err()
                    .println(what + "：" + r.pages() + " 个页面，用时 " + r.elapsed().toMillis() + " 毫秒" + tail
                            + (initial ? "，" + r.warnings() + " 个警告" : "") + "。");
            main.err().flush();
            hadErrors = r.errors() > 0;
        }

        @Override
        public void watcherFailed(Exception e) {
            main.err()
                    .println("错误：文件监视停止工作（" + e.getMessage() + "），之后的修改不会自动刷新。请重新启动 gksite serve。"
                            + "（Linux 上可能需要调高 fs.inotify.max_user_watches。）");
            main.err().flush();
        }
    }
}
