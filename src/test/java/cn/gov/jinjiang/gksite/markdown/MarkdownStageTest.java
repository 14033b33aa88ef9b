package cn.gov.jinjiang.gksite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.content.Page;
import cn.gov.jinjiang.gksite.content.PageMeta;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A page flexmark cannot take becomes an error of that page, never a failure of the build: the inputs that crashed
 * gksite with a StackOverflowError are refused or converted, and those within the limits convert on the stack the
 * stage gives them.
 */
class MarkdownStageTest {
    private final MarkdownStage stage = new MarkdownStage();

    /** Converts on a thread with a default-sized stack, as the build's worker threads have. */
    private List<Diagnostic> convert(String body) {
        Diagnostics d = new Diagnostics();
        MarkdownStage.onStack(1024 * 1024, () -> stage.convert(page(body), d));
        return d.sorted();
    }

    static Page page(String body) {
        PageMeta meta = new PageMeta(
                "标题", null, null, null, "", 0, false, false, null, "", "", "", null, null, "", "", null, "", "",
                Map.of());
        return new Page("content/p.md", "", "p.html", false, meta, body, 4);
    }

    @Test
    void inputsThatOverflowedTheStackAreRefusedOrConverted() {
        assertThat(convert(">".repeat(1000))).extracting(Diagnostic::code).containsExactly("markdown.too-deep");
        assertThat(convert("- ".repeat(10_000) + "x"))
                .extracting(Diagnostic::code)
                .containsExactly("markdown.too-deep");
        assertThat(convert("*".repeat(2000))).isEmpty();
        assertThat(convert("- ".repeat(10_000))).isEmpty();
        assertThat(convert("_".repeat(4000) + "a")).extracting(Diagnostic::code).containsExactly("markdown.too-deep");
        assertThat(convert("|a".repeat(1000) + "|\n" + "|-".repeat(1000) + "|\n" + "|b".repeat(1000) + "|\n"))
                .isEmpty();
    }

    @Test
    void nestingSpreadOverLinesThatOverflowsTheStackIsTooDeepNotACrash() {
        // Each line opens two levels of emphasis: the pre-scan, which reads lines, lets it through.
        String body = "**x *y\n".repeat(1500) + "y* x**\n".repeat(1500);
        assertThat(new MarkdownLimits().scan(body).withinLimits()).isTrue();
        List<Diagnostic> d = convert(body);
        assertThat(d).extracting(Diagnostic::code).containsExactly("markdown.too-deep");
        assertThat(d.get(0).pos().file()).isEqualTo("content/p.md");
    }

    @Test
    void eachConstructFlexmarkMatchesByRecursionConvertsAtTheLineLimitOnAQuarterOfTheLargeStack() {
        int n = MarkdownLimits.MAX_LINE - 20;
        Map<String, String> constructs = new LinkedHashMap<>();
        constructs.put("thematic break", "*".repeat(n));
        constructs.put("spaced break", "- ".repeat(n / 2));
        constructs.put("link title", "[a](/u \"" + "题".repeat(n) + "\")");
        constructs.put("parenthesised title", "[a](/u (" + "x".repeat(n) + "))");
        constructs.put("inline comment", "a <!--" + "x".repeat(n) + "-->");
        constructs.put("comment block", "<!--" + "x".repeat(n) + "-->");
        constructs.put("attributes", "a <b" + " c".repeat(n / 2) + ">");
        constructs.put("angle destination", "[a](<" + "x".repeat(n) + ">)");
        constructs.put("email autolink", "<a@" + "b.".repeat(n / 2) + "c>");
        constructs.put("heading attributes", "# h {" + "a=b ".repeat(n / 4) + "}");
        constructs.put("declaration", "a <!A" + " x".repeat(n / 2) + ">");
        constructs.put("setext underline", "a\n" + "=".repeat(n));
        constructs.put("reference title", "[a]: /u \"" + "x".repeat(n) + "\"\n\n[a]");
        constructs.put("table", "|" + "a|".repeat(n / 2) + "\n|" + "-|".repeat(n / 2) + "\n");
        for (Map.Entry<String, String> c : constructs.entrySet()) {
            Diagnostics d = new Diagnostics();
            RenderedMarkdown r = MarkdownStage.onStack(
                    MarkdownStage.LARGE_STACK / 4,
                    () -> new MarkdownConverter().convert("content/p.md", c.getValue(), 4, d));
            assertThat(d.sorted()).as(c.getKey()).noneMatch(x -> x.code().equals("markdown.too-deep"));
            assertThat(r.html()).as(c.getKey()).isNotEmpty();
        }
    }

    @Test
    void anUnexpectedFailureIsAnInternalErrorOfThePageAndTheOthersGoOn() {
        Diagnostics d = new Diagnostics();
        MarkdownStage failing = new MarkdownStage((p, x) -> {
            throw new IllegalStateException("kaputt");
        });
        assertThat(failing.convert(page("正文"), d)).isEqualTo(RenderedMarkdown.EMPTY);
        List<Diagnostic> found = d.sorted();
        assertThat(found).extracting(Diagnostic::code).containsExactly("internal.error");
        assertThat(found.get(0).pos().file()).isEqualTo("content/p.md");
        assertThat(found.get(0).message()).contains("转换 Markdown 正文", "IllegalStateException", "kaputt");
        assertThat(stage.convert(page("正文"), d).html()).isEqualTo("<p>正文</p>\n");
    }
}
