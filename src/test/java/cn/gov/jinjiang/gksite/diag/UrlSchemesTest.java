package cn.gov.jinjiang.gksite.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Schemes are read as a browser's URL parser reads them; only paths, http(s), mailto and tel are allowed. */
class UrlSchemesTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/xxgk/", "a.pdf", "a.pdf#p2", "#s1", "?q=1", "//www.example.gov.cn/x",
            "http://www.jinjiang.gov.cn/", "HTTPS://x.cn", "mailto:a@b.cn", "tel:0595-85662126", "", " ",
            "/javascript:alert(1)", "./javascript:x", "javascript%3Aalert(1)", "%6Aavascript:x", "\uFF4Aavascript:x",
            "java script:x", "1javascript:x", "\u00A0javascript:x", "javascript", "\\javascript:x"})
    void allowed(String url) {
        assertThat(UrlSchemes.allowed(url)).as(url).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:x", "\tjavascript:x",
            "java\tscript:x", "java\nscript:x", "java\rscript:x", "\u000Ejavascript:x", "\u0000javascript:x",
            "javascript\t:x", "javascript:", "vbscript:msgbox(1)", "VBSCRIPT:x", "data:text/html,<script>x</script>",
            "data:image/svg+xml;base64,PHN2Zz4=", "file:///etc/passwd", "FILE:x", "jar:file:x!/", "about:blank",
            "ftp://x", "x-custom+a.b:1", "livescript:x", "mocha:x", "javascript:alert(1)\u0001 "})
    void refused(String url) {
        assertThat(UrlSchemes.allowed(url)).as(url).isFalse();
    }

    @Test
    void schemeIsWhatJavasUriParserFindsAfterTheBrowsersClean() {
        // A second opinion for the plain cases: java.net.URI agrees once tabs and newlines are gone.
        for (String url : new String[]{"JavaScript:x", "http://a/b", "mailto:a@b.cn", "a+b.c-d:x", "/p", "p/q:r"}) {
            String expected = URI.create(url).getScheme();
            assertThat(UrlSchemes.scheme(url)).as(url).isEqualTo(expected == null ? null : expected.toLowerCase());
        }
        assertThat(UrlSchemes.scheme(" \u0001Java\tScr\nipt:x ")).isEqualTo("javascript");
        assertThat(UrlSchemes.script("vbscript:x")).isTrue();
        assertThat(UrlSchemes.script("data:x")).isFalse();
        assertThat(UrlSchemes.shown("java\tscript:x")).isEqualTo("java\\u0009script:x");
    }
}
