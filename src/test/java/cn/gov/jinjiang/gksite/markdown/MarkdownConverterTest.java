package cn.gov.jinjiang.gksite.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.testing.SignSoup;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One converter serves a build's threads: converting at once from many gives what one thread gives. */
class MarkdownConverterTest {
    @Test
    void sharedBetweenThreads() throws Exception {
        Random random = new Random(7);
        List<String> docs = new ArrayList<>();
        // Fewer under mutation testing (pom.xml, profile mutation).
        for (int i = 0, n = Integer.getInteger("gksite.randomDocuments", 1500); i < n; i++) {
            docs.add(DirectRendererTest.document(random));
        }
        MarkdownConverter alone = new MarkdownConverter();
        List<String> expected = docs.stream().map(md -> convert(alone, md)).toList();
        // A new converter, so that its shared recognisers are first made while several threads ask for them.
        MarkdownConverter shared = new MarkdownConverter();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t * docs.size() / 4;
                results.add(pool.submit(() -> {
                    List<String> out = new ArrayList<>();
                    for (int i = 0; i < docs.size(); i++) {
                        int k = (i + offset) % docs.size();
                        out.add(k + "\n" + convert(shared, docs.get(k)));
                    }
                    return out;
                }));
            }
            for (Future<List<String>> f : results) {
                for (String r : f.get()) {
                    int k = Integer.parseInt(r.substring(0, r.indexOf('\n')));
                    assertThat(r.substring(r.indexOf('\n') + 1)).isEqualTo(expected.get(k));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Pages pasted together from Markdown's, HTML's, YAML's and Chinese signs ({@link SignSoup}), as a hurried editor or an attacker writes them:
     * each is converted with diagnostics, never an exception (an unclosed tag in a link reference's text once made
     * flexmark's renderer fail).
     */
    @Test
    void noSoupOfMarkdownHtmlAndChineseSignsFailsTheConversion() {
        Random random = new Random(20261203);
        MarkdownConverter converter = new MarkdownConverter();
        for (int i = 0, n = Integer.getInteger("gksite.randomDocuments", 1500) * 2; i < n; i++) {
            String md = SignSoup.of(random, 60);
            assertThatCode(() -> convert(converter, md)).as("%s", md).doesNotThrowAnyException();
        }
    }

    private static String convert(MarkdownConverter c, String md) {
        Diagnostics d = new Diagnostics();
        RenderedMarkdown r = c.convert("t.md", md, 1, d);
        return r.html() + r.headings() + d.sorted();
    }

    @Test
    void headingsAreListedWithTheirLevelTextIdAndLineInTheFile() {
        Diagnostics d = new Diagnostics();
        RenderedMarkdown r = new MarkdownConverter()
                .convert("a.md", "# 一、总体情况\n\n正文\n\n## **重点** `代码` {#s1}\n\n# 一、总体情况\n\n### a  --  b\n", 5, d);
        assertThat(r.headings())
                .containsExactly(
                        new Heading(1, "一、总体情况", "一总体情况", 5),
                        new Heading(2, "重点 代码", "s1", 9),
                        new Heading(1, "一、总体情况", "一总体情况-1", 11),
                        new Heading(3, "a  --  b", "a-b", 13));
        assertThat(r.html())
                .startsWith("<h1 id=\"一总体情况\">一、总体情况</h1>\n<p>正文</p>\n"
                        + "<h2 id=\"s1\"><strong>重点</strong> <code>代码</code></h2>\n");
        assertThat(d.sorted()).isEmpty();
    }

    @Test
    void attributesAnywhereElseAreAppliedByFlexmark() {
        Diagnostics d = new Diagnostics();
        RenderedMarkdown r = new MarkdownConverter().convert("a.md", "# 标题{#t}\n\n段落 {.lead}\n", 1, d);
        // Without a space, {#t} belongs to the text before it (flexmark's rule): the heading keeps its own id.
        assertThat(r.html()).isEqualTo("<h1 id=\"标题\"><span id=\"t\">标题</span></h1>\n<p class=\"lead\">段落</p>\n");
        assertThat(r.headings()).containsExactly(new Heading(1, "标题", "标题", 1));
    }

    @Test
    void tablesLinksAndLineBreaksAreWrittenWithGksitesOptions() {
        RenderedMarkdown r = new MarkdownConverter()
                .convert("a.md", "| 列 |\n| --- |\n| 格 |\n[表一]\n\nOpen\nData [附件](附件 2.pdf)\n", 1, new Diagnostics());
        assertThat(r.html())
                .isEqualTo("<table class=\"md-table\">\n<thead>\n<tr><th>列</th></tr>\n</thead>\n<tbody>\n"
                        + "<tr><td>格</td></tr>\n</tbody>\n</table>\n<p>[表一]</p>\n"
                        + "<p>Open\nData <a href=\"附件%202.pdf\">附件</a></p>\n");
    }

    @Test
    void aPageTheDirectRendererLeavesIsWrittenByFlexmark() {
        RenderedMarkdown r = new MarkdownConverter().convert("a.md", "a\tb\n\n- x\n\n  y\n", 1, new Diagnostics());
        assertThat(r.html()).isEqualTo("<p>a\tb</p>\n<ul>\n<li>\n<p>x</p>\n<p>y</p>\n</li>\n</ul>\n");
    }

    @Test
    void aBodyOutsideTheLimitsIsRefusedWhole() {
        Diagnostics d = new Diagnostics();
        RenderedMarkdown r = new MarkdownConverter().convert("a.md", "# 标题\n\n" + ">".repeat(100) + " x\n", 3, d);
        assertThat(r).isSameAs(RenderedMarkdown.EMPTY);
        assertThat(d.sorted()).extracting(Diagnostic::code).containsExactly("markdown.too-deep");
    }

    @Test
    void everyStepOfTheTreeRunsBeforeRendering() {
        Diagnostics d = new Diagnostics();
        RenderedMarkdown r = new MarkdownConverter().convert("a.md", "　　甲。\n　　见[乙](b.md)<script>x</script>。\n", 2, d);
        assertThat(r.html())
                .isEqualTo(
                        "<p>甲。</p>\n<p>见<a href=\"b.html\">乙</a><code>&lt;script&gt;</code>x<code>&lt;/script&gt;</code>。</p>\n");
        assertThat(d.sorted()).extracting(x -> x.code() + "@" + x.pos().line()).containsExactly("markdown.raw-html@3");
    }
}
