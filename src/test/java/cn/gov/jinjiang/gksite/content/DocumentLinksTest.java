package cn.gov.jinjiang.gksite.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** 解读 and 替代: documents named by address or 索引号, both ways, and the names that lead nowhere. */
class DocumentLinksTest {
    private static Page page(String name, String output, String indexNo, String interprets, String replaces) {
        String source = "content/" + name + ".md";
        return Metas.meta()
                .title(name)
                .indexNo(indexNo)
                .interprets(interprets)
                .replaces(replaces)
                .at("解读", source, 3, 5)
                .at("替代", source, 4, 5)
                .page(name + ".md", output);
    }

    private static ContentTree tree(Page... pages) {
        return new ContentTree(
                new Section("", Optional.empty(), List.of(pages), List.of(), Map.of()), List.of(), Set.of());
    }

    @Test
    void targetsAreFoundByAddressFileAddressOrIndexNumber() {
        Page doc = page("doc", "xxgk/doc.html", "QZ1-01-2025-00001", "", "");
        Page home = page("home", "xxgk/index.html", "", "", "");
        Page byUrl = page("jd1", "jd1.html", "", "/xxgk/doc.html", "");
        Page byNo = page("jd2", "jd2.html", "", "QZ1-01-2025-00001", "");
        Page byFolder = page("jd3", "jd3.html", "", "/xxgk/", "");
        Page byIndexFile = page("v2", "v2.html", "", "", "/xxgk/index.html");
        Page noSlash = page("v3", "v3.html", "", "", "xxgk/doc.html");
        Diagnostics d = new Diagnostics();
        DocumentLinks l = DocumentLinks.of(tree(doc, home, byUrl, byNo, byFolder, byIndexFile, noSlash), d);
        assertThat(d.sorted()).isEmpty();
        assertThat(l.interprets())
                .containsOnly(
                        Map.entry("content/jd1.md", "content/doc.md"),
                        Map.entry("content/jd2.md", "content/doc.md"),
                        Map.entry("content/jd3.md", "content/home.md"));
        assertThat(l.interpretedBy())
                .containsOnly(
                        Map.entry("content/doc.md", List.of("content/jd1.md", "content/jd2.md")),
                        Map.entry("content/home.md", List.of("content/jd3.md")));
        assertThat(l.replaces())
                .containsOnly(
                        Map.entry("content/v2.md", "content/home.md"), Map.entry("content/v3.md", "content/doc.md"));
        assertThat(l.replacedBy())
                .containsOnly(
                        Map.entry("content/home.md", List.of("content/v2.md")),
                        Map.entry("content/doc.md", List.of("content/v3.md")));
    }

    @Test
    void anIndexNumberWithSlashesIsFoundAsWrittenAndOnlyOneSlashIsAdded() {
        Page doc = page("doc", "doc.html", "000014349/2025-00110", "", "");
        Page odd = page("odd", "odd.html", "//odd", "", "");
        Page jd = page("jd", "jd.html", "", "000014349/2025-00110", "/odd");
        Diagnostics d = new Diagnostics();
        DocumentLinks l = DocumentLinks.of(tree(doc, odd, jd), d);
        assertThat(l.interprets()).containsExactly(Map.entry("content/jd.md", "content/doc.md"));
        assertThat(l.replaces()).isEmpty();
        assertThat(d.sorted()).extracting(Diagnostic::code).containsExactly("content.replaces-unknown");
    }

    @Test
    void theFirstPageOfATargetWins() {
        Page a = page("a", "a.html", "QZ1-01-2025-00001", "", "");
        Page b = page("b", "b.html", "QZ1-01-2025-00001", "", "");
        Page c = page("c", "c.html", "", "QZ1-01-2025-00001", "");
        Page e = page("e", "e.html", "", "", "");
        DocumentLinks l = DocumentLinks.of(tree(a, b, c, e), new Diagnostics());
        assertThat(l.interprets()).containsExactly(Map.entry("content/c.md", "content/a.md"));
        assertThat(l.replaces()).isEmpty();
        assertThat(l.replacedBy()).isEmpty();
    }

    @Test
    void aTargetThatNamesNoOtherPageIsAnErrorAtItsKey() {
        Page a = page("a", "a.html", "QZ1-01-2025-00001", "QZ1-01-2025-00001", "/nowhere.html");
        Page b = page("b", "b.html", "", "nowhere", "x/a.html");
        Diagnostics d = new Diagnostics();
        DocumentLinks l = DocumentLinks.of(tree(a, b), d);
        assertThat(l.interprets()).isEmpty();
        assertThat(l.interpretedBy()).isEmpty();
        assertThat(l.replaces()).isEmpty();
        assertThat(d.sorted())
                .extracting(x -> x.code() + " " + x.pos() + " " + x.message())
                .containsExactly(
                        "content.interprets-unknown content/a.md:3:5 找不到“解读: QZ1-01-2025-00001”指向的政策解读所解读的文件。",
                        "content.replaces-unknown content/a.md:4:5 找不到“替代: /nowhere.html”指向的被替代的原文件。",
                        "content.interprets-unknown content/b.md:3:5 找不到“解读: nowhere”指向的政策解读所解读的文件。",
                        "content.replaces-unknown content/b.md:4:5 找不到“替代: x/a.html”指向的被替代的原文件。");
        assertThat(d.sorted().get(0).hint()).contains("/xxgk/zfxxgkzl/ml/02/jzb-2025-12.html");
        // Without diagnostics the links are still resolved, and nothing is said.
        DocumentLinks quiet = DocumentLinks.of(tree(a, b, page("c", "c.html", "", "a.html", "/a.html")), null);
        assertThat(quiet.replaces()).containsExactly(Map.entry("content/c.md", "content/a.md"));
        assertThat(quiet.interprets()).isEmpty();
    }

