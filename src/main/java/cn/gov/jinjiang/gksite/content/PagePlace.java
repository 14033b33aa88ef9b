package cn.gov.jinjiang.gksite.content;

import cn.gov.jinjiang.gksite.config.Bodies;
import cn.gov.jinjiang.gksite.config.Body;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.util.Objects;

/**
 * Where {@code new page} puts a page and whose page it is. The path is taken below content/ (with or without
 * "content/" and ".md"); with a body named ({@code --body}) a path is taken below the body's folder unless it starts
 * with "content/" or with the first folder of the body's own folder (it is then already a path below content/), and
 * it must lie in the body's part of content/: in its folder and not in a deeper body's folder
 * ({@code content.body-path}). Without a body named, the page belongs to the body whose folder holds it.
 *
 * @param path the page's path below content/, without ".md"
 * @param dir  its folder below content/ ("" for content/ itself)
 * @param body the body it belongs to
 */
public record PagePlace(String path, String dir, Body body) {
    public static final String BODY_PATH = "content.body-path";

    public PagePlace {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(body, "body");
    }

    /** The place of {@code given}; {@code named} is the body of {@code --body}, or null. */
    public static PagePlace of(String given, Bodies bodies, Body named) {
        String p = given.replace('\\', '/').strip();
        boolean underContent = p.startsWith("content/");
        p = underContent ? p.substring("content/".length()) : p;
        p = p.endsWith(".md") ? p.substring(0, p.length() - 3) : p;
        if (p.isEmpty()
                || p.startsWith("/")
                || p.endsWith("/")
                || ("/" + p + "/").contains("/../")
                || ("/" + p + "/").contains("/./")
                || p.contains("//")) {
            throw new DiagnosticException(Diagnostic.error(
                    "content.path",
                    SourcePos.of("content/"),
                    "页面路径“" + given + "”不对"
                            + (named != null && ("/" + p + "/").contains("/../")
                                    ? "：“..”会离开单位“" + named.name() + "”的目录"
                                    : "")
                            + "。",
                    named == null
                            ? "写 content/ 下的相对路径，如 xxgk/zfxxgkzl/ml/02/jzb-2026-01。"
                            : "写单位目录 " + named.folder() + "/ 下的相对路径，如 zfxxgkml/wj-2026-01。"));
        }
        if (named != null && !named.folder().isEmpty() && !underContent && !startsWith(p, first(named.folder()))) {
            p = named.folder() + "/" + p;
        }
        int slash = p.lastIndexOf('/');
        String dir = slash < 0 ? "" : p.substring(0, slash);
        Body owner = bodies.of(dir);
        if (named != null && !owner.equals(named)) {
            String why = named.holds(dir)
                    ? "在单位“" + owner.name() + "”（" + owner.id() + "）的目录 " + owner.folder() + "/ 中"
                    : "不在它的目录 " + named.folder() + "/ 中";
            throw new DiagnosticException(Diagnostic.error(
                    BODY_PATH,
                    SourcePos.of("content/" + p + ".md"),
                    "--body " + named.id() + " 指定的单位是“" + named.name() + "”，而页面 content/" + p + ".md " + why + "。",
                    "写单位目录 " + named.folder() + "/ 下的相对路径（如 zfxxgkml/wj-2026-01），或去掉 --body、按路径所在目录确定单位。"));
        }
        return new PagePlace(p, dir, owner);
    }

    private static String first(String folder) {
        int slash = folder.indexOf('/');
        return slash < 0 ? folder : folder.substring(0, slash);
    }

    private static boolean startsWith(String path, String folder) {
        return path.equals(folder) || path.startsWith(folder + "/");
    }
}
