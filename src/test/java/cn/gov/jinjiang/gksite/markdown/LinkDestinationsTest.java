package cn.gov.jinjiang.gksite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.parser.internal.LinkDestinationParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Where a link's destination ends, from any start in a stretch of text: as flexmark's own scan finds it. */
class LinkDestinationsTest {
    private static int end(String text, int start) {
        return new LinkDestinations(text, start).end(start);
    }

    private static int endWithSpaces(String text, int start) {
        return new LinkDestinations(text, start, true).end(start);
    }

    @Test
    void aDestinationEndsAtTheParenthesisThatClosesNothing() {
        assertThat(end("abc) x", 0)).isEqualTo(3);
        assertThat(end("a(b)c) x", 0)).isEqualTo(5);
        assertThat(end("a((b)c)d)", 0)).isEqualTo(8);
        assertThat(end("a((b)c)d)", 2)).isEqualTo(6);
        assertThat(end(")", 0)).isEqualTo(0);
        assertThat(end("", 0)).isEqualTo(0);
    }

    @Test
    void aDestinationWithoutItsEndRunsToTheFirstSpaceOrControlCharacter() {
        assertThat(end("(a b)", 0)).isEqualTo(2);
        assertThat(end("(a\tb)", 0)).isEqualTo(2);
        assertThat(end("(a\nb)", 0)).isEqualTo(2);
        assertThat(end("((a)", 0)).isEqualTo(4);
        assertThat(end("a中文", 0)).isEqualTo(3);
        assertThat(end("x a)b", 2)).isEqualTo(3);
    }

    @Test
    void aBackslashTakesAnEscapableCharacterWithIt() {
        assertThat(end("a\\)b) c", 0)).isEqualTo(4);
        assertThat(end("a\\(b) c", 0)).isEqualTo(4);
        assertThat(end("\\\\)", 0)).isEqualTo(2);
        assertThat(end("\\a)", 0)).isEqualTo(2);
        assertThat(end("a\\", 0)).isEqualTo(2);
        assertThat(end("a\\ )", 0)).isEqualTo(2);
        assertThat(end("\\中)", 0)).isEqualTo(2);
        assertThat(end("\\\u0080)", 0)).isEqualTo(2);
        assertThat(new LinkDestinations("a\\\u0080)", 0).end(2)).isEqualTo(3);
        // From inside an escape pair, the scan pairs the characters its own way.
        assertThat(end("a\\\\)b)", 2)).isEqualTo(5);
        assertThat(end("\\\\\\(x))", 1)).isEqualTo(6);
        assertThat(end("\\\\\\(x))", 2)).isEqualTo(5);
        assertThat(end("(\\\\(x))", 1)).isEqualTo(6);
    }

    @Test
    void oneInstanceAnswersEveryStartOfItsStretch() {
        String text = "a(b)c)d\\)e) f";
        LinkDestinations d = new LinkDestinations(text, 0);
        assertThat(d.covers(text, 0)).isTrue();
        assertThat(d.covers(text, 11)).isTrue();
        assertThat(d.covers(text, 12)).isFalse();
        assertThat(d.covers(new String(text), 0)).isFalse();
        assertThat(new LinkDestinations(text, 3).covers(text, 2)).isFalse();
        int[] ends = new int[12];
        for (int start = 0; start < 12; start++) {
            ends[start] = d.end(start);
        }
        assertThat(ends).containsExactly(5, 5, 3, 3, 5, 5, 10, 10, 8, 10, 10, 11);
    }

    @Test
    void withSpacesASpaceBeforeAQuoteStopsAndTrailingSpacesAreGivenBack() {
        assertThat(endWithSpaces("a b) x", 0)).isEqualTo(3);
        assertThat(endWithSpaces("a b \"t\")", 0)).isEqualTo(3);
        assertThat(endWithSpaces("a b 't')", 0)).isEqualTo(3);
        assertThat(endWithSpaces("a  )", 0)).isEqualTo(1);
        assertThat(endWithSpaces("a b  ", 0)).isEqualTo(3);
        assertThat(endWithSpaces("  )", 0)).isEqualTo(0);
        assertThat(endWithSpaces(" a)", 0)).isEqualTo(2);
        assertThat(endWithSpaces("a\tb", 0)).isEqualTo(1);
        assertThat(end("a b)", 0)).isEqualTo(1);
        String text = "x  y) ";
        LinkDestinations d = new LinkDestinations(text, 0, true);
        assertThat(d.covers(text, 6)).isTrue();
        assertThat(new int[] {d.end(0), d.end(1), d.end(2), d.end(3), d.end(4), d.end(5), d.end(6)})
                .containsExactly(4, 4, 4, 4, 4, 5, 6);
    }

    @Test
    void endsAsFlexmarksScanOnRandomText() {
        endsAsFlexmarksScan("()\\\\ a\n\"'<>!\\(  中", 3_000);
    }

    /** Runs of backslashes and parentheses: scans that start inside an escape pair and are walked by hand. */
    @Test
    void endsAsFlexmarksScanInRunsOfBackslashes() {
        endsAsFlexmarksScan("\\\\\\()()a", 3_000);
    }

    private static void endsAsFlexmarksScan(String alphabet, int texts) {
        for (boolean spaces : new boolean[] {false, true}) {
            endsAsFlexmarksScan(alphabet, texts, 16, new Random(spaces ? 7 : 8), spaces);
        }
    }

    /**
     * From every start of {@code texts} random texts of up to {@code longest} characters of {@code alphabet}, one
     * instance answers while it covers the start, and its end is flexmark's.
     */
    static void endsAsFlexmarksScan(String alphabet, int texts, int longest, Random r, boolean spaces) {
        LinkDestinationParser flexmark = new LinkDestinationParser(true, spaces, false, false);
        for (int t = 0; t < texts; t++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(longest); i > 0; i--) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            BasedSequence text = BasedSequence.of(sb.toString());
            LinkDestinations ours = null;
            for (int start = 0; start <= text.length(); start++) {
                if (ours == null || !ours.covers(text, start)) {
                    ours = new LinkDestinations(text, start, spaces);
                }
                assertThat(ours.end(start))
                        .as("%s from %d", sb, start)
                        .isEqualTo(start
                                + flexmark.parseLinkDestination(text, start).length());
            }
        }
    }
}
