package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The Word download's bytes: the same report gives the same file, with nothing from the clock in it. */
class ReportDocxTest {
    @Test
    void sameReportSameBytesAndNoTimestamps() throws Exception {
        String data = new ReportYamlWriter().write(2024, "某局", ReportSamples.cells(2024, new Random(5), 0.1));
        AnnualReport r = ReportSamples.report(2024, ReportSamples.indexMd(2024, "某局"), data);
        byte[] a = ReportExporter.docx(r, "某局");
        Thread.sleep(2100);
        byte[] b = ReportExporter.docx(ReportSamples.report(2024, ReportSamples.indexMd(2024, "某局"), data), "某局");
        assertThat(b).isEqualTo(a);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(a))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(LocalDateTime.of(2026, 1, 1, 0, 0));
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(text)
                        .as(e.getName())
                        .doesNotContain("dcterms:created")
                        .doesNotContain("dcterms:modified");
            }
        }
    }

    static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static String documentXml(byte[] docx) {
        return new String(entries(docx).get("word/document.xml"), StandardCharsets.UTF_8);
    }

    static byte[] withDocumentXml(byte[] docx, String xml) {
        Map<String, byte[]> parts = entries(docx);
        parts.put("word/document.xml", xml.getBytes(StandardCharsets.UTF_8));
        return zip(parts);
    }

    static byte[] zip(Map<String, byte[]> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (var e : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
