package cn.gov.jinjiang.gksite.content;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
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

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void aBomIsTheThreeBytesAndNothingLikeThem() {
        SourceFile only = decoder.decode("content/a.md", BOM).file();
        assertThat(only.text()).isEmpty();
        assertThat(only.hadBom()).isTrue();
        SourceFile plain = decoder.decode("content/a.md", utf8("ab")).file();
        assertThat(plain.text()).isEqualTo("ab");
        assertThat(plain.hadBom()).isFalse();
        assertThat(plain.hadCrlf()).isFalse();
        // Two of the three bytes are no BOM: each such file is malformed at its first byte.
        byte[][] almost = {
            {'x', (byte) 0xBB, (byte) 0xBF, 'y'},
            {(byte) 0xEF, 'x', (byte) 0xBF, 'y'},
            {(byte) 0xEF, (byte) 0xBB, 'x', 'y'}
        };
        for (byte[] b : almost) {
            assertThat(decoder.decode("content/a.md", b).error()).isPresent();
        }
        // A file of the BOM's first bytes only is cut short.
        for (byte[] b : new byte[][] {{(byte) 0xEF}, {(byte) 0xEF, (byte) 0xBB}}) {
            assertThat(decoder.decode("content/a.md", b).error().orElseThrow().pos())
                    .isEqualTo(new SourcePos("content/a.md", 1, 1));
        }
    }

    @Test
    void aBadByteAfterABomOrAtTheStartIsFound() {
        Diagnostic afterBom = decoder.decode("content/a.md", concat(BOM, utf8("a\n"), new byte[] {(byte) 0xFF}))
                .error()
                .orElseThrow();
        assertThat(afterBom.pos()).isEqualTo(new SourcePos("content/a.md", 2, 1));
        Diagnostic first = decoder.decode("content/a.md", concat(new byte[] {(byte) 0xFF}, utf8("abc")))
                .error()
                .orElseThrow();
        assertThat(first.pos()).isEqualTo(new SourcePos("content/a.md", 1, 1));
        assertThat(decoder.decode("content/a.md", concat(new byte[] {(byte) 0xFF}, utf8("abc")))
                        .file())
                .isNull();
    }

    @Test
    void aCarriageReturnAnywhereIsALineEnd() {
        SourceFile f = decoder.decode("content/a.md", utf8("\r\na\rb")).file();
        assertThat(f.text()).isEqualTo("\na\nb");
        assertThat(f.hadCrlf()).isTrue();
    }

    @Test
    void onlyBytesThatReadAsChineseInGbkAreCalledGbk() {
        Charset gbk = Charset.forName("GB18030");
        String notUtf8 = "文件不是合法的 UTF-8 编码，此处有无法识别的字节。";
        // Full-width letters in GBK: not UTF-8, but no Chinese character either.
        Diagnostic letters =
                decoder.decode("content/a.md", "abｃ".getBytes(gbk)).error().orElseThrow();
        assertThat(letters.message()).isEqualTo(notUtf8);
        assertThat(letters.hint()).contains("UTF-8");
        // Not GBK at all.
        assertThat(decoder.decode("content/a.md", new byte[] {'a', (byte) 0xFF})
                        .error()
                        .orElseThrow()
                        .message())
                .isEqualTo(notUtf8);
        for (String han : List.of("一", "\u9FFF", "好")) {
            assertThat(decoder.decode("content/a.md", ("abｃ" + han).getBytes(gbk))
                            .error()
                            .orElseThrow()
                            .message())
                    .as(han)
                    .startsWith("文件不是 UTF-8 编码，看起来是 GBK/GB2312");
        }
        assertThat(decoder.decode("content/a.md", "abｃ\u4DFF".getBytes(gbk))
                        .error()
                        .orElseThrow()
                        .message())
                .isEqualTo(notUtf8);
        assertThat(decoder.decode("content/a.md", "abｃ\uA000".getBytes(gbk))
                        .error()
                        .orElseThrow()
                        .message())
                .isEqualTo(notUtf8);
    }
}
