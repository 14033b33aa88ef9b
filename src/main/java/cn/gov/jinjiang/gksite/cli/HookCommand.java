package cn.gov.jinjiang.gksite.cli;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.InternalErrors;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.publish.ProcessRunner;
import cn.gov.jinjiang.gksite.setup.HookInstaller;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code gksite hook}: the git hooks of a site's repository. */
@Command(
        name = "hook",
        description = "管理站点 git 仓库的钩子。",
        mixinStandardHelpOptions = true,
        subcommands = {HookCommand.Install.class})
final class HookCommand implements Runnable {
    @ParentCommand
    private Main main;

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(main.out());
    }

    /** {@code gksite hook install}: the pre-commit hook that refuses a commit whose site has errors. */
    @Command(
            name = "install",
            mixinStandardHelpOptions = true,
            description = "安装 git 提交前钩子：每次 git commit 前构建并检查网站，有错误时拒绝提交（只有警告时照常提交）。" + "只替换 gksite 自己写的钩子。")
    static final class Install implements Callable<Integer> {
        @ParentCommand
        private HookCommand parent;

        @Mixin
        private SourceOption source;

        @Override
        public Integer call() {
            Main main = parent.main;
            HookInstaller.Installed done = new HookInstaller(ProcessRunner.system()).install(source.path(), self());
            main.err()
                    .println((done.replaced() ? "已更新" : "已安装") + "提交前钩子 " + done.hook()
                            + "：以后每次 git commit 前都会构建并检查网站，有错误时拒绝提交。");
            main.err().flush();
            return ExitCodes.OK;
        }
    }

    /**
     * The command that runs this gksite: its launcher (bin/gksite, or the repository's ./gksite, which pass their path
     * as {@code gksite.launcher}), else this JVM's java with the jar gksite was loaded from (or, run from compiled
     * classes, with this JVM's class path).
     */
    static List<String> self() {
        String launcher = System.getProperty("gksite.launcher", "");
        if (!launcher.isBlank()) {
            return List.of(launcher);
        }
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try {
            Path jar = Path.of(HookCommand.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            if (Files.isDirectory(jar)) {
                return List.of(javaBin, "-cp", System.getProperty("java.class.path"), Main.class.getName());
            }
            return List.of(javaBin, "-jar", jar.toString());
        } catch (URISyntaxException | RuntimeException e) {
            throw new DiagnosticException(
                    Diagnostic.error(
                            InternalErrors.CODE,
                            SourcePos.of("."),
                            "找不到正在运行的 gksite 程序文件（" + e.getMessage() + "）。",
                            "用发布包的 bin/gksite 运行 gksite hook install。"),
                    e);
        }
    }
}
