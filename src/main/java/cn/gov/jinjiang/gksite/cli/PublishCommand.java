package cn.gov.jinjiang.gksite.cli;

import cn.gov.jinjiang.gksite.publish.Changes;
import cn.gov.jinjiang.gksite.publish.PublishRecord;
import cn.gov.jinjiang.gksite.publish.PublishRequest;
import cn.gov.jinjiang.gksite.publish.PublishResult;
import cn.gov.jinjiang.gksite.publish.Publisher;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code gksite publish}: builds and checks afresh, then puts exactly that site on the server with rsync. */
@Command(name = "publish", description = "发布：重新构建并检查站点，没有错误时用 rsync 把站点完整地放到服务器上。", mixinStandardHelpOptions = true)
final class PublishCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Mixin
    private SourceOption source;

    @Option(
            names = "--target",
            paramLabel = "USER@HOST:PATH|PATH|rsync://HOST:PORT/MODULE/PATH",
            description = "发布目标，默认取 site.yaml 的 publish.target")
    private String target;

    @Option(names = "--dry-run", description = "预演：列出将新增、修改、删除的文件，不发送任何文件")
    private boolean dryRun;

    @Option(names = "--init", description = "首次发布到新目标：允许没有 .gksite-target 标记的目标，并写入标记")
    private boolean init;

    @Option(names = "--force", description = "允许删除超过 publish.max_delete 比例的文件")
    private boolean force;

    @Option(names = "--history", description = "列出以往的发布（时间、目标、提交、新增/修改/删除的文件数）")
    private boolean history;

    @Override
    public Integer call() {
        Publisher publisher = new Publisher(Clock.systemUTC());
        if (history) {
            printHistory(publisher.history(source.path()), main.out());
            return ExitCodes.OK;
        }
        PublishResult r = publisher.publish(new PublishRequest(source.path(), target, dryRun, init, force));
        Reporter.of("human").report(r.diagnostics(), main.out());
        PrintWriter err = main.err();
        if (r.status() == PublishResult.Status.REFUSED) {
            err.println("发布被拒绝：构建或检查有 " + r.errors() + " 个错误，没有向“" + r.target() + "”发送任何文件。");
            err.flush();
            return ExitCodes.CONTENT_ERRORS;
        }
        printChanges(r.changes(), main.out());
        Changes c = r.changes();
        String counts = "新增 " + c.added().size() + " 个、修改 " + c.changed().size() + " 个、删除 "
                + c.deleted().size() + " 个文件";
        if (r.status() == PublishResult.Status.DRY_RUN) {
            err.println("预演完成（没有发送任何文件）：发布到“" + r.target() + "”将" + counts + "。");
        } else {
            err.println("已发布到“" + r.target() + "”：" + counts + "，站点共 "
                    + r.record().files().size() + " 个文件；记录：" + r.logFile());
        }
        err.flush();
        return ExitCodes.OK;
    }

    static void printChanges(Changes c, PrintWriter out) {
        c.added().forEach(p -> out.println("新增 " + p));
        c.changed().forEach(p -> out.println("修改 " + p));
        c.deleted().forEach(p -> out.println("删除 " + p));
        out.flush();
    }

    /** Publish times as the office reads its clock: Beijing time, to the second. */
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    static void printHistory(List<PublishRecord> records, PrintWriter out) {
        if (records.isEmpty()) {
            out.println("还没有发布记录（.gksite/publish-log/ 中没有文件）。");
        }
        for (PublishRecord r : records) {
            String commit = r.commit().length() > 12 ? r.commit().substring(0, 12) : r.commit();
            String dirty = !r.dirty()
                    ? ""
                    : r.untracked() > 0 ? "（有未提交的改动，其中 " + r.untracked() + " 个文件不在 git 中）" : "（有未提交的改动）";
            out.println(TIME.format(r.time()) + "  " + r.target() + "  提交 " + commit + dirty
                    + "  新增 " + r.added().size() + "  修改 " + r.changed().size() + "  删除 "
                    + r.deleted().size()
                    + "  共 " + r.files().size() + " 个文件");
        }
        out.flush();
    }
}
