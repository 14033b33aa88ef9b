package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A file given to {@code import report}, read with a size limit and told apart by its bytes, never by its
 * name: a PDF starts with {@code %PDF-}, a .docx is a ZIP archive holding a Word document, anything else
 * must be text (a saved web page or copied text). Every file that cannot be imported is refused here with
 * a diagnostic that names it and says what to do, before anything is parsed or written.
 */
public final class ImportFile {
    /** The largest file imported: a report's Word or PDF file is well under 5 MB unless it holds pictures. */
    public static final long MAX_BYTES = 20L << 20;

    /** What a file is, from its bytes. */
    enum Type {
        PDF,
        DOCX,
        TEXT
    }

    private ImportFile() {}

    /**
     * The bytes of {@code path}, named {@code name} in diagnostics; refused (thrown) when missing, empty or
     * larger than {@link #MAX_BYTES}. Only the limit is read from a larger file.
     */
    public static byte[] read(Path path, String name) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                long size = Files.size(path);
                throw refuse(
                        "import.too-large",
                        name,
                        "文件有 " + mb(size) + "，超过导入的上限 " + mb(MAX_BYTES) + "。",
                        "年度报告的 Word 或 PDF 文件通常不到 5 MB；如文件中有大量图片，请删去图片后另存再导入。");
            }
            return bytes;
        } catch (IOException e) {
            throw new DiagnosticException(
                    Diagnostic.error("io.read", SourcePos.of(name), "读不到要导入的文件：" + e.getMessage(), "检查文件路径和权限。"), e);
        }
    }

    /** The type of {@code bytes}; refused (thrown) when it is none that can be imported. */
    static Type type(String name, byte[] b) {
        if (b.length == 0) {
            throw refuse("import.empty", name, "文件是空的（0 字节）。", "检查是否选错了文件，或文件是否在下载、复制时损坏。");
        }
        if (startsWithin(b, "%PDF-".getBytes(StandardCharsets.US_ASCII), 1024)) {
            return Type.PDF;
        }
        if (starts(b, 0x50, 0x4B, 0x03, 0x04) || starts(b, 0x50, 0x4B, 0x05, 0x06)) {
            return Type.DOCX;
        }
        if (starts(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            throw refuse(
                    "import.old-word",
                    name,
                    "这是旧版 Office/WPS 格式的文件（如 Word 97-2003 的 .doc、.wps），" + "或设置了打开密码的 Word 文件，无法直接读取。",
                    "用 Word 或 WPS 打开它，“另存为” Word 文档（.docx）并去掉打开密码后再导入。");
        }
        if (starts(b, '{', '\\', 'r', 't', 'f')) {
            throw refuse("import.old-word", name, "这是 RTF 格式的文件，无法直接读取。", "用 Word 或 WPS 打开它，“另存为” Word 文档（.docx）后再导入。");
        }
        String image = image(b);
        if (image != null) {
            throw refuse(
                    "import.image",
                    name,
                    "这是一张图片（" + image + "），不是报告的文字：图片中的数字无法读取。",
                    "请找到报告的 Word 或 PDF 原件、已发布的网页，或先用文字识别（OCR）软件转成文字并核对后再导入。");
        }
        boolean utf16 = starts(b, 0xFF, 0xFE) || starts(b, 0xFE, 0xFF);
        if (!utf16 && binary(b)) {
            throw refuse(
                    "import.not-text",
                    name,
                    "这不是文字文件，也不是 Word（.docx）或 PDF 文件，内容无法识别。",
                    "导入支持：Word 文档（.docx）、PDF、另存的网页（.html）和复制出来的文字（.txt）。请检查是否选错了文件。");
        }
        return Type.TEXT;
    }

    /** A refusal of the whole file: exit code 2, nothing written. */
    static DiagnosticException refuse(String code, String name, String message, String hint) {
        return new DiagnosticException(Diagnostic.error(code, SourcePos.of(name), message, hint));
    }

    private static String image(byte[] b) {
        if (starts(b, 0x89, 'P', 'N', 'G')) {
            return "PNG";
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "JPEG";
        }
        if (starts(b, 'G', 'I', 'F', '8')) {
            return "GIF";
        }
        if (starts(b, 'I', 'I', '*', 0) || starts(b, 'M', 'M', 0, '*')) {
            return "TIFF";
        }
        if (starts(b, 'R', 'I', 'F', 'F')
                && b.length > 12
                && b[8] == 'W'
                && b[9] == 'E'
                && b[10] == 'B'
                && b[11] == 'P') {
            return "WebP";
        }
        if (starts(b, 'B', 'M') && binary(b)) {
            return "BMP";
        }
        return null;
    }

    /** Control bytes that text never holds (NUL, or more than one in 200 of the others) in the first 64 KiB. */
    private static boolean binary(byte[] b) {
        int n = Math.min(b.length, 1 << 16);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) || c == 0x7F) {
                control++;
            }
        }
        return control * 200 > n;
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code what} stands in {@code b} at an offset of at most {@code within}. */
    private static boolean startsWithin(byte[] b, byte[] what, int within) {
        for (int i = 0; i + what.length <= Math.min(b.length, within + what.length); i++) {
            boolean match = true;
            for (int j = 0; j < what.length && match; j++) {
                match = b[i + j] == what[j];
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }
}
