package cn.gov.jinjiang.gksite.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.MappingNode;

/** What YamlDoc refuses before and after SnakeYAML reads a text: recursion, size, long lines. */
class YamlLimitsTest {

    private static Diagnostic refused(String text, int lineOffset) {
        try {
            YamlDoc.parse("content/x/menu.yaml", lineOffset, text);
        } catch (DiagnosticException e) {
            assertThat(e.diagnostics()).hasSize(1);
            return e.diagnostics().get(0);
        }
        throw new AssertionError("accepted: " + text.substring(0, Math.min(80, text.length())));
    }

    @Test
    void aSelfReferencingAliasIsRefusedAtTheKeyHoldingIt() {
        Diagnostic d = refused("items: &i [{label: a, url: /x/, children: *i}]\n", 0);
        assertThat(d.code()).isEqualTo("yaml.alias");
        assertThat(d.pos().line()).isEqualTo(1);
        assertThat(d.pos().column()).isEqualTo(33);
        assertThat(d.message()).contains("*i");
        Diagnostic nested = refused("a:\n  b: &x\n    c:\n      - d\n      - e: *x\n", 1);
        assertThat(nested.code()).isEqualTo("yaml.alias");
        assertThat(nested.pos().line()).isEqualTo(6);
        assertThat(refused("&s [*s]\n", 0).code()).isEqualTo("yaml.alias");
        assertThat(refused("&m {k: *m}\n", 0).code()).isEqualTo("yaml.alias");
    }

    @Test
    void aliasesThatRepeatFinishedContentAreAllowed() {
        YamlDoc doc = YamlDoc.parse("a.yaml", 0, "base: &b {x: 1, y: [1, 2]}\none: *b\ntwo: *b\nlist: [*b, *b]\n");
        assertThat(YamlDoc.entries((MappingNode) doc.root().orElseThrow())).containsKeys("base", "one", "two", "list");
    }

    @Test
    void billionLaughsStaysRefusedBySnakeYamlsLimit() {
        StringBuilder sb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char p = (char) (c - 1);
            sb.append(c)
                    .append(": &")
                    .append(c)
                    .append(" [")
                    .append(String.join(
                            ", ",
                            List.of("*" + p, "*" + p, "*" + p, "*" + p, "*" + p, "*" + p, "*" + p, "*" + p, "*" + p)))
                    .append("]\n");
        }
        assertThat(refused(sb.toString(), 0).code()).isEqualTo("yaml.syntax");
    }

    @Test
    void aLineOverTheLimitIsRefusedBeforeSnakeYamlReadsIt() {
        long t0 = System.nanoTime();
        Diagnostic d = refused("title: t\ndescription: \"" + "a".repeat(5_000_000 / 3) + "\"\n", 1);
        assertThat(d.code()).isEqualTo("yaml.line-too-long");
        assertThat(d.pos().line()).isEqualTo(3);
        assertThat(d.pos().column()).isEqualTo(YamlLimits.MAX_LINE + 1);
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(2.0);
        assertThat(YamlDoc.parse("a.yaml", 0, "v: \"" + "中".repeat(YamlLimits.MAX_LINE - 10) + "\"\n")
                        .root())
                .isPresent();
    }

    @Test
    void aTextOverTheSizeLimitIsRefused() {
        String big = "k: v\n".repeat(YamlLimits.MAX_BYTES / 5 + 1);
        Diagnostic d = refused(big, 0);
        assertThat(d.code()).isEqualTo("content.too-large");
        assertThat(d.pos().line()).isEqualTo(1);
    }

    @Test
    void aLongValueWithinTheLimitsReadsInLinearTime() {
        // SnakeYAML's scanner is quadratic in a line's length: the line limit bounds each line's share.
        String line = "v" + "1".repeat(5) + ": \"" + "a".repeat(90_000) + "\"\n";
        long t0 = System.nanoTime();
        YamlDoc.parse("a.yaml", 0, line);
        double one = (System.nanoTime() - t0) / 1e9;
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            many.append("v")
                    .append(10000 + i)
                    .append(": \"")
                    .append("a".repeat(90_000))
                    .append("\"\n");
        }
        t0 = System.nanoTime();
        YamlDoc.parse("a.yaml", 0, many.toString());
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(Math.max(2.0, 40 * one));
    }

    @Test
    void theWalkForRecursionRefusesNothingElseAndTakesNoRecursion() {
        // A deep (within SnakeYAML's nesting limit) and wide document is walked without recursion or repeats.
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            sb.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        sb.append("  ".repeat(40)).append("v\n");
        assertThat(YamlDoc.parse("a.yaml", 0, sb.toString()).root()).isPresent();
        assertThatThrownBy(() -> YamlDoc.parse("a.yaml", 0, "a: [\n")).isInstanceOf(DiagnosticException.class);
    }

    @Test
    void aLineOfExactlyTheLimitIsRead() {
        String value = "x".repeat(YamlLimits.MAX_LINE - 3);
        assertThat(YamlDoc.parse("a.yaml", 0, "v: " + value).root()).isPresent();
        Diagnostic d = refused("a: 1\nv: " + value + "y\n", 2);
        assertThat(d.pos()).hasToString("content/x/menu.yaml:4:" + (YamlLimits.MAX_LINE + 1));
        assertThat(d.message()).isEqualTo("这一行有 100001 个字符，超过了 YAML 一行 100000 个字符的上限。");
        assertThat(d.hint()).isEqualTo("长文字请写在 Markdown 正文中；确需很长的值时用“|”块写成多行。");
    }

    @Test
    void manyShortLinesAfterAnEmptyFirstLineAreRead() {
        assertThat(YamlDoc.parse("a.yaml", 0, "\n" + "#\n".repeat(YamlLimits.MAX_LINE))
                        .root())
                .isEmpty();
    }

    @Test
    void aTextOfExactlyTheSizeLimitIsMeasuredByItsLines() {
        assertThat(refused("x".repeat(YamlLimits.MAX_BYTES), 0).code()).isEqualTo("yaml.line-too-long");
        Diagnostic d = refused("x".repeat(YamlLimits.MAX_BYTES + 1), 3);
        assertThat(d.pos()).hasToString("content/x/menu.yaml:4:1");
        assertThat(d.message()).isEqualTo("YAML 内容有 2097153 个字符，超过了 2097152 个字符的上限。");
        assertThat(d.hint()).isEqualTo("YAML 只用来写配置和统计表；大段文字请写在 Markdown 正文中，大量数据请拆成几个文件。");
    }

    @Test
    void theRecursionIsNamedAtTheKeyWithItsAnchor() {
        Diagnostic d = refused("a:\n  b: &x\n    c:\n      - d\n      - e: *x\n", 1);
        assertThat(d.pos()).hasToString("content/x/menu.yaml:6:9");
        assertThat(d.message()).isEqualTo("别名“*x”引用了包含它自己的内容（循环引用），这样的 YAML 无法读取。");
        assertThat(d.hint()).isEqualTo("把别名换成要重复的内容本身；别名（*名字）只能引用在它之前已经写完的内容。");
        YamlLimits.refuseRecursion("a.yaml", 0, null);
        assertThat(YamlDoc.parse("a.yaml", 0, "").root()).isEmpty();
    }
}
