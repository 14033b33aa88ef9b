package cn.gov.jinjiang.gksite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pre-scan: each limit refused at its line, and every real page (and what real pages may need) within them. */
class MarkdownLimitsTest {
    private final MarkdownLimits limits = new MarkdownLimits();

    private List<Diagnostic> refused(String body) {
        Diagnostics d = new Diagnostics();
        boolean allowed = limits.allows("content/p.md", body, 4, d);
        assertThat(allowed).isEqualTo(d.sorted().isEmpty());
        return d.sorted();
    }

    @Test
    void thousandQuoteMarksAreTooDeepAtTheirLine() {
        List<Diagnostic> d = refused("第一段。\n\n" + ">".repeat(1000) + "\n");
        assertThat(d).extracting(Diagnostic::code).containsExactly("markdown.too-deep");
        assertThat(d.get(0).pos().line()).isEqualTo(6);
        assertThat(d.get(0).message()).contains("32");
    }

    @Test
    void nestingUpToTheLimitIsAllowedAndOneMoreIsNot() {
        assertThat(refused("> ".repeat(32) + "a")).isEmpty();
        assertThat(refused("> ".repeat(33) + "a")).extracting(Diagnostic::code).containsExactly("markdown.too-deep");
        StringBuilder lists = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            lists.append("  ".repeat(i)).append("- 第").append(i + 1).append("层\n");
        }
        assertThat(refused(lists.toString())).isEmpty();
        assertThat(refused(lists + "  ".repeat(32) + "- 第33层\n"))
                .extracting(Diagnostic::code)
                .containsExactly("markdown.too-deep");
        assertThat(refused("- ".repeat(10_000) + "x"))
                .extracting(Diagnostic::code)
                .containsExactly("markdown.too-deep");
        assertThat(refused("> - ".repeat(20) + "x"))
                .extracting(Diagnostic::code)
                .containsExactly("markdown.too-deep");
    }

    @Test
    void whatLooksLikeNestingButIsNotCountsNothing() {
        // A thematic break, fenced code and indented code open no container.
        assertThat(limits.scan("- ".repeat(10_000)).blockDepth()).isZero();
        assertThat(limits.scan("* * * * * * * *").blockDepth()).isZero();
        assertThat(limits.scan("```\n" + "> ".repeat(100) + "\n```\n").blockDepth())
                .isZero();
        assertThat(limits.scan("    " + "> ".repeat(100)).blockDepth()).isZero();
        // Lists that end and start again do not add up.
        assertThat(limits.scan("- a\n  - b\n\n- c\n  - d\n- e\n").blockDepth()).isEqualTo(2);
        assertThat(limits.scan("1. 一\n2. 二\n   1. 二之一\n").blockDepth()).isEqualTo(2);
    }

    @Test
    void inlineNestingIsCountedWithinALineAndTableCellsApart() {
        assertThat(limits.scan("正文 *强调 **加粗** 强调* [链接](/a.html) 结束").inlineDepth())
                .isEqualTo(3);
        assertThat(limits.scan("|*注|*注|*注|\n").inlineDepth()).isEqualTo(1);
        assertThat(refused("[".repeat(256) + "a" + "]".repeat(256))).isEmpty();
        assertThat(refused("[".repeat(257) + "a" + "]".repeat(257)))
                .extracting(Diagnostic::code)
                .containsExactly("markdown.too-deep");
        assertThat(refused("*a **".repeat(600) + "b"))
                .extracting(Diagnostic::code)
                .containsExactly("markdown.too-deep");
        assertThat(refused("\\*".repeat(5000))).isEmpty();
    }

    @Test
    void aChineseParagraphOfTensOfThousandsOfCharactersOnOneLineIsAllowed() {
        String paragraph = "本机关严格落实《中华人民共和国政府信息公开条例》，主动公开政府信息，[详见](/xxgk/a.html)。".repeat(1800);
        assertThat(paragraph.length()).isBetween(80_000, MarkdownLimits.MAX_LINE);
        assertThat(refused(paragraph)).isEmpty();
        List<Diagnostic> d = refused("前文\n" + "中".repeat(MarkdownLimits.MAX_LINE + 1) + "\n");
        assertThat(d).extracting(Diagnostic::code).containsExactly("markdown.line-too-long");
        assertThat(d.get(0).pos().line()).isEqualTo(5);
        assertThat(d.get(0).pos().column()).isEqualTo(MarkdownLimits.MAX_LINE + 1);
    }

    @Test
    void aBodyOverTheSizeLimitIsRefused() {
        String line = "中".repeat(1000) + "\n";
        assertThat(refused(line.repeat(MarkdownLimits.MAX_CHARS / line.length() + 1)))
                .extracting(Diagnostic::code)
                .containsExactly("content.too-large");
    }

    @Test
    void everyRealPageIsWellWithinTheLimits() throws IOException {
        try (Stream<Path> s =
                Stream.concat(Files.walk(Path.of("content")), Files.walk(Path.of("src/test/resources")))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".md")).toList()) {
                MarkdownLimits.Scan scan = limits.scan(Files.readString(f));
                assertThat(scan.withinLimits()).as(f.toString()).isTrue();
                assertThat(scan.blockDepth()).as(f.toString()).isLessThanOrEqualTo(6);
            }
        }
    }

    @Test
    void largeStackOnlyForLongLines() {
        assertThat(MarkdownLimits.needsLargeStack("短行\n".repeat(10_000))).isFalse();
        assertThat(MarkdownLimits.needsLargeStack("a\n" + "b".repeat(MarkdownLimits.PLAIN_STACK_LINE + 1)))
                .isTrue();
        assertThat(MarkdownLimits.needsLargeStack("b".repeat(MarkdownLimits.PLAIN_STACK_LINE + 1) + "\na"))
                .isTrue();
    }

    @Test
    void theScanIsLinear() {
        // Hostile shapes for the scan itself: deep indentation, thousands of containers continued by blank lines.
        StringBuilder nested = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            nested.append("  ".repeat(i)).append("- a\n");
        }
        String[] hostile = {
            nested.toString(),
            "- ".repeat(50_000) + "x" + "\n".repeat(100_000),
            ("> ".repeat(40_000) + "\n").repeat(20),
            "*_[".repeat(30_000)
        };
        for (String h : hostile) {
            long t0 = System.nanoTime();
            limits.scan(h);
            assertThat((System.nanoTime() - t0) / 1e9).as(h.substring(0, 20)).isLessThan(2.0);
        }
    }

    @Test
    void eachLimitIsReportedOnlyBeyondItself() {
        // Every limit reached exactly, in a body over the size limit: only the size is refused.
        String atLimits = "a".repeat(MarkdownLimits.MAX_LINE) + "\n" + "- ".repeat(MarkdownLimits.MAX_BLOCK_DEPTH)
                + "b\n" + "[".repeat(MarkdownLimits.MAX_INLINE_DEPTH) + "\n";
        String line = "中".repeat(999) + "\n";
        StringBuilder body = new StringBuilder(atLimits);
        while (body.length() <= MarkdownLimits.MAX_CHARS) {
            body.append(line);
        }
        assertThat(refused(body.toString())).extracting(Diagnostic::code).containsExactly("content.too-large");
        // A body of exactly the size limit is refused only for its line.
        body.setLength(0);
        body.append("a".repeat(MarkdownLimits.MAX_LINE + 1)).append('\n');
        while (body.length() + line.length() <= MarkdownLimits.MAX_CHARS) {
            body.append(line);
        }
        body.append("b".repeat(MarkdownLimits.MAX_CHARS - body.length()));
        assertThat(body.length()).isEqualTo(MarkdownLimits.MAX_CHARS);
        List<Diagnostic> d = refused(body.toString());
        assertThat(d).extracting(Diagnostic::code).containsExactly("markdown.line-too-long");
        assertThat(d.get(0).pos().line()).isEqualTo(4);
        assertThat(d.get(0).message()).contains("100001");
        // A body of exactly the size limit with a line of exactly the line limit is within them.
        body.setLength(0);
        body.append("a".repeat(MarkdownLimits.MAX_LINE)).append('\n');
        while (body.length() + line.length() <= MarkdownLimits.MAX_CHARS) {
            body.append(line);
        }
        body.append("b".repeat(MarkdownLimits.MAX_CHARS - body.length()));
        assertThat(refused(body.toString())).isEmpty();
        assertThat(limits.scan(body.toString()).withinLimits()).isTrue();
    }

    @Test
    void everyLimitBeyondIsReportedAtItsLine() {
        String body = "第一行\n" + "a".repeat(MarkdownLimits.MAX_LINE + 2) + "\n" + "> ".repeat(40) + "引\n正文\n"
                + "*".repeat(300) + "a\n";
        List<Diagnostic> d = refused(body);
        assertThat(d)
                .extracting(x -> x.code() + "@" + x.pos().line() + ":" + x.pos().column())
                .containsExactlyInAnyOrder(
                        "markdown.line-too-long@5:100001", "markdown.too-deep@6:1", "markdown.too-deep@8:1");
        assertThat(d)
                .extracting(Diagnostic::message)
                .anyMatch(m -> m.contains("300"))
                .anyMatch(m -> m.contains("40"));
        assertThat(d).allMatch(x -> x.pos().file().equals("content/p.md"));
    }

    @Test
    void theLongestLineAndTheDeepestInlineNestingAreFoundAtTheirFirstLine() {
        MarkdownLimits.Scan s = limits.scan("\n" + "a".repeat(10) + "\n" + "b".repeat(10) + "\n*a\n**a\n**b\n");
        assertThat(s.chars()).isEqualTo(34);
        assertThat(s.longestLine()).isEqualTo(10);
        assertThat(s.longestLineAt()).isEqualTo(2);
        assertThat(s.inlineDepth()).isEqualTo(2);
        assertThat(s.inlineDepthAt()).isEqualTo(5);
        assertThat(limits.scan("ab\ncd").longestLineAt()).isEqualTo(1);
        // Within the limit the deepest line is reported; beyond it, the first line beyond.
        String at = "[".repeat(MarkdownLimits.MAX_INLINE_DEPTH);
        assertThat(limits.scan(at + "\n" + "[".repeat(300)).inlineDepthAt()).isEqualTo(2);
        assertThat(limits.scan("[".repeat(300) + "\n" + "[".repeat(400)).inlineDepthAt())
                .isEqualTo(1);
        assertThat(limits.scan("[".repeat(300) + "\n" + "[".repeat(400)).inlineDepth())
                .isEqualTo(400);
        assertThat(limits.scan("[[\n[[[").inlineDepthAt()).isEqualTo(2);
        MarkdownLimits.Scan empty = limits.scan("");
        assertThat(empty.withinLimits()).isTrue();
        assertThat(empty.longestLineAt()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "*a*                 | 1",
                "a * b * c           | 0",
                "a*b*c               | 1",
                "***a                | 3",
                "a*\"b\"              | 0",
                "\"*a                 | 1",
                "(*(                 | 1",
                "a *(                | 1",
                "(* a                | 0",
                "a(*b                | 1",
                "a*(b                | 0",
                "a*(b*               | 0",
                "（*中文*）           | 1",
                "中*（                | 0",
                "\u3000*a            | 1",
                "a*\u3000            | 0",
                "*a **b** c*         | 3",
                "**a* b              | 2",
                "[[a]]]] [           | 2",
                "]]][                | 1",
                "\\[ \\* [          | 1",
                "*_*_a               | 2",
                "_a_ _b              | 1",
                "a ¦ *b ¦ *c *d      | 2",
                "[a ¦ [b             | 1",
                "\u0080 *a           | 1",
                "é*a*é               | 1",
                "a*~                 | 0",
                "~*a                 | 1",
                "a*\u007f             | 1",
                "*a * *b             | 2",
                "*a *b               | 2",
                "*a(*b               | 2",
                "*a(* *b             | 1",
                "*a(*) *b            | 1",
            })
    void inlineNestingFollowsTheFlankingRules(String line, int depth) {
        String s = line.replace('¦', '|')
                .replace("\\u3000", "\u3000")
                .replace("\\u0080", "\u0080")
                .replace("\\u007f", "\u007f");
        assertThat(limits.scan(s).inlineDepth()).isEqualTo(depth);
    }

    @Test
    void spacesAndPunctuationAreTheOnesCommonMarkNames() {
        for (char c : new char[] {' ', '\t', '\n', '\r', '\f', 0x0B, '\u3000', '\u00a0', '\u2003'}) {
            assertThat(MarkdownLimits.space(c)).as("U+%04X", (int) c).isTrue();
        }
        for (char c : new char[] {'a', '中', '*', 0x1C, '\u200b'}) {
            assertThat(MarkdownLimits.space(c)).as("U+%04X", (int) c).isFalse();
        }
        for (char c : "!/:@[`{~*_（）“”‘’。，、‿‐—《》「」".toCharArray()) {
            assertThat(MarkdownLimits.punctuation(c)).as("%s", c).isTrue();
        }
        for (char c : new char[] {' ', 'a', 'Z', '0', '9', 0x7F, 0x80, '中', '€', '＋', '\u00a0', '\u3000', '\u00e9'}) {
            assertThat(MarkdownLimits.punctuation(c)).as("U+%04X", (int) c).isFalse();
        }
    }

    @Test
    void largeStackFromTheFirstLineLongerThanTheLimit() {
        int limit = MarkdownLimits.PLAIN_STACK_LINE;
        assertThat(MarkdownLimits.needsLargeStack("短")).isFalse();
        assertThat(MarkdownLimits.needsLargeStack("b".repeat(limit))).isFalse();
        assertThat(MarkdownLimits.needsLargeStack("b".repeat(limit + 1))).isTrue();
        assertThat(MarkdownLimits.needsLargeStack("b".repeat(limit) + "\na")).isFalse();
        assertThat(MarkdownLimits.needsLargeStack("\n" + "b".repeat(limit))).isFalse();
        assertThat(MarkdownLimits.needsLargeStack("a\n" + "b".repeat(limit))).isFalse();
        assertThat(MarkdownLimits.needsLargeStack("a\n" + "b".repeat(limit) + "\nc"))
                .isFalse();
        assertThat(MarkdownLimits.needsLargeStack("a\n" + "b".repeat(limit + 1) + "\nc"))
                .isTrue();
    }
}
