package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** The document's body as lines: "STYLE text" for each paragraph outside a table, "TABLE n rows" for a table. */
    static List<String> outline(String xml) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<w:tbl>(.*?)</w:tbl>|<w:p><w:pPr><w:pStyle w:val=\"(\\w+)\"/></w:pPr>"
                        + "(?:<w:r><w:t xml:space=\"preserve\">([^<]*)</w:t></w:r>)?</w:p>")
                .matcher(xml);
        while (m.find()) {
            out.add(
                    m.group(1) != null
                            ? "TABLE " + m.group(1).split("<w:tr>", -1).length
                            : m.group(2) + (m.group(3) == null ? "" : " " + m.group(3)));
        }
        return out;
    }

    @Test
    void theDocumentHoldsTheNarrativeWithItsStylesAndTheTablesUnderTheirHeadings() {
        String data = new ReportYamlWriter().write(2024, "某局", ReportSamples.cells(2024, new Random(5), 0.1));
        // a title of two lines (YAML "\n") is one line in Word
        String index = ReportSamples.indexMd(2024, "某局")
                .replaceFirst("(?m)^title: .*$", "title: \"某局2024年\\\\n政府信息公开工作年度报告\"");
        AnnualReport r = ReportSamples.report(2024, index, data);
        byte[] docx = ReportExporter.docx(r, "某局 <甲&乙>");
        assertThat(outline(documentXml(docx)))
                .containsExactly(
                        "Title 某局2024年 政府信息公开工作年度报告",
                        "BodyText 本报告根据《中华人民共和国政府信息公开条例》编制，所列数据统计期限自 2024 年 1 月 1 日至 2024 年 12 月 31 日。",
                        "Heading1 一、总体情况",
                        "Heading2 （一）主动公开情况",
                        "BodyText 全年主动公开政府信息 467 条。",
                        "Heading2 （二）依申请公开情况",
                        "BodyText 依法办理申请。",
                        // the tables, under the format's headings, before the narrative's 五
                        "Heading1 二、主动公开政府信息情况",
                        "TABLE 15",
                        "Heading1 三、收到和处理政府信息公开申请情况",
                        "TABLE 29",
                        "Heading1 四、政府信息公开行政复议、行政诉讼情况",
                        "TABLE 5",
                        "Heading1 五、存在的主要问题及改进情况",
                        "BodyText 部分栏目更新不及时。",
                        "Heading1 六、其他需要报告的事项",
                        "BodyText 无收取信息处理费情况。");
        assertThat(new String(entries(docx).get("docProps/core.xml"), StandardCharsets.UTF_8))
                .contains("<dc:title>某局2024年\n政府信息公开工作年度报告</dc:title>", "<dc:creator>某局 &lt;甲&amp;乙&gt;</dc:creator>");
        assertThat(entries(docx))
                .containsOnlyKeys(
                        "[Content_Types].xml",
                        "_rels/.rels",
                        "docProps/core.xml",
                        "docProps/app.xml",
                        "word/_rels/document.xml.rels",
                        "word/styles.xml",
                        "word/settings.xml",
                        "word/document.xml")
                .allSatisfy((name, bytes) -> assertThat(new String(bytes, StandardCharsets.UTF_8))
                        .as(name)
                        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"));
    }

    @Test
    void withoutASectionFiveTheTablesCloseTheDocumentAndAnEmptyParagraphHasNoRun() {
        String data = new ReportYamlWriter().write(2024, "某局", ReportSamples.cells(2024, new Random(6), 0));
        String index = "---\ntitle: \"\"\nlayout: report\nyear: 2024\n---\n## 一、总体情况\n\n正文。\n\n### 四、不是二级标题\n\n末段。\n";
        AnnualReport r = ReportSamples.report(2024, index, data);
        byte[] docx = ReportExporter.docx(r, null);
        String xml = documentXml(docx);
        assertThat(outline(xml))
                .containsExactly(
                        "Title",
                        "Heading1 一、总体情况",
                        "BodyText 正文。",
                        "Heading2 四、不是二级标题",
                        "BodyText 末段。",
                        "Heading1 二、主动公开政府信息情况",
                        "TABLE 15",
                        "Heading1 三、收到和处理政府信息公开申请情况",
                        "TABLE 29",
                        "Heading1 四、政府信息公开行政复议、行政诉讼情况",
                        "TABLE 5");
        assertThat(xml).contains("<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr></w:p>");
        assertThat(new String(entries(docx).get("docProps/core.xml"), StandardCharsets.UTF_8))
                .contains("<dc:creator></dc:creator>");
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
