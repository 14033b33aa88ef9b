package cn.gov.jinjiang.gksite.content;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Output paths of pages and files: from url: or the file's path, and the clashes between them. */
class OutputPathsTest {
    private static final SourcePos URL_AT = new SourcePos("content/a/b.md", 3, 6);

    private static Optional<String> page(String rel, String url, Diagnostics d) {
        Metas m = Metas.meta().url(url);
        if (url != null) {
            m.at("url", URL_AT.file(), URL_AT.line(), URL_AT.column());
        }
        return OutputPaths.page(rel, m.build(), "content/" + rel, d);
    }

    private static Page at(String rel, String output, String url) {
        Metas m = Metas.meta().url(url);
        if (url != null) {
            m.at("url", "content/" + rel, 2, 6);
        }
        return m.page(rel, output);
    }

    @Test
    void aPageIsWrittenAtItsUrlOrAtItsFilesPath() {
        Diagnostics d = new Diagnostics();
        assertThat(page("a/b.md", null, d)).contains("a/b.html");
        assertThat(page("a/index.md", null, d)).contains("a/index.html");
        assertThat(page("a/b.md", "/x/y.htm", d)).contains("x/y.htm");
        assertThat(page("a/b.md", "/x/", d)).contains("x/index.html");
        assertThat(page("a/b.md", "/", d)).contains("index.html");
        assertThat(d.sorted()).isEmpty();
    }

    @Test
    void aBadUrlIsAnErrorAtItsLineAndThePageKeepsItsFilesAddress() {
        Diagnostics d = new Diagnostics();
        assertThat(page("a/b.md", "x/y.htm", d)).contains("a/b.html");
        assertThat(page("a/b.md", "/x y.htm", d)).contains("a/b.html");
        assertThat(page("a/b.md", "/x\u200B.htm", d)).contains("a/b.html");
        assertThat(page("a/b.md", "//x.htm", d)).contains("a/b.html");
        List<Diagnostic> all = d.sorted();
        assertThat(all).extracting(Diagnostic::code).containsOnly("content.url");
        assertThat(all).extracting(Diagnostic::pos).containsOnly(URL_AT);
        assertThat(all)
                .extracting(Diagnostic::message)
                .containsExactlyInAnyOrder(
                        "url “x/y.htm” 不能作为页面地址：不是以“/”开头的站内路径。",
                        "url “/x y.htm” 不能作为页面地址：“x y.htm”中有不能用在页面地址里的字符“空格”"
                                + "（页面地址只用文字、数字和 - _ . ~ ! $ & ' ( ) + , ; = @）。",
                        "url “/x\\u200B.htm” 不能作为页面地址：“x\\u200B.htm”中有不能用在地址里的字符“U+200B”。",
                        "url “//x.htm” 不能作为页面地址：地址中有空的一段（连续的“/”）。");
        assertThat(all.get(0).hint()).startsWith("写以“/”开头的站内路径");
    }

    @Test
    void aLongUrlIsShortenedInTheMessage() {
        Diagnostics d = new Diagnostics();
        String url80 = "/" + "政".repeat(78) + "#";
        page("a/b.md", url80, d);
        Diagnostics e = new Diagnostics();
        String url81 = "/" + "政".repeat(79) + "#";
        page("a/b.md", url81, e);
        assertThat(d.sorted().get(0).message()).startsWith("url “" + url80 + "” 不能");
        assertThat(e.sorted().get(0).message()).startsWith("url “/" + "政".repeat(59) + "…（共 81 个字符）” 不能");
    }

