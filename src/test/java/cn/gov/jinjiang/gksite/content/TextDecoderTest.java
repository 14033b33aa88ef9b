package cn.gov.jinjiang.gksite.content;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Strict UTF-8: valid files decode (BOM and CRLF accepted), any malformed byte is an error at its place. */
class TextDecoderTest {
    private final TextDecoder decoder = new TextDecoder();

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] all = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    @Test
    void validTextWithBomAndWindowsLineEnds() {
        SourceFile f = decoder.decode(
                        "content/a.md",
                        concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("标题\r\n正文 😀\r旧式回车\n")))
                .file();
        assertThat(f.text()).isEqualTo("标题\n正文 😀\n旧式回车\n");
        assertThat(f.hadBom()).isTrue();
        assertThat(f.hadCrlf()).isTrue();
    }

    @Test
    void aGenuineReplacementCharacterIsText() {
        TextDecoder.Result r = decoder.decode("content/a.md", utf8("替换字符 \uFFFD 是合法的 UTF-8\n"));
        assertThat(r.error()).isEmpty();
        assertThat(r.file().text()).isEqualTo("替换字符 \uFFFD 是合法的 UTF-8\n");
    }

    @Test
    void gbkIsRefusedAtTheFirstBadByte() {
        byte[] bytes = concat(utf8("---\ntitle: ok\n"), "第二行".getBytes(Charset.forName("GB18030")));
        Diagnostic d = decoder.decode("content/b.md", bytes).error().orElseThrow();
        assertThat(d.code()).isEqualTo("content.encoding");
        assertThat(d.pos().line()).isEqualTo(3);
        assertThat(d.pos().column()).isEqualTo(1);
        assertThat(d.message()).contains("GBK");
    }

    @Test
    void malformedSequencesAnywhereAreRefused() {
        byte[][] bad = {
            {(byte) 0xC0, (byte) 0x80}, // overlong NUL
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // an encoded surrogate
            {(byte) 0xE4, (byte) 0xB8}, // cut short at the end of the file
            {(byte) 0xFF}, // never valid
        };
        for (byte[] b : bad) {
            Diagnostic d = decoder.decode("content/c.md", concat(utf8("好\n坏：ab"), b))
                    .error()
                    .orElseThrow();
            assertThat(d.pos().line()).isEqualTo(2);
            assertThat(d.pos().column()).isEqualTo(5);
        }
    }
}
