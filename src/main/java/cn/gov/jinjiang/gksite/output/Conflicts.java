package cn.gov.jinjiang.gksite.output;

import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The {@code output.conflict} errors of one staging folder: two files for one address, or one address that is
 * a file and a folder at once. Each is reported where it can be fixed: at the {@code url:} line of the page that
 * claimed the address when there is one ({@code where} knows), else at the source file. The static methods
 * find them for a folder the preview updates file by file; {@link OutputWriter.Staging} for a build.
 */
public final class Conflicts {
    private static final String RESERVED = "主题的文件、搜索索引（search/）、订阅（atom.xml 等）、站点地图（sitemap.xml、"
            + "robots.txt）、404.html、search.html、wza.html 和年度报告的数据下载都是保留的地址，页面不能占用。";
    private final Function<String, SourcePos> where;
    private final Diagnostics diags;

    Conflicts(Function<String, SourcePos> where, Diagnostics diags) {
        this.where = where;
        this.diags = diags;
    }

    /**
     * The static files to copy beside files already written (the preview updates its folder in place): a copy
     * whose address a written file has is an {@code output.conflict} (reported where {@code where} says, as in
     * {@link OutputWriter.Staging#finish}); of two copies for one address the first wins.
     *
     * @param written output path → (source, template) of each file written, template "" for generated files
     */
    public static Map<String, OutputWriter.Copy> unclaimed(
            List<OutputWriter.Copy> copies,
            Map<String, OutputManifest.Entry> written,
            Function<String, SourcePos> where,
            Diagnostics diags) {
        Conflicts report = new Conflicts(where, diags);
        Map<String, OutputWriter.Copy> out = new LinkedHashMap<>();
        for (OutputWriter.Copy c : copies) {
            OutputManifest.Entry e = written.get(c.path());
            if (e != null) {
                report.copyAndPage(c, e);
            } else {
                out.putIfAbsent(c.path(), c);
            }
        }
        return out;
    }

    /**
     * The {@code output.conflict} errors of a folder updated file by file (the preview): addresses claimed by
     * more than one written file, a static file whose address a written file has, and addresses that are a file
     * and a folder at once. Reported as {@link OutputWriter.Staging#finish} does.
     *
     * @param written every written file's claims by output path (more than one is a conflict)
     * @param copies  the static files copied, by output path
     */
    public static void inPlace(
            Map<String, List<OutputManifest.Entry>> written,
            Map<String, OutputWriter.Copy> copies,
            Function<String, SourcePos> where,
            Diagnostics diags) {
        // Runs after every edit of the preview: one pass over the addresses, sorting only what clashes.
        Conflicts report = new Conflicts(where, diags);
        Claims claims = new Claims();
        List<String> clashing = new ArrayList<>();
        written.forEach((path, claimed) -> {
            if (claimed.size() > 1 || copies.containsKey(path)) {
                clashing.add(path);
            }
            claims.claim(path);
        });
        copies.keySet().stream().filter(p -> !written.containsKey(p)).forEach(claims::claim);
        clashing.sort(null);
        for (String path : clashing) {
            List<OutputManifest.Entry> claimed = written.get(path).stream()
                    .sorted(Comparator.comparing(OutputManifest.Entry::source)
                            .thenComparing(OutputManifest.Entry::template))
                    .toList();
            if (claimed.size() > 1) {
                report.sameAddress(path, claimed);
            }
            OutputWriter.Copy c = copies.get(path);
            if (c != null) {
                report.copyAndPage(c, claimed.get(0));
            }
        }
        Set<String> both = claims.fileAndFolder();
        if (!both.isEmpty()) {
            Map<String, OutputManifest.Entry> first = new HashMap<>();
            written.forEach((path, claimed) -> first.put(path, claimed.get(0)));
            SortedMap<String, Object> all = everything(first, copies);
            both.forEach(path -> report.fileAndFolder(path, all));
        }
    }

    /** Every claim by output path, sorted, for {@link #fileAndFolder}. */
    static SortedMap<String, Object> everything(
            Map<String, OutputManifest.Entry> entries, Map<String, OutputWriter.Copy> copies) {
        SortedMap<String, Object> all = new TreeMap<>(entries);
        all.putAll(copies);
        return all;
    }

