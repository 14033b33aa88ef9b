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
    private static final Set<String> FILES = Set.of(
            "index.html",
            "a/index.html",
            "a/b.html",
            "a/b/c.html",
            "x/y.html",
            "中.html",
            "a/sub/index.html",
            "a+b+.html",
            "%zz.html");
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

    private static LinkResolver.Resolved internal(String target, String wanted, String fragment) {
        return new LinkResolver.Resolved(LinkResolver.Kind.INTERNAL, target, wanted, fragment, null);
    }

    private static LinkResolver.Resolved of(LinkResolver.Kind kind, String url, String problem) {
        return new LinkResolver.Resolved(kind, null, url, null, problem);
    }

    @Test
    void internalReferencesNameTheirFile() {
        LinkResolver r = resolver();
        assertThat(r.resolve("a/b.html", "b/c.html")).isEqualTo(internal("a/b/c.html", "/a/b/c.html", null));
        assertThat(r.resolve("index.html", "x/y.html")).isEqualTo(internal("x/y.html", "/x/y.html", null));
        assertThat(r.resolve("a/b.html", "/x/y.html#f%20g")).isEqualTo(internal("x/y.html", "/x/y.html", "f g"));
        assertThat(r.resolve("a/b.html", "../x/y.html?q=1#")).isEqualTo(internal("x/y.html", "/x/y.html", ""));
        assertThat(r.resolve("a/b.html", "#top")).isEqualTo(internal("a/b.html", "a/b.html", "top"));
        assertThat(r.resolve("a/b.html", "?q=1")).isEqualTo(internal("a/b.html", "a/b.html", null));
        assertThat(r.resolve("a/b.html", "sub/")).isEqualTo(internal("a/sub/index.html", "/a/sub/index.html", null));
        assertThat(r.resolve("a/b.html", "sub")).isEqualTo(internal("a/sub/index.html", "/a/sub", null));
        assertThat(r.resolve("a/b.html", "./")).isEqualTo(internal("a/index.html", "/a/index.html", null));
        assertThat(r.resolve("a/b.html", "..")).isEqualTo(internal("index.html", "/index.html", null));
        assertThat(r.resolve("a/b.html", "nosub/")).isEqualTo(internal(null, "/a/nosub/index.html", null));
        assertThat(r.resolve("a/b.html", "no.html")).isEqualTo(internal(null, "/a/no.html", null));
        assertThat(r.resolve("x/y.html", "../%E4%B8%AD.html")).isEqualTo(internal("中.html", "/中.html", null));
        assertThat(r.resolve("index.html", "a+b%2B.html")).isEqualTo(internal("a+b+.html", "/a+b+.html", null));
        assertThat(r.resolve("index.html", "%zz.html")).isEqualTo(internal("%zz.html", "/%zz.html", null));
        assertThat(r.resolve("a/b.html", "../../up.html"))
                .isEqualTo(new LinkResolver.Resolved(
                        LinkResolver.Kind.INTERNAL, null, "../../up.html", null, "链接跳出了站点根目录：../../up.html"));
    }

    @Test
    void otherKindsOfReferences() {
        LinkResolver r = resolver();
        assertThat(r.resolve("index.html", "")).isEqualTo(of(LinkResolver.Kind.EMPTY, "", null));
        assertThat(r.resolve("index.html", " \t")).isEqualTo(of(LinkResolver.Kind.EMPTY, "", null));
        assertThat(r.resolve("index.html", " javascript:x() "))
                .isEqualTo(of(LinkResolver.Kind.JAVASCRIPT, "javascript:x()", null));
        assertThat(r.resolve("index.html", "HTTP://other.cn/a"))
                .isEqualTo(of(LinkResolver.Kind.EXTERNAL, "HTTP://other.cn/a", null));
        assertThat(r.resolve("index.html", "//other.cn/a"))
                .isEqualTo(of(LinkResolver.Kind.EXTERNAL, "//other.cn/a", null));
        assertThat(r.resolve("index.html", "ftp://f.cn/x"))
                .isEqualTo(of(LinkResolver.Kind.OTHER, "ftp://f.cn/x", null));
        assertThat(r.resolve("index.html", "MAILTO:a@b.cn,%20c.d@e.gov.cn?subject=x"))
                .isEqualTo(of(LinkResolver.Kind.MAILTO, "MAILTO:a@b.cn,%20c.d@e.gov.cn?subject=x", null));
        assertThat(r.resolve("index.html", "mailto:%zz@b.cn"))
                .isEqualTo(of(LinkResolver.Kind.MAILTO, "mailto:%zz@b.cn", null));
        assertThat(r.resolve("index.html", "mailto:a@b.cn,c@d"))
                .isEqualTo(of(LinkResolver.Kind.MAILTO, "mailto:a@b.cn,c@d", "邮箱地址格式不对：“c@d”"));
        assertThat(r.resolve("index.html", "tel:+86%200595-8566.2126"))
                .isEqualTo(of(LinkResolver.Kind.TEL, "tel:+86%200595-8566.2126", null));
        assertThat(r.resolve("index.html", "Tel:12")).isEqualTo(of(LinkResolver.Kind.TEL, "Tel:12", "电话号码格式不对：“12”"));
    }

    @Test
    void linksThroughTheSitesOwnAddressAreInternal() {
        LinkResolver root = resolver();
        assertThat(root.resolve("index.html", "https://WWW.example.gov.cn"))
                .isEqualTo(internal("index.html", "/index.html", null));
        assertThat(root.resolve("index.html", "http://www.example.gov.cn/a/b.html?x=1#f"))
                .isEqualTo(internal("a/b.html", "/a/b.html", "f"));
        assertThat(root.resolve("x/y.html", "//www.example.gov.cn/a/b.html"))
                .isEqualTo(internal("a/b.html", "/a/b.html", null));
        assertThat(root.resolve("index.html", "https://www.example.gov.cn/a b").kind())
                .isEqualTo(LinkResolver.Kind.EXTERNAL);
        assertThat(root.resolve("index.html", "http:///a/b.html").kind()).isEqualTo(LinkResolver.Kind.EXTERNAL);
        assertThat(root.resolve("index.html", "https://example.gov.cn/a/b.html").kind())
                .isEqualTo(LinkResolver.Kind.EXTERNAL);

        LinkResolver sub = new LinkResolver("https://www.example.gov.cn/gk", FILES);
        assertThat(sub.resolve("index.html", "https://www.example.gov.cn/gk/a/b.html"))
                .isEqualTo(internal("a/b.html", "/a/b.html", null));
        assertThat(sub.resolve("index.html", "https://www.example.gov.cn/gk"))
                .isEqualTo(internal("index.html", "/index.html", null));
        assertThat(sub.resolve("index.html", "https://www.example.gov.cn/gk/"))
                .isEqualTo(internal("index.html", "/index.html", null));
        for (String url : List.of(
                "https://www.example.gov.cn/gkx/a.html", "https://www.example.gov.cn/", "https://www.example.gov.cn")) {
            assertThat(sub.resolve("index.html", url)).as(url).isEqualTo(of(LinkResolver.Kind.EXTERNAL, url, null));
        }
        for (String base : new String[] {null, "", "http://a b/", "/gk/", "mailto:x@y.cn"}) {
            assertThat(new LinkResolver(base, FILES)
                            .resolve("index.html", "https://www.example.gov.cn/a/b.html")
                            .kind())
                    .as(base)
                    .isEqualTo(LinkResolver.Kind.EXTERNAL);
        }
        assertThat(new LinkResolver("https://www.example.gov.cn/gk/", FILES)
                        .resolve("index.html", "https://www.example.gov.cn/gk/x/y.html"))
                .isEqualTo(internal("x/y.html", "/x/y.html", null));
        assertThat(new LinkResolver("https://www.example.gov.cn", FILES)
                        .resolve("index.html", "https://www.example.gov.cn/x/y.html"))
                .isEqualTo(internal("x/y.html", "/x/y.html", null));
    }

    @Test
    void resultsAreKeptUpToTheLimit() {
        LinkResolver r = resolver();
        LinkResolver.Resolved first = r.resolve("a/b.html", "c.html");
        assertThat(r.resolve("a/x.html", "c.html")).isSameAs(first);
        assertThat(r.resolve("x/y.html", "c.html")).isNotSameAs(first);
        assertThat(r.resolve("a/b.html", "#f")).isNotSameAs(r.resolve("a/b.html", "#f"));
        // with the two above, exactly KEPT results are kept: the next is not
        for (int i = 2; i < LinkResolver.KEPT; i++) {
            r.resolve("index.html", "/p" + i + ".html");
        }
        assertThat(r.resolve("index.html", "/p2.html")).isSameAs(r.resolve("index.html", "/p2.html"));
        assertThat(r.resolve("index.html", "/last.html")).isNotSameAs(r.resolve("index.html", "/last.html"));
        assertThat(LinkResolver.key("a/b.html", "c.html ")).isNull();
        assertThat(LinkResolver.key("a/b.html", "\tc.html")).isNull();
        assertThat(LinkResolver.key("a/b.html", "")).isNull();
        assertThat(LinkResolver.key("index.html", "c.html")).isEqualTo("\nc.html");
    }
}
