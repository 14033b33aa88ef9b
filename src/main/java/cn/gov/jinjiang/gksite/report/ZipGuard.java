package cn.gov.jinjiang.gksite.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Opens a ZIP archive (a .docx) with limits before any library sees it: at most {@link #MAX_ENTRIES}
 * entries and {@link #MAX_TOTAL} bytes unpacked, counted while unpacking, so a "zip bomb" costs no more
 * than the limit. What passes is packed again, uncompressed, from exactly the bytes that were counted, and
 * only that archive is handed to POI.
 */
final class ZipGuard {
    static final long MAX_TOTAL = 64L << 20;
    static final int MAX_ENTRIES = 2000;

    private ZipGuard() {}

    /** The entries of {@code zip} by name, in archive order; refused (thrown) when over a limit or damaged. */
    static Map<String, byte[]> unpack(String name, byte[] zip) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry e;
            byte[] buf = new byte[8192];
            while ((e = in.getNextEntry()) != null) {
                if (out.size() >= MAX_ENTRIES) {
                    throw tooLarge(name, "有超过 " + MAX_ENTRIES + " 个部件");
                }
                ByteArrayOutputStream entry = new ByteArrayOutputStream();
                int n;
                while ((n = in.read(buf)) != -1) {
                    total += n;
                    if (total > MAX_TOTAL) {
                        throw tooLarge(name, "解压后超过 " + ImportFile.mb(MAX_TOTAL));
                    }
                    entry.write(buf, 0, n);
                }
                if (!e.isDirectory()) {
                    out.putIfAbsent(e.getName(), entry.toByteArray());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw ImportFile.refuse(
                    "import.damaged",
                    name,
                    "文件是 ZIP 格式（.docx 即是），但已损坏，无法解开：" + e.getMessage() + "。",
                    "用 Word 或 WPS 打开它并重新“另存为” .docx 后再导入。");
        }
        return out;
    }

    /** {@code entries} as a ZIP archive of stored (uncompressed) entries. */
    static byte[] pack(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry z = new ZipEntry(e.getKey());
                z.setMethod(ZipEntry.STORED);
                // stored: the compressed size is the size; the next entry, and close, end each entry
                z.setSize(e.getValue().length);
                CRC32 crc = new CRC32();
                crc.update(e.getValue());
                z.setCrc(crc.getValue());
                out.putNextEntry(z);
                out.write(e.getValue());
            }
        } catch (IOException e) {
            throw new IllegalStateException("in-memory ZIP", e);
        }
        return bytes.toByteArray();
    }

    /** The text of an entry (UTF-8), or "" when absent. */
    static String text(Map<String, byte[]> entries, String name) {
        byte[] b = entries.get(name);
        return b == null ? "" : new String(b, StandardCharsets.UTF_8);
    }

    private static RuntimeException tooLarge(String name, String what) {
        return ImportFile.refuse(
                "import.too-large",
                name,
                "这个 ZIP/.docx 文件" + what + "，不像一份年度报告（可能是“压缩炸弹”），" + "不予读取。",
                "导入报告的 Word 原件；如文件中有大量图片，请删去图片后另存再导入。");
    }
}
