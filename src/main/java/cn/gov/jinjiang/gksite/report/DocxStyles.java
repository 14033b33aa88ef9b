package cn.gov.jinjiang.gksite.report;

/**
 * The styles of the Word download: the 公文 fonts and sizes (GB/T 9704): title 方正小标宋简体 二号 (22 pt),
 * first-level headings 黑体 三号, second-level 楷体_GB2312 三号, text 仿宋_GB2312 三号 (16 pt) with a
 * two-character first-line indent, table cells 宋体 小五 (9 pt) centred. Word falls back to a Song or
 * Hei font where one is not installed.
 */
final class DocxStyles {
    private DocxStyles() {}

    static final String STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + "<w:docDefaults><w:rPrDefault><w:rPr>" + fonts("仿宋_GB2312", "Times New Roman")
            + "<w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/><w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:rPr>"
            + "</w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:line=\"560\" w:lineRule=\"exact\"/></w:pPr>"
            + "</w:pPrDefault></w:docDefaults>"
            + style("Normal", "Normal", null, "", "")
            + style(
                    "Title",
                    "Title",
                    "Normal",
                    "<w:jc w:val=\"center\"/><w:spacing w:before=\"240\" w:after=\"480\""
                            + " w:line=\"700\" w:lineRule=\"exact\"/>",
                    fonts("方正小标宋简体", "Times New Roman") + "<w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/>")
            + style(
                    "Heading1",
                    "heading 1",
                    "Normal",
                    "<w:keepNext/><w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>"
                            + "<w:outlineLvl w:val=\"0\"/>",
                    fonts("黑体", "Times New Roman"))
            + style(
                    "Heading2",
                    "heading 2",
                    "Normal",
                    "<w:keepNext/><w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>"
                            + "<w:outlineLvl w:val=\"1\"/>",
                    fonts("楷体_GB2312", "Times New Roman"))
            + style(
                    "BodyText",
                    "Body Text",
                    "Normal",
                    "<w:jc w:val=\"both\"/><w:ind w:firstLineChars=\"200\"" + " w:firstLine=\"640\"/>",
                    "")
            + style(
                    "TableText",
                    "Table Text",
                    "Normal",
                    "<w:snapToGrid w:val=\"0\"/><w:spacing w:line=\"240\""
                            + " w:lineRule=\"auto\"/><w:jc w:val=\"center\"/>",
                    fonts("宋体", "Times New Roman") + "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>")
            + "</w:styles>";

    private static String fonts(String eastAsia, String latin) {
        return "<w:rFonts w:ascii=\"" + latin + "\" w:hAnsi=\"" + latin + "\" w:eastAsia=\"" + eastAsia + "\" w:cs=\""
                + latin + "\"/>";
    }

    private static String style(String id, String name, String basedOn, String pPr, String rPr) {
        return "<w:style w:type=\"paragraph\"" + (id.equals("Normal") ? " w:default=\"1\"" : "") + " w:styleId=\"" + id
                + "\"><w:name w:val=\"" + name + "\"/>"
                + (basedOn == null ? "" : "<w:basedOn w:val=\"" + basedOn + "\"/>")
                + "<w:qFormat/>" + (pPr.isEmpty() ? "" : "<w:pPr>" + pPr + "</w:pPr>")
                + (rPr.isEmpty() ? "" : "<w:rPr>" + rPr + "</w:rPr>") + "</w:style>";
    }
}
