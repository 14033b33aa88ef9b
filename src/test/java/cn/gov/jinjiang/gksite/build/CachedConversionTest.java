package cn.gov.jinjiang.gksite.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.markdown.Heading;
import cn.gov.jinjiang.gksite.markdown.RenderedMarkdown;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** An entry's bytes decode to what was encoded, and anything else (cut, changed, invented) is refused whole. */
class CachedConversionTest {
    private static final CachedConversion SAMPLE = new CachedConversion(
            new RenderedMarkdown("<h2 id=\"a\">第一节</h2>\n<p>正文</p>\n", List.of(new Heading(2, "第一节", "a", 5))),
            List.of(Diagnostic.warning("markdown.raw-html", new SourcePos("content/a.md", 7, 3), "原始 HTML", "提示")));

    private static final byte[] BEFORE = {9, 8, 7};

    @Test
    void whatIsEncodedAfterThePagesTextDecodesToItself() throws CachedConversion.Malformed {
        byte[] bytes = SAMPLE.encode(BEFORE);
        assertThat(Arrays.copyOf(bytes, 3)).isEqualTo(BEFORE);
        assertThat(CachedConversion.decode(ByteBuffer.wrap(bytes).position(3))).isEqualTo(SAMPLE);
    }

    @Test
    void cutChangedOrInventedBytesAreRefusedNeverThrownOrHalfRead() {
        byte[] whole = SAMPLE.encode(new byte[0]);
        for (int n = 0; n < whole.length; n++) {
            byte[] cut = Arrays.copyOf(whole, n);
            assertThatThrownBy(() -> CachedConversion.decode(ByteBuffer.wrap(cut)))
                    .as("cut at %d", n)
                    .isInstanceOf(CachedConversion.Malformed.class);
        }
        byte[] longer = Arrays.copyOf(whole, whole.length + 1);
        assertThatThrownBy(() -> CachedConversion.decode(ByteBuffer.wrap(longer)))
                .isInstanceOf(CachedConversion.Malformed.class);
        // a length that claims two gigabytes is refused without allocating them
        byte[] huge = whole.clone();
        ByteBuffer.wrap(huge).putInt(0, Integer.MAX_VALUE);
        assertThatThrownBy(() -> CachedConversion.decode(ByteBuffer.wrap(huge)))
                .isInstanceOf(CachedConversion.Malformed.class);
        Random random = new Random(9);
        for (int i = 0; i < 20_000; i++) {
            byte[] bytes = i % 2 == 0 ? whole.clone() : new byte[random.nextInt(64)];
            if (i % 2 == 0) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            } else {
                random.nextBytes(bytes);
            }
            try {
                CachedConversion.decode(ByteBuffer.wrap(bytes));
            } catch (CachedConversion.Malformed e) {
                // refused whole: the cache then converts the page
            }
        }
    }
}
