package cn.gov.jinjiang.gksite.cli;

import cn.gov.jinjiang.gksite.build.Schemas;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code gksite schemas}: writes the JSON Schemas of site.yaml, menu.yaml, front matter and data.yaml. */
@Command(
        name = "schemas",
        description = "写出 site.yaml、menu.yaml、页面头部和年度报告 data.yaml 的 JSON Schema，" + "供 VS Code 等编辑器在输入时检查键名和类型。",
        mixinStandardHelpOptions = true)
final class SchemasCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Mixin
    private SourceOption source;

    @Option(names = "--out", paramLabel = "DIR", description = "写到哪个目录，默认 <source>/" + Schemas.FOLDER)
    private Path out;

    @Override
    public Integer call() {
        Path dir = out != null ? out : source.path().resolve(Schemas.FOLDER);
        List<Path> written = Schemas.write(dir);
        written.forEach(p -> main.out().println(p));
        main.out().flush();
        main.err()
                .println("已写出 " + written.size() + " 个 JSON Schema 文件到 " + dir + "。在 VS Code 中安装 YAML 扩展"
                        + "（Red Hat 出品）后，按 README“在 VS Code 中编辑”一节设置即可在输入时看到错误。");
        main.err().flush();
        return ExitCodes.OK;
    }
}
