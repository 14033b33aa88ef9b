package cn.gov.jinjiang.gksite.content;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.SourcePos;

/**
 * Splits {@code ---}-delimited YAML front matter from a Markdown text, keeping line numbers so that YAML
 * errors and Markdown positions point at the right line of the file.
 */
public final class FrontMatterSplitter {

    /**
     * @throws DiagnosticException (code {@code content.frontmatter-unclosed}) when the opening
     *                             {@code ---} has no closing line
     */
    public FrontMatter split(String path, String text) {
        if (!(text.startsWith("---\n") || text.equals("---"))) {
            return new FrontMatter("", 1, text, 1, false);
        }
        int from = 4;
        int line = 2;
        int pos = from;
        while (pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            String l = end < 0 ? text.substring(pos) : text.substring(pos, end);
            if (l.equals("---") || l.equals("...")) {
                String yaml = text.substring(from, pos);
                String body = end < 0 ? "" : text.substring(end + 1);
                return new FrontMatter(yaml, 2, body, line + 1, true);
            }
            if (end < 0) {
                break;
            }
            pos = end + 1;
            line++;
        }
        throw new DiagnosticException(Diagnostic.error(
                "content.frontmatter-unclosed",
                new SourcePos(path, 1, 1),
                "页面头部（front matter）以“---”开始，但没有结束的“---”行。",
                "在头部最后一项之后单独加一行“---”，其后再写正文。"));
    }
}
