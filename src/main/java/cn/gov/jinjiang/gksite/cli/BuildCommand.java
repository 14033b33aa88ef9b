package cn.gov.jinjiang.gksite.cli;

import cn.gov.jinjiang.gksite.build.BuildRequest;
import cn.gov.jinjiang.gksite.build.BuildResult;
import cn.gov.jinjiang.gksite.build.Pipeline;
import cn.gov.jinjiang.gksite.build.Progress;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code gksite build}: content/ → site/, then the checks. */
@Command(name = "build", description = "构建站点：content/ → site/，并检查输出。", mixinStandardHelpOptions = true)
final class BuildCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Mixin
    private SourceOption source;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "输出目录，默认 <source>/site；只能是不存在的、空的或 gksite 生成过的目录（见 README）")
    private Path out;

    @Option(names = "--no-check", description = "不检查输出（链接、锚点等）")
    private boolean noCheck;

    @Option(names = "--drafts", description = "同时构建、检查和显示草稿（draft: true），页面上标明“草稿”；用于预览，不要把这样构建的站点放上网站")
    private boolean drafts;

    @Option(names = "--format", paramLabel = "human|json", description = "诊断信息格式：human（默认）或 json")
    private Format format = Format.human;

    @Option(names = "--timings", description = "列出各阶段用时（用于性能分析）")
    private boolean timings;

    @Option(names = "--no-cache", description = "不用也不更新构建缓存（.gksite/cache/），所有页面重新转换；结果与用缓存时相同")
    private boolean noCache;

    @Override
    public Integer call() {
        Progress bar = format == Format.human ? ProgressBar.forTerminal(main.err(), main.invocation()) : Progress.NONE;
        BuildResult r;
        try {
            Pipeline pipeline = new Pipeline(Clock.systemUTC(), bar);
            r = (noCache ? pipeline : pipeline.withCache())
                    .run(new BuildRequest(source.path(), out, !noCheck, drafts, false));
        } catch (DiagnosticException e) {
            if (format == Format.json) {
                // a refused --out (or another environment error) is still one JSON line on stdout, exit 2
                Reporter.of(format.name()).report(e.diagnostics(), main.out());
                return ExitCodes.USAGE_OR_ENVIRONMENT;
            }
            throw e;
        } finally {
            if (bar instanceof ProgressBar p) {
                p.finish();
            }
        }
        Reporter.of(format.name()).report(r.diagnostics(), main.out());
        if (format == Format.human) {
            main.err().println(summary(r));
            if (timings) {
                StringBuilder sb = new StringBuilder("各阶段用时（毫秒）：");
                r.stages()
                        .forEach((k, v) ->
                                sb.append(k).append(' ').append(v.toMillis()).append("  "));
                main.err().println(sb.toString().strip());
            }
            main.err().flush();
        }
        return r.ok() ? ExitCodes.OK : ExitCodes.CONTENT_ERRORS;
    }

    static String summary(BuildResult r) {
        String head = r.ok() ? "构建完成" : r.written() ? "构建完成，但有错误" : "构建失败，输出目录未改动";
        long drafts = r.drafts().leftOut().keySet().stream()
                .filter(p -> p.endsWith(".html"))
                .count();
        return head + "：" + r.pages() + " 个页面，" + r.manifest().entries().size() + " 个文件，" + r.errors() + " 个错误，"
                + r.warnings() + " 个警告，用时 " + r.elapsed().toMillis() + " 毫秒"
                + (drafts > 0 ? "；" + drafts + " 个草稿页面未构建（预览草稿：gksite serve 或 gksite build --drafts）" : "") + "。";
    }

    enum Format {
        human,
        json
    }
}
