package cn.gov.jinjiang.gksite.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The url()s and @imports of CSS, at their line and column in the file the CSS starts in. */
class CssScannerTest {
    private static List<String> refs(String css, int line, int column) {
        return CssScanner.refs(css, "el", line, column).stream()
                .map(r -> r.url() + " " + r.element() + " " + r.line() + ":" + r.column())
                .toList();
    }

    @Test
    void urlsAndImportsAtTheirPlace() {
        String css =
                "a{background:URL( 'a.png' )}\n  b{background:url(\"b.png\") url(c.png)}\n@import 'd.css';\n@IMPORT \"e.css\";";
        assertThat(refs(css, 3, 10))
                .containsExactly("a.png el 3:29", "b.png el 4:21", "c.png el 4:33", "d.css el 5:10", "e.css el 6:10");
        assertThat(refs(css, 1, 1))
                .containsExactly("a.png el 1:20", "b.png el 2:21", "c.png el 2:33", "d.css el 3:10", "e.css el 4:10");
        assertThat(refs(css, 0, 0))
                .containsExactly("a.png el 0:0", "b.png el 0:0", "c.png el 0:0", "d.css el 0:0", "e.css el 0:0");
    }

    @Test
    void emptyAndDataUrlsAreNoReferences() {
        assertThat(refs("a{background:url()} b{background:url(' ')} c{background:url(data:image/png;base64,AA)}", 1, 1))
                .isEmpty();
        assertThat(refs("a{background:url('x.png\")}", 1, 1)).isEmpty();
        assertThat(refs("", 1, 1)).isEmpty();
    }
}
