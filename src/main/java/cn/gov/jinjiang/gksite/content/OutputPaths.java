package cn.gov.jinjiang.gksite.content;

import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The output paths of content/, checked by the rules of {@link Addresses} before anything is written: a
 * page's {@code url:} at its line ({@code content.url}), a file name at the file ({@code content.filename}),
 * two pages at one address ({@code content.url-duplicate}) and an address that is a page and a folder at once
 * ({@code output.conflict}).
 */
final class OutputPaths {
    private OutputPaths() {}

    /**
     * The output path of the page at content/{@code relContent}: its {@code url:} when that is a valid address
     * (else an error at its line, and the file's own address), or the file's address. Empty when the file's
     * address is not valid either: such a page is left out, never written.
     */
    static Optional<String> page(String relContent, PageMeta meta, String source, Diagnostics diags) {
        String def = relContent.substring(0, relContent.length() - ".md".length()) + ".html";
        String url = meta.url();
        if (url != null) {
            String path = url.startsWith("/") ? url.substring(1) : null;
            String output = path == null ? null : path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
            String why = output == null ? "不是以“/”开头的站内路径" : Addresses.pageProblem(output);
            if (why == null) {
                return Optional.of(output);
            }
            diags.error(
                    "content.url",
                    meta.pos("url", source),
                    "url “" + shown(url) + "” 不能作为页面地址：" + Addresses.visible(why) + "。",
                    "写以“/”开头的站内路径，如 url: /xxgk/zfxxgkzl/ml/02/202008/t20200817_2406219.htm");
        }
        String why = Addresses.pageProblem(def);
        if (why != null) {
            diags.error(
                    "content.filename",
                    SourcePos.of(source),
                    "文件 " + source + " 的路径不能作为页面地址：" + why + "，页面不会生成。",
                    "把文件或目录改名：只用汉字、字母、数字和 - _ 等，不用空格和 # ? %。");
            return Optional.empty();
        }
        return Optional.of(def);
    }

    /** Whether the file at content/{@code relContent} may be copied to the same path (else an error at it). */
    static boolean asset(String relContent, Diagnostics diags) {
        String why = Addresses.fileProblem(relContent);
        if (why != null) {
            diags.error(
                    "content.filename",
                    SourcePos.of("content/" + relContent),
                    "文件 content/" + relContent + " 的路径不能作为网址：" + why + "，不会复制到网站中。",
                    "把文件或目录改名，不用 # ? % \\ : * \" < > | 等字符。");
        }
        return why == null;
    }

    /**
     * Reports pages that claim one output path, and output paths that are a file and a folder at once (a page
     * at {@code /xxgk} beside the folder {@code /xxgk/}, or {@code /index.html/x.html}).
     */
    static void check(Map<String, Page> pages, Collection<String> assets, Diagnostics diags) {
        Map<String, Page> byOutput = new HashMap<>();
        pages.values().stream().sorted(Comparator.comparing(Page::source)).forEach(p -> {
            Page other = byOutput.putIfAbsent(p.output(), p);
            if (other != null) {
                diags.error(
                        "content.url-duplicate",
                        p.meta().pos("url", p.source()),
                        "两个页面都要写到 /" + p.output() + "：" + other.source() + " 和 " + p.source() + "。",
                        "修改其中一个页面的 url，或重命名文件。");
            }
        });
        TreeMap<String, Optional<Page>> files = new TreeMap<>();
        assets.forEach(a -> files.put(a, Optional.empty()));
        byOutput.forEach((path, page) -> files.put(path, Optional.of(page)));
        for (Map.Entry<String, Optional<Page>> file : files.entrySet()) {
            String folder = file.getKey() + "/";
            Map.Entry<String, Optional<Page>> inside = files.ceilingEntry(folder);
            if (inside != null && inside.getKey().startsWith(folder)) {
                clash(file.getKey(), file.getValue(), inside.getKey(), inside.getValue(), diags);
            }
        }
    }

    /** {@code path} is a file, and also the folder of {@code below}: blamed on the page whose url: made it so. */
    private static void clash(
            String path, Optional<Page> file, String below, Optional<Page> inside, Diagnostics diags) {
        boolean insideByUrl = inside.map(p -> p.meta().url() != null).orElse(false);
        SourcePos at = insideByUrl ? where(below, inside) : where(path, file);
        diags.error(
                "output.conflict",
                at,
                "地址 /" + path + " 既是一个文件（" + label(path, file) + "），又是 /" + below + "（" + label(below, inside)
                        + "）所在的目录，两者不能同时存在。",
                "修改 url 或重命名文件，让文件和目录不同名。");
    }

    private static SourcePos where(String path, Optional<Page> page) {
        return page.map(Page::addressPos).orElse(SourcePos.of("content/" + path));
    }

    private static String label(String path, Optional<Page> page) {
        return page.map(Page::source).orElse("content/" + path);
    }

    /** A value for a message: long ones shortened, so a 300-character url does not flood the terminal. */
    private static String shown(String s) {
        int n = s.codePointCount(0, s.length());
        return Addresses.visible(n <= 80 ? s : s.substring(0, s.offsetByCodePoints(0, 60)) + "…（共 " + n + " 个字符）");
    }
}