    /** Several rendered or generated files for {@code path}, in a fixed order. */
    void sameAddress(String path, List<OutputManifest.Entry> claimed) {
        SourcePos at = claimed.stream()
                .map(this::pos)
                .filter(p -> p.line() > 0)
                .findFirst()
                .orElseGet(() -> claimed.stream()
                        .map(OutputManifest.Entry::source)
                        .filter(x -> !x.isEmpty())
                        .reduce((a, b) -> b)
                        .map(where)
                        .orElse(SourcePos.of(path)));
        boolean reserved = claimed.stream().anyMatch(e -> !isPage(e));
        diags.error(
                "output.conflict",
                at,
                "多个文件都要写到 /" + path + "："
                        + String.join(
                                "、", claimed.stream().map(Conflicts::label).toList()) + "。",
                reserved ? "用 url: 给页面换一个地址。" + RESERVED : "用 url: 或改名让它们的地址不同；栏目列表的分页地址是 index_1.html、index_2.html……");
    }

    /** A static file whose address a rendered or generated file has taken. */
    void copyAndPage(OutputWriter.Copy c, OutputManifest.Entry e) {
        SourcePos page = pos(e);
        if (c.fromContent()) {
            diags.error(
                    "output.conflict",
                    page.line() > 0 ? page : SourcePos.of(c.label()),
                    "文件 " + c.label() + " 与 " + label(e) + " 都要写到 /" + c.path() + "。",
                    isPage(e) ? "重命名其中一个。" : "重命名这个文件。" + RESERVED);
        } else if (isPage(e)) {
            diags.error(
                    "output.conflict",
                    page,
                    "页面 " + e.source() + " 的地址 /" + c.path() + " 是主题文件 " + c.label() + " 的地址，会把它替换掉。",
                    "用 url: 给页面换一个地址。" + RESERVED);
        } else {
            diags.error(
                    "output.conflict",
                    SourcePos.of(c.label()),
                    "主题文件 " + c.label() + " 与 " + label(e) + " 都要写到 /" + c.path() + "。",
                    "从主题中删除或改名这个文件。" + RESERVED);
        }
    }

    /** {@code path} is a file and the folder of other files: blamed on a page's url: when one made it so. */
    void fileAndFolder(String path, SortedMap<String, Object> all) {
        Object file = all.get(path);
        SortedMap<String, Object> below = all.tailMap(path + "/");
        Optional<String> inside = below.isEmpty() || !below.firstKey().startsWith(path + "/")
                ? Optional.empty()
                : Optional.of(below.firstKey());
        String in = inside.orElse(path + "/…");
        Object folderSide = inside.map(all::get).orElse(null);
        SourcePos fileAt = side(path, file);
        SourcePos folderAt = side(in, folderSide);
        SourcePos at = folderAt.line() > 0 && fileAt.line() == 0 ? folderAt : fileAt;
        boolean reserved = !(file instanceof OutputManifest.Entry e && isPage(e))
                || !(folderSide instanceof OutputManifest.Entry f && isPage(f));
        diags.error(
                "output.conflict",
                at,
                "地址 /" + path + " 既是一个文件（" + label(file) + "），又是 /" + in + "（" + label(folderSide) + "）所在的目录，两者不能同时存在。",
                "修改 url 或重命名文件，让文件和目录不同名。" + (reserved ? RESERVED : ""));
    }

    private SourcePos side(String path, Object claim) {
        if (claim instanceof OutputManifest.Entry e) {
            return e.source().isEmpty() ? SourcePos.of(path) : pos(e);
        }
        return claim instanceof OutputWriter.Copy c ? SourcePos.of(c.label()) : SourcePos.of(path);
    }

    private SourcePos pos(OutputManifest.Entry e) {
        return e.source().isEmpty() ? SourcePos.of("") : where.apply(e.source());
    }

    /** A page rendered from content/ (not a theme page, a generated file or a data download). */
    private static boolean isPage(OutputManifest.Entry e) {
        return !e.source().isEmpty() && !e.template().isEmpty();
    }

    private static String label(Object claim) {
        if (claim instanceof OutputWriter.Copy c) {
            return (c.fromContent() ? "文件 " : "主题文件 ") + c.label();
        }
        if (claim instanceof OutputManifest.Entry e) {
            if (e.source().isEmpty()) {
                return e.template().isEmpty() ? "gksite 生成的文件" : "主题页面（" + e.template() + "）";
            }
            return e.template().isEmpty() ? "由 " + e.source() + " 生成的文件" : e.source() + "（" + e.template() + "）";
        }
        return "其他文件";
    }
}
