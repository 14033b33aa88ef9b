package cn.gov.jinjiang.gksite.build;

import cn.gov.jinjiang.gksite.config.SiteKeys;
import cn.gov.jinjiang.gksite.config.schema.JsonSchemaWriter;
import cn.gov.jinjiang.gksite.content.FrontMatterKeys;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.output.SafeFolders;
import cn.gov.jinjiang.gksite.render.MenuKeys;
import cn.gov.jinjiang.gksite.report.ReportKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The JSON Schemas of the files editors type, made from the definitions the loaders check them against
 * ({@link SiteKeys}, {@link FrontMatterKeys}, {@link MenuKeys}, {@link ReportKeys}): an editor with VS Code's YAML
 * extension sees a misspelt key, a wrong type or a missing required key underlined while typing, as the build would
 * report it. {@code gksite schemas} writes them to {@code .gksite/schemas/}; {@code gksite new site} does too.
 */
public final class Schemas {
    public static final String SITE = "site.schema.json";
    public static final String MENU = "menu.schema.json";
    public static final String FRONT_MATTER = "front-matter.schema.json";
    public static final String REPORT_DATA = "report-data.schema.json";
    /** Where {@code gksite schemas} writes them by default, below the source folder. */
    public static final String FOLDER = ".gksite/schemas";

    private Schemas() {}

    /** File name → JSON text (UTF-8, sorted keys, ending in a newline), in file name order. */
    public static Map<String, String> files() {
        Map<String, String> out = new TreeMap<>();
        out.put(SITE, JsonSchemaWriter.document(SiteKeys.FILE));
        out.put(MENU, JsonSchemaWriter.document(MenuKeys.FILE));
        out.put(FRONT_MATTER, JsonSchemaWriter.document(FrontMatterKeys.PAGE));
        out.put(REPORT_DATA, ReportKeys.schema());
        return out;
    }

    /**
     * Writes {@link #files()} into {@code dir} (made when missing), each file replaced at once (written beside it,
     * then renamed). A file of the same name that gksite did not write (it lacks {@link JsonSchemaWriter#COMMENT}), a
     * symbolic link or a folder there is never replaced, and nothing goes into the root, a system or a home folder
     * ({@link SafeFolders}): nothing is written then, and the refusal is a {@code schemas.refused}
     * {@link DiagnosticException}.
     *
     * @return the files written, in name order
     */
    public static List<Path> write(Path dir) {
        return write(dir, Path.of(System.getProperty("user.home")));
    }

    /** As {@link #write(Path)}, with {@code home} the home folder of the user running gksite. */
    public static List<Path> write(Path dir, Path home) {
        Optional<String> refusal;
        try {
            refusal = SafeFolders.refusal(SafeFolders.real(dir), SafeFolders.real(home));
        } catch (IOException e) {
            refusal = Optional.of("无法确定它的实际位置（" + e.getMessage() + "）。");
        }
        if (refusal.isPresent()) {
            throw new DiagnosticException(Diagnostic.error(
                    "schemas.refused",
                    SourcePos.of(dir.toString()),
                    "不写入 " + dir + "：" + refusal.get(),
                    "用 --out 指定一个专用的目录，或不加 --out，写到站点的 " + FOLDER + "/。"));
        }
        Map<String, String> files = files();
        for (String name : files.keySet()) {
            Path p = dir.resolve(name);
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !ours(p)) {
                throw new DiagnosticException(Diagnostic.error(
                        "schemas.refused",
                        SourcePos.of(p.toString()),
                        "不覆盖 " + p + "：它不是 gksite 生成的 JSON Schema 文件。",
                        "移走或改名这个文件后再运行 gksite schemas，或用 --out 指定另一个目录。"));
            }
        }
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path p = dir.resolve(f.getKey());
                Path tmp = Files.createTempFile(dir, "." + f.getKey(), ".tmp");
                try {
                    Files.writeString(tmp, f.getValue(), StandardCharsets.UTF_8);
                    Files.move(tmp, p, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(tmp);
                }
                written.add(p);
            }
        } catch (IOException e) {
            throw new DiagnosticException(
                    Diagnostic.error(
                            "io.write",
                            SourcePos.of(dir.toString()),
                            "无法写入 JSON Schema 文件：" + e.getMessage(),
                            "检查目录是否存在、是否有写权限。"),
                    e);
        }
        return written;
    }

    /** Whether {@code p} is a regular file (not a link) that gksite wrote. */
    private static boolean ours(Path p) {
        try {
            return Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                    && Files.size(p) < 1 << 20
                    && Files.readString(p, StandardCharsets.UTF_8).contains(JsonSchemaWriter.COMMENT);
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }
}
