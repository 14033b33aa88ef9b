package cn.gov.jinjiang.gksite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.testing.Scaling;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No Markdown within the limits converts in more than linear time: each pathological family (the inputs of issue 14
 * and the others found while fixing them) at n and 4n, within the line limit. Before the fixes, link openers, backtick
 * runs, footnote-like brackets, link references, table rows and lines starting with a digit were quadratic.
 */
class MarkdownScalingTest {
    private static final MarkdownConverter CONVERTER = new MarkdownConverter();

    static Stream<Arguments> families() {
        return Stream.of(
                family("link openers [a]( on one line", 4000, n -> "[a](".repeat(n)),
                family("angle openers [a](< on one line", 3000, n -> "[a](<".repeat(n)),
                family("backtick runs `a", 6000, n -> "`a".repeat(n)),
                family("footnote-like [^1]", 4000, n -> "[^1]".repeat(n)),
                family("link titles [a](/u \"", 1500, n -> "[a](/u \"".repeat(n)),
                family("link references, one per line", 1000, n -> refs(n)),
                family("the same reference defined again", 1500, n -> "[a]: /u\n".repeat(n) + "[a]"),
                family("table rows", 1500, n -> "|a|b|\n|-|-|\n" + "|x|[y](/z.html)|\n".repeat(n)),
                family("paragraph lines starting with a digit", 4000, n -> "1 a\n".repeat(n)),
                family("paragraph lines starting with a backtick", 3000, n -> "` b\n".repeat(n)),
                family("Chinese paragraph with links", 600, n -> "中文段落[链接](/a/b.html)，没有空格。".repeat(n)),
                family("many <", 20000, n -> "<".repeat(n)),
                family("many &", 20000, n -> "&".repeat(n)),
                family("many unclosed [", 20, n -> ("[a ".repeat(200) + "\n").repeat(n)),
                family("many unclosed ![", 20, n -> ("![a ".repeat(200) + "\n").repeat(n)),
                family("many |", 20000, n -> "|".repeat(n)),
                family("many {", 20000, n -> "{".repeat(n)),
                family("many _", 6000, n -> "_a".repeat(n)),
                family("nested brackets", 100, n -> ("[".repeat(100) + "a" + "](/u)".repeat(100) + "\n").repeat(n)),
                family("HTML blocks", 500, n -> "<div>\n\n".repeat(n)),
                family("headings with equal text", 1500, n -> "## 标题\n\n".repeat(n)),
                family("quotes 30 deep", 200, n -> ("> ".repeat(30) + "a\n").repeat(n)),
                family("lists 30 deep", 60, n -> lists(n)),
                family("a thematic break line", 4000, n -> "- ".repeat(n)),
                family("emphasis", 2000, n -> "*a **b** c* ".repeat(n)),
                family("inline HTML", 1500, n -> "a <b c=\"d\"> ".repeat(n)),
                family("HTML comments", 1500, n -> "a <!-- c --> ".repeat(n)),
                family("open inline tags, then stray end tags", 1500, n -> "<span>".repeat(n) + "</b>".repeat(n)),
                family("open tags closed one by one", 1500, n -> "<i><span>".repeat(n) + "</i>".repeat(n)));
    }

    private static Arguments family(String name, int n, IntFunction<String> body) {
        return Arguments.of(name, n, body);
    }

    private static String refs(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("[l").append(i).append("]: /u").append(i).append('\n');
        }
        for (int i = 0; i < n; i++) {
            sb.append("[l").append(i).append("] ");
        }
        return sb.toString();
    }

    private static String lists(int n) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < 30; i++) {
                sb.append("  ".repeat(i)).append("- a\n");
            }
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void convertsInLinearTime(String name, int n, IntFunction<String> body) {
        assertThat(new MarkdownLimits().scan(body.apply(4 * n)).withinLimits())
                .as(name)
                .isTrue();
        Scaling.assertLinear(name, n, size -> {
            String text = body.apply(size);
            Runnable convert = () -> CONVERTER.convert("content/p.md", text, 1, new Diagnostics());
            return MarkdownLimits.needsLargeStack(text)
                    ? () -> MarkdownStage.onLargeStack(() -> {
                        convert.run();
                        return null;
                    })
                    : convert;
        });
    }
}
