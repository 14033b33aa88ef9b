package cn.gov.jinjiang.gksite.content;

import cn.gov.jinjiang.gksite.config.Bodies;
import cn.gov.jinjiang.gksite.config.Body;
import cn.gov.jinjiang.gksite.config.Catalogue;
import cn.gov.jinjiang.gksite.config.Placeholders;
import cn.gov.jinjiang.gksite.config.SiteYamlPlaces;
import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.config.SourceTree;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code gksite new page PATH [--body ID]}: a new document with its front matter filled in: the next free 索引号 of
 * its body's 机构代码-类别 in the current year, its body as 发布机构, and today's 成文日期 and 发布日期.
 */
public final class PageScaffold {
    private static final String SITE = "site";
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
     * A page of a site without bodies, or of the body whose folder holds it, with the given prefix and 发布机构.
     *
     * @param path   the page's path under content/, with or without "content/" and ".md"
     * @param prefix 机构代码-类别, e.g. QZ06101-0240
     * @param org    发布机构
     */
    public NewPage scaffold(SourceLayout layout, String path, String prefix, String org, String title) {
        Bodies none = new Bodies(
                List.of(),
                new Body(
                        SITE,
                        Objects.toString(org, ""),
                        Body.DEPARTMENT,
                        "",
                        "",
                        "",
                        "",
                        SourcePos.of("site.yaml"),
                        List.of()));
        return scaffold(layout, PagePlace.of(path, none, null), none, prefix, org, title);
    }

    /**
     * A page at {@code place}: its 索引号 numbered among its body's pages, with {@code prefix} or else the body's
     * {@code index_prefix}, its 发布机构 {@code org} or else the body's name, and the body's 文号 代字 in the 文号 line.
     * A body whose prefix is still a placeholder is refused (code {@code content.index-prefix}, at its site.yaml line):
     * a 索引号 is published and cited, so none is made up.
     */
    public NewPage scaffold(
            SourceLayout layout, PagePlace place, Bodies bodies, String prefix, String org, String title) {
        Body body = place.body();
        boolean own = prefix == null || prefix.isBlank();
        String p = own ? body.indexPrefix() : prefix.strip();
        if (own && Placeholders.contains(p)) {
            SourcePos at = SiteYamlPlaces.valuePos(layout, "index_prefix", p, body.pos());
            throw new DiagnosticException(Diagnostic.error(
                    "content.index-prefix",
                    at,
                    "单位“" + body.name() + "”的索引号前缀（index_prefix）还是待填写的占位值“" + p + "”，不能为它的新页面编索引号。",
                    "请在 site.yaml 第 " + at.line() + " 行把它换成该单位的“机构代码-类别”（如 QZ06121-2510，可从门户网站上该单位"
                            + "已发布文件的索引号读取）；或这一次用 --index-prefix 指定。"));
        }
        if (!p.matches("[^-\\s]+-[^-\\s]+") || Placeholders.contains(p)) {
            throw new DiagnosticException(Diagnostic.error(
                    "content.index-prefix",
                    SourcePos.of("site.yaml"),
                    p.isEmpty() ? "不知道新索引号的机构代码和类别。" : "索引号前缀“" + p + "”应为“机构代码-类别”。",
                    "用 --index-prefix QZ06101-0240 指定，或在 site.yaml 的 catalogue: 下写 index_prefix: QZ06101-0240。"));
        }
        String organisation = org == null || org.isBlank() ? body.name() : org.strip();
        LocalDate today = LocalDate.ofInstant(clock.instant(), CatalogueRules.ZONE);
        int year = today.getYear();
        String indexNo = nextIndexNo(layout, bodies, body, p, year);
        String docNo = body.docPrefix().isEmpty()
                ? "# 文号: 发文机关代字〔" + year + "〕顺序号号，如 晋政办〔" + year + "〕1号\n"
                : "# 文号: " + body.docPrefix() + "〔" + year + "〕顺序号号（" + body.name() + "的发文代字；有文号时填上顺序号、去掉行首的“# ”）\n";
        String text = "---\n"
                + "title: " + (title == null || title.isBlank() ? Placeholders.title() : title.strip()) + "\n"
                + "索引号: " + indexNo + "\n"
                + "# 主题分类: 如 规范性文件\n"
                + "发布机构: " + organisation + "\n"
                + "成文日期: " + today + "\n"
                + "发布日期: " + today + "\n"
                + docNo
                + "有效性: " + Catalogue.CURRENT + "\n"
                + "---\n\n" + Placeholders.BODY + "\n";
        return new NewPage(layout.content().resolve(place.path() + ".md"), indexNo, text);
    }

    /**
     * prefix-year-NNNNN with the serial one above the highest among {@code body}'s pages in content/ (drafts
     * included; another body's pages do not count), from 00001, skipping a 索引号 another page of the site already
     * has (a page filed in the wrong body's folder), so that the new one is never a duplicate. The pages are those a
     * build reads: links follow the rule of {@link SourceTree}.
     */
    public static String nextIndexNo(SourceLayout layout, Bodies bodies, Body body, String prefix, int year) {
        String head = prefix + "-" + year + "-";
        int max = 0;
        Set<Integer> used = new HashSet<>();
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
                Path parent = layout.content().relativize(e.path()).getParent();
                boolean own = bodies.of(parent == null ? "" : parent.toString().replace('\\', '/'))
                        .equals(body);
                Matcher m = INDEX_LINE.matcher(text);
                while (m.find()) {
                    String no = m.group(1);
                    // A serial of more than nine digits (a slip) is far above any next serial: it is left out, not
                    // read as a number that does not fit.
                    if (no.startsWith(head) && no.substring(head.length()).matches("\\d{1,9}")) {
                        int serial = Integer.parseInt(no.substring(head.length()));
                        used.add(serial);
                        max = own ? Math.max(max, serial) : max;
                    }
                }
            }
        }
        int next = max + 1;
        while (used.contains(next)) {
            next++;
        }
        return head + String.format("%05d", next);
    }

    /**
     * Refuses (code {@code content.symlink}) to create anything in {@code dir} unless its nearest existing folder is
     * one a build reads: never through a link out of the source folder, never outside content/.
     */
    public static void refuseUnread(SourceLayout layout, Path dir) {
        if (!Files.exists(layout.content(), LinkOption.NOFOLLOW_LINKS)) {
            return; // a site without content/ yet: nothing in it to lead elsewhere
        }
        Set<Path> folders = new HashSet<>();
        ContentLoader.list(layout).folders().forEach(f -> folders.add(f.path()));
        // Never null: a walk below content/ stops at content/ (it exists) or, when that is a broken link, at the root.
        Path existing = dir;
        while (!Files.exists(existing) && existing.startsWith(layout.content())) {
            existing = existing.getParent();
        }
        if (!folders.contains(existing)) {
            String rel = layout.relative(existing);
            throw new DiagnosticException(Diagnostic.error(
                    ContentLoader.SYMLINK,
                    SourcePos.of(rel),
                    rel + " 不是构建时读取的目录（例如经过一个被拒绝的符号链接），不会在其中新建文件。",
                    "在 content/ 中的普通目录里新建。"));
        }
    }

    /** Writes the page; refuses (code {@code content.exists}) when the file exists. */
    public void write(SourceLayout layout, NewPage page) {
        String rel = layout.relative(page.file());
        if (Files.exists(page.file())) {
            throw new DiagnosticException(Diagnostic.error(
                    "content.exists", SourcePos.of(rel), "文件 " + rel + " 已存在，不会覆盖。", "换一个文件名，或先把原文件改名。"));
        }
        refuseUnread(layout, page.file().getParent());
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
