package cn.gov.jinjiang.gksite.output;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.build.BuildRequest;
import cn.gov.jinjiang.gksite.build.BuildResult;
import cn.gov.jinjiang.gksite.build.Pipeline;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** sitemap.xml, robots.txt and the Atom feeds of a small site: well-formed, complete, newest first. */
class FeedsAndSitemapTest {
    static Document xml(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    static List<String> texts(Document d, String ns, String tag) {
        NodeList nl = d.getElementsByTagNameNS(ns, tag);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nl.getLength(); i++) {
            out.add(nl.item(i).getTextContent());
        }
        return out;
    }

    @Test
    void sitemapFeedsAndRobots(@TempDir Path dir) throws Exception {
        TestSites.inline(
                dir,
                "content/index.md",
                "---\ntitle: 首页\n---\n\n首页。\n",
                "content/tzgg/index.md",
                "---\ntitle: 通知公告\n---\n",
                "content/tzgg/a.md",
                "---\ntitle: 甲 & 通知\ndate: 2026-01-05\ndescription: 摘要<甲>\n---\n\n正文。\n",
                "content/tzgg/b.md",
                "---\ntitle: 乙通知\n发布日期: 2026-02-01\n发布机构: 测试单位\n---\n\n正文。\n",
                "content/tzgg/文件.md",
                "---\ntitle: 无日期\n---\n\n正文。\n");
        BuildResult r = new Pipeline().run(new BuildRequest(dir, null, true));
        assertThat(r.ok()).as(r.diagnostics().toString()).isTrue();
        String sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        Document sitemap = xml(dir.resolve("site/sitemap.xml"));
        assertThat(texts(sitemap, sm, "loc"))
                .containsExactly(
                        "http://www.example.gov.cn/",
                        "http://www.example.gov.cn/tzgg/",
                        "http://www.example.gov.cn/tzgg/a.html",
                        "http://www.example.gov.cn/tzgg/b.html",
                        "http://www.example.gov.cn/tzgg/%E6%96%87%E4%BB%B6.html");
        assertThat(texts(sitemap, sm, "lastmod")).containsExactly("2026-01-05", "2026-02-01");
        assertThat(TestSites.read(dir.resolve("site/robots.txt")))
                .contains("Sitemap: http://www.example.gov.cn/sitemap.xml");

        String atom = "http://www.w3.org/2005/Atom";
        for (String feed : List.of("site/atom.xml", "site/tzgg/atom.xml")) {
            Document d = xml(dir.resolve(feed));
            assertThat(texts(d, atom, "title")).as(feed).contains("乙通知", "甲 & 通知");
            NodeList entries = d.getElementsByTagNameNS(atom, "entry");
            assertThat(entries.getLength()).isEqualTo(2);
            Element first = (Element) entries.item(0);
            assertThat(first.getElementsByTagNameNS(atom, "id").item(0).getTextContent())
                    .isEqualTo("http://www.example.gov.cn/tzgg/b.html");
            assertThat(texts(d, atom, "updated").get(0)).isEqualTo("2026-02-01T00:00:00+08:00");
            assertThat(texts(d, atom, "summary")).containsExactly("摘要<甲>");
        }
    }
}
