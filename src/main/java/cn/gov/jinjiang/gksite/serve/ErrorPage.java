package cn.gov.jinjiang.gksite.serve;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Severity;
import cn.gov.jinjiang.gksite.diag.TextEscapes;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The page the preview shows instead of the site while the build has errors: every diagnostic with its
 * {@code file:line:column}, message and hint, and the source lines around it (three either side, the line
 * itself marked, the character at the column highlighted). Files saved as GBK are shown decoded as GBK, so the editor
 * can
 * read the line the {@code content.encoding} error points at.
 */
public final class ErrorPage {
    private static final int CONTEXT = 3;
    /**
     * Diagnostics shown at most: the page is made for every request while the build has errors, and reading the
     * source around each of thousands of problems (in files of up to 8 MiB) would make each one slow.
     */
    static final int MAX_SHOWN = 200;

    private static final Charset GBK = Charset.forName("GB18030");

    private final Path root;

    /** @param root the source folder that diagnostic paths are relative to */
    public ErrorPage(Path root) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    /** The page for {@code diagnostics}: errors first, then warnings, each in file order. */
    public String html(List<Diagnostic> diagnostics) {
        List<Diagnostic> shown = diagnostics.stream()
                .filter(d -> d.severity() != Severity.INFO)
                .sorted(Comparator.comparing((Diagnostic d) -> !d.isError()).thenComparing(Diagnostic.BY_POSITION))
                .toList();
        long errors = shown.stream().filter(Diagnostic::isError).count();
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>构建出错（")
                .append(errors)
                .append(" 个错误）— gksite 预览</title>\n<style>")
                .append(
                        "body{font:16px/1.6 system-ui,'PingFang SC','Microsoft YaHei',sans-serif;margin:0;background:#fff;color:#1a1a1a}")
                .append("main{max-width:60rem;margin:0 auto;padding:1rem 1.5rem}h1{color:#a40000;font-size:1.5rem}")
                .append(".diag{border-left:6px solid #a40000;background:#fdf3f3;margin:1.25rem 0;padding:.5rem 1rem}")
                .append(
                        ".diag.warning{border-color:#8a5a00;background:#fff8e6}.where{font-family:monospace;font-weight:bold}")
                .append(".code{color:#555;font-family:monospace}.hint{color:#333}")
                .append(
                        "pre{background:#fff;border:1px solid #ccc;padding:.5rem 0;overflow-x:auto;font-size:14px;line-height:1.5}")
                .append(
                        "pre span{display:block;padding:0 .75rem;white-space:pre}pre .here{background:#ffe0e0;font-weight:bold}")
                .append(
                        "pre mark.col{background:#a40000;color:#fff;outline:2px solid #a40000;border-radius:2px}</style>\n</head>\n<body>\n<main>\n<h1>构建出错：")
                .append(errors)
                .append(" 个错误</h1>\n")
                .append("<p>改正下面的问题并保存，本页会自动刷新并显示页面。终端中也列出了同样的问题。</p>\n");
        Map<String, List<String>> sources = new HashMap<>();
        for (Diagnostic d : shown.subList(0, Math.min(shown.size(), MAX_SHOWN))) {
            sb.append("<section class=\"diag ")
                    .append(d.isError() ? "error" : "warning")
                    .append("\">\n<p><span class=\"where\">")
                    .append(esc(d.pos().toString()))
                    .append("</span>：")
                    .append(esc(d.severity().chinese()))
                    .append(" <span class=\"code\">[")
                    .append(esc(d.code()))
                    .append("]</span></p>\n<p class=\"message\">")
                    .append(esc(d.message()))
                    .append("</p>\n");
            excerpt(d, sb, sources);
            if (!d.hint().isEmpty()) {
                sb.append("<p class=\"hint\">")
                        .append(esc(d.hint()).replace("\n", "<br>"))
                        .append("</p>\n");
            }
            sb.append("</section>\n");
        }
        if (shown.size() > MAX_SHOWN) {
            sb.append("<p>还有 ").append(shown.size() - MAX_SHOWN).append(" 个问题没有列出；终端中列出了全部问题。</p>\n");
        }
        return sb.append("</main>\n</body>\n</html>\n").toString();
    }

    private void excerpt(Diagnostic d, StringBuilder sb, Map<String, List<String>> sources) {
        int line = d.pos().line();
        if (line <= 0) {
            return;
        }
        List<String> lines = sources.computeIfAbsent(d.pos().file(), this::read);
        if (lines.isEmpty() || line > lines.size()) {
            return;
        }
        int from = Math.max(1, line - CONTEXT);
        int to = Math.min(lines.size(), line + CONTEXT);
        int width = String.valueOf(to).length();
        sb.append("<pre aria-label=\"")
                .append(esc(d.pos().file()))
                .append(" 第 ")
                .append(from)
                .append("–")
                .append(to)
                .append(" 行\">");
        for (int i = from; i <= to; i++) {
            boolean here = i == line;
            String num = String.format("%" + width + "d", i);
            sb.append(here ? "<span class=\"here\">" : "<span>")
                    .append(here ? "&gt; " : "  ")
                    .append(num)
                    .append(" | ")
                    .append(here ? marked(lines.get(i - 1), d.pos().column()) : esc(lines.get(i - 1)))
                    .append("</span>");
        }
        sb.append("</pre>\n");
    }

    /**
     * The line with the character at {@code column} (1-based, in characters; 0 for none) highlighted in place. A caret
     * on the next line would drift under Chinese text, whose characters are wider than a space in any font.
     */
    static String marked(String line, int column) {
        if (column <= 0) {
            return esc(line);
        }
        int at = Math.min(column - 1, line.length());
        int end = at >= line.length() ? at : line.offsetByCodePoints(at, 1);
        // Past the end of the line (a missing colon or quote): a highlighted space after the text.
        String ch = at >= line.length() ? " " : line.substring(at, end);
        return esc(line.substring(0, at)) + "<mark class=\"col\" title=\"第 " + column + " 列\">" + esc(ch) + "</mark>"
                + esc(line.substring(end));
    }

    /** The file's lines, each decoded as UTF-8 or, where that fails, as GBK (what the encoding error is about). */
    private List<String> read(String file) {
        Path p = root.resolve(file).normalize();
        if (!p.startsWith(root) || !Files.isRegularFile(p)) {
            return List.of();
        }
        try {
            // The rule for links (config.SourceTree): nothing outside the source folder is ever shown.
            if (!p.toRealPath().startsWith(root.toRealPath())) {
                return List.of();
            }
        } catch (IOException e) {
            return List.of();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(p);
        } catch (IOException e) {
            return List.of();
        }
        int start =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        List<String> lines = new ArrayList<>();
        for (int i = start; i <= bytes.length; ) {
            int end = i;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            int stop = end > i && bytes[end - 1] == '\r' ? end - 1 : end;
            if (end < bytes.length || stop > i) {
                lines.add(decode(bytes, i, stop - i));
            }
            i = end + 1;
        }
        return lines;
    }

    private static String decode(byte[] bytes, int off, int len) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, off, len))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, off, len, GBK);
        }
    }

    static String esc(String s) {
        return TextEscapes.xml(s);
    }
}
