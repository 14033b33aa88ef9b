package cn.gov.jinjiang.gksite.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --source DIR} option the verbs share: the site folder, the current folder by default. */
final class SourceOption {
    @Option(
            names = "--source",
            paramLabel = "DIR",
            description = "站点目录（含 site.yaml、content/），默认当前目录",
            defaultValue = ".")
    private Path source;

    Path path() {
        return source;
    }
}
