package cn.gov.jinjiang.gksite.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Front matter split from the body, with the lines where each starts. */
class FrontMatterSplitterTest {
    private static FrontMatter split(String text) {
        return new FrontMatterSplitter().split("content/a.md", text);
    }

    @Test
    void theYamlBetweenTheDashLinesAndTheBodyAfterThem() {
        assertThat(split("---\ntitle: 标题\nweight: 1\n---\n\n# 正文\n"))
                .isEqualTo(new FrontMatter("title: 标题\nweight: 1\n", 2, "\n# 正文\n", 5, true));
        assertThat(split("---\ntitle: t\n...\n正文")).isEqualTo(new FrontMatter("title: t\n", 2, "正文", 4, true));
        assertThat(split("---\n---\n")).isEqualTo(new FrontMatter("", 2, "", 3, true));
        assertThat(split("---\n---")).isEqualTo(new FrontMatter("", 2, "", 3, true));
        assertThat(split("---\na: 1\n---")).isEqualTo(new FrontMatter("a: 1\n", 2, "", 4, true));
        assertThat(split("---\na: 1\n---\n\n")).isEqualTo(new FrontMatter("a: 1\n", 2, "\n", 4, true));
        // Only '\n' ends a line.
        assertThat(split("---\na: 1\u2028---\n---\nb")).isEqualTo(new FrontMatter("a: 1\u2028---\n", 2, "b", 4, true));
        // Only a whole line of three dashes closes it.
        assertThat(split("---\na: |\n  ----\n  ---x\n ---\n---\nb"))
                .isEqualTo(new FrontMatter("a: |\n  ----\n  ---x\n ---\n", 2, "b", 7, true));
    }

    @Test
    void aTextThatDoesNotStartWithADashLineHasNoFrontMatter() {
        for (String text :
                List.of("", "正文\n---\n", "--- \ntitle: t\n---\n", "----\n", "\n---\ntitle: t\n---\n", "--")) {
            assertThat(split(text)).as(text).isEqualTo(new FrontMatter("", 1, text, 1, false));
        }
    }

    @Test
    void anOpeningWithoutClosingIsAnErrorAtTheFirstLine() {
        for (String text : List.of(
                "---", "---\n", "---\ntitle: t\n", "---\ntitle: t", "---\ntitle: t\n--\n", "---\n---x\n ---\n....\n")) {
            assertThatThrownBy(() -> split(text)).as(text).isInstanceOfSatisfying(DiagnosticException.class, e -> {
                Diagnostic d = e.diagnostics().get(0);
                assertThat(d.code()).isEqualTo("content.frontmatter-unclosed");
                assertThat(d.pos()).isEqualTo(new SourcePos("content/a.md", 1, 1));
                assertThat(d.message()).isEqualTo("页面头部（front matter）以“---”开始，但没有结束的“---”行。");
                assertThat(d.hint()).isEqualTo("在头部最后一项之后单独加一行“---”，其后再写正文。");
            });
        }
    }
}
