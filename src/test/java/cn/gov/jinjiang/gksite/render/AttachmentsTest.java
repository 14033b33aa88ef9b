package cn.gov.jinjiang.gksite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AttachmentsTest {
    private static final Map<String, Long> FILES =
            Map.of("a/b/通知.pdf", 123 * 1024L - 5, "a/表.xlsx", 3L * 1024 * 1024 / 2, "x/y.docx", 10L);

    static String annotate(String html) {
        return Attachments.annotate(html, "/a/b/page.html", p -> FILES.getOrDefault(p, -1L));
    }

    @Test
    void relativeAndRootLinksToFilesInContentGetFormatAndSize() {
        assertThat(annotate("<p><a href=\"%E9%80%9A%E7%9F%A5.pdf\">通知</a></p>"))
                .isEqualTo(
                        "<p><a href=\"%E9%80%9A%E7%9F%A5.pdf\">通知</a><span class=\"file-info\">（PDF，123 KB）</span></p>");
        assertThat(annotate("<a href=\"../表.xlsx\">表</a>")).endsWith("（XLSX，1.5 MB）</span>");
        assertThat(annotate("<a href=\"/x/y.docx\">y</a>")).endsWith("（DOCX，1 KB）</span>");
    }

    @Test
    void pagesMissingFilesAndExternalLinksAreLeftAlone() {
        for (String html : new String[] {
            "<a href=\"other.html\">x</a>",
            "<a href=\"missing.pdf\">x</a>",
            "<a href=\"http://example.gov.cn/a.pdf\">x</a>",
            "<p>no links</p>"
        }) {
            assertThat(annotate(html)).isEqualTo(html);
        }
    }

    /** The scan marks exactly the links the former regular expression found, on tricky and random HTML. */
    @Test
    void sameLinksAsTheRegularExpression() {
        Pattern link = Pattern.compile("<a href=\"([^\"]+)\"([^>]*)>(.*?)</a>", Pattern.DOTALL);
        Function<String, String> oracle = html -> {
            Matcher m = link.matcher(html);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String href = m.group(1);
                String ext = Attachments.extension(href);
                long bytes = ext.isEmpty() ? -1 : FILES.getOrDefault(Attachments.target("/a/b/page.html", href), -1L);
                String r = bytes < 0
                        ? m.group()
                        : m.group() + "<span class=\"file-info\">（" + ext.toUpperCase(Locale.ROOT) + "，"
                                + Attachments.human(bytes) + "）</span>";
                m.appendReplacement(out, Matcher.quoteReplacement(r));
            }
            return m.appendTail(out).toString();
        };
        String[] parts = {
            "<a href=\"通知.pdf\">",
            "<a href=\"\">",
            "<a href=\"/x/y.docx\" title=\"t\">",
            "</a>",
            "<a ",
            "<a href=\"../表.xlsx\"",
            ">",
            "\"",
            "文字",
            "<a href=\"other.html\">",
            "\n",
            "<b>",
            "</b>"
        };
        Random random = new Random(7);
        for (int k = 0; k < 5000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                sb.append(parts[random.nextInt(parts.length)]);
            }
            String html = sb.toString();
            assertThat(annotate(html)).as(html).isEqualTo(oracle.apply(html));
        }
    }

    @Test
    void pagePathsFollowTheTrsPortal() {
        assertThat(Pagination.pagePath("xxgk/ml/02/index.html", 0)).isEqualTo("xxgk/ml/02/index.html");
        assertThat(Pagination.pagePath("xxgk/ml/02/index.html", 1)).isEqualTo("xxgk/ml/02/index_1.html");
        assertThat(Pagination.pagePath("xxgk/list.htm", 2)).isEqualTo("xxgk/list_2.htm");
    }
}
