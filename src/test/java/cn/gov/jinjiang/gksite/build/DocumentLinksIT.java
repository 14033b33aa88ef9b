package cn.gov.jinjiang.gksite.build;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents linked by front matter on the repository's own site: a 政策解读 and the document it explains
 * link to each other; a new version of a normative document and the one it replaces link to each other;
 * the 行政规范性文件库 lists the documents in force apart from the others.
 */
class DocumentLinksIT {
    @TempDir
    static Path dir;

    static Path site;

    private static final String DOC = "/xxgk/zfxxgkzl/ml/02/jzb-2025-12.html";
    private static final String INTERPRETATION = "/xxgk/zfxxgkzl/ml/02/jd-2025-12.html";
    private static final String OLD = "/xxgk/zfxxgkzl/gfxwj/jzb-2021-18.html";
    private static final String NEW = "/xxgk/zfxxgkzl/gfxwj/jzb-2025-33.html";

    @BeforeAll
    static void build() {
        Path src = TestSites.repoSite(dir);
        BuildResult r = Builds.build(src);
        assertThat(Builds.errors(r)).isEmpty();
        site = src.resolve("site");
    }

    static Document page(String url) {
        return Jsoup.parse(TestSites.read(site.resolve(url.substring(1))));
    }

    @Test
    void interpretationAndDocumentLinkToEachOther() {
        Document doc = page(DOC);
        assertThat(doc.select(".rel-interpretation").text()).isEqualTo("政策解读：《晋江市行政规范性文件管理办法》政策解读");
        assertThat(doc.select(".rel-interpretation a").attr("href")).isEqualTo(INTERPRETATION);
        Document jd = page(INTERPRETATION);
        assertThat(jd.select(".rel-interprets").text()).isEqualTo("解读的文件：晋江市人民政府办公室关于印发晋江市行政规范性文件管理办法的通知");
        assertThat(jd.select(".rel-interprets a").attr("href")).isEqualTo(DOC);
        assertThat(page("/xxgk/zfxxgkzl/ml/02/jzb-2025-31.html").select(".doc-relations, .doc-status"))
                .isEmpty();
    }

    @Test
    void replacedVersionSaysSoAndTheNewOneNamesTheOriginal() {
        Document old = page(OLD);
        assertThat(old.select(".doc-status").text())
                .isEqualTo("已被《晋江市人民政府办公室关于印发晋江市城市道路临时占用管理办法（2025年修订）的通知》替代（有效性：已废止）");
        assertThat(old.select(".doc-status a").attr("href")).isEqualTo(NEW);
        Document now = page(NEW);
        assertThat(now.select(".rel-replaces").text()).isEqualTo("原文件：《晋江市人民政府办公室关于印发晋江市城市道路临时占用管理办法的通知》");
        assertThat(now.select(".rel-replaces a").attr("href")).isEqualTo(OLD);
        assertThat(now.select(".doc-status")).isEmpty();
    }

    @Test
    void libraryListsDocumentsInForceApartFromTheOthers() {
        Document lib = page("/xxgk/zfxxgkzl/gfxwj/index.html");
        assertThat(lib.select("h1").text()).isEqualTo("行政规范性文件库");
        assertThat(lib.select("#lib-current").text()).isEqualTo("现行有效的文件（1 件）");
        List<String> current =
                lib.select("section[aria-labelledby=lib-current] li > a").eachAttr("href");
        assertThat(current).containsExactly(NEW);
        assertThat(lib.select("#lib-other").text()).isEqualTo("已废止、失效或被替代的文件（1 件）");
        assertThat(lib.select("section[aria-labelledby=lib-other] li > a").eachAttr("href"))
                .containsExactly(OLD);
        assertThat(lib.select("section[aria-labelledby=lib-other] .replaced-by a")
                        .eachAttr("href"))
                .containsExactly(NEW);
        assertThat(lib.select("section[aria-labelledby=lib-other] li").text()).contains("晋政办〔2021〕18号", "已废止", "已被《");
    }

    @Test
    void unknownTargetIsAnErrorAtItsLine(@TempDir Path d) {
        TestSites.inline(
                d,
                "content/index.md",
                "---\ntitle: 首页\n---\n\n首页。\n",
                "content/jd.md",
                "---\ntitle: 解读\n解读: QZ06101-0240-2025-99999\n---\n\n正文。\n");
        List<Diagnostic> errors = Builds.errors(Builds.build(d));
        assertThat(errors).extracting(Diagnostic::code).containsExactly("content.interprets-unknown");
        assertThat(errors.get(0).pos().line()).isEqualTo(3);
        assertThat(errors.get(0).message()).contains("QZ06101-0240-2025-99999");
    }
}