    @Test
    void aPageWhoseFileIsNoAddressIsLeftOut() {
        Diagnostics d = new Diagnostics();
        assertThat(page("a b/c.md", null, d)).isEmpty();
        assertThat(page("a b/c.md", "/c.html", d)).contains("c.html");
        assertThat(d.sorted()).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("content.filename");
            assertThat(x.pos()).isEqualTo(SourcePos.of("content/a b/c.md"));
            assertThat(x.message())
                    .isEqualTo("文件 content/a b/c.md 的路径不能作为页面地址：“a b”中有不能用在页面地址里的字符“空格”"
                            + "（页面地址只用文字、数字和 - _ . ~ ! $ & ' ( ) + , ; = @），页面不会生成。");
        });
        Diagnostics e = new Diagnostics();
        assertThat(page("a b/c.md", "c.html", e)).isEmpty();
        assertThat(e.sorted()).extracting(Diagnostic::code).containsExactly("content.filename", "content.url");
    }

    @Test
    void aFileIsCopiedWhenItsPathIsAnAddress() {
        Diagnostics d = new Diagnostics();
        assertThat(OutputPaths.asset("a/附件 1.pdf", d)).isTrue();
        assertThat(d.sorted()).isEmpty();
        assertThat(OutputPaths.asset("a/b?.pdf", d)).isFalse();
        assertThat(d.sorted()).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("content.filename");
            assertThat(x.pos()).isEqualTo(SourcePos.of("content/a/b?.pdf"));
            assertThat(x.message()).isEqualTo("文件 content/a/b?.pdf 的路径不能作为网址：“b?.pdf”中有不能用在地址里的字符“?”，不会复制到网站中。");
        });
    }

    @Test
    void twoPagesAtOneAddressAreReportedAtTheLaterSource() {
        Map<String, Page> pages = new HashMap<>();
        pages.put("z.md", at("z.md", "x.html", "/x.html"));
        pages.put("x.md", at("x.md", "x.html", null));
        pages.put("m.md", at("m.md", "x.html", "/x.html"));
        pages.put("y.md", at("y.md", "y.html", null));
        Diagnostics d = new Diagnostics();
        OutputPaths.check(pages, List.of(), d);
        assertThat(d.sorted())
                .extracting(x -> x.code() + " " + x.pos() + " " + x.message())
                .containsExactly(
                        "content.url-duplicate content/x.md:1:1 两个页面都要写到 /x.html：content/m.md 和 content/x.md。",
                        "content.url-duplicate content/z.md:2:6 两个页面都要写到 /x.html：content/m.md 和 content/z.md。");
    }

    @Test
    void anAddressThatIsAFileAndAFolderIsBlamedOnTheUrlThatMadeIt() {
        Map<String, Page> pages = new HashMap<>();
        pages.put("p.md", at("p.md", "xxgk", "/xxgk"));
        pages.put("xxgk/index.md", at("xxgk/index.md", "xxgk/index.html", null));
        pages.put("index.md", at("index.md", "index.html", null));
        pages.put("q.md", at("q.md", "index.html/x.html", "/index.html/x.html"));
        pages.put("ab.md", at("ab.md", "a-b.html", null));
        Diagnostics d = new Diagnostics();
        OutputPaths.check(pages, List.of("a", "a/b.pdf", "ab/c.pdf", "c.pdf"), d);
        assertThat(d.sorted())
                .extracting(x -> x.code() + " " + x.pos() + " " + x.message())
                .containsExactly(
                        "output.conflict content/a 地址 /a 既是一个文件（content/a），又是 /a/b.pdf（content/a/b.pdf）所在的目录，"
                                + "两者不能同时存在。",
                        "output.conflict content/p.md:2:6 地址 /xxgk 既是一个文件（content/p.md），又是 /xxgk/index.html"
                                + "（content/xxgk/index.md）所在的目录，两者不能同时存在。",
                        "output.conflict content/q.md:2:6 地址 /index.html 既是一个文件（content/index.md），又是"
                                + " /index.html/x.html（content/q.md）所在的目录，两者不能同时存在。");
        assertThat(d.sorted().get(0).hint()).isEqualTo("修改 url 或重命名文件，让文件和目录不同名。");
    }

    @Test
    void aPageWithoutUrlIsBlamedAtItsFile() {
        Map<String, Page> pages = new HashMap<>();
        pages.put("x.md", at("x.md", "x", null));
        pages.put("x/index.md", at("x/index.md", "x/index.html", null));
        Diagnostics d = new Diagnostics();
        OutputPaths.check(pages, List.of(), d);
        assertThat(d.sorted()).extracting(Diagnostic::pos).containsExactly(SourcePos.of("content/x.md"));
    }
}
