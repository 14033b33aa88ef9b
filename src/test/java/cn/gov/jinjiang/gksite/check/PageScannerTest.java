package cn.gov.jinjiang.gksite.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Both readers give a page's facts, with positions or all at 0. */
class PageScannerTest {
    private static final String PAGE = "<!DOCTYPE html>\n<html lang=\"zh\"><body>\n<h1 id=\"t\">题</h1>\n"
            + "<p><a href=\"a.html\"></a><img src=\"i.png\"></p>\n</body></html>\n";

    @Test
    void bothReadersGiveTheFactsWithPositions() {
        PageFacts jsoup = PageScanner.jsoup("d/p.html", PAGE, true);
        assertThat(jsoup.path()).isEqualTo("d/p.html");
        assertThat(jsoup.ids()).containsExactly("t");
        assertThat(jsoup.refs())
                .containsExactly(
                        new PageFacts.Ref("a.html", "a[href]", 4, 4), new PageFacts.Ref("i.png", "img[src]", 4, 25));
        assertThat(jsoup.problems())
                .extracting(p -> p.code() + " " + p.line() + ":" + p.column())
                .containsExactly("check.link-text-empty 4:4", "check.img-alt 4:25");
        assertThat(PageScanner.fast("d/p.html", PAGE.getBytes(StandardCharsets.UTF_8), true))
                .isEqualTo(jsoup);
    }

    @Test
    void withoutTrackingEveryPositionIsZero() {
        PageFacts jsoup = PageScanner.jsoup("p.html", PAGE, false);
        assertThat(jsoup.refs())
                .containsExactly(
                        new PageFacts.Ref("a.html", "a[href]", 0, 0), new PageFacts.Ref("i.png", "img[src]", 0, 0));
        assertThat(jsoup.problems()).extracting(PageFacts.Problem::line).containsExactly(0, 0);
        assertThat(PageScanner.fast("p.html", PAGE.getBytes(StandardCharsets.UTF_8), false))
                .isEqualTo(jsoup);
    }
}
