package cn.gov.jinjiang.gksite.check.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Names of up to sixteen bytes pack equal exactly when they are equal ASCII case-insensitively. */
class PackedNameTest {
    private static PackedName pack(String name) {
        byte[] b = name.getBytes(StandardCharsets.UTF_8);
        PackedName.Reader r = new PackedName.Reader(b);
        int end = r.read(0, b.length, 0);
        return new PackedName(r.low(), r.high(), end, name);
    }

    /** Lower-cases ASCII letters only, as HTML does for tag and attribute names. */
    private static String asciiLower(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return sb.toString();
    }

    @Test
    void equalExactlyWhenEqualIgnoringAsciiCase() {
        String alphabet = "aAbBzZ09-_:=.é中Kİ";
        Random random = new Random(16);
        List<String> names = new ArrayList<>(List.of(
                "",
                "a",
                "A",
                "href",
                "HREF",
                "hReF",
                "aria-label",
                "abcdefghijklmnop",
                "ABCDEFGHIJKLMNOP",
                "abcdefghijklmno",
                "=x",
                "\u212a",
                "k",
                "é",
                "É"));
        for (int i = 0; i < 400; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(9); k > 0; k--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            names.add(sb.toString());
        }
        for (String a : names) {
            for (String b : names) {
                if (a.getBytes(StandardCharsets.UTF_8).length <= PackedName.MAX_LENGTH
                        && b.getBytes(StandardCharsets.UTF_8).length <= PackedName.MAX_LENGTH) {
                    assertThat(pack(a).equals(pack(b)))
                            .as("%s vs %s", a, b)
                            .isEqualTo(asciiLower(a).equals(asciiLower(b)));
                }
            }
        }
    }

    @Test
    void constantsAreLowerCaseAsciiOfSixteenBytesAtMost() {
        assertThat(PackedName.of("color")).isEqualTo(pack("CoLoR"));
        assertThat(pack("abcdefghijklmnopq")).isNotEqualTo(pack("abcdefghijklmnop"));
        assertThatThrownBy(() -> PackedName.of("Color")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PackedName.of("abcdefghijklmnopq")).isInstanceOf(IllegalArgumentException.class);
        assertThat("x".toUpperCase(Locale.ROOT)).isEqualTo("X");
    }
}
