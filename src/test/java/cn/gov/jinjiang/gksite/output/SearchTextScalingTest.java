package cn.gov.jinjiang.gksite.output;

import cn.gov.jinjiang.gksite.testing.Scaling;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The search index's plain text of a page in linear time, on the shapes that make its regular expressions backtrack:
 * blank lines (the table rule's {@code ^\s*} crosses them), unclosed links, tags and comments.
 */
class SearchTextScalingTest {
    private static void linear(String name, int n, IntFunction<String> text) {
        Scaling.assertLinear(name, n, size -> {
            String t = text.apply(size);
            return () -> SearchText.plain(t);
        });
    }

    @Test
    void blankLines() {
        linear("blank lines", 50_000, n -> "a\n" + " \n".repeat(n) + "---\n");
        linear("blank lines between HTML blocks", 20_000, n -> "<div>\n\n".repeat(n));
        linear("table pipes before blank lines", 20_000, n -> "| \n \n \n".repeat(n));
    }

    @Test
    void unclosedMarkup() {
        linear("unclosed links", 50_000, n -> "[a](".repeat(n));
        linear("unclosed brackets", 50_000, n -> "[a] ".repeat(n));
        linear("unclosed tags", 50_000, n -> "<a".repeat(n));
        linear("unclosed comments", 20_000, n -> "<!-- ".repeat(n));
        linear("unclosed attributes", 50_000, n -> "{#".repeat(n));
        linear("list marks", 50_000, n -> "- 1. > # \n".repeat(n));
    }
}
