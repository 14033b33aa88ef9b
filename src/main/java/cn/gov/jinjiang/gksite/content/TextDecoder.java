package cn.gov.jinjiang.gksite.content;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes source bytes strictly as UTF-8. Windows editors save with a BOM, with CRLF, or as GBK: the
 * first two are accepted silently, GBK is refused with a diagnostic that says so and where the first
 * non-UTF-8 byte is, because a guessed encoding would publish mojibake.
 */
public final class TextDecoder {
    private static final Charset GBK = Charset.forName("GB18030");

    /** The decoded file, or a diagnostic (code {@code content.encoding}) explaining why it is not UTF-8. */
    public Result decode(String path, byte[] bytes) {
        int start = 0;
        boolean bom = bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        if (bom) {
            start = 3;
        }
        // The JDK's lenient decoding is several times faster than a strict decoder, and it writes U+FFFD for
        // every malformed byte: a text without U+FFFD was valid UTF-8. One with it is decoded again strictly
        // (it may hold a genuine U+FFFD).
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            CharsetDecoder dec = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
            CoderResult r = dec.decode(in, CharBuffer.allocate(bytes.length), true);
            if (r.isError()) {
                return new Result(null, Optional.of(encodingError(path, bytes, in.position())));
            }
        }
        boolean crlf = text.indexOf('\r') >= 0;
        if (crlf) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        return new Result(new SourceFile(path, text, bom, crlf), Optional.empty());
    }

    private Diagnostic encodingError(String path, byte[] bytes, int badOffset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < badOffset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        // Column in characters: decode the line's prefix leniently.
        String prefix = new String(bytes, lineStart, badOffset - lineStart, StandardCharsets.UTF_8);
        int column = prefix.codePointCount(0, prefix.length()) + 1;
        boolean gbk = looksLikeGbk(bytes);
        String msg = gbk
                ? "文件不是 UTF-8 编码，看起来是 GBK/GB2312（Windows 记事本等的“ANSI”编码）。第一个无法识别的字节在此处。"
                : "文件不是合法的 UTF-8 编码，此处有无法识别的字节。";
        return Diagnostic.error(
                "content.encoding",
                new SourcePos(path, line, column),
                msg,
                "用编辑器把文件“另存为”UTF-8 编码（记事本：另存为 → 编码选 UTF-8；VS Code：右下角编码 → 通过编码保存 → UTF-8）。");
    }

    private static boolean looksLikeGbk(byte[] bytes) {
        try {
            String s = GBK.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return s.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF);
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Either a file or the reason it could not be decoded. */
    public record Result(SourceFile file, Optional<Diagnostic> error) {}
}
