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
}
