package cn.gov.jinjiang.gksite.content;

import cn.gov.jinjiang.gksite.config.Catalogue;
import cn.gov.jinjiang.gksite.config.Placeholders;
import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.config.SourceTree;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code gksite new page PATH}: a new document with its front matter filled in: the next free 索引号 of the
 * given 机构代码-类别 in the current year, and today's 成文日期 and 发布日期.
 */
public final class PageScaffold {
    private static final Pattern INDEX_LINE = Pattern.compile("(?m)^索引号\\s*:\\s*[\"']?(\\S+?)[\"']?\\s*$");

    /** A page to write: its file and its text. */
    public record NewPage(Path file, String indexNo, String text) {
        public NewPage {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(indexNo, "indexNo");
            Objects.requireNonNull(text, "text");
        }
    }

    private final Clock clock;

    public PageScaffold(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param path   the page's path under content/, with or without "content/" and ".md"
     * @param prefix 机构代码-类别, e.g. QZ06101-0240
     * @param org    发布机构
     */
    public NewPage scaffold(SourceLayout layout, String path, String prefix, String org, String title) {
        String p = path.replace('\\', '/').strip();
        p = p.startsWith("content/") ? p.substring("content/".length()) : p;
        p = p.endsWith(".md") ? p.substring(0, p.length() - 3) : p;
        if (p.isEmpty()
                || p.startsWith("/")
                || p.endsWith("/")
                || ("/" + p + "/").contains("/../")
                || ("/" + p + "/").contains("/./")) {
            throw new DiagnosticException(Diagnostic.error(
                    "content.path",
                    SourcePos.of("content/"),
                    "页面路径“" + path + "”不对。",
                    "写 content/ 下的相对路径，如 xxgk/zfxxgkzl/ml/02/jzb-2026-01。"));
        }
        if (!prefix.matches("[^-\\s]+-[^-\\s]+")) {
            throw new DiagnosticException(Diagnostic.error(
                    "content.index-prefix",
                    SourcePos.of("site.yaml"),
                    prefix.isEmpty() ? "不知道新索引号的机构代码和类别。" : "索引号前缀“" + prefix + "”应为“机构代码-类别”。",
                    "用 --index-prefix QZ06101-0240 指定，或在 site.yaml 的 catalogue: 下写 index_prefix: QZ06101-0240。"));
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), CatalogueRules.ZONE);
        String indexNo = nextIndexNo(layout, prefix, today.getYear());
        String text = "---\n"
                + "title: " + (title == null || title.isBlank() ? Placeholders.title() : title.strip()) + "\n"
                + "索引号: " + indexNo + "\n"
                + "# 主题分类: 如 规范性文件\n"
                + "发布机构: " + org + "\n"
                + "成文日期: " + today + "\n"
                + "发布日期: " + today + "\n"
                + "# 文号: 发文机关代字〔" + today.getYear() + "〕顺序号号，如 晋政办〔" + today.getYear() + "〕1号\n"
                + "有效性: " + Catalogue.CURRENT + "\n"
                + "---\n\n" + Placeholders.BODY + "\n";
        return new NewPage(layout.content().resolve(p + ".md"), indexNo, text);
    }

    /**
     * prefix-year-NNNNN with the serial one above the highest in content/ (drafts included), from 00001. The
     * pages are those a build reads: links follow the rule of {@link SourceTree}.
     */
    public static String nextIndexNo(SourceLayout layout, String prefix, int year) {
        String head = prefix + "-" + year + "-";
        int max = 0;
        if (Files.isDirectory(layout.content())) {
            for (SourceTree.Entry e : ContentLoader.list(layout).files()) {
                if (!e.path().toString().endsWith(".md")) {
                    continue;
                }
                String text;
                try {
                    text = Files.readString(e.real(), StandardCharsets.UTF_8);
                } catch (IOException | UncheckedIOException ex) {
                    continue; // an unreadable page (GBK) is reported by the build, not here
                }
                Matcher m = INDEX_LINE.matcher(text);
                while (m.find()) {
                    String no = m.group(1);
                    if (no.startsWith(head) && no.substring(head.length()).matches("\\d+")) {
                        max = Math.max(max, Integer.parseInt(no.substring(head.length())));
                    }
                }
            }
        }
        return head + String.format("%05d", max + 1);
    }

    /** Writes the page; refuses (code {@code content.exists}) when the file exists. */
    public void write(SourceLayout layout, NewPage page) {
        String rel = layout.relative(page.file());
        if (Files.exists(page.file())) {
            throw new DiagnosticException(Diagnostic.error(
                    "content.exists", SourcePos.of(rel), "文件 " + rel + " 已存在，不会覆盖。", "换一个文件名，或先把原文件改名。"));
        }
        // Written only into a folder a build reads: never through a link out of the source folder.
        Set<Path> folders = new HashSet<>();
        ContentLoader.list(layout).folders().forEach(f -> folders.add(f.path()));
        Path existing = page.file().getParent();
        while (!Files.exists(existing) && existing.startsWith(layout.content())) {
            existing = existing.getParent();
        }
        if (!folders.contains(existing)) {
            throw new DiagnosticException(Diagnostic.error(
                    ContentLoader.SYMLINK,
                    SourcePos.of(layout.relative(existing)),
                    layout.relative(existing) + " 不是构建时读取的目录（例如经过一个被拒绝的符号链接），不会在其中新建页面。",
                    "在 content/ 中的普通目录里新建页面。"));
        }
        try {
            Files.createDirectories(page.file().getParent());
            Files.writeString(page.file(), page.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new DiagnosticException(
                    Diagnostic.error(
                            "io.write", SourcePos.of(rel), "无法写入 " + rel + "：" + e.getMessage(), "检查目录权限和磁盘空间。"),
                    e);
        }
    }
}
