package cn.gov.jinjiang.gksite.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Random pages made of pieces of markup, held to the oracle ({@link DomOracle}, jsoup's DOM queried directly): the
 * rules fed by jsoup and by the byte scanner find what the oracle finds, with positions and without.
 */
final class RandomPages {
    private RandomPages() {}

    /** A page of {@code count} random pieces, after a head and before the end of the body. */
    static String page(Random r, String head, String[] pieces, int count) {
        StringBuilder sb = new StringBuilder(head);
        for (int i = 0; i < count; i++) {
            sb.append(pieces[r.nextInt(pieces.length)]);
        }
        return sb.append("\n</body></html>\n").toString();
    }

    /** Both readers give the oracle's facts on {@code html}, tracked and not; returns the tracked facts. */
    static PageFacts assertAsOracle(String html) {
        return assertAsOracle(html, true);
    }

    /**
     * The rules over jsoup give the oracle's facts on {@code html}, and over the byte scanner too when {@code bytes}
     * (which is held to jsoup on the pages a build renders, not on random tag soup); returns the tracked facts.
     */
    static PageFacts assertAsOracle(String html, boolean bytes) {
        PageFacts oracle = DomOracle.scan("p.html", html, true);
        assertThat(PageScanner.jsoup("p.html", html, true))
                .as("jsoup: %s", html)
                .isEqualTo(oracle);
        PageFacts untracked = DomOracle.scan("p.html", html, false);
        assertThat(PageScanner.jsoup("p.html", html, false))
                .as("jsoup untracked: %s", html)
                .isEqualTo(untracked);
        if (bytes) {
            byte[] b = html.getBytes(StandardCharsets.UTF_8);
            assertThat(PageScanner.fast("p.html", b, true))
                    .as("bytes: %s", html)
                    .isEqualTo(oracle);
            assertThat(PageScanner.fast("p.html", b, false))
                    .as("bytes untracked: %s", html)
                    .isEqualTo(untracked);
        }
        return oracle;
    }
}
