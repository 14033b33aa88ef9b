package cn.gov.jinjiang.gksite.check.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HtmlBytesTest {
    /**
     * The word-at-a-time search finds what a byte-by-byte search finds, at every offset and range end, and -1 on
     * a miss.
     */
    @Test
    void indexOfFindsTheFirstByteLikeALoop() {
        Random random = new Random(7);
        byte[] alphabet = "<<\"'a>\u00e9\u4e2d".getBytes(StandardCharsets.UTF_8);
        for (int round = 0; round < 300; round++) {
            byte[] b = new byte[random.nextInt(40)];
            for (int i = 0; i < b.length; i++) {
                b[i] = random.nextInt(3) == 0 ? alphabet[random.nextInt(alphabet.length)] : (byte) random.nextInt(256);
            }
            for (byte c : new byte[] {'<', '"', '\'', (byte) 0xE4, 0}) {
                for (int from = 0; from <= b.length; from++) {
                    for (int to = from; to <= b.length; to++) {
                        assertThat(HtmlBytes.indexOf(b, from, to, c)).isEqualTo(loop(b, from, to, c));
                    }
                }
            }
        }
    }

    @Test
    void classesOfBytes() {
        assertThat(HtmlBytes.isSpace((byte) '\f')).isTrue();
        assertThat(HtmlBytes.isSpace((byte) 0x0B)).isFalse();
        assertThat(HtmlBytes.isAlpha((byte) 'Q')).isTrue();
        assertThat(HtmlBytes.isAlpha((byte) 0xC3)).isFalse();
        assertThat(HtmlBytes.lower((byte) 'Q')).isEqualTo('q');
        assertThat(HtmlBytes.lower((byte) 0xC3)).isEqualTo(0xC3);
        assertThat(HtmlBytes.of((byte) '=') & HtmlBytes.ATTRIBUTE_NAME_END).isNotZero();
        assertThat(HtmlBytes.of((byte) '=') & HtmlBytes.TAG_NAME_END).isZero();
    }

    private static int loop(byte[] b, int from, int to, byte c) {
        int p = from;
        while (p < to && b[p] != c) {
            p++;
        }
        return p < to ? p : -1;
    }
}
