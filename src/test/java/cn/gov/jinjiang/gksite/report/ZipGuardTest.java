package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Hostile ZIP files, made here: too many entries, too many bytes unpacked (a few hundred kB that inflate to
 * more than the limit), damaged archives. Each is refused with the file's name, at the limit and not one
 * entry or byte before it; what passes is packed again, stored, to the same entries.
 */
class ZipGuardTest {
    private static final byte[] MEGABYTE = new byte[1 << 20];

    /** A ZIP of {@code entries} (deflated), each named and holding {@code sizes[i]} zero bytes. */
    private static byte[] zeros(List<String> names, long... sizes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.setLevel(Deflater.BEST_SPEED);
            for (int i = 0; i < names.size(); i++) {
                z.putNextEntry(new ZipEntry(names.get(i)));
                for (long left = sizes[i]; left > 0; left -= MEGABYTE.length) {
                    z.write(MEGABYTE, 0, (int) Math.min(left, MEGABYTE.length));
                }
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] entries(int n) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add("part" + i + ".xml");
        }
        return zeros(names, new long[n]);
    }

    private static Diagnostic refusal(byte[] zip) {
        DiagnosticException e = catchThrowableOfType(DiagnosticException.class, () -> ZipGuard.unpack("报告.docx", zip));
        assertThat(e).as("refused").isNotNull();
        Diagnostic d = e.diagnostics().get(0);
        assertThat(d.pos().file()).isEqualTo("报告.docx");
        assertThat(d.hint()).isNotBlank();
        return d;
    }

    @Test
    void entriesComeInArchiveOrderWithoutDirectoriesAndTheFirstOfTwoSameNamesWins() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (String[] e :
                    new String[][] {{"word/", ""}, {"b.xml", "乙"}, {"dup1", "first"}, {"a.xml", "甲"}, {"dup2", "second"}
                    }) {
                z.putNextEntry(new ZipEntry(e[0]));
                z.write(e[1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        // the same name twice, as a hand-made archive may have it: ZipOutputStream refuses to write one
        byte[] zip = new String(bytes.toByteArray(), StandardCharsets.ISO_8859_1)
                .replace("dup2", "dup1")
                .getBytes(StandardCharsets.ISO_8859_1);
        Map<String, byte[]> entries = ZipGuard.unpack("报告.docx", zip);
        assertThat(entries.keySet()).containsExactly("b.xml", "dup1", "a.xml");
        assertThat(ZipGuard.text(entries, "dup1")).isEqualTo("first");
        assertThat(ZipGuard.text(entries, "a.xml")).isEqualTo("甲");
        assertThat(ZipGuard.text(entries, "word/")).isEmpty();
        assertThat(ZipGuard.text(entries, "c.xml")).isEmpty();
    }

    @Test
    void theEntryLimitRefusesTheFirstEntryOverItNotOneBefore() {
        assertThat(ZipGuard.unpack("报告.docx", entries(ZipGuard.MAX_ENTRIES))).hasSize(ZipGuard.MAX_ENTRIES);
        Diagnostic d = refusal(entries(ZipGuard.MAX_ENTRIES + 1));
        assertThat(d.code()).isEqualTo("import.too-large");
        assertThat(d.message()).contains("有超过 2000 个部件").contains("压缩炸弹");
    }

    @Test
    void theByteLimitCountsAllEntriesTogetherUpToTheLastByte() {
        long half = ZipGuard.MAX_TOTAL / 2;
        byte[] full = zeros(List.of("a.bin", "b.bin"), half, ZipGuard.MAX_TOTAL - half);
        assertThat(full.length).isLessThan(1 << 20);
        Map<String, byte[]> entries = ZipGuard.unpack("报告.docx", full);
        assertThat(entries.get("a.bin")).hasSize((int) half);
        assertThat(entries.get("b.bin")).hasSize((int) (ZipGuard.MAX_TOTAL - half));
        Diagnostic d = refusal(zeros(List.of("a.bin", "b.bin"), half, ZipGuard.MAX_TOTAL - half + 1));
        assertThat(d.code()).isEqualTo("import.too-large");
        assertThat(d.message()).contains("解压后超过 64.0 MB").contains("压缩炸弹");
    }

    @Test
    void aTruncatedArchiveIsDamagedAndSaysWhy() {
        byte[] zip = zeros(List.of("word/document.xml"), 100_000);
        Diagnostic d = refusal(Arrays.copyOf(zip, zip.length / 2));
        assertThat(d.code()).isEqualTo("import.damaged");
        assertThat(d.message()).startsWith("文件是 ZIP 格式（.docx 即是），但已损坏，无法解开：").contains("ZLIB");
    }

    @Test
    void anEntryNameThatIsNoUtf8IsDamagedNotThrown() {
        byte[] zip = zeros(List.of("word/x.xml"), 10);
        String s = new String(zip, StandardCharsets.ISO_8859_1).replace("word/x.xml", "word/\u00ff.xml");
        Diagnostic d = refusal(s.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(d.code()).isEqualTo("import.damaged");
    }

    @Test
    void packStoresTheSameEntriesInTheSameOrderUncompressed() throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types>wordprocessingml</Types>".getBytes(StandardCharsets.UTF_8));
        parts.put("word/document.xml", "<w:document>正文</w:document>".getBytes(StandardCharsets.UTF_8));
        parts.put("empty.xml", new byte[0]);
        byte[] packed = ZipGuard.pack(parts);
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(packed))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                names.add(e.getName());
                assertThat(e.getMethod()).as(e.getName()).isEqualTo(ZipEntry.STORED);
                assertThat(e.getSize()).as(e.getName()).isEqualTo(parts.get(e.getName()).length);
                assertThat(in.readAllBytes()).isEqualTo(parts.get(e.getName()));
            }
        }
        assertThat(names).containsExactly("[Content_Types].xml", "word/document.xml", "empty.xml");
        Map<String, byte[]> back = ZipGuard.unpack("报告.docx", packed);
        assertThat(back.keySet()).containsExactlyElementsOf(parts.keySet());
        assertThat(ZipGuard.text(back, "word/document.xml")).isEqualTo("<w:document>正文</w:document>");
    }
}
