package cn.gov.jinjiang.gksite.content;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits {@code ---}-delimited YAML front matter from a Markdown text, keeping line numbers so that YAML
 * errors and Markdown positions point at the right line of the file.
 */
public final class FrontMatterSplitter {
    /** A line of {@code ---} or {@code ...} alone ('\n' is the only line end: the text is normalised). */
    private static final Pattern CLOSING = Pattern.compile("(?md)^(?:---|\\.\\.\\.)$");

    /**
     * @throws DiagnosticException (code {@code content.frontmatter-unclosed}) when the opening
     *                             {@code ---} has no closing line
     */
    public FrontMatter split(String path, String text) {
        if (!text.startsWith("---\n")) {
            if (text.equals("---")) {
                throw unclosed(path);
            }
            return new FrontMatter("", 1, text, 1, false);
        }
        Matcher close = CLOSING.matcher(text);
        if (!close.find(4)) {
            throw unclosed(path);
        }
        String body = close.end() < text.length() ? text.substring(close.end() + 1) : "";
        int bodyLine = 2
                + (int) text.chars().limit(close.start()).filter(c -> c == '\n').count();
        return new FrontMatter(text.substring(4, close.start()), 2, body, bodyLine, true);
    }

    private static DiagnosticException unclosed(String path) {
        return new DiagnosticException(Diagnostic.error(
                "content.frontmatter-unclosed",
                new SourcePos(path, 1, 1),
                "页面头部（front matter）以“---”开始，但没有结束的“---”行。",
                "在头部最后一项之后单独加一行“---”，其后再写正文。"));
    }
}