    @Test
    void neighboursAreEveryLinkedDocumentOnce() {
        Map<String, List<String>> by = new HashMap<>();
        by.put("d", new ArrayList<>(List.of("j1", "j2")));
        DocumentLinks l = new DocumentLinks(
                Map.of("d", "x", "j1", "d"),
                by,
                Map.of("d", "x", "v2", "d"),
                Map.of("d", List.of("v2", "j1"), "x", List.of("d")));
        by.get("d").add("j3");
        assertThat(l.neighbours("d")).containsExactly("x", "j1", "j2", "v2");
        assertThat(l.neighbours("j1")).containsExactly("d");
        assertThat(l.neighbours("v2")).containsExactly("d");
        assertThat(l.neighbours("x")).containsExactly("d");
        assertThat(l.neighbours("none")).isEmpty();
        DocumentLinks only = new DocumentLinks(Map.of(), Map.of(), Map.of("a", "b"), Map.of());
        assertThat(only.neighbours("a")).containsExactly("b");
        assertThatThrownBy(() -> l.interpretedBy().get("d").add("z")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(l.interpretedBy().get("d")).containsExactly("j1", "j2");
    }

    @Test
    void resolvedLinksListDiagnosticsOfNone() {
        Page a = page("a", "a.html", "", "", "");
        Diagnostics d = new Diagnostics();
        DocumentLinks l = DocumentLinks.of(tree(a), d);
        assertThat(l.neighbours("content/a.md")).isEmpty();
        assertThat(d.sorted()).extracting(Diagnostic::code).isEmpty();
    }

    @Test
    void theRootAddressNamesTheSitesHomePage() {
        Page home = page("home", "index.html", "", "", "");
        Page jd = page("jd", "jd.html", "", "/", "/index.html");
        DocumentLinks l = DocumentLinks.of(tree(jd, home), new Diagnostics());
        assertThat(l.interprets()).containsExactly(Map.entry("content/jd.md", "content/home.md"));
        assertThat(l.replaces()).containsExactly(Map.entry("content/jd.md", "content/home.md"));
    }

    /** Random trees of a few addresses and numbers resolve as a table of every page's every name does. */
    @Test
    void linksResolveAsATableOfEveryNameOfEveryPage() {
        Random random = new Random(20261205L);
        String[] outputs = {"index.html", "a.html", "x/index.html", "x/a.html", "x/y/index.html", "xindex.html"};
        String[] numbers = {"", "QZ-1", "QZ-2", "/a.html", "x/a.html", "/x/"};
        String[] targets = {
            "",
            "/",
            "/index.html",
            "/a.html",
            "a.html",
            "/x/",
            "x/",
            "/x/index.html",
            "x/index.html",
            "/x/a.html",
            "x/a.html",
            "/x/y/",
            "x/y/index.html",
            "/xindex.html",
            "QZ-1",
            "QZ-2",
            "/QZ-1",
            "nowhere",
            "//a.html"
        };
        for (int round = 0; round < 400; round++) {
            List<Page> pages = new ArrayList<>();
            int n = 1 + random.nextInt(7);
            for (int i = 0; i < n; i++) {
                pages.add(page(
                        "p" + i,
                        outputs[random.nextInt(outputs.length)],
                        numbers[random.nextInt(numbers.length)],
                        targets[random.nextInt(targets.length)],
                        targets[random.nextInt(targets.length)]));
            }
            ContentTree tree = tree(pages.toArray(Page[]::new));
            Diagnostics d = new Diagnostics();
            DocumentLinks l = DocumentLinks.of(tree, d);
            Map<String, Page> table = new HashMap<>();
            for (Page p : pages) {
                table.putIfAbsent(p.url(), p);
                table.putIfAbsent("/" + p.output(), p);
                table.putIfAbsent(p.meta().indexNo(), p);
            }
            Map<String, String> interprets = new HashMap<>();
            Map<String, String> replaces = new HashMap<>();
            int unknown = 0;
            for (Page p : pages) {
                unknown += expect(p, p.meta().interprets(), table, interprets);
                unknown += expect(p, p.meta().replaces(), table, replaces);
            }
            assertThat(l.interprets()).as("round %d", round).isEqualTo(interprets);
            assertThat(l.replaces()).as("round %d", round).isEqualTo(replaces);
            assertThat(d.sorted()).as("round %d", round).hasSize(unknown);
        }
    }

    /** The reference resolution of one target: 1 when it names no other page, else 0 and the link is in {@code out}. */
    private static int expect(Page p, String target, Map<String, Page> table, Map<String, String> out) {
        if (target.isEmpty()) {
            return 0;
        }
        Page t = table.get(target);
        if (t == null && !target.startsWith("/") && target.contains("/")) {
            t = table.get("/" + target);
        }
        if (t == null || t == p) {
            return 1;
        }
        out.put(p.source(), t.source());
        return 0;
    }
}
