package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.diag.TextEscapes;
import cn.gov.jinjiang.gksite.markdown.PlainBlocks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A report as a Word document (.docx), as offices print it and send it to the 上级: the title, the
 * narrative of index.md under its headings, and the tables of sections 二, 三 and 四 in the national
 * template's layout ({@link DocxTables}), with the 公文 page (A4, GB/T 9704 margins) and fonts (小标宋
 * title, 黑体 and 楷体 headings, 仿宋 text). Written directly as WordprocessingML, so a build needs no
 * Office library; the bytes depend only on the report: no dates, fixed ZIP entry times and order.
 * {@code import report} reads it back to the same data.yaml.
 */
final class ReportDocx {
    /** Every entry's time: a fixed instant, so the archive's bytes never change with the clock. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2026, 1, 1, 0, 0);

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** Immutable once built, as the build's converter: one for every report, not a parser built per report. */
    private static final PlainBlocks PLAIN = new PlainBlocks();

    private ReportDocx() {}

    /** The .docx bytes of {@code r}; {@code org} names the 发布机构 in the document's properties. */
    static byte[] of(AnnualReport r, String org) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", CONTENT_TYPES);
        parts.put("_rels/.rels", ROOT_RELS);
        parts.put("docProps/core.xml", core(r.page().meta().title(), org));
        parts.put("docProps/app.xml", APP);
        parts.put("word/_rels/document.xml.rels", DOCUMENT_RELS);
        parts.put("word/styles.xml", DocxStyles.STYLES);
        parts.put("word/settings.xml", SETTINGS);
        parts.put("word/document.xml", document(r));
        return zip(parts);
    }

    private static String document(AnnualReport r) {
        StringBuilder body = new StringBuilder();
        paragraph(body, "Title", r.page().meta().title());
        List<PlainBlocks.Block> blocks = PLAIN.of(r.page().body().text());
        String tables = tables(r);
        boolean placed = false;
        for (PlainBlocks.Block b : blocks) {
            int heading = b.level() == 2 ? LabelText.heading(b.text()) : -1;
            if (!placed && heading >= 4) {
                body.append(tables);
                placed = true;
            }
            paragraph(body, b.level() == 0 ? "BodyText" : b.level() <= 2 ? "Heading1" : "Heading2", b.text());
        }
        if (!placed) {
            body.append(tables);
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"" + W
                + "\" xmlns:r=\"" + REL + "\"><w:body>" + body
                + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\""
                + " w:left=\"1588\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/><w:docGrid w:type=\"lines\""
                + " w:linePitch=\"579\"/></w:sectPr></w:body></w:document>";
    }

    /** Headings 二, 三 and 四, each followed by its table. */
    private static String tables(AnnualReport r) {
        DocxTables t = new DocxTables(r);
        StringBuilder sb = new StringBuilder();
        List<String> tables = new ArrayList<>(List.of(t.disclosure(), t.applications(), t.reviews()));
        for (int i = 0; i < 3; i++) {
            paragraph(sb, "Heading1", ReportFormat.HEADINGS[i + 1]);
            sb.append(tables.get(i));
        }
        return sb.toString();
    }

    private static void paragraph(StringBuilder sb, String style, String text) {
        sb.append("<w:p><w:pPr><w:pStyle w:val=\"").append(style).append("\"/></w:pPr>");
        if (!text.isEmpty()) {
            sb.append("<w:r><w:t xml:space=\"preserve\">")
                    .append(TextEscapes.xml(text.replace('\n', ' ')))
                    .append("</w:t></w:r>");
        }
        sb.append("</w:p>");
    }

    private static String core(String title, String org) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<cp:coreProperties"
                + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>" + TextEscapes.xml(title) + "</dc:title>"
                + "<dc:creator>" + TextEscapes.xml(org == null ? "" : org) + "</dc:creator></cp:coreProperties>";
    }

    private static byte[] zip(Map<String, String> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.setLevel(Deflater.BEST_SPEED);
            for (Map.Entry<String, String> e : parts.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTimeLocal(ENTRY_TIME);
                zip.putNextEntry(entry);
                // the next putNextEntry, and close, end the entry
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\""
            + " ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
            + "<Override PartName=\"/word/styles.xml\""
            + " ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
            + "<Override PartName=\"/word/settings.xml\""
            + " ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
            + "<Override PartName=\"/docProps/core.xml\""
            + " ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
            + "<Override PartName=\"/docProps/app.xml\""
            + " ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/></Types>";

    private static final String ROOT_RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"word/document.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
            + "core-properties\" Target=\"docProps/core.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"" + REL + "/extended-properties\" Target=\"docProps/app.xml\"/>"
            + "</Relationships>";

    private static final String DOCUMENT_RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"" + REL + "/styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"" + REL + "/settings\" Target=\"settings.xml\"/></Relationships>";

    private static final String APP = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
            + "<Application>gksite</Application></Properties>";

    private static final String SETTINGS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<w:settings xmlns:w=\"" + W + "\"><w:defaultTabStop w:val=\"420\"/>"
            + "<w:characterSpacingControl w:val=\"compressPunctuation\"/><w:compat><w:compatSetting w:name=\"compatibilityMode\""
            + " w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat></w:settings>";
}
