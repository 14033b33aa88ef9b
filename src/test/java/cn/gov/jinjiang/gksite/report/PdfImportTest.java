package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDFs as Word prints the national template (made with PDFBox: cell borders, labels wrapped in their
 * cells with centred figures, 表三 broken across pages with its header repeated, running header and page
 * numbers), read to exactly the data.yaml they were made from; and the same PDFs through the real
 * pdftotext, with and without -layout. A password, a scan and a PDF without text are refused.
 */
class PdfImportTest {
    private static final String ORG = "某某区人民政府";
    private final ReportImporter importer = new ReportImporter();

    @BeforeAll
    static void font() {
        Fonts.require();
    }

    private ImportResult read(byte[] pdf) {
        return importer.read(ImportInput.of("report.pdf", pdf), new ImportOptions(null, null, "站点机构", false));
    }

    @Test
    void borderedTablesAcrossPagesGiveTheirDataYaml() throws IOException {
        for (int seed = 1; seed <= 8; seed++) {
            Random rnd = new Random(seed);
            int year = 2019 + rnd.nextInt(7);
            Map<String, BigDecimal> cells = ReportSamples.cells(year, rnd, seed % 2 == 0 ? 0.1 : 0);
            byte[] pdf = ReportPdf.of(year, ReportTexts.title(year, ORG), cells, true);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
                // 表三 breaks across a page: its first and last rows on different pages
                assertThat(pageOf(doc, "属于国家秘密")).isLessThan(pageOf(doc, "结转下年度继续办理"));
            }
            ImportResult r = read(pdf);
            assertThat(r.kind()).isEqualTo(InputKind.PDF);
            assertThat(r.diagnostics()).as("seed %d", seed).isEmpty();
            assertThat(r.year()).isEqualTo(year);
            assertThat(r.org()).isEqualTo(ORG);
            assertThat(r.dataYaml()).as("seed %d", seed).isEqualTo(new ReportYamlWriter().write(year, ORG, cells));
            assertThat(r.indexMd())
                    .contains("## 一、总体情况 {#s1}\n\n### （一）主动公开情况\n\n本年度主动公开政府信息，其中规范性文件")
                    .contains("本年度无收取信息处理费情况。")
                    .doesNotContain("- 2 -")
                    .doesNotContain("申请人情况");
        }
    }

    @Test
    void aWrongCountNamesThePageAndTableRow() {
        Map<String, BigDecimal> cells = ReportSamples.cells(2024, new Random(2), 0);
        byte[] pdf = ReportPdf.of(2024, ReportTexts.title(2024, ORG), cells, true);
        // the same PDF with one cell's figure drawn as two: the row has 8 figures
        ImportResult ok = read(pdf);
        assertThat(ok.diagnostics()).isEmpty();
        String key = AnnualReport.key("三", "办理结果.无法提供.本机关不掌握相关政府信息", "自然人");
        cells.put(key, new BigDecimal("12"));
        byte[] changed = ReportPdf.of(2024, ReportTexts.title(2024, ORG), withText(cells, key), true);
        ImportResult r = read(changed);
        assertThat(r.diagnostics()).isNotEmpty();
        var d = r.diagnostics().get(0);
        assertThat(d.message()).contains("本机关不掌握相关政府信息").matches("(?s).*第 \\d+ 页第 \\d+ 行（表格第 \\d+ 行）.*");
        assertThat(d.pos().line()).isPositive();
        assertThat(d.pos().column()).isPositive();
    }

    /** Cells with one value made unreadable as a figure: "12 3" where one figure should be. */
    private static Map<String, BigDecimal> withText(Map<String, BigDecimal> cells, String key) {
        return new AbstractMap<>() {
            @Override
            public Set<Entry<String, BigDecimal>> entrySet() {
                return cells.entrySet();
            }

            @Override
            public BigDecimal get(Object k) {
                return k.equals(key)
                        ? new BigDecimal("12") {
                            @Override
                            public String toPlainString() {
                                return "12 3";
                            }
                        }
                        : cells.get(k);
            }
        };
    }

    @Test
    void pdftotextOfThePdfImportsTheSame(@TempDir Path dir) throws Exception {
        Path pdftotext = Path.of("/usr/bin/pdftotext");
        Fonts.requireTool(pdftotext, "poppler-utils");
        for (int seed = 1; seed <= 4; seed++) {
            Random rnd = new Random(seed);
            int year = 2021 + rnd.nextInt(5);
            Map<String, BigDecimal> cells = ReportSamples.cells(year, rnd, 0);
            Path pdf = dir.resolve(seed + ".pdf");
            Files.write(pdf, ReportPdf.of(year, ReportTexts.title(year, ORG), cells, true));
            for (String mode : new String[] {"-layout", "-raw"}) {
                Path txt = dir.resolve(seed + mode + ".txt");
                Process p = new ProcessBuilder(pdftotext.toString(), mode, pdf.toString(), txt.toString())
                        .redirectErrorStream(true)
                        .start();
                assertThat(p.waitFor()).isZero();
                String text = Files.readString(txt, StandardCharsets.UTF_8);
                ImportResult r = importer.read(
                        ImportInput.of(txt.getFileName().toString(), Files.readAllBytes(txt)),
                        new ImportOptions(null, null, "", false));
                assertThat(r.kind()).isEqualTo(InputKind.PDF_TEXT);
                assertThat(r.diagnostics())
                        .as("seed %d %s:%n%s", seed, mode, text)
                        .isEmpty();
                assertThat(r.dataYaml())
                        .as("seed %d %s", seed, mode)
                        .isEqualTo(new ReportYamlWriter().write(year, ORG, cells));
            }
        }
    }

    @Test
    void aPdfWithAnOpenPasswordIsRefused() throws IOException {
        byte[] pdf =
                ReportPdf.of(2024, ReportTexts.title(2024, ORG), ReportSamples.cells(2024, new Random(1), 0), true);
        byte[] locked;
        try (PDDocument doc = Loader.loadPDF(pdf);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            locked = out.toByteArray();
        }
        assertThatThrownBy(() -> read(locked))
                .isInstanceOf(DiagnosticException.class)
                .satisfies(e -> assertThat(
                                ((DiagnosticException) e).diagnostics().get(0).code())
                        .isEqualTo("import.encrypted"));
    }

    @Test
    void aPdfRestrictedOnlyByAnOwnerPasswordIsRead() throws IOException {
        Map<String, BigDecimal> cells = ReportSamples.cells(2024, new Random(4), 0);
        byte[] pdf = ReportPdf.of(2024, ReportTexts.title(2024, ORG), cells, true);
        byte[] restricted;
        try (PDDocument doc = Loader.loadPDF(pdf);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            AccessPermission none = new AccessPermission();
            none.setCanModify(false);
            doc.protect(new StandardProtectionPolicy("owner", "", none));
            doc.save(out);
            restricted = out.toByteArray();
        }
        assertThat(read(restricted).dataYaml()).isEqualTo(new ReportYamlWriter().write(2024, ORG, cells));
    }

    @Test
    void aScannedPdfAndAPdfWithoutTextAreRefusedSayingSo() throws IOException {
        assertThatThrownBy(() -> read(scan(true)))
                .isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("import.scanned")
                .hasMessageContaining("扫描件");
        assertThatThrownBy(() -> read(scan(false)))
                .isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("import.scanned")
                .hasMessageContaining("没有文字");
    }

    @Test
    void aPdfWhoseFontsHaveNoTextEncodingIsRefusedSayingSo() throws IOException {
        // The report as some PDF printers write it: glyphs drawn, their text mapped to the private use area.
        byte[] pdf =
                ReportPdf.of(2024, ReportTexts.title(2024, ORG), ReportSamples.cells(2024, new Random(2), 0), true);
        StringBuilder cmap = new StringBuilder("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
                + "/CMapName /Garbled def /CMapType 2 def\n1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
                + "256 beginbfrange\n");
        for (int hi = 0; hi < 256; hi++) {
            cmap.append(String.format("<%02X00> <%02XFF> <E000>%n", hi, hi));
        }
        cmap.append("endbfrange endcmap CMapName currentdict /CMap defineresource pop end end\n");
        byte[] garbled;
        try (PDDocument doc = Loader.loadPDF(pdf);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    COSStream toUnicode = doc.getDocument().createCOSStream();
                    try (OutputStream w = toUnicode.createOutputStream()) {
                        w.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
                    }
                    page.getResources().getFont(name).getCOSObject().setItem(COSName.TO_UNICODE, toUnicode);
                }
            }
            doc.save(out);
            garbled = out.toByteArray();
        }
        assertThatThrownBy(() -> read(garbled))
                .isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("import.pdf-text")
                .hasMessageContaining("乱码");
    }

    static byte[] scan(boolean image) throws IOException {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                if (image) {
                    BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
                    s.drawImage(LosslessFactory.createFromImage(doc, img), 50, 500);
                } else {
                    s.addRect(50, 50, 100, 100);
                    s.stroke();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static int pageOf(PDDocument doc, String text) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            s.setStartPage(p);
            s.setEndPage(p);
            if (s.getText(doc).replaceAll("\\s", "").contains(text)) {
                return p;
            }
        }
        return -1;
    }
}
