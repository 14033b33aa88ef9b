package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Word download's styles.xml read as XML: the 公文 fonts and sizes of GB/T 9704 on the styles the
 * document's paragraphs name (Title, Heading1, Heading2, BodyText, TableText), Normal the default.
 */
class DocxStylesTest {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static Document styles() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder()
                .parse(new ByteArrayInputStream(DocxStyles.STYLES.getBytes(StandardCharsets.UTF_8)));
    }

    /** A style's properties as "element@attribute=value" lines, in document order. */
    private static List<String> props(Element style) {
        List<String> out = new ArrayList<>();
        NodeList all = style.getElementsByTagNameNS(W, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            var attrs = e.getAttributes();
            for (int a = 0; a < attrs.getLength(); a++) {
                out.add(e.getLocalName() + "@" + attrs.item(a).getLocalName() + "="
                        + attrs.item(a).getNodeValue());
            }
        }
        return out;
    }

    private static Element style(Document doc, String id) {
        NodeList styles = doc.getElementsByTagNameNS(W, "style");
        for (int i = 0; i < styles.getLength(); i++) {
            Element s = (Element) styles.item(i);
            if (s.getAttributeNS(W, "styleId").equals(id)) {
                return s;
            }
        }
        throw new AssertionError("no style " + id);
    }

    @Test
    void theTextIsFangsongThreeWithExactLinesAndNormalIsTheDefault() throws Exception {
        Document doc = styles();
        Element defaults =
                (Element) doc.getElementsByTagNameNS(W, "docDefaults").item(0);
        assertThat(props(defaults))
                .contains(
                        "rFonts@eastAsia=仿宋_GB2312",
                        "rFonts@ascii=Times New Roman",
                        "sz@val=32",
                        "lang@eastAsia=zh-CN",
                        "spacing@line=560",
                        "spacing@lineRule=exact");
        assertThat(style(doc, "Normal").getAttributeNS(W, "default")).isEqualTo("1");
        assertThat(props(style(doc, "Normal"))).containsExactly("name@val=Normal");
        assertThat(doc.getElementsByTagNameNS(W, "style").getLength()).isEqualTo(6);
    }

    @Test
    void titleHeadingsBodyAndTableTextHaveTheirFontsSizesAndIndents() throws Exception {
        Document doc = styles();
        for (String id : List.of("Title", "Heading1", "Heading2", "BodyText", "TableText")) {
            assertThat(style(doc, id).getAttributeNS(W, "default")).as(id).isEmpty();
            assertThat(props(style(doc, id))).as(id).contains("basedOn@val=Normal");
        }
        assertThat(props(style(doc, "Title")))
                .contains("name@val=Title", "jc@val=center", "rFonts@eastAsia=方正小标宋简体", "sz@val=44", "szCs@val=44");
        assertThat(props(style(doc, "Heading1")))
                .contains("name@val=heading 1", "rFonts@eastAsia=黑体", "outlineLvl@val=0", "ind@firstLineChars=200");
        assertThat(props(style(doc, "Heading2")))
                .contains("name@val=heading 2", "rFonts@eastAsia=楷体_GB2312", "outlineLvl@val=1");
        assertThat(props(style(doc, "BodyText")))
                .containsExactlyInAnyOrder(
                        "name@val=Body Text",
                        "basedOn@val=Normal",
                        "jc@val=both",
                        "ind@firstLineChars=200",
                        "ind@firstLine=640");
        assertThat(props(style(doc, "TableText")))
                .contains(
                        "jc@val=center",
                        "rFonts@eastAsia=宋体",
                        "sz@val=18",
                        "spacing@line=240",
                        "spacing@lineRule=auto");
    }
}
