package cn.gov.jinjiang.gksite.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FactsCodecTest {
    private static final List<PageFacts> FACTS = List.of(
            new PageFacts(
                    "a/b.html",
                    Set.of("main", "h", "标题"),
                    List.of(
                            new PageFacts.Ref("/xxgk/", "a[href]", 3, 7, false),
                            new PageFacts.Ref("../c.html#h", "a[href]", 0, 0, true),
                            new PageFacts.Ref("", "img[src]", -1, Integer.MAX_VALUE, true),
                            new PageFacts.Ref("/xxgk/", "a[href]", Integer.MIN_VALUE, 1, false)),
                    List.of(new PageFacts.Problem("a11y.img-alt", "图片缺少替代文字。", "写上 alt。", 4, 2, "### 工作要求"))),
            new PageFacts("c.html", Set.of(), List.of(), List.of()),
            new PageFacts(
                    "d.html",
                    Set.of("main"),
                    List.of(new PageFacts.Ref("\uD83D\uDE00x\u2028", "a[href]", 1, 1)),
                    List.of()));

    @Test
    void decodesToWhatWasEncoded() {
        byte[] bytes = FactsCodec.encode(FACTS);
        Map<String, PageFacts> back = FactsCodec.decode(bytes);
        assertThat(back).hasSize(3);
        for (PageFacts f : FACTS) {
            assertThat(back.get(f.path())).isEqualTo(f);
        }
        assertThat(FactsCodec.encode(FACTS)).as("the same bytes every time").isEqualTo(bytes);
        assertThat(FactsCodec.decode(FactsCodec.encode(List.of()))).isEmpty();
        List<PageFacts> lone = List.of(
                new PageFacts("e.html", Set.of("\uD800"), List.of(), List.of()),
                new PageFacts("f.html", Set.of(), List.of(new PageFacts.Ref("/", "a\uDC00", 1, 1)), List.of()),
                new PageFacts(
                        "g.html", Set.of(), List.of(), List.of(new PageFacts.Problem("c", "m", "h", 1, 1, "\uD800#"))),
                FACTS.get(1));
        assertThat(FactsCodec.decode(FactsCodec.encode(lone)))
                .as("a text that UTF-8 cannot hold leaves its file out")
                .containsOnlyKeys("c.html");
    }

    /** Numbers past their bounds are refused before anything is made of them (a table of 2^28 texts: 1 GiB). */
    @Test
    void numbersPastTheirBoundsAreRefused() {
        assertThatThrownBy(() -> FactsCodec.decode(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x7F}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("above");
        // one text "a"; one file "a" with no ids and one ref whose line has more than 32 bits
        byte[] line = {1, 1, 'a', 1, 0, 0, 1, 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x7F, 0, 0, 0};
        assertThatThrownBy(() -> FactsCodec.decode(line))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 bits");
        line[13] = 0x0F; // 2^32 - 1: a line of -2^31 as written (zigzag)
        assertThat(FactsCodec.decode(line).get("a").refs().get(0).line()).isEqualTo(Integer.MIN_VALUE);
    }

    @Test
    void anythingElseIsRefusedWithOneKindOfException() {
        byte[] bytes = FactsCodec.encode(FACTS);
        assertThatThrownBy(() -> FactsCodec.decode(new byte[0])).isInstanceOf(IllegalArgumentException.class);
        Random random = new Random(3);
        for (int i = 0; i < bytes.length; i++) {
            byte[] cut = Arrays.copyOf(bytes, i);
            assertThatThrownBy(() -> FactsCodec.decode(cut)).isInstanceOf(IllegalArgumentException.class);
            byte[] longer = Arrays.copyOf(bytes, bytes.length + 1 + i % 3);
            assertThatThrownBy(() -> FactsCodec.decode(longer)).isInstanceOf(IllegalArgumentException.class);
            byte[] changed = bytes.clone();
            changed[i] = (byte) random.nextInt(256);
            try {
                FactsCodec.decode(changed);
            } catch (IllegalArgumentException expected) {
                // refused, never thrown otherwise
            }
        }
        for (int i = 0; i < 500; i++) {
            byte[] noise = new byte[random.nextInt(200)];
            random.nextBytes(noise);
            try {
                FactsCodec.decode(noise);
            } catch (IllegalArgumentException expected) {
                // refused, never thrown otherwise
            }
        }
    }
}
