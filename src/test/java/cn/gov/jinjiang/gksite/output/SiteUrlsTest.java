package cn.gov.jinjiang.gksite.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Absolute addresses: a plain ASCII path as it is, every other one percent-encoded as a URI encodes it. */
class SiteUrlsTest {
    private static final String BASE = "http://www.jinjiang.gov.cn/";

    @Test
    void addressesAreEncodedAsAUriEncodesThem() throws URISyntaxException {
        assertThat(SiteUrls.absolute(BASE, "/zwgk/2025/t1.html")).isEqualTo(BASE + "zwgk/2025/t1.html");
        assertThat(SiteUrls.absolute(BASE, "/公开/a b.html")).isEqualTo(BASE + "%E5%85%AC%E5%BC%80/a%20b.html");
        // every character of ASCII and some beyond, alone and among safe ones: the quick way and the URI agree
        // (no lone surrogates: addresses are checked before, see content.Addresses, and the URI fails on them)
        String[] chars =
                "a b z A Z 0 9 - . _ ~ / % ? # [ ] @ ! $ & ' ( ) * + , ; = : \" < > \\ ^ ` { | } 公 é \uD840\uDC00"
                        .split(" ");
        Random r = new Random(3);
        for (int i = 0; i < 4000; i++) {
            // the first 128 start with each ASCII character: a space and the controls too
            StringBuilder sb = new StringBuilder("/");
            int n = r.nextInt(8);
            for (int k = 0; k < n; k++) {
                sb.append(i < 128 && k == 0 ? String.valueOf((char) i) : chars[r.nextInt(chars.length)]);
            }
            String url = sb.toString();
            String expected;
            try {
                expected = BASE + new URI(null, null, url, null).toASCIIString().substring(1);
            } catch (URISyntaxException e) {
                continue;
            }
            assertThat(SiteUrls.absolute(BASE, url)).as(url).isEqualTo(expected);
        }
    }

    @Test
    void onlyLettersDigitsAndUnreservedMarksAreSafe() {
        for (char c = 0; c < 128; c++) {
            boolean unreserved = Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0;
            assertThat(SiteUrls.urlSafe("a" + c)).as("%04x", (int) c).isEqualTo(unreserved);
        }
        assertThat(SiteUrls.urlSafe("公")).isFalse();
        assertThat(SiteUrls.urlSafe("")).isTrue();
    }
}
