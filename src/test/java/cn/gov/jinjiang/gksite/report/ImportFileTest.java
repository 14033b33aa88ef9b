package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that cannot be imported are refused by their bytes, whatever their name, with a diagnostic that
 * names the file and says what to do: empty, too large, an image, binary junk, a Word 97 or RTF file, a ZIP
 * that is no Word document, a ZIP or PDF that unpacks to too much, a damaged Word file or PDF.
 */
class ImportFileTest {
    private static Diagnostic refusal(String name, byte[] bytes) {
        DiagnosticException e = catchThrowableOfType(DiagnosticException.class, () -> ImportInput.of(name, bytes));
        assertThat(e).as("%s is refused", name).isNotNull();
        Diagnostic d = e.diagnostics().get(0);
        assertThat(d.pos().file()).isEqualTo(name);
        assertThat(d.hint()).isNotBlank();
        return d;
    }

    @Test
    void emptyImageAndBinaryJunkAreRefusedWhateverTheirName() {
        assertThat(refusal("report.docx", new byte[0]).code()).isEqualTo("import.empty");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertThat(refusal("report.pdf", png)).satisfies(d -> {
            assertThat(d.code()).isEqualTo("import.image");
            assertThat(d.message()).contains("PNG");
        });
        assertThat(refusal("scan.txt", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16})
                        .code())
                .isEqualTo("import.image");
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        junk[0] = 'x';
        assertThat(refusal("report.txt", junk).code()).isEqualTo("import.not-text");
    }

    @Test
    void word97AndRtfAreAskedToBeSavedAsDocx() {
        byte[] doc = new byte[512];
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(ole, 0, doc, 0, ole.length);
        Diagnostic d = refusal("2019年报.docx", doc);
        assertThat(d.code()).isEqualTo("import.old-word");
        assertThat(d.message()).contains(".doc");
        assertThat(d.hint()).contains("另存为").contains(".docx");
        assertThat(refusal("report.doc", "{\\rtf1\\ansi 报告}".getBytes(StandardCharsets.UTF_8))
                        .code())
                .isEqualTo("import.old-word");
    }

    @Test
    void aZipThatIsNoWordDocumentSaysWhatItIs() {
        assertThat(refusal("report.docx", zip(Map.of("a.txt", "hello".getBytes())))
                        .message())
                .contains("ZIP 压缩包");
        byte[] xlsx = zip(Map.of(
                "[Content_Types].xml",
                ("<Types><Override ContentType=\"application/"
                                + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>")
                        .getBytes()));
        Diagnostic d = refusal("report.docx", xlsx);
        assertThat(d.code()).isEqualTo("import.not-docx");
        assertThat(d.message()).contains("Excel");
    }

    @Test
    void aZipBombIsRefusedAfterTheLimitNotUnpacked() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write("<Types>wordprocessingml</Types>".getBytes());
            z.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 100; i++) {
                z.write(zeros);
            }
            z.closeEntry();
        }
        assertThat(bytes.size()).isLessThan(1 << 20);
        Diagnostic d = refusal("bomb.docx", bytes.toByteArray());
        assertThat(d.code()).isEqualTo("import.too-large");
        assertThat(d.message()).contains("压缩炸弹");
    }

    @Test
    void damagedWordFilesAndPdfsAreRefusedNotThrown() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put(
                "[Content_Types].xml",
                ("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                                + "wordprocessingml.document.main+xml\"/></Types>")
                        .getBytes());
        parts.put("word/document.xml", "<w:document><w:body><w:p>".getBytes());
        assertThat(refusal("report.docx", zip(parts)).code()).isEqualTo("import.damaged");
        String laughs =
                "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;"
                        + "&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><w:document>&c;</w:document>";
        parts.put("word/document.xml", laughs.getBytes());
        assertThat(refusal("report.docx", zip(parts)).code()).isEqualTo("import.damaged");
        assertThat(refusal("report.pdf", "%PDF-1.7\n1 0 obj garbage".getBytes()).code())
                .isEqualTo("import.damaged");
    }

    @Test
    void aPdfWhosePageUnpacksToTooMuchIsRefused() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDStream content = new PDStream(doc);
            try (OutputStream s = content.createOutputStream(COSName.FLATE_DECODE)) {
                byte[] spaces = new byte[1 << 20];
                Arrays.fill(spaces, (byte) ' ');
                for (int i = 0; i < 80; i++) {
                    s.write(spaces);
                }
            }
            page.setContents(content);
            doc.save(out);
            pdf = out.toByteArray();
        }
        assertThat(pdf.length).isLessThan(1 << 20);
        assertThat(refusal("bomb.pdf", pdf).code()).isEqualTo("import.too-large");
    }

    @Test
    void aPdfThatDrawsAFormAMillionTimesIsRefusedInBoundedTime() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFormXObject form = form(doc, null, "0 0 m 1 1 l S\n");
            for (int level = 0; level < 3; level++) {
                form = form(doc, form, null);
            }
            PDPage page = new PDPage();
            doc.addPage(page);
            page.setResources(new PDResources());
            COSName name = page.getResources().add(form);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.drawForm(form);
            }
            assertThat(name).isNotNull();
            doc.save(out);
            pdf = out.toByteArray();
        }
        assertThat(pdf.length).isLessThan(100_000);
        long start = System.nanoTime();
        assertThat(refusal("forms.pdf", pdf).code()).isEqualTo("import.too-large");
        assertThat((System.nanoTime() - start) / 1_000_000_000.0).isLessThan(10);
    }

    /** A form drawing {@code inner} 300 times, or drawing {@code content}. */
    private static PDFormXObject form(PDDocument doc, PDFormXObject inner, String content) throws IOException {
        PDFormXObject f = new PDFormXObject(doc);
        f.setBBox(new PDRectangle(100, 100));
        f.setResources(new PDResources());
        String text = content;
        if (inner != null) {
            String name = f.getResources().add(inner).getName();
            text = ("/" + name + " Do\n").repeat(300);
        }
        try (OutputStream s = f.getContentStream().createOutputStream(COSName.FLATE_DECODE)) {
            s.write(text.getBytes(StandardCharsets.US_ASCII));
        }
        return f;
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.pdf");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L << 20);
        }
        DiagnosticException e = catchThrowableOfType(DiagnosticException.class, () -> ImportFile.read(big, "big.pdf"));
        assertThat(e.diagnostics().get(0).code()).isEqualTo("import.too-large");
        assertThat(e.diagnostics().get(0).message()).contains("50.0 MB").contains("20.0 MB");
    }

    @Test
    void textInUtf16AndGb18030IsText() {
        String text = "某局2023年政府信息公开工作年度报告\n一、总体情况\n";
        for (byte[] bytes : new byte[][] {utf16(text), text.getBytes(Charset.forName("GB18030"))}) {
            ImportInput in = ImportInput.of("report.txt", bytes);
            assertThat(in.lines().get(0).text()).isEqualTo("某局2023年政府信息公开工作年度报告");
        }
    }

    private static byte[] utf16(String s) {
        byte[] body = s.getBytes(StandardCharsets.UTF_16LE);
        byte[] out = new byte[body.length + 2];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xFE;
        System.arraycopy(body, 0, out, 2, body.length);
        return out;
    }

    static byte[] zip(Map<String, byte[]> parts) {
        return ReportDocxTest.zip(new LinkedHashMap<>(parts));
    }

    @Test
    void aPathThatCannotBeReadIsIoReadNamingIt(@TempDir Path dir) {
        DiagnosticException e = catchThrowableOfType(DiagnosticException.class, () -> ImportFile.read(dir, "报告文件夹"));
        assertThat(e).isNotNull();
        assertThat(e.diagnostics().get(0).code()).isEqualTo("io.read");
        assertThat(e.diagnostics().get(0).pos().file()).isEqualTo("报告文件夹");
    }

    private static ImportFile.Type type(byte[] bytes) {
        return ImportFile.type("report.txt", bytes);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aPdfHeaderCountsInTheFirstKilobyteOnly() {
        assertThat(type(ascii("%PDF-"))).isEqualTo(ImportFile.Type.PDF);
        assertThat(type(ascii("x".repeat(1024) + "%PDF-1.7\n"))).isEqualTo(ImportFile.Type.PDF);
        assertThat(type(ascii("x".repeat(1025) + "%PDF-1.7\n"))).isEqualTo(ImportFile.Type.TEXT);
        assertThat(type(ascii("%PDF"))).isEqualTo(ImportFile.Type.TEXT);
        // a dash where the header's ends is no header
        assertThat(type(ascii("2024-12-31 年度报告"))).isEqualTo(ImportFile.Type.TEXT);
        // shorter than a signature they begin
        assertThat(type(ascii("x"))).isEqualTo(ImportFile.Type.TEXT);
        assertThat(type(ascii("P"))).isEqualTo(ImportFile.Type.TEXT);
        assertThat(type(ascii("PK"))).isEqualTo(ImportFile.Type.TEXT);
    }

    @Test
    void anEmptyZipArchiveIsAZipNotJunk() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ZipOutputStream(bytes).close();
        assertThat(bytes.toByteArray()).startsWith(0x50, 0x4B, 0x05, 0x06);
        assertThat(refusal("report.docx", bytes.toByteArray()))
                .extracting(Diagnostic::code, Diagnostic::message)
                .containsExactly("import.not-docx", "这是一个 ZIP 压缩包，不是 Word 文档，无法作为年度报告导入。");
    }

    @Test
    void everyKindOfPictureIsNamed() {
        Map<String, byte[]> pictures = new LinkedHashMap<>();
        pictures.put("PNG", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        pictures.put("JPEG", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xDB, 0, 0x43});
        pictures.put("GIF", ascii("GIF89a\u0001\u0000\u0001\u0000"));
        pictures.put("TIFF", new byte[] {'I', 'I', '*', 0, 8, 0, 0, 0});
        pictures.put("TIFF ", new byte[] {'M', 'M', 0, '*', 0, 0, 0, 8});
        pictures.put("WebP", ascii("RIFF\u0024\u0000\u0000\u0000WEBPVP8 "));
        pictures.put("BMP", ascii("BM\u0036\u0000\u0000\u0000\u0000\u0000"));
        pictures.forEach((kind, bytes) -> {
            Diagnostic d = refusal("图.png", bytes);
            assertThat(d.code()).as(kind).isEqualTo("import.image");
            assertThat(d.message()).startsWith("这是一张图片（" + kind.strip() + "），");
        });
    }

    @Test
    void aRiffFileThatIsNoWebpAndTextBeginningWithBmAreNoPictures() {
        for (String fourcc : new String[] {"XEBP", "WXBP", "WEXP", "WEBX", "AVI "}) {
            assertThat(refusal("a.bin", ascii("RIFF\u0024\u0000\u0000\u0000" + fourcc + "LIST"))
                            .code())
                    .as(fourcc)
                    .isEqualTo("import.not-text");
        }
        // a RIFF header with nothing after it holds no picture
        assertThat(type(ascii("RIFFabcdWEBP"))).isEqualTo(ImportFile.Type.TEXT);
        assertThat(type(ascii("RIFF"))).isEqualTo(ImportFile.Type.TEXT);
        assertThat(type(ascii("12345678WEBP images"))).isEqualTo(ImportFile.Type.TEXT);
        assertThat(type("BMW 公务用车购置情况".getBytes(StandardCharsets.UTF_8))).isEqualTo(ImportFile.Type.TEXT);
    }

    @Test
    void textMayHoldTabsLineEndsFormFeedsAndEscapesButNotOtherControlBytes() {
        for (char c : new char[] {'\t', '\n', '\r', '\f', 0x1B, ' '}) {
            assertThat(type(ascii(("a" + c).repeat(300)))).as("%02x", (int) c).isEqualTo(ImportFile.Type.TEXT);
        }
        for (char c : new char[] {0x01, 0x1F, 0x7F}) {
            assertThat(refusal("report.txt", ascii(("a" + c).repeat(300))).code())
                    .isEqualTo("import.not-text");
        }
    }

    @Test
    void oneControlByteIn200IsTextTwoAreNotAndOneNulIsNever() {
        assertThat(type(ascii("a".repeat(199) + "\u0001"))).isEqualTo(ImportFile.Type.TEXT);
        assertThat(refusal("report.txt", ascii("a".repeat(198) + "\u0001\u0001"))
                        .code())
                .isEqualTo("import.not-text");
        assertThat(refusal("report.txt", ascii("a".repeat(10_000) + "\u0000")).code())
                .isEqualTo("import.not-text");
        // only the first 64 KiB are looked at
        assertThat(type(ascii("a".repeat(1 << 16) + "\u0001".repeat(1000)))).isEqualTo(ImportFile.Type.TEXT);
    }

    @Test
    void utf16TextWithEitherByteOrderIsText() {
        // the figures and line ends hold NUL bytes in UTF-16
        byte[] be = ("\uFEFF某局2024年度报告\n").getBytes(StandardCharsets.UTF_16BE);
        assertThat(be).startsWith(0xFE, 0xFF);
        assertThat(type(be)).isEqualTo(ImportFile.Type.TEXT);
        assertThat(ImportInput.of("report.txt", be).lines().get(0).text()).isEqualTo("某局2024年度报告");
    }

    @Test
    void aFileOfExactlyTheLimitIsRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("limit.pdf");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(ImportFile.MAX_BYTES);
        }
        assertThat(ImportFile.read(file, "limit.pdf")).hasSize((int) ImportFile.MAX_BYTES);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(ImportFile.MAX_BYTES + 1);
        }
        DiagnosticException e =
                catchThrowableOfType(DiagnosticException.class, () -> ImportFile.read(file, "limit.pdf"));
        assertThat(e.diagnostics().get(0).code()).isEqualTo("import.too-large");
        assertThat(e.diagnostics().get(0).message()).isEqualTo("文件有 20.0 MB，超过导入的上限 20.0 MB。");
    }
}
