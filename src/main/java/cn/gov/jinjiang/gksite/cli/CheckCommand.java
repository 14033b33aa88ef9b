package cn.gov.jinjiang.gksite.cli;

import cn.gov.jinjiang.gksite.build.BuildResult;
import cn.gov.jinjiang.gksite.build.CheckRun;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code gksite check}: checks the links, anchors, assets and accessibility basics of a built site. */
@Command(name = "check", description = "检查已生成的站点：站内链接、锚点、资源文件和基本的无障碍要求。", mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Option(names = "--site", paramLabel = "DIR", description = "要检查的目录，默认 <source>/site")
    private Path site;

    @Option(names = "--source", paramLabel = "DIR", description = "站点目录（读取 site.yaml 和构建清单），默认当前目录", defaultValue = ".")
    private Path source;

    @Option(names = "--external", description = "同时检查外部链接（需要联网；结果缓存在 .gksite/ 中）")
    private boolean external;

    @Option(names = "--format", paramLabel = "human|json", description = "诊断信息格式：human（默认）或 json")
    private BuildCommand.Format format = BuildCommand.Format.human;

    @Override
    public Integer call() {
        BuildResult r = new CheckRun(Clock.systemUTC(), CheckRun.defaultProbe(source)).run(source, site, external);
        Reporter.of(format.name()).report(r.diagnostics(), main.out());
        if (format == BuildCommand.Format.human) {
            main.err()
                    .println((r.ok() ? "检查完成" : "检查发现错误") + "：" + r.errors() + " 个错误，" + r.warnings() + " 个警告，用时 "
                            + r.elapsed().toMillis() + " 毫秒。");
            main.err().flush();
        }
        return r.ok() ? ExitCodes.OK : ExitCodes.CONTENT_ERRORS;
    }
}
