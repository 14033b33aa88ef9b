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
}
