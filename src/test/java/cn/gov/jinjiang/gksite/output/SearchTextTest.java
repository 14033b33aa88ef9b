package cn.gov.jinjiang.gksite.output;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The plain text of a body (SearchText's scans) is what the chain of regular expressions they replace gives. */
class SearchTextTest {
    /** Pieces of Markdown and of everything the expressions look at: line ends, Java's \s, Unicode spaces. */
    private static final List<String> PIECES = List.of(
            "<!--",
            "-->",
            "<!-- x -->",
            "<",
            ">",
            "<b>",
            "<>",
            "{#",
            "{",
            "}",
            "{#s1}",
            "#",
            "##",
            "###### ",
            "####### ",
            "[",
            "]",
            "(",
            ")",
            "!",
            "![图](a.png)",
            "[链接](/a.html)",
            "[a [b](c)",
            "](",
            "|",
            "| a | b |",
            "| --- | ---: |",
            "|:---|",
            "---",
            "- - -",
            "*",
            "_",
            "`",
            "~",
            ":",
            "-",
            "+",
            ".",
            "1.",
            "12. ",
            "3)",
            " ",
            "  ",
            "   ",
            "    ",
            "\t",
            "\n",
            "\n\n",
            "\r",
            "\r\n",
            "\u000B",
            "\f",
            "\u0085",
            "\u2028",
            "\u2029",
            "\u3000",
            "\u00A0",
            "\u001C",
            "a",
            "Z",
            "x1",
            "中",
            "文件",
            "，",
            "。",
            "（2025）",
            "\uD83D\uDE00",
            "\uD800",
            "> ",
            "- ",
            "* ",
            "+ ",
            "1. ",
            "# 标题 {#t}\n",
            "\n---\n",
            "\n> ");

    static String randomText(Random r, List<String> pieces, int maxPieces) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(maxPieces + 1);
        for (int i = 0; i < n; i++) {
            sb.append(pieces.get(r.nextInt(pieces.size())));
        }
        return sb.toString();
    }

    @Test
    void sameAsTheRegularExpressionsOnRandomMarkdown() {
        Random r = new Random(20250611);
        for (int i = 0; i < 60_000; i++) {
            String s = randomText(r, PIECES, i % 3 == 0 ? 60 : 12);
            assertThat(SearchIndexWriter.plain(s))
                    .as("plain of %s", TestStrings.show(s))
                    .isEqualTo(SearchIndexOracle.plain(s));
        }
    }

    @Test
    void sameAsTheRegularExpressionsOnTrickyCases() {
        for (String s : List.of(
                "",
                " ",
                "<!--",
                "<!-->",
                "<!---->",
                "a<!-- b\n c -->d",
                "{#}",
                "{#a\n}b",
                "[]()",
                "![]()x",
                "!![a](b)",
                "[a](b",
                "[a]b(c)",
                "[a](b)(c)",
                "[[a](b)](c)",
                "<<a>>",
                "<a\nb>",
                "a <> b",
                "#\n## b",
                "\n\n\n\n# x",
                "   # x",
                "    # x",
                "####### x",
                "###### x",
                "1.x",
                "1. x",
                "12345. x",
                "-x",
                "- x",
                "\r\n# x",
                "a\r\n---\r\nb",
                "a\r---",
                "a\u0085---",
                "a\u2028# b",
                "|\n---",
                "  |  :---- x\ny",
                "---",
                "a\n---",
                "\n",
                "x\n",
                "#",
                "# ",
                "-- -",
                "| a |\n|---|\n| b |",
                "\u3000x\u3000",
                "\u001Cx")) {
            assertThat(SearchIndexWriter.plain(s))
                    .as("plain of %s", TestStrings.show(s))
                    .isEqualTo(SearchIndexOracle.plain(s));
        }
    }

    @Test
    void sameAsTheRegularExpressionsOnTheRepositorysPages() throws IOException {
        try (Stream<Path> files = Files.walk(TestSites.REPO.resolve("content"))) {
            List<Path> pages = files.filter(f -> f.toString().endsWith(".md")).toList();
            assertThat(pages).isNotEmpty();
            for (Path p : pages) {
                String s = Files.readString(p);
                assertThat(SearchIndexWriter.plain(s)).as(p.toString()).isEqualTo(SearchIndexOracle.plain(s));
            }
        }
    }
}
