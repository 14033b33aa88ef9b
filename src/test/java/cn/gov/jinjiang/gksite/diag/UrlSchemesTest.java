package cn.gov.jinjiang.gksite.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Schemes are read as a browser's URL parser reads them; only paths, http(s), mailto and tel are allowed. */
class UrlSchemesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/xxgk/",
                "a.pdf",
                "a.pdf#p2",
                "#s1",
                "?q=1",
                "//www.example.gov.cn/x",
                "http://www.jinjiang.gov.cn/",
                "HTTPS://x.cn",
                "mailto:a@b.cn",
                "tel:0595-85662126",
                "",
                " ",
                "/javascript:alert(1)",
                "./javascript:x",
                "javascript%3Aalert(1)",
                "%6Aavascript:x",
                "\uFF4Aavascript:x",
                "java script:x",
                "1javascript:x",
                "\u00A0javascript:x",
                "javascript",
                "\\javascript:x",
                // the characters just outside a scheme's ranges: ` { @ [ / before and after the letters and digits
                "`x:y",
                "{x:y",
                "@x:y",
                "[x:y",
                "a`:x",
                "a{:x",
                "a@:x",
                "a[:x",
                "a/b:x",
                "a;b:x",
                "a,b:x"
            })
    void allowed(String url) {
        assertThat(UrlSchemes.allowed(url)).as(url).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                "JaVaScRiPt:alert(1)",
                " javascript:x",
                "\tjavascript:x",
                "java\tscript:x",
                "java\nscript:x",
                "java\rscript:x",
                "\u000Ejavascript:x",
                "\u0000javascript:x",
                "javascript\t:x",
                "javascript:",
                "vbscript:msgbox(1)",
                "VBSCRIPT:x",
                "data:text/html,<script>x</script>",
                "data:image/svg+xml;base64,PHN2Zz4=",
                "file:///etc/passwd",
                "FILE:x",
                "jar:file:x!/",
                "about:blank",
                "ftp://x",
                "x-custom+a.b:1",
                "livescript:x",
                "mocha:x",
                "javascript:alert(1)\u0001 ",
                // the ends of each range a scheme may use, first and later
                "a:x",
                "z:x",
                "A:x",
                "Z:x",
                "za:x",
                "aZ:x",
                "x0:y",
                "x9:y",
                "x+:y",
                "x-:y",
                "x.:y"
            })
    void refused(String url) {
        assertThat(UrlSchemes.allowed(url)).as(url).isFalse();
    }

    @Test
    void schemeIsWhatJavasUriParserFindsAfterTheBrowsersClean() {
        // A second opinion for the plain cases: URI agrees once tabs and newlines are gone.
        for (String url : new String[] {"JavaScript:x", "http://a/b", "mailto:a@b.cn", "a+b.c-d:x", "/p", "p/q:r"}) {
            String expected = URI.create(url).getScheme();
            assertThat(UrlSchemes.scheme(url)).as(url).isEqualTo(expected == null ? null : expected.toLowerCase());
        }
        assertThat(UrlSchemes.scheme(" \u0001Java\tScr\nipt:x ")).isEqualTo("javascript");
        assertThat(UrlSchemes.script("vbscript:x")).isTrue();
        assertThat(UrlSchemes.script("data:x")).isFalse();
        assertThat(UrlSchemes.shown("java\tscript:x")).isEqualTo("java\\u0009script:x");
    }

    @Test
    void schemeEndsAtTheFirstColonWhateverFollows() {
        assertThat(UrlSchemes.scheme("web+Ab0.9-z:x:y")).isEqualTo("web+ab0.9-z");
        assertThat(UrlSchemes.scheme("http")).isNull();
        assertThat(UrlSchemes.scheme("http \u0001")).isNull();
        assertThat(UrlSchemes.scheme(" \t")).isNull();
        assertThat(UrlSchemes.scheme("")).isNull();
        assertThat(UrlSchemes.script("JAVASCRIPT:x")).isTrue();
        assertThat(UrlSchemes.script("/javascript:x")).isFalse();
        assertThat(UrlSchemes.script("https:x")).isFalse();
    }

    @Test
    void shownKeepsTheFirstSixtyCharactersAndMarksACut() {
        String sixty = "h".repeat(UrlSchemes.SHOWN);
        assertThat(UrlSchemes.shown(sixty)).isEqualTo(sixty);
        assertThat(UrlSchemes.shown(sixty + "ttp")).isEqualTo(sixty + "…");
        assertThat(UrlSchemes.shown(sixty.substring(1))).isEqualTo(sixty.substring(1));
        // Controls (below space, and DEL) are written as escapes; space and ~ as they are.
        assertThat(UrlSchemes.shown("\u001f \u007f~\u0000")).isEqualTo("\\u001f \\u007f~\\u0000");
    }
}
