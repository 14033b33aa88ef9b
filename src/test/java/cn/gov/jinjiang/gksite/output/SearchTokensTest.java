package cn.gov.jinjiang.gksite.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Normalising and tokens equal the oracle's (Normalizer on every text, a String per token). */
class SearchTokensTest {
    /**
     * Characters NFKC or lower-casing treats specially: full-width forms, compatibility characters with longer
     * forms, combining marks, Hangul jamo that compose, final sigma, dotted I, surrogates.
     */
    static final String SPECIAL = "Aa0Zz9 \t\n-_.,;:!?()[]{}<>'\"\\/中文件规范性，。、：；！？（）《》〔〕【】“”‘’—…·"
            + "\u3000０１２３ＡＢＣｚ％＃①②⑩⒈⑴㈠㊀℃℉㎡㎏ⅠⅡⅻ½¼²³ªº™ﬁﬂﬀ\u00A0\u2007\u202F\u2028\u2029\u0085\uFEFF"
            + "\u0301\u0308\u0323\u3099\u309A\u302A\u1100\u1161\u11A8\uAC00\uAC01\u3131\u314F\uFFA1\uFFC2"
            + "\u03A3\u03C3\u03C2\u0130\u0131\u212B\u2126\u00C5\u01C5\u1E9E\u00DF\uF900\uFA0E\uFA10\uFDFA\uFB01"
            + "\u0BC6\u0BBE\u0B47\u0B3E\u0345\u0F73\u00A8\u02DB\u1FED\u2024\u2025\u33FF\u32FF\u3250\u3300"
            + "\uD840\uDC00\uD835\uDC00\uD800\uDFFF\uFFFF\uFFFE\u0000\u001F";

    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        SearchIndexWriter.tokens(s, out::add);
        return out;
    }

    static List<String> oracleTokens(String s) {
        List<String> out = new ArrayList<>();
        SearchIndexOracle.tokens(s, out::add);
        return out;
    }

    @Test
    void normaliseEqualsNormalizerOnEveryCharacter() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String s = String.valueOf((char) c);
            assertThat(SearchIndexWriter.normalise(s)).as("U+%04X", c).isEqualTo(SearchIndexOracle.normalise(s));
            assertThat(SearchIndexWriter.normalise("x" + s + "中"))
                    .as("U+%04X", c)
                    .isEqualTo(SearchIndexOracle.normalise("x" + s + "中"));
        }
    }

    @Test
    void normaliseEqualsNormalizerOnEveryPairOfSpecialCharacters() {
        for (int i = 0; i < SPECIAL.length(); i++) {
            for (int j = 0; j < SPECIAL.length(); j++) {
                String s = "" + SPECIAL.charAt(i) + SPECIAL.charAt(j);
                assertThat(SearchIndexWriter.normalise(s))
                        .as(TestStrings.show(s))
                        .isEqualTo(SearchIndexOracle.normalise(s));
            }
        }
    }

    @Test
    void tokensEqualTheOraclesOnRandomText() {
        Random r = new Random(7);
        for (int i = 0; i < 40_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(i % 10 == 0 ? 200 : 16);
            for (int k = 0; k < n; k++) {
                int pick = r.nextInt(10);
                sb.append(
                        pick < 7
                                ? SPECIAL.charAt(r.nextInt(SPECIAL.length()))
                                : pick < 9 ? (char) ('a' + r.nextInt(3)) : (char) r.nextInt(0x10000));
            }
            String s = sb.toString();
            assertThat(tokens(s)).as(TestStrings.show(s)).isEqualTo(oracleTokens(s));
        }
    }

    @Test
    void tokensOfLongWordsAndNumbers() {
        for (String s : List.of(
                "abcdefghij abcdefghijk 12345678901234567890 ＡＢＣＤＥＦＧＨＩＪＫＬ x",
                "第1条 a1b2c3d4e5f6",
                "ǅemal ΣΑΣ σας İstanbul",
                "①②③ ℃ ㎡ ﬁle",
                "한국어 가각",
                "e\u0301 é",
                "𠀀𠀁 中")) {
            assertThat(tokens(s)).as(s).isEqualTo(oracleTokens(s));
        }
    }

    @Test
    void exactKeysEqualTheOracles() {
        for (String s : List.of(
                "晋政办[2025]12号",
                " 晋政办（２０２５） 12 号 ",
                "QZ06101-0240-2025-00031",
                "{a}<b>《c》【d】",
                "\t\u000B\f\r\n",
                "\u3000a\u3000",
                "")) {
            assertThat(SearchIndexWriter.exact(s)).as(s).isEqualTo(SearchIndexOracle.exact(s));
        }
    }
}
