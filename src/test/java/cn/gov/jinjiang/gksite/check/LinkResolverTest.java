package cn.gov.jinjiang.gksite.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Kept results are the results: a resolver that has seen every reference on every page answers as a new one. */
class LinkResolverTest {
    private static final Set<String> FILES =
            Set.of("index.html", "a/index.html", "a/b.html", "a/b/c.html", "x/y.html", "中.html", "a/sub/index.html");
    /** Pages in different folders and two in the same folder (whose own references differ). */
    private static final List<String> PAGES =
            List.of("index.html", "a/index.html", "a/b.html", "a/b/c.html", "x/y.html");

    private static final List<String> REFS = List.of(
            "/a/b.html",
            "b.html",
            "../a/b.html",
            "./",
            "",
            " ",
            "#x",
            " #x",
            "?q",
            "?q#x",
            "#",
            "b.html#x",
            " b.html",
            "b.html ",
            "sub/",
            "c.html#f",
            "https://www.example.gov.cn/a/b.html#f",
            "https://www.example.gov.cn",
            "http://other.cn/",
            "//www.example.gov.cn/x/y.html",
            "mailto:a@b.cn",
            "mailto:bad",
            "tel:0595-123456",
            "javascript:void(0)",
            "1abc:foo",
            "a+b.c-d:e",
            "C:\\x",
            "%E4%B8%AD.html",
            "../../../up.html",
            "../中.html",
            "x.html#frag%20y",
            "index.html?a=1#b",
            "../",
            "..",
            "y.html");

    private static LinkResolver resolver() {
        return new LinkResolver("https://www.example.gov.cn/", FILES);
    }

    @Test
    void keptResultsEqualFreshOnes() {
        List<String[]> calls = new ArrayList<>();
        for (String page : PAGES) {
            for (String ref : REFS) {
                calls.add(new String[] {page, ref});
            }
        }
        LinkResolver shared = resolver();
        for (int round = 0; round < 3; round++) {
            Collections.shuffle(calls, new Random(round));
            for (String[] c : calls) {
                assertThat(shared.resolve(c[0], c[1]))
                        .as("%s on %s", c[1], c[0])
                        .isEqualTo(resolver().resolve(c[0], c[1]));
            }
        }
    }

    @Test
    void scriptAddressesAreReadAsABrowserReadsThem() {
        for (String url : List.of(
                "javascript:void(0)",
                "JaVaScRiPt:x",
                " javascript:x",
                "java\tscript:x",
                "java\nscript:x",
                "\u000Ejavascript:x",
                "vbscript:msgbox(1)")) {
            assertThat(resolver().resolve("index.html", url).kind()).as(url).isEqualTo(LinkResolver.Kind.JAVASCRIPT);
        }
        for (String url : List.of("/javascript:x", "javascript.html", "data:text/plain,x")) {
            assertThat(resolver().resolve("index.html", url).kind()).as(url).isNotEqualTo(LinkResolver.Kind.JAVASCRIPT);
        }
    }

    @Test
    void keysSeparateWhatDependsOnThePage() {
        assertThat(LinkResolver.key("a/b/c.html", "/x.html")).isEqualTo("/x.html");
        assertThat(LinkResolver.key("a/b/c.html", "https://e.cn/")).isEqualTo("https://e.cn/");
        assertThat(LinkResolver.key("a/b/c.html", "d.html"))
                .isEqualTo(LinkResolver.key("a/b/e.html", "d.html"))
                .isNotEqualTo(LinkResolver.key("a/c.html", "d.html"));
        assertThat(LinkResolver.key("a/b/c.html", "1abc:foo")).isNotEqualTo("1abc:foo");
        assertThat(LinkResolver.key("a/b/c.html", "#x")).isNull();
        assertThat(LinkResolver.key("a/b/c.html", "?x")).isNull();
        assertThat(LinkResolver.key("a/b/c.html", " /x.html")).isNull();
    }

    @Test
    void normalizeResolvesDotsAndEmptySegments() {
        String[][] cases = {
            {"", ""},
            {"a", "a"},
            {"a/b.html", "a/b.html"},
            {"a//b", "a/b"},
            {"/a", "a"},
            {"a/", "a"},
            {"./a", "a"},
            {"../a", null},
            {"a/./b", "a/b"},
            {"a/../b", "b"},
            {"a/..", ""},
            {"a/.", "a"},
            {".", ""},
            {"..", null},
            {".hidden/x", ".hidden/x"},
            {"a/.hidden", "a/.hidden"},
            {"a/b/../../..", null},
            {"中/文.html", "中/文.html"},
            {"a/...", "a/..."}
        };
        for (String[] c : cases) {
            assertThat(LinkResolver.normalize(c[0])).as(c[0]).isEqualTo(c[1]);
        }
    }
}
