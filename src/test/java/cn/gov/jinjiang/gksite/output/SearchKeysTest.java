package cn.gov.jinjiang.gksite.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The long encoding of keys, the table that numbers them, and the bytes of the postings. */
class SearchKeysTest {
    @Test
    void keysThatFitDecodeToThemselvesAndNoOthersFit() {
        String alphabet = "0189azt=〔〕中文件\u0000\u3400\u9FFF\uFFFF\uD840\uDC00 -";
        Random r = new Random(3);
        Map<Long, String> seen = new HashMap<>();
        for (int i = 0; i < 100_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(13);
            boolean alnum = r.nextBoolean();
            for (int k = 0; k < n; k++) {
                sb.append(alphabet.charAt(r.nextInt(alnum ? 7 : alphabet.length())));
            }
            String s = sb.toString();
            boolean isAlnum = s.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= '0' && c <= '9');
            long k = SearchKeys.encode(s);
            boolean fits = n >= 1 && (n <= 3 || isAlnum && n <= 10);
            assertThat(k != 0).as(TestStrings.show(s)).isEqualTo(fits);
            if (fits) {
                assertThat(SearchKeys.decode(k)).isEqualTo(s);
                assertThat(k & (3L << 62)).isEqualTo(isAlnum ? SearchKeys.ALNUM : SearchKeys.SHORT);
                assertThat(seen.putIfAbsent(k, s)).isIn(null, s);
            }
        }
    }

    @Test
    void numbersInTheOrderFirstAdded() {
        LongIndex index = new LongIndex();
        Random r = new Random(5);
        long[] keys = new long[200_000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = i % 3 == 0 ? i + 1 : r.nextLong() | 1;
            assertThat(index.add(keys[i])).isEqualTo(i);
        }
        for (int i = keys.length - 1; i >= 0; i--) {
            assertThat(index.add(keys[i])).isEqualTo(i);
            assertThat(index.key(i)).isEqualTo(keys[i]);
        }
        assertThat(index.size()).isEqualTo(keys.length);
    }

    @Test
    void deltasInDecimal() {
        int[] values = {7, 0, 5, 9, 19, 109, 1037, 1109, 11109, 100000, Integer.MAX_VALUE};
        JsonBytes json = new JsonBytes(4);
        json.deltas(values, 1, values.length);
        json.deltas(values, 0, 0);
        json.deltas(values, 0, 1);
        assertThat(new String(json.toBytes()))
                .isEqualTo("[0,5,4,10,90,928,72,10000,88891," + (Integer.MAX_VALUE - 100000) + "][][7]");
    }
}
