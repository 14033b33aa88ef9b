package cn.gov.jinjiang.gksite.render;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.build.BuildRequest;
import cn.gov.jinjiang.gksite.build.BuildResult;
import cn.gov.jinjiang.gksite.build.Pipeline;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue's lists by 主题分类, 发布机构 and year: built under the column with the left menu, every
 * document with a 索引号 listed in its groups, newest first, paginated, and every link resolving (the
 * build's checker runs).
 */
class FacetListsIT {
    static Document page(Path site, String path) {
        return Jsoup.parse(TestSites.read(site.resolve("site").resolve(path)));
    }

    @Test
    void listsByTopicPublisherAndYear(@TempDir Path dir) {
        StringBuilder many = new StringBuilder();
        String[] files = new String[2 * 25 + 2];
        int f = 0;
        for (int i = 1; i <= 25; i++) {
            files[f++] = String.format("content/xxgk/zfxxgkzl/ml/09/d%02d.md", i);
            files[f++] = String.format(
                    "---\ntitle: 第%d号文件\n索引号: QZ06101-0240-2025-%05d\n主题分类: %s\n"
                            + "发布机构: 晋江市人民政府办公室\n成文日期: 2025-01-%02d\n发布日期: 2025-02-%02d\n---\n\n正文。\n",
                    i, i, i % 2 == 0 ? "城乡建设" : "民生", i, i);
        }
        files[f++] = "content/xxgk/zfxxgkzl/ml/09/index.md";
        files[f] = "---\ntitle: 样例类别\n---\n";
        String[] all = new String[files.length + 6];
        System.arraycopy(files, 0, all, 0, files.length);
        all[files.length] = "content/index.md";
        all[files.length + 1] = "---\ntitle: 首页\n---\n\n首页。\n";
        all[files.length + 2] = "content/xxgk/zfxxgkzl/index.md";
        all[files.length + 3] = "---\ntitle: 政府信息公开专栏\n---\n\n专栏。\n";
        all[files.length + 4] = "content/xxgk/zfxxgkzl/menu.yaml";
        all[files.length + 5] = "title: 政府信息公开\nitems:\n  - {label: 按主题分类, url: /xxgk/zfxxgkzl/zt/}\n"
                + "  - {label: 按年度, url: /xxgk/zfxxgkzl/nf/}\n";
        TestSites.inline(dir, all);
        BuildResult r = new Pipeline().run(new BuildRequest(dir, null, true));
        assertThat(r.ok()).as(r.diagnostics().toString()).isTrue();

        Document topics = page(dir, "xxgk/zfxxgkzl/zt/index.html");
        assertThat(topics.select("main h1").text()).isEqualTo("按主题分类");
        assertThat(topics.select("ul.doc-list a").eachText()).contains("城乡建设（12）", "民生（13）");

        Document livelihood = page(dir, "xxgk/zfxxgkzl/zt/民生/index.html");
        List<String> titles = livelihood.select("ul.doc-list a").eachText();
        assertThat(titles).hasSize(13).first().isEqualTo("第25号文件");
        assertThat(page(dir, "xxgk/zfxxgkzl/jg/晋江市人民政府办公室/index.html").select("ul.doc-list a"))
                .hasSize(20);
        assertThat(dir.resolve("site/xxgk/zfxxgkzl/jg/晋江市人民政府办公室/index_1.html")).exists();
        assertThat(page(dir, "xxgk/zfxxgkzl/nf/2025/index.html")
                        .select("main h1")
                        .text())
                .isEqualTo("按年度：2025年");
    }

    /**
     * A column inside another whose lists would take the outer column's addresses: the outer column's topic "jg"
     * lists at zl/zt/jg/, where the inner column zl/zt (a folder with its own menu) would put its 按发布机构. The outer
     * list keeps the address, the inner one is left out, and nothing is written twice.
     */
    @Test
    void anInnerColumnNeverTakesAnOuterColumnsListAddress(@TempDir Path dir) {
        TestSites.inline(
                dir,
                "content/index.md",
                "---\ntitle: 首页\n---\n\n首页。\n",
                "content/zl/index.md",
                "---\ntitle: 专栏\n---\n",
                "content/zl/menu.yaml",
                "title: 专栏\nitems:\n  - {label: 专栏, url: /zl/}\n",
                "content/zl/a.md",
                "---\ntitle: 甲\n索引号: QZ06101-0240-2025-00001\n主题分类: jg\n发布机构: 甲单位\n"
                        + "成文日期: 2025-01-02\n发布日期: 2025-01-03\n---\n\n正文。\n",
                "content/zl/zt/index.md",
                "---\ntitle: 乙单位\n---\n",
                "content/zl/zt/menu.yaml",
                "title: 乙单位\nitems:\n  - {label: 乙单位, url: /zl/zt/}\n",
                "content/zl/zt/b.md",
                "---\ntitle: 乙\n索引号: QZ06121-0240-2025-00002\n主题分类: 其他\n发布机构: 乙单位\n"
                        + "成文日期: 2025-01-02\n发布日期: 2025-01-04\n---\n\n正文。\n");
        BuildResult r = new Pipeline().run(new BuildRequest(dir, null, true));
        assertThat(r.ok()).as(r.diagnostics().toString()).isTrue();
        // zl/zt/index.html is the editor's page; zl/zt/jg/ is the outer column's list of topic "jg"
        assertThat(page(dir, "zl/zt/index.html").select("main h1").text()).isEqualTo("乙单位");
        assertThat(page(dir, "zl/zt/jg/index.html").select("main h1").text()).isEqualTo("按主题分类：jg");
        // the inner column has no 按发布机构 of its own; its other lists are there, over its own page only
        assertThat(dir.resolve("site/zl/zt/jg/乙单位")).doesNotExist();
        assertThat(page(dir, "zl/zt/zt/其他/index.html").select("ul.doc-list a").eachText())
                .containsExactly("乙");
        assertThat(page(dir, "zl/jg/index.html").select("ul.doc-list a").eachText())
                .containsExactly("乙单位（1）", "甲单位（1）");
        assertThat(page(dir, "zl/zt/nf/2025/index.html").select("ul.doc-list a").eachText())
                .containsExactly("乙");
    }
}
