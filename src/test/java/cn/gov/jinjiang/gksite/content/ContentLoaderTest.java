package cn.gov.jinjiang.gksite.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.config.YamlLimits;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** content/ as the build reads it: pages, data files, attachments, what is skipped, refused and left out. */
class ContentLoaderTest {
    @TempDir
    Path root;

    private SourceLayout layout() {
        return SourceLayout.of(root, null);
    }

    private void write(String rel, String text) throws IOException {
        write(rel, text.getBytes(StandardCharsets.UTF_8));
    }

    private void write(String rel, byte[] bytes) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
    }

    private ContentTree load(Diagnostics d, boolean drafts) {
        return new ContentLoader().load(layout(), d, drafts);
    }

    private static List<String> codes(Diagnostics d) {
        return d.sorted().stream().map(Diagnostic::code).toList();
    }

    private static List<String> sources(ContentTree t) {
        return t.pages().stream().map(Page::source).toList();
    }

    @Test
    void aPageReadThroughALinkItsCallerFollowsIsItsTargetsText() throws IOException {
        write("pages/one.md", "---\ntitle: 一\n---\n正文一\n");
        Path link = root.resolve("content/xxgk/linked.md");
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, root.resolve("pages/one.md"));
        Diagnostics d = new Diagnostics();
        Optional<Page> p = new ContentLoader().readPage(layout(), "xxgk/linked.md", link, d);
        assertThat(d.sorted()).isEmpty();
        assertThat(p).hasValueSatisfying(page -> assertThat(page.body().text()).isEqualTo("正文一\n"));
    }

    @Test
    void pagesDataAndFilesAreReadWithTheirPlaces() throws IOException {
        write("content/index.md", "---\ntitle: 首页\n---\n# 首页\n");
        write("content/xxgk/index.md", "---\ntitle: 信息公开\n---\n");
        write("content/xxgk/a.md", "---\ntitle: 甲\nweight: 2\n---\n\n正文甲\n");
        write("content/xxgk/b.md", "没有头部的正文\n");
        write("content/xxgk/data.yaml", "rows: 3\n");
        write("content/xxgk/menu.yml", "items: []\n");
        write("content/xxgk/附件.pdf", "%PDF");
        Diagnostics d = new Diagnostics();
        ContentTree t = load(d, false);

        // A page without a title is reported by the binder; it is still in the tree.
        assertThat(codes(d)).containsExactly("content.title-missing");
        assertThat(sources(t))
                .containsExactly("content/index.md", "content/xxgk/index.md", "content/xxgk/b.md", "content/xxgk/a.md");
        Page home = t.pages().get(0);
        assertThat(home.isIndex()).isTrue();
        assertThat(home.dir()).isEmpty();
        assertThat(home.output()).isEqualTo("index.html");
        assertThat(home.body().text()).isEqualTo("# 首页\n");
        assertThat(home.bodyLine()).isEqualTo(4);
        Page xxgk = t.pages().get(1);
        assertThat(xxgk.isIndex()).isTrue();
        assertThat(xxgk.dir()).isEqualTo("xxgk");
        assertThat(xxgk.output()).isEqualTo("xxgk/index.html");
        Page b = t.pages().get(2);
        assertThat(b.isIndex()).isFalse();
        assertThat(b.meta().title()).isEmpty();
        assertThat(b.body().text()).isEqualTo("没有头部的正文\n");
        assertThat(b.bodyLine()).isEqualTo(1);
        Page a = t.pages().get(3);
        assertThat(a.output()).isEqualTo("xxgk/a.html");
        assertThat(a.meta().weight()).isEqualTo(2);
        assertThat(a.body().text()).isEqualTo("\n正文甲\n");
        assertThat(a.bodyLine()).isEqualTo(5);

        Section s = t.section("xxgk").orElseThrow();
        assertThat(s.data().keySet()).containsExactlyInAnyOrder("data", "menu");
        DataFile data = s.data().get("data");
        assertThat(data.source()).isEqualTo("content/xxgk/data.yaml");
        assertThat(data.text()).isEqualTo("rows: 3\n");
        assertThat(s.data().get("menu").source()).isEqualTo("content/xxgk/menu.yml");
        assertThat(t.assets()).containsExactly("xxgk/附件.pdf");
        assertThat(t.unreadable()).isEmpty();
        assertThat(t.drafts().isEmpty()).isTrue();
    }

    @Test
    void hiddenTemporaryAndBackupFilesAreSkipped() throws IOException {
        write("content/ok.md", "---\ntitle: ok\n---\n");
        for (String skipped :
                List.of(".hidden.md", ".git/x.md", "~$报告.docx", "a.md~", ".a.md.swp", "b.swp", "c.tmp", "d/.e/f.md")) {
            write("content/" + skipped, "---\ntitle: [broken\n---\n");
        }
        Diagnostics d = new Diagnostics();
        ContentTree t = load(d, true);
        assertThat(d.sorted()).isEmpty();
        assertThat(sources(t)).containsExactly("content/ok.md");
        assertThat(t.assets()).isEmpty();

        for (String p : List.of(".x", "a/.x/b.md", "~$a.docx", "a~", "a.swp", "x/a.tmp")) {
            assertThat(ContentLoader.ignored(Path.of(p))).as(p).isTrue();
        }
        for (String p : List.of("a.md", "a/b.md", "a~b.md", "a.swp.md", "a.tmp.md", "a$~.md", "x.y/a.md")) {
            assertThat(ContentLoader.ignored(Path.of(p))).as(p).isFalse();
        }
    }

    @Test
    void aFileWhoseNameIsNoAddressIsNotCopiedAndIsReportedAtIt() throws IOException {
        write("content/a#b.pdf", "x");
        write("content/ok file.pdf", "x");
        Diagnostics d = new Diagnostics();
        ContentTree t = load(d, false);
        assertThat(t.assets()).containsExactly("ok file.pdf");
        assertThat(t.unreadable()).containsExactly("content/a#b.pdf");
        assertThat(d.sorted()).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("content.filename");
            assertThat(x.pos()).isEqualTo(SourcePos.of("content/a#b.pdf"));
        });
        Diagnostics d2 = new Diagnostics();
        assertThat(ContentLoader.assetAllowed("x/a?.pdf", d2)).isFalse();
        assertThat(codes(d2)).containsExactly("content.filename");
        Diagnostics d3 = new Diagnostics();
        assertThat(ContentLoader.assetAllowed("x/a.pdf", d3)).isTrue();
        assertThat(d3.sorted()).isEmpty();
    }

    @Test
    void aPageOrDataFileThatCannotBeReadIsUnreadableWithItsReason() throws IOException {
        write("content/gbk.md", "---\ntitle: 标题\n---\n".getBytes(Charset.forName("GB18030")));
        write("content/bad.yaml", "a: [1,\n");
        write("content/unclosed.md", "---\ntitle: x\n");
        write("content/badyaml.md", "---\ntitle: [x\n---\n");
        write("content/第 1 页.md", "---\ntitle: x\n---\n");
        Diagnostics d = new Diagnostics();
        ContentTree t = load(d, false);
        assertThat(t.pages()).isEmpty();
        assertThat(t.sections().get("").data()).isEmpty();
        assertThat(t.unreadable())
                .containsExactlyInAnyOrder(
                        "content/gbk.md",
                        "content/bad.yaml",
                        "content/unclosed.md",
                        "content/badyaml.md",
                        "content/第 1 页.md");
        assertThat(d.sorted())
                .extracting(x -> x.pos().file())
                .contains(
                        "content/gbk.md",
                        "content/bad.yaml",
                        "content/unclosed.md",
                        "content/badyaml.md",
                        "content/第 1 页.md");
        assertThat(codes(d)).contains("content.encoding", "content.frontmatter-unclosed", "content.filename");
    }

    @Test
    void aFileOverItsLimitIsRefusedBeforeItIsRead() throws IOException {
        byte[] yaml = new byte[YamlLimits.MAX_BYTES + 1];
        Arrays.fill(yaml, (byte) '#');
        write("content/big.yaml", yaml);
        write("content/ok.yaml", Arrays.copyOf(yaml, YamlLimits.MAX_BYTES));
        Diagnostics d = new Diagnostics();
        ContentTree t = load(d, false);
        assertThat(t.unreadable()).contains("content/big.yaml");
        // A file of exactly the limit is read (and then parsed, which has its own limits).
        List<Diagnostic> tooLarge = d.sorted().stream()
                .filter(x -> x.code().equals("content.too-large"))
                .toList();
        assertThat(tooLarge).hasSize(1);
        Diagnostic big = tooLarge.get(0);
        assertThat(big.code()).isEqualTo("content.too-large");
        assertThat(big.pos()).isEqualTo(new SourcePos("content/big.yaml", 1, 1));
        assertThat(big.message()).isEqualTo("文件有 2097153 字节，超过了 2097152 字节（2 MiB）的上限。");
        assertThat(big.hint()).startsWith("YAML 只用来写配置和统计表");
    }

    @Test
    void aPageOverEightMebibytesIsRefused() throws IOException {
        byte[] page = new byte[(int) ContentLoader.MAX_PAGE_BYTES + 1];
        Arrays.fill(page, (byte) 'a');
        write("content/big.md", page);
        Diagnostics d = new Diagnostics();
        ContentTree t = load(d, false);
        assertThat(t.unreadable()).containsExactly("content/big.md");
        Diagnostic big = d.sorted().get(0);
        assertThat(big.code()).isEqualTo("content.too-large");
        assertThat(big.message()).isEqualTo("文件有 8388609 字节，超过了 8388608 字节（8 MiB）的上限。");
        assertThat(big.hint()).startsWith("把内容拆成几个页面");
    }

    @Test
    void aFileThatIsGoneIsAnIoError() {
        Diagnostics d = new Diagnostics();
        ContentLoader loader = new ContentLoader();
        assertThat(loader.readPage(layout(), "gone.md", root.resolve("content/gone.md"), d))
                .isEmpty();
        assertThat(loader.readData(layout(), "gone.yaml", root.resolve("content/gone.yaml"), d))
                .isEmpty();
        assertThat(d.sorted()).extracting(Diagnostic::code).containsExactly("io.read", "io.read");
        assertThat(d.sorted())
                .extracting(Diagnostic::pos)
                .containsExactly(SourcePos.of("content/gone.md"), SourcePos.of("content/gone.yaml"));
    }

    @Test
    void readPageAndReadDataGiveWhatTheyRead() throws IOException {
        write("content/a/b.md", "---\ntitle: 乙\nurl: /x/y.htm\n---\n正文\n");
        write("content/a/t.yml", "k: v\n");
        Diagnostics d = new Diagnostics();
        ContentLoader loader = new ContentLoader();
        Page p = loader.readPage(layout(), "a/b.md", root.resolve("content/a/b.md"), d)
                .orElseThrow();
        assertThat(p.source()).isEqualTo("content/a/b.md");
        assertThat(p.dir()).isEqualTo("a");
        assertThat(p.output()).isEqualTo("x/y.htm");
        assertThat(p.isIndex()).isFalse();
        DataFile f = loader.readData(layout(), "a/t.yml", root.resolve("content/a/t.yml"), d)
                .orElseThrow();
        assertThat(f.name()).isEqualTo("t");
        assertThat(f.source()).isEqualTo("content/a/t.yml");
        assertThat(d.sorted()).isEmpty();
    }

    @Test
    void placeholdersAreReportedAtTheirLinesButNotInYamlComments() throws IOException {
        write("content/a.md", "---\ntitle: 待填写：标题\n# 主题分类: 待填写\n---\n\n正文……\n");
        write("content/t.yaml", "# 待填写 in a comment\nname: 待填写：名称\n");
        Diagnostics d = new Diagnostics();
        load(d, false);
        assertThat(d.sorted())
                .extracting(x -> x.code() + " " + x.pos())
                .containsExactly(
                        "content.placeholder content/a.md:2:8",
                        "content.placeholder content/a.md:6:1",
                        "content.placeholder content/t.yaml:2:7");
        assertThat(d.sorted().get(0).hint()).contains("draft: true");
    }

    @Test
    void draftsAndEverythingInADraftFolderAreLeftOutWithTheirProblems() throws IOException {
        write("content/index.md", "---\ntitle: 首页\n---\n");
        write("content/pub.md", "---\ntitle: 发布\n---\n");
        write("content/own.md", "---\ntitle: 草稿\ndraft: true\nweight: x\n---\n");
        write("content/d/index.md", "---\ntitle: 草稿栏目\ndraft: true\n---\n");
        write("content/d/p.md", "---\ntitle: [broken\n---\n");
        write("content/d/data.yaml", "a: [\n");
        write("content/d/a#b.pdf", "x");
        write("content/d/ok.pdf", "x");
        write("content/broken.md", "---\ntitle: [x\ndraft: true # later\n---\n");
        write("content/unclosed.md", "---\ntitle: x\ndraft: True\n");
        write("content/e/index.md", "---\ntitle: x\ndraft: TRUE\n");
        write("content/e/x.md", "---\ntitle: [\n---\n");

        Diagnostics without = new Diagnostics();
        ContentTree t = load(without, false);
        assertThat(without.sorted()).isEmpty();
        assertThat(sources(t)).containsExactly("content/index.md", "content/pub.md");
        assertThat(t.assets()).isEmpty();
        assertThat(t.unreadable()).isEmpty();
        assertThat(t.sections()).containsOnlyKeys("");
        assertThat(t.drafts().folders()).containsExactlyInAnyOrder("d", "e");
        assertThat(t.drafts().pages()).containsExactlyInAnyOrder("own.md", "broken.md", "unclosed.md");
        assertThat(t.drafts().leftOut())
                .containsExactly(
                        Map.entry("d/index.html", "content/d/index.md"),
                        Map.entry("d/ok.pdf", "content/d/ok.pdf"),
                        Map.entry("own.html", "content/own.md"));

        Diagnostics with = new Diagnostics();
        ContentTree all = load(with, true);
        assertThat(codes(with)).contains("content.filename", "content.type", "content.frontmatter-unclosed");
        assertThat(sources(all))
                .containsExactly("content/index.md", "content/own.md", "content/pub.md", "content/d/index.md");
        assertThat(all.pages().get(0).meta().draft()).isFalse();
        assertThat(all.pages().get(1).meta().draft()).isTrue();
        assertThat(all.pages().get(3).meta().draft()).isTrue();
        assertThat(all.assets()).containsExactly("d/ok.pdf");
        assertThat(all.unreadable())
                .containsExactlyInAnyOrder(
                        "content/d/p.md",
                        "content/d/data.yaml",
                        "content/d/a#b.pdf",
                        "content/broken.md",
                        "content/unclosed.md",
                        "content/e/index.md",
                        "content/e/x.md");
        assertThat(all.drafts().leftOut()).isEmpty();
        // The one-argument load leaves drafts out.
        assertThat(sources(new ContentLoader().load(layout(), new Diagnostics())))
                .containsExactly("content/index.md", "content/pub.md");
    }

    @Test
    void aBrokenPageIsADraftOnlyWhenALineSaysSo() throws IOException {
        write("content/a.md", "---\ntitle: [x\ndraftx: true\n---\n");
        write("content/b.md", "---\ntitle: [x\n---\ndraft: true\n");
        // An unclosed front matter is read for draft: true in its first 200 lines.
        write("content/c.md", "---\ntitle: x\n" + "k: v\n".repeat(198) + "draft: true\n");
        write("content/c2.md", "---\ntitle: x\n" + "k: v\n".repeat(197) + "draft: true\n");
        write("content/e.md", "---\ntitle: x\ndraft: true");
        write("content/f.md", "---\ntitle: x\ndraft: false\n");
        write("content/g.md", "---\ntitle: x\ndraft: true\n");
        Diagnostics d = new Diagnostics();
        ContentTree t = load(d, false);
        assertThat(t.drafts().pages()).containsExactlyInAnyOrder("c2.md", "e.md", "g.md");
        assertThat(t.unreadable())
                .containsExactlyInAnyOrder("content/a.md", "content/b.md", "content/c.md", "content/f.md");
        assertThat(d.sorted()).extracting(x -> x.pos().file()).doesNotContain("content/g.md");
    }

    @Test
    void frontMatterProblemsAreAtTheirLinesInTheFile() throws IOException {
        write("content/a.md", "---\ntitle: t\nweight: x\n---\n");
        write("content/b.md", "---\ntitle: t\nweight: [\n---\n");
        Diagnostics d = new Diagnostics();
        load(d, false);
        assertThat(d.sorted())
                .extracting(x -> x.code() + " " + x.pos().file() + ":" + x.pos().line())
                .containsExactly("content.type content/a.md:3", "yaml.syntax content/b.md:4");
    }

    @Test
    void twoPagesAtOneAddressAreReported() throws IOException {
        write("content/a.md", "---\ntitle: a\nurl: /b.html\n---\n");
        write("content/b.md", "---\ntitle: b\n---\n");
        Diagnostics d = new Diagnostics();
        load(d, false);
        assertThat(codes(d)).containsExactly("content.url-duplicate");
    }

    @Test
    void aTreeOfPagesAlreadyReadMarksItsDrafts() {
        Page d = Metas.meta().draft(true).page("d/index.md");
        Page p = Metas.meta().page("d/p.md");
        Page q = Metas.meta().page("q.md");
        Diagnostics diags = new Diagnostics();
        ContentTree t = new ContentLoader()
                .tree(
                        Map.of("d/index.md", d, "d/p.md", p, "q.md", q),
                        Map.of(),
                        List.of("d/x.pdf"),
                        Set.of("content/d/y.md"),
                        diags);
        assertThat(t.pages()).extracting(x -> x.meta().draft()).containsExactly(false, true, true);
        assertThat(t.assets()).containsExactly("d/x.pdf");
        assertThat(t.unreadable()).containsExactly("content/d/y.md");
        assertThat(t.drafts().folders()).containsExactly("d");
        assertThat(diags.sorted()).isEmpty();
    }

    @Test
    void withoutContentTheBuildStops() throws IOException {
        assertThatThrownBy(() -> ContentLoader.list(layout())).isInstanceOfSatisfying(DiagnosticException.class, e -> {
            Diagnostic x = e.diagnostics().get(0);
            assertThat(x.code()).isEqualTo("content.missing");
            assertThat(x.pos()).isEqualTo(SourcePos.of("content"));
            assertThat(x.message()).contains(root.toString());
        });
        Path outside = Files.createTempDirectory("gksite-outside");
        try {
            Files.createSymbolicLink(root.resolve("content"), outside);
            assertThatThrownBy(() -> ContentLoader.list(layout()))
                    .isInstanceOfSatisfying(
                            DiagnosticException.class,
                            e -> assertThat(e.diagnostics().get(0).code()).isEqualTo(ContentLoader.SYMLINK));
        } finally {
            Files.delete(outside);
        }
    }

    @Test
    void aLinkOutOfTheSiteIsRefusedAndTheRestRead(@TempDir Path outside) throws IOException {
        write("content/a.md", "---\ntitle: a\n---\n");
        Files.writeString(outside.resolve("x.md"), "---\ntitle: x\n---\n");
        Files.createSymbolicLink(root.resolve("content/x.md"), outside.resolve("x.md"));
        Files.createSymbolicLink(root.resolve("content/same.md"), root.resolve("content/a.md"));
        Diagnostics d = new Diagnostics();
        ContentTree t = load(d, false);
        assertThat(sources(t)).containsExactly("content/a.md", "content/same.md");
        assertThat(d.sorted()).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo(ContentLoader.SYMLINK);
            assertThat(x.pos().file()).isEqualTo("content/x.md");
        });
        assertThat(Optional.of(t.pages().get(1).meta().title())).contains("a");
    }
}
