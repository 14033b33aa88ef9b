package cn.gov.jinjiang.gksite.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The references of each kind of start tag, in the order of the tag, at the tag's place. */
class ElementRefsTest {
    private static List<String> refs(String body) {
        PageFacts f = RandomPages.assertAsOracle(
                "<!DOCTYPE html>\n<html lang=\"zh\"><head>\n<meta http-equiv=\"REFRESH\" content=\"5; URL= 'r.html' \">"
                        + "<meta http-equiv=\"refresh\" content=\"5\"><meta content=\"url=n.html\">"
                        + "<link rel=\"stylesheet\" href=\"s.css\"></head><body><h1>题</h1>\n"
                        + body + "\n</body></html>");
        return f.refs().stream()
                .map(r -> r.element() + " " + r.url() + " " + r.line() + ":" + r.column() + (r.inMain() ? " main" : ""))
                .toList();
    }

    @Test
    void eachTagsReferences() {
        assertThat(
                        refs(
                                "<main><video src=\"v.mp4\" poster=\"p.jpg\"></video><object data=\"o.svg\"></object></main>\n"
                                        + "<img alt=\"\" src=\"i.png\" srcset=\" a.png 1x,, b.png  2x ,\"><picture><source srcset=\"c.webp\"></picture>\n"
                                        + "<form action=\"f.cgi\"><input type=\"image\" src=\"in.png\" alt=\"x\"></form><area href=\"ar.html\">"
                                        + "<script src=\"j.js\"></script><audio src=\"au.mp3\"><track src=\"t.vtt\"></audio><embed src=\"e.swf\">"))
                .containsExactly(
                        "meta[refresh] r.html 3:1",
                        "link[href] s.css 3:122",
                        "video[src] v.mp4 4:7 main",
                        "video[poster] p.jpg 4:7 main",
                        "object[data] o.svg 4:49 main",
                        "img[src] i.png 5:1",
                        "img[srcset] a.png 5:1",
                        "img[srcset] b.png 5:1",
                        "source[srcset] c.webp 5:67",
                        "form[action] f.cgi 6:1",
                        "input[src] in.png 6:22",
                        "area[href] ar.html 6:70",
                        "script[src] j.js 6:91",
                        "audio[src] au.mp3 6:119",
                        "track[src] t.vtt 6:139",
                        "embed[src] e.swf 6:166");
    }

    @Test
    void styleAttributesWithReferences() {
        assertThat(refs("<p style=\"color:red\">1</p><p style=\"background:URL(x.png)\">2</p>"
                        + "<div style=\"@IMPORT 'y.css'\">3</div><p style=\"background:url(data:,x)\">4</p>"))
                .containsExactly(
                        "meta[refresh] r.html 3:1",
                        "link[href] s.css 3:122",
                        "p[style] x.png 4:42",
                        "div[style] y.css 4:74");
    }

    @Test
    void onlyTheirTagsHaveTheseReferences() {
        assertThat(refs("<meta http-equiv=\"refresh\" content=\"url=z.html\">"
                        + "<p http-equiv=\"refresh\" content=\"0;url=q.html\" srcset=\"q.png\">x</p>"))
                .containsExactly("meta[refresh] r.html 3:1", "link[href] s.css 3:122", "meta[refresh] z.html 4:1");
    }
}
