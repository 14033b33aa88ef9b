package cn.gov.jinjiang.gksite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.testing.TestSites;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scanner's events, case by case (src/test/resources/markdown/html-scanner-cases.txt): every state of the
 * tokenizer it follows, each boundary of the characters it tells apart, and each way a piece is refused, with the
 * offset and the message an editor sees.
 */
class HtmlScannerTest {

    /** The events of one piece, written as the cases file writes them. */
    static String events(String piece) {
        StringBuilder sb = new StringBuilder();
        HtmlScanner.scan(piece, new HtmlScanner.Handler() {
            @Override
            public void startTag(String name, int at, List<HtmlScanner.Attr> attrs) {
                sb.append(" <").append(name).append('@').append(at);
                for (HtmlScanner.Attr a : attrs) {
                    sb.append(' ')
                            .append(a.name())
                            .append('=')
                            .append(a.value())
                            .append('@')
                            .append(a.at());
                }
                sb.append('>');
            }

            @Override
            public void endTag(String name, int at) {
                sb.append(" </").append(name).append('@').append(at).append('>');
            }

            @Override
            public void malformed(int at, String what) {
                sb.append(" !").append(at).append(' ').append(what);
            }
        });
        return sb.toString().replace("\0", "\\0").replace("\u000B", "\\v").replace("\uFFFD", "�");
    }

    private static String unescape(String s) {
        return s.replace("\\0", "\0")
                .replace("\\t", "\t")
                .replace("\\n", "\n")
                .replace("\\f", "\f")
                .replace("\\r", "\r")
                .replace("\\v", "\u000B");
    }

    @Test
    void everyCaseGivesItsEvents() {
        String text = TestSites.read(TestSites.REPO.resolve("src/test/resources/markdown/html-scanner-cases.txt"));
        List<String> wrong = new ArrayList<>();
        int cases = 0;
        for (String line : text.split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            int arrow = line.lastIndexOf("  ⇒");
            String piece = line.substring(0, arrow);
            String expected = line.substring(arrow + 3);
            String actual = events(unescape(piece));
            if (!actual.equals(expected)) {
                wrong.add(piece + "\n    expected:" + expected + "\n    actual:  " + actual);
            }
            cases++;
        }
        assertThat(cases).isGreaterThan(90);
        assertThat(wrong).isEmpty();
    }

    @Test
    void aValueEndingThePieceLeavesTheTagOpenAndANulFirstInAValueIsRefused() {
        String[][] cases = {
            {"<a b=\"c\"", " !0 标签没有用“>”结束"},
            {"x <a b='c'", " !2 标签没有用“>”结束"},
            {"<a b=c", " !0 标签没有用“>”结束"},
            {"<a b=\"\0x\">", " !6 标签写法不规范：属性值中有空字符"},
            {"<a b=\0x>", " !5 标签写法不规范：属性值中有空字符"},
            {"<a b=\"c\">", " <a@0 b=c@3>"}
        };
        for (String[] c : cases) {
            assertThat(events(c[0])).as(c[0]).isEqualTo(c[1]);
        }
    }
}
