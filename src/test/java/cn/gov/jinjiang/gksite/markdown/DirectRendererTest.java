package cn.gov.jinjiang.gksite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.LineIndex;
import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The direct renderer writes flexmark's bytes for every document it accepts, and the converter's output (direct
 * or flexmark when it declines) equals flexmark's own: over the repository's real Markdown (the site's content
 * and every fixture) and thousands of random documents built from the constructs editors write and many they
 * should not (tabs, raw HTML, quotes, code blocks, references).
 */
class DirectRendererTest {
    private static final MutableDataSet OPTIONS = MarkdownConverter.options();
    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    /** flexmark alone: its own tables extension and core renderer, none of our speed-ups. */
    private static final Parser CORE_PARSER;

    private static final HtmlRenderer CORE_RENDERER;

    static {
        MutableDataSet core = MarkdownConverter.options();
        core.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AttributesExtension.create()));
        CORE_PARSER = Parser.builder(core).build();
        CORE_RENDERER = HtmlRenderer.builder(core).build();
    }

    /** Every node type the direct renderer writes itself. */
    private static final List<Class<?>> WRITTEN = List.of(
            Text.class,
            Paragraph.class,
            SoftLineBreak.class,
            Heading.class,
            Link.class,
            TableCell.class,
            TableRow.class,
            OrderedListItem.class,
            BulletListItem.class,
            OrderedList.class,
            BulletList.class,
            TableBlock.class,
            TableHead.class,
            TableBody.class,
            TableSeparator.class,
            AttributesNode.class,
            Emphasis.class,
            StrongEmphasis.class,
            Code.class,
            HardLineBreak.class,
            AutoLink.class,
            ThematicBreak.class);

    private final DirectRenderer direct = new DirectRenderer(OPTIONS);
    private final MarkdownConverter converter = new MarkdownConverter();
    private final Set<Class<?>> renderedTypes = new HashSet<>();
    private int accepted;
    /** Documents in which the policy refused something. */
    private int refused;

    /** Compares one document; returns whether the direct renderer accepted it. */
    private boolean check(String md) {
        Document core = policed(CORE_PARSER.parse(md), md);
        String expected = CORE_RENDERER.render(core);
        List<String> headings = new ArrayList<>();
        collectHeadings(core, headings);
        Document doc = policed(PARSER.parse(md), md);
        String html = direct.render(doc);
        if (html != null) {
            assertThat(html).as("direct renderer on:\n%s", md).isEqualTo(expected);
            accepted++;
            collectTypes(doc);
        }
        Diagnostics diags = new Diagnostics();
        RenderedMarkdown converted = converter.convert("t.md", md, 1, diags);
        if (diags.hasErrors()) {
            refused++;
        }
        assertThat(converted.html()).as("converter on:\n%s", md).isEqualTo(expected);
        assertThat(converted.headings())
                .as("headings of:\n%s", md)
                .map(h -> h.level() + " " + h.id() + " " + h.text())
                .containsExactlyElementsOf(headings);
        return html != null;
    }

    /**
     * {@code doc} after Word's paragraphs are split and the raw-HTML policy, which the converter applies before
     * either renderer: both renderers are compared on the tree they leave.
     */
    static Document policed(Document doc, String md) {
        PastedParagraphs.apply(doc, "t.md", 1, new LineIndex(md), new Diagnostics());
        MarkdownLinks.apply(doc, "t.md", 1, new LineIndex(md), new Diagnostics());
        PageSanitizer.apply(new RawHtmlPolicy(), doc, "t.md", 1, new LineIndex(md), new Diagnostics());
        return doc;
    }

    /** What flexmark's own parse and render give as each heading's level, id and text. */
    private static void collectHeadings(Node n, List<String> out) {
        if (n instanceof Heading h) {
            out.add(h.getLevel() + " " + h.getAnchorRefId() + " " + MarkdownConverter.text(h));
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            collectHeadings(c, out);
        }
    }

    private void collectTypes(Node n) {
        renderedTypes.add(n.getClass());
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            collectTypes(c);
        }
    }

    @Test
    void repositoryMarkdownIsWrittenDirectlyWithFlexmarksBytes() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("content"), Path.of("src/test/resources"))) {
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
            }
        }
        assertThat(files).hasSizeGreaterThan(50);
        for (Path f : files) {
            String text = Files.readString(f);
            int end = text.startsWith("---\n") ? text.indexOf("\n---\n", 4) : -1;
            check(end < 0 ? text : text.substring(end + 5));
        }
        // Real pages use only what the direct renderer knows: nearly all of them must be written by it.
        assertThat(accepted).isGreaterThan(files.size() * 9 / 10);
    }

    @Test
    void randomDocumentsAreWrittenWithFlexmarksBytes() {
        Random random = new Random(1126);
        // Mutation testing runs this for many mutants and sets a smaller number (pom.xml, profile mutation).
        int n = Integer.getInteger("gksite.randomDocuments", 4000);
        for (int k = 0; k < n; k++) {
            check(document(random));
        }
        // The generator mostly writes what the direct renderer handles, and every type it handles occurs.
        assertThat(accepted).isGreaterThan(n / 4);
        assertThat(renderedTypes).containsAll(WRITTEN);
        // …and enough of what the policy refuses that both renderers are compared on the trees it leaves.
        assertThat(refused).isGreaterThan(n / 20);
    }

    @Test
    void declinesWhatItDoesNotWrite() {
        assertThat(check("> 引用\n")).isFalse();
        assertThat(check("```\ncode\n```\n")).isFalse();
        assertThat(check("段落 <span>HTML</span>\n")).isFalse();
        assertThat(check("段落{.cls}\n")).isFalse();
        assertThat(check("## 标题 {.cls}\n")).isFalse();
        assertThat(check("文字\t制表符\n")).isFalse();
        // The policy turns links to refused addresses into their text before rendering: written directly, as
        // flexmark writes the links it suppresses; on a tree the policy has not seen, flexmark renders them.
        assertThat(check("[脚本](javascript:alert(1)) 与 <javascript:void(0)>\n")).isTrue();
        assertThat(check("- [x](<javascript:alert(1)>)\n")).isTrue();
        assertThat(direct.render(PARSER.parse("[脚本](javascript:alert(1)) 与 <javascript:void(0)>\n")))
                .isNull();
        assertThat(direct.render(PARSER.parse("- [x](<javascript:alert(1)>)\n")))
                .isNull();
        assertThat(check("## 标题 {#s1}\n\n正文\n")).isTrue();
    }

    @Test
    void declinesEveryPageUnderOptionsItDoesNotFollow() {
        for (Consumer<MutableDataSet> change : List.<Consumer<MutableDataSet>>of(
                o -> o.set(HtmlRenderer.INDENT_SIZE, 2),
                o -> o.set(HtmlRenderer.PERCENT_ENCODE_URLS, true),
                o -> o.set(HtmlRenderer.EMPHASIS_STYLE_HTML_OPEN, "<i>"),
                o -> o.set(HtmlRenderer.RENDER_HEADER_ID, false),
                o -> o.set(HtmlRenderer.SOURCE_POSITION_ATTRIBUTE, "md-pos"),
                o -> o.set(HtmlRenderer.NO_P_TAGS_USE_BR, true),
                o -> o.set(HtmlRenderer.DO_NOT_RENDER_LINKS, true),
                o -> o.set(Parser.CODE_SOFT_LINE_BREAKS, true),
                o -> o.set(HtmlRenderer.GENERATE_HEADER_ID, false),
                o -> o.set(HtmlRenderer.FORMAT_FLAGS, 1),
                o -> o.set(HtmlRenderer.HTML_BLOCK_OPEN_TAG_EOL, false),
                o -> o.set(HtmlRenderer.HTML_BLOCK_CLOSE_TAG_EOL, false),
                o -> o.set(HtmlRenderer.EMPHASIS_STYLE_HTML_CLOSE, "</i>"),
                o -> o.set(HtmlRenderer.STRONG_EMPHASIS_STYLE_HTML_OPEN, "<b>"),
                o -> o.set(HtmlRenderer.STRONG_EMPHASIS_STYLE_HTML_CLOSE, "</b>"),
                o -> o.set(HtmlRenderer.CODE_STYLE_HTML_OPEN, "<tt>"),
                o -> o.set(HtmlRenderer.CODE_STYLE_HTML_CLOSE, "</tt>"))) {
            MutableDataSet options = MarkdownConverter.options();
            change.accept(options);
            assertThat(new DirectRenderer(options)
                            .render(Parser.builder(options).build().parse("段落\n")))
                    .as(options.toString())
                    .isNull();
        }
        assertThat(direct.render(PARSER.parse("段落\n"))).isEqualTo("<p>段落</p>\n");
    }

    @Test
    void writesFlexmarksBytesAtTheEdgesOfWhatItKnows() {
        // blocks in list items, an empty heading, a scheme that starts like a www address
        for (String md : List.of("- # 标题\n- ---\n1. 一\n   - 二\n", "##\n\n# {#}\n", "<www.a:b> 与 <https://a.cn/>\n")) {
            assertThat(check(md)).as(md).isTrue();
        }
        // an id written as a named attribute is flexmark's to write; so is an autolink flexmark suppresses
        assertThat(check("## 标题 {id=s1}\n")).isFalse();
        assertThat(direct.render(PARSER.parse("<javascript:void(0)>\n"))).isNull();
    }

    /** A page of every construct whose bytes depend on an option: breaks, list starts, tables, www autolinks. */
    private static final String OPTIONED = """
            ## 标题 {#t1}

            1. 一
            2. 二

            段落

            3. 三
            4. 四

            | 左 | 中 | 右 |
            |:---|:---:|---:|
            | 跨两列 || 3 |
            | a | b | c |

            行一\\
            行二
            行三 <https://www.gov.cn/> <www.gov.cn> *强调* **加粗** `代码`

            ---
            """;

    @Test
    void writesFlexmarksBytesUnderTheOptionsItFollows() {
        for (Consumer<MutableDataSet> change : List.<Consumer<MutableDataSet>>of(
                o -> {},
                o -> o.set(TablesExtension.CLASS_NAME, ""),
                o -> o.set(TablesExtension.CLASS_NAME, "a&b\""),
                o -> o.set(TablesExtension.COLUMN_SPANS, false),
                o -> o.set(Parser.LISTS_ORDERED_LIST_MANUAL_START, false),
                o -> o.set(HtmlRenderer.SOFT_BREAK, " "),
                o -> o.set(HtmlRenderer.HARD_BREAK, "<br>\n"),
                o -> o.set(HtmlRenderer.AUTOLINK_WWW_PREFIX, "https://"),
                o -> o.set(HtmlRenderer.SUPPRESSED_LINKS, ""))) {
            MutableDataSet options = MarkdownConverter.options();
            change.accept(options);
            Parser parser = Parser.builder(options).build();
            String expected = HtmlRenderer.builder(options).build().render(parser.parse(OPTIONED));
            assertThat(new DirectRenderer(options).render(parser.parse(OPTIONED)))
                    .as(options.toString())
                    .isEqualTo(expected);
        }
        String html = direct.render(PARSER.parse(OPTIONED));
        assertThat(html)
                .contains("<h2 id=\"t1\">标题</h2>", "<ol start=\"3\">", "<table class=\"md-table\">")
                .contains("<th align=\"left\">左</th>", "<th align=\"center\">中</th>", "<th align=\"right\">右</th>")
                .contains("<td align=\"left\" colspan=\"2\">跨两列</td>", "<br />", "<hr />");
    }

    // ---- random Markdown -------------------------------------------------------------------------------------

    private static final String[] WORDS = {
        "政府信息公开",
        "年度报告",
        "晋江市",
        "第2季度",
        "Open Data",
        "2025",
        "a_b",
        "x*y",
        "“引号”",
        "（括号）",
        "中\u3000文",
        "\u00a0",
        "100%",
        "C:\\path",
        "a|b",
        "#",
        "1.",
        "-",
        "+",
        "!",
        "<",
        ">",
        "\"",
        "'",
        "&",
        "&amp;",
        "&copy;",
        "&#20013;",
        "&bogus;",
        "\\*",
        "\\\\",
        "\\|",
        "\\#",
        "~",
        "=",
        "\u0000",
        "{#id1}"
    };
    /** What makes the direct renderer decline a document (it must then come out of flexmark unchanged). */
    private static final String[] DECLINED = {
        "\t", "{.cls}", "{title=t}", "<span>HTML</span>", "<!-- 注释 -->", "<b>", "![图](/a.png)", "[引用][r]", "[r]", "\n\t"
    };
    /** What the raw-HTML policy refuses (it becomes code or text, or is dropped, before either renderer). */
    private static final String[] REFUSED = {
        "<b onclick=\"x()\">",
        "{onclick=x}",
        "{#i style=\"c\" .k}",
        "[v](vbscript:x)",
        "[d](data:text/html,x)",
        "<script>x()</script>",
        "<!--> <i>",
        "![图](javascript:x)",
        "<javascript:x>",
        "[w](&#106;avascript:x)",
        "<img src=x onerror=x()>",
        "[引用][j]",
        "<?x ?>"
    };

    private static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }

    private static String inline(Random r, int max) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1 + r.nextInt(max); i > 0; i--) {
            int k = r.nextInt(40);
            if (r.nextInt(60) == 0) {
                sb.append(DECLINED[r.nextInt(DECLINED.length)]);
            } else if (r.nextInt(90) == 0) {
                sb.append(REFUSED[r.nextInt(REFUSED.length)]);
            } else if (k < 18) {
                sb.append(WORDS[r.nextInt(k < 12 ? 12 : WORDS.length)]);
            } else if (k < 22) {
                sb.append(pick(r, " ", " ", "  ", "，", "。"));
            } else if (k == 22) {
                sb.append('*').append(WORDS[r.nextInt(6)]).append('*');
            } else if (k == 23) {
                sb.append("**").append(WORDS[r.nextInt(6)]).append("**");
            } else if (k == 24) {
                sb.append(pick(r, "`code`", "`` a  `b` ``", "` 空格 `", "`<i>&`"));
            } else if (k < 28) {
                sb.append('[')
                        .append(WORDS[r.nextInt(8)])
                        .append("](")
                        .append(pick(
                                r,
                                "/a/b.html",
                                "/x.html#s1",
                                "t01.html",
                                "../02/a.md#s1",
                                "index.md",
                                "https://www.jinjiang.gov.cn/?a=1&b=2",
                                "javascript:alert(1)",
                                "/a\\_b.html",
                                "</a b.html>",
                                "/q.html \"标题\"",
                                "/q.html '单引 \"号\"'",
                                "/q.html (括号)",
                                "/e.html?x=&amp;",
                                "mailto:a@b.cn",
                                "/u.html \"\""))
                        .append(')');
            } else if (k == 28) {
                sb.append(pick(
                        r,
                        "<https://www.jinjiang.gov.cn/a>",
                        "<http://a.b/c?d=e&f>",
                        "<a@b.cn>",
                        "<javascript:x>",
                        "<www.jinjiang.gov.cn>"));
            } else if (k == 29) {
                sb.append(pick(
                        r,
                        "  \n",
                        "\\\n",
                        "\n",
                        "\n   ",
                        " \n",
                        "~~删~~",
                        "\n\u3000\u3000",
                        "。\n",
                        "\n\u3000\n",
                        "\n \u3000"));
            } else {
                sb.append(WORDS[r.nextInt(12)]);
            }
        }
        return sb.toString();
    }

    private static String heading(Random r) {
        String text = r.nextInt(4) == 0
                ? pick(r, "一、总体情况", "总体情况", "Summary")
                : inline(r, 4).replace("\n", " ");
        String id = r.nextInt(3) == 0
                ? pick(
                        r,
                        " {#s1}",
                        " {#s2}",
                        " {#s1 .c}",
                        " {#一}",
                        " {#a\"b}",
                        "{#x}",
                        "  {#s3}",
                        "\t{#s4}",
                        " {#a} {#b}",
                        " {#a}{#b}",
                        " {id=s5}",
                        " {#s6} 尾",
                        " {#}",
                        " {.}",
                        " { }")
                : "";
        return r.nextInt(6) == 0
                ? text + id + "\n" + pick(r, "===", "---")
                : "#".repeat(1 + r.nextInt(6)) + pick(r, " ", "  ") + text + id + pick(r, "", "", " ##");
    }

    private static String list(Random r, int depth) {
        boolean ordered = r.nextBoolean();
        int start = r.nextInt(4) == 0 ? r.nextInt(12) : 1;
        String gap = r.nextInt(3) == 0 ? "\n\n" : "\n";
        String indent = "   ".repeat(depth);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1 + r.nextInt(4); i++) {
            String marker = ordered ? (start + i) + pick(r, ".", ")") : pick(r, "-", "*", "+");
            sb.append(indent).append(marker).append(' ').append(inline(r, 5).replace("\n", "\n" + indent + "   "));
            if (depth < 2 && r.nextInt(5) == 0) {
                sb.append('\n').append(list(r, depth + 1));
            }
            if (r.nextInt(6) == 0) {
                sb.append("\n\n")
                        .append(indent)
                        .append("   ")
                        .append(inline(r, 3).replace("\n", " "));
            }
            sb.append(gap);
        }
        return sb.toString();
    }

    private static String table(Random r) {
        int cols = 1 + r.nextInt(4);
        Function<Integer, String> row = c -> {
            StringBuilder sb = new StringBuilder(r.nextBoolean() ? "|" : "");
            for (int i = 0; i < c; i++) {
                sb.append(pick(r, " ", "", "  "))
                        .append(i % 2 == 0 ? inline(r, 2).replace("\n", " ") : "")
                        .append(pick(r, " |", "|", " ||"));
            }
            return sb.toString();
        };
        StringBuilder sb = new StringBuilder(row.apply(cols)).append('\n').append('|');
        for (int i = 0; i < cols; i++) {
            sb.append(pick(r, " --- |", ":---|", " ---: |", ":---:|", "-|"));
        }
        for (int i = r.nextInt(5); i > 0; i--) {
            sb.append('\n').append(row.apply(Math.max(1, cols + r.nextInt(3) - 1)));
        }
        return sb.toString();
    }

    private static String block(Random r) {
        return switch (r.nextInt(14)) {
            case 0, 1 -> heading(r);
            case 2, 3 -> list(r, 0);
            case 4, 5 -> table(r);
            case 6 ->
                r.nextInt(3) > 0
                        ? pick(r, "---", "***", "- - -")
                        : pick(
                                r,
                                "---",
                                "***",
                                "- - -",
                                "> 引用的文字\n> 第二行",
                                "```\n代码 <b>\n```",
                                "    缩进代码",
                                "<div>块</div>",
                                "[r]: /ref.html \"参考\"",
                                "[j]: javascript:x()",
                                "<div onclick=x>\n块</div>",
                                "<!-- 注释块 -->",
                                "   前导空格的段落",
                                "\t制表符段落");
            default -> inline(r, 14);
        };
    }

    static String document(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(7); i >= 0; i--) {
            sb.append(block(r)).append(pick(r, "\n\n", "\n\n", "\n", "\n\n\n"));
        }
        return sb.toString();
    }
}
