package cn.gov.jinjiang.gksite.markdown;

import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.LineIndex;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.InlineLinkNode;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Links and images written the way an editor naturally writes them (issue 17), applied to the parsed tree before
 * either renderer:
 * <ul>
 *   <li>a link to a Markdown file ({@code [见](../02/jzb-2025-12.md#s1)}) links its page: {@code x.md} becomes
 *       {@code x.html}, {@code dir/index.md} becomes {@code dir/}, the fragment and query kept; the checker then
 *       checks it like any link, and {@link #asWritten} lets it report at the .md line;</li>
 *   <li>spaces in an address are written {@code %20} (a space is not allowed in an HTML address); an address
 *       with spaces written bare ({@code [附件2](附件 2 道路清单.PDF)}), which CommonMark and the editors' own
 *       previews show as text, is {@code markdown.link-space}, an error at the .md line with the two ways every
 *       Markdown reader understands: {@code <附件 2 道路清单.PDF>} or {@code %20};</li>
 *   <li>an image without alternative text ({@code ![](x.png)}) is {@code check.img-alt} at the .md line, unless
 *       marked decorative with {@code {.decorative}}.</li>
 * </ul>
 * The rewriting is by the text of the link alone (never by the other pages of the site), so a page converts the
 * same whatever else changed, as the incremental build assumes.
 */
public final class MarkdownLinks {
    /** The class that marks an image as decorative (an empty alt text on purpose). */
    public static final String DECORATIVE = "decorative";

    private MarkdownLinks() {}

    /**
     * The page address a link to a Markdown file stands for, or null when {@code url} is no such link: a relative
     * or site-absolute path ending in {@code .md}, e.g. {@code ../02/jzb-2025-12.md#s1} → {@code
     * ../02/jzb-2025-12.html#s1},
     * {@code ../02/index.md} → {@code ../02/}.
     */
    public static String toPage(String url) {
        int cut = indexOfAny(url, "#?");
        String path = cut < 0 ? url : url.substring(0, cut);
        String rest = cut < 0 ? "" : url.substring(cut);
        if (!path.toLowerCase(Locale.ROOT).endsWith(".md") || path.length() == 3 || hasScheme(path)) {
            return null;
        }
        String base = path.substring(0, path.length() - 3);
        if (base.equals("index") || base.endsWith("/index")) {
            String dir = base.substring(0, base.length() - "index".length());
            return (dir.isEmpty() ? "./" : dir) + rest;
        }
        return base + ".html" + rest;
    }

    /**
     * How a link of the output may have been written in Markdown when it came from {@link #toPage}: the
     * {@code .md} forms of {@code url} (none when it names no page), for finding it in the source.
     */
    public static List<String> asWritten(String url) {
        int cut = indexOfAny(url, "#?");
        String path = cut < 0 ? url : url.substring(0, cut);
        String rest = cut < 0 ? "" : url.substring(cut);
        List<String> out = new ArrayList<>();
        if (hasScheme(path)) {
            return out;
        }
        if (url.contains("%20")) {
            out.add(url.replace("%20", " "));
        }
        if (path.endsWith(".html")) {
            out.add(path.substring(0, path.length() - 5) + ".md" + rest);
        } else if (path.equals("./")) {
            out.add("index.md" + rest);
        } else if (path.endsWith("/")) {
            out.add(path + "index.md" + rest);
        }
        return out;
    }

    static void apply(Document doc, String file, int bodyLine, LineIndex lines, Diagnostics diags) {
        visit(doc, file, bodyLine, lines, diags);
    }

    private static void visit(Node parent, String file, int bodyLine, LineIndex lines, Diagnostics diags) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof InlineLinkNode link) {
                String url = link.getUrl().toString();
                if (url.indexOf(' ') >= 0 && !link.getUrlOpeningMarker().equals("<")) {
                    spaced(link, url, pos(file, bodyLine, lines, link.getUrl().getStartOffset()), diags);
                }
                String page = link instanceof Link ? toPage(url) : null;
                String fixed = (page != null ? page : url).replace(" ", "%20");
                if (!fixed.equals(url)) {
                    link.setUrl(BasedSequence.of(fixed));
                }
            } else if (n instanceof Reference ref) {
                String url = ref.getUrl().toString();
                String page = toPage(url);
                String fixed = (page != null ? page : url).replace(" ", "%20");
                if (!fixed.equals(url)) {
                    ref.setUrl(BasedSequence.of(fixed));
                }
            }
            if (n instanceof Image img && img.getText().toString().isBlank() && !decorative(img)) {
                diags.error(
                        "check.img-alt",
                        pos(file, bodyLine, lines, img.getStartOffset()),
                        "图片“" + img.getUrl() + "”没有替代文字：读屏软件的用户不知道图上是什么。",
                        "在方括号中写明图片的内容，如 ![晋江市行政区划图](" + img.getUrl() + ")；纯装饰的图片写成 ![](" + img.getUrl() + "){."
                                + DECORATIVE + "}。");
            }
            visit(n, file, bodyLine, lines, diags);
        }
    }

    private static SourcePos pos(String file, int bodyLine, LineIndex lines, int offset) {
        return new SourcePos(file, lines.line(offset) + bodyLine - 1, lines.column(offset));
    }

    /**
     * An address with spaces written bare: gksite reads it (as %20), but CommonMark and the editors' own Markdown
     * previews read the whole as text, so it is an error with the two ways every Markdown reader understands.
     */
    private static void spaced(InlineLinkNode link, String url, SourcePos pos, Diagnostics diags) {
        boolean image = link instanceof Image;
        String what = image ? "图片" : "链接";
        String bang = image ? "!" : "";
        String label = link.getText().toString();
        diags.error(
                "markdown.link-space",
                pos,
                what + "地址“" + url + "”中有空格：按 Markdown 的规则这不是" + what + "，别的 Markdown 编辑器和预览都只显示这段文字。",
                "把地址放进尖括号，写成 " + bang + "[" + label + "](<" + url + ">)，或把空格写成 %20：" + bang + "[" + label + "]("
                        + url.replace(" ", "%20") + ")。");
    }

    private static boolean decorative(Image img) {
        for (Node n = img.getNext(); n instanceof AttributesNode attrs; n = n.getNext()) {
            for (Node a = attrs.getFirstChild(); a != null; a = a.getNext()) {
                if (a instanceof AttributeNode attr
                        && attr.isClass()
                        && attr.getValue().toString().equals(DECORATIVE)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasScheme(String path) {
        int colon = path.indexOf(':');
        return colon >= 0 && indexOfAny(path.substring(0, colon), "/") < 0;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
