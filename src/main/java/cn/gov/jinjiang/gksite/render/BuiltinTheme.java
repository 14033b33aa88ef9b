package cn.gov.jinjiang.gksite.render;

import cn.gov.jinjiang.gksite.config.SourceTree;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.InternalErrors;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The portal theme that ships inside gksite (the repository's themes/portal/, packaged by Maven into the jar
 * under this package's {@code portal/}). Its folder is a {@link Path}: inside the jar when gksite runs from its
 * jar (through the JDK's zip file system), an ordinary folder when it runs from compiled classes (tests). So
 * templates are read and static files copied by the same code as a site's own theme files.
 *
 * <p>The built-in theme is gksite's own code, not the site's: the rule for symbolic links of
 * {@link SourceTree} does not apply to it, and its files are named in diagnostics
 * as {@value #LABEL}{@code /templates/…}, never by where the jar happens to be.
 */
public final class BuiltinTheme {
    /** How the built-in theme's files are named in diagnostics and in the build manifest. */
    public static final String LABEL = "内置主题";
    /** A file the theme always has: its place tells where the theme's folder is. */
    private static final String PROBE = "portal/templates/base.peb";

    private BuiltinTheme() {}

    /**
     * The built-in theme's folder (holding templates/ and static/).
     *
     * @throws DiagnosticException when gksite's jar does not hold its theme (a damaged installation)
     */
    public static Path folder() {
        URL url = BuiltinTheme.class.getResource(PROBE);
        if (url == null) {
            throw damaged("内置主题缺少 " + PROBE, null);
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    // Opened once per process and kept open, like the class loader's own handle on the jar.
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    // another build of this process opened it already
                }
            }
            return Path.of(uri).getParent().getParent();
        } catch (URISyntaxException | IOException | RuntimeException e) {
            throw damaged("无法打开内置主题（" + url + "）：" + e.getMessage(), e);
        }
    }

    /**
     * Every file below {@code sub} (templates or static) of the built-in theme, sorted; none when it has no such
     * folder.
     */
    public static List<Path> files(Path folder, String sub) {
        Path dir = folder.resolve(sub);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .sorted((a, b) -> a.toString().compareTo(b.toString()))
                    .toList();
        } catch (IOException e) {
            throw damaged("无法读取内置主题的 " + sub + "/：" + e.getMessage(), e);
        }
    }

    /**
     * {@code file} of the built-in theme {@code folder} as diagnostics name it, e.g. {@code 内置主题/templates/base.peb}.
     */
    public static String label(Path folder, Path file) {
        return LABEL + "/" + folder.relativize(file).toString().replace('\\', '/');
    }

    private static DiagnosticException damaged(String what, Exception cause) {
        return new DiagnosticException(
                Diagnostic.error(
                        InternalErrors.CODE,
                        SourcePos.of("."),
                        "gksite 的安装不完整：" + what + "。",
                        "重新解压 gksite 的发布包，或在源码目录中重新构建（mvn package）。"),
                cause);
    }
}
