package cn.gov.jinjiang.gksite.publish;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The local history of publishes: one JSON {@link PublishRecord} per publish in
 * {@code <source>/.gksite/publish-log/<time>.json}, named so that names sort by time.
 */
public final class PublishLog {
    private static final DateTimeFormatter NAME =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    private final Path folder;

    public PublishLog(Path source) {
        this.folder = source.toAbsolutePath().normalize().resolve(".gksite").resolve("publish-log");
    }

    public Path folder() {
        return folder;
    }

    /** Writes {@code record} as a new log file and returns its path. */
    public Path append(PublishRecord record) {
        try {
            Files.createDirectories(folder);
            String base = NAME.format(record.time());
            Path file = folder.resolve(base + ".json");
            for (int i = 1; Files.exists(file); i++) {
                file = folder.resolve(base + "-" + i + ".json");
            }
            Files.writeString(file, record.toJson(), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new DiagnosticException(
                    Diagnostic.error(
                            "io.write",
                            SourcePos.of(".gksite/publish-log"),
                            "无法写入发布记录：" + e.getMessage(),
                            "站点已发布；检查 .gksite/ 目录的权限和磁盘空间。"),
                    e);
        }
    }

    /** Every recorded publish, oldest first; an absent log is an empty history. */
    public List<PublishRecord> read() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<PublishRecord> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList()) {
                try {
                    out.add(PublishRecord.fromJson(Files.readString(f, StandardCharsets.UTF_8)));
                } catch (RuntimeException e) {
                    throw new DiagnosticException(
                            Diagnostic.error(
                                    "publish.log-corrupt",
                                    SourcePos.of(".gksite/publish-log/" + f.getFileName()),
                                    "发布记录无法读取：" + e.getMessage(),
                                    "修复或移走这个文件后再查看历史。"),
                            e);
                }
            }
        } catch (IOException e) {
            throw new DiagnosticException(
                    Diagnostic.error(
                            "io.read", SourcePos.of(".gksite/publish-log"), "无法读取发布记录：" + e.getMessage(), "检查目录权限。"),
                    e);
        }
        out.sort(Comparator.comparing(PublishRecord::time));
        return List.copyOf(out);
    }
}
