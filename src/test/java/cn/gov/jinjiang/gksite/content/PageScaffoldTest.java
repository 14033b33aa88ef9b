package cn.gov.jinjiang.gksite.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.jinjiang.gksite.config.Bodies;
import cn.gov.jinjiang.gksite.config.Body;
import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `new page` without the command line: what the new page says, and what is refused before anything is written. */
class PageScaffoldTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneOffset.UTC);
    private static final Body SITE = body("site", "某办", "", "QZ1-01", "");
    private static final Body SJJ = body("sjj", "某审计局", "sjj", "QZ2-02", "晋审");
    private static final Body TBD = body("tbd", "某镇", "tbd", "待填写：机构代码-类别", "");
    private static final Bodies BODIES = new Bodies(List.of(SJJ, TBD), SITE);

    @TempDir
    Path root;

    private static Body body(String id, String name, String folder, String prefix, String doc) {
        return new Body(id, name, "department", folder, prefix, doc, "", new SourcePos("site.yaml", 7, 19), List.of());
    }

    private SourceLayout layout() {
        return SourceLayout.of(root, root.resolve("site"));
    }

    private void write(String rel, String text) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private PageScaffold.NewPage scaffold(String path, String prefix, String org, String title) {
        return new PageScaffold(CLOCK).scaffold(layout(), PagePlace.of(path, BODIES, null), BODIES, prefix, org, title);
    }

    @Test
    void theBodysPrefixNameAndDocPrefixFillThePageAndGivenValuesAreTrimmed() throws IOException {
        write("content/sjj/a.md", "---\ntitle: a\n索引号: QZ2-02-2026-00007\n---\n");
        // not a page: a text file's 索引号 line is not counted
        write("content/sjj/notes.txt", "索引号: QZ2-02-2026-00050\n");
        PageScaffold.NewPage own = scaffold("sjj/b", null, " ", "  ");
        assertThat(own.indexNo()).isEqualTo("QZ2-02-2026-00008");
        assertThat(own.file()).isEqualTo(root.resolve("content/sjj/b.md"));
        assertThat(own.text())
                .startsWith("---\ntitle: 待填写：标题\n索引号: QZ2-02-2026-00008\n")
                .contains("\n发布机构: 某审计局\n", "\n成文日期: 2026-03-02\n", "\n发布日期: 2026-03-02\n")
                .contains("\n# 文号: 晋审〔2026〕顺序号号（某审计局的发文代字；")
                .endsWith("---\n\n正文……\n");

        PageScaffold.NewPage given = scaffold("sjj/c", " QZ9-09 ", " 别的局 ", " 通知 ");
        assertThat(given.indexNo()).isEqualTo("QZ9-09-2026-00001");
        assertThat(given.text()).startsWith("---\ntitle: 通知\n").contains("\n发布机构: 别的局\n");

        PageScaffold.NewPage site = scaffold("misc/d", "", null, null);
        assertThat(site.indexNo()).isEqualTo("QZ1-01-2026-00001");
        assertThat(site.text()).contains("\n发布机构: 某办\n", "\n# 文号: 发文机关代字〔2026〕顺序号号，如 晋政办〔2026〕1号\n");
    }

    @Test
    void withoutContentTheFirstSerialIsOne() {
        assertThat(Files.exists(root.resolve("content"))).isFalse();
        assertThat(scaffold("sjj/a", null, null, "t").indexNo()).isEqualTo("QZ2-02-2026-00001");
    }

    @Test
    void aPlaceholderOrMalformedPrefixIsRefusedWhereItIsWritten() throws IOException {
        write("site.yaml", "bodies:\n  - id: tbd\n    index_prefix: 待填写：机构代码-类别\n");
        assertThatThrownBy(() -> scaffold("tbd/a", null, null, "t"))
                .isInstanceOfSatisfying(DiagnosticException.class, e -> {
                    assertThat(e.diagnostics().get(0).code()).isEqualTo("content.index-prefix");
                    assertThat(e.diagnostics().get(0).pos().file()).isEqualTo("site.yaml");
                    assertThat(e.diagnostics().get(0).message()).contains("某镇", "待填写");
                });
        // a prefix given for this page is taken instead
        assertThat(scaffold("tbd/a", "QZ3-03", null, "t").indexNo()).isEqualTo("QZ3-03-2026-00001");
        for (String bad : List.of("QZ3", "QZ3-03-04", "QZ 3-03", "待填写-03")) {
            assertThatThrownBy(() -> scaffold("sjj/a", bad, null, "t"))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            DiagnosticException.class,
                            e -> assertThat(e.diagnostics().get(0).message())
                                    .isEqualTo("索引号前缀“" + bad + "”应为“机构代码-类别”。"));
        }
        Bodies none = new Bodies(List.of(), body("site", "某办", "", "", ""));
        assertThatThrownBy(() -> new PageScaffold(CLOCK)
                        .scaffold(layout(), PagePlace.of("a", none, null), none, null, null, "t"))
                .isInstanceOfSatisfying(
                        DiagnosticException.class,
                        e -> assertThat(e.diagnostics().get(0).message()).isEqualTo("不知道新索引号的机构代码和类别。"));
    }

    @Test
    void aPageIsWrittenOnlyIntoAFolderTheBuildReadsAndNeverOverAFile(@TempDir Path outside) throws IOException {
        write("content/sjj/a.md", "---\ntitle: a\n---\n");
        PageScaffold ps = new PageScaffold(CLOCK);
        // a new folder below a folder the build reads
        PageScaffold.NewPage deep = scaffold("sjj/2026/03/b", null, null, "t");
        ps.write(layout(), deep);
        assertThat(deep.file()).exists();
        assertThatThrownBy(() -> ps.write(layout(), deep))
                .isInstanceOfSatisfying(
                        DiagnosticException.class,
                        e -> assertThat(e.diagnostics().get(0).code()).isEqualTo("content.exists"));
        // a link out of the site is not a folder the build reads: nothing is written through it
        Files.createSymbolicLink(root.resolve("content/out"), outside);
        PageScaffold.NewPage through = scaffold("out/c", "QZ3-03", null, "t");
        assertThatThrownBy(() -> ps.write(layout(), through))
                .isInstanceOfSatisfying(
                        DiagnosticException.class,
                        e -> assertThat(e.diagnostics().get(0).code()).isEqualTo(ContentLoader.SYMLINK));
        PageScaffold.NewPage below = scaffold("out/x/y/c", "QZ3-03", null, "t");
        assertThatThrownBy(() -> ps.write(layout(), below)).isInstanceOf(DiagnosticException.class);
        try (var files = Files.list(outside)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void theSerialIsAboveTheBodysOwnAndSkipsOnesOtherPagesHave() throws IOException {
        write("content/sjj/a.md", "---\ntitle: a\n索引号: QZ2-02-2026-00007\n---\n");
        // another prefix of the same length, another year, a slip of ten digits: not this series
        write("content/sjj/b.md", "---\ntitle: b\n索引号: QZ9-09-2026-00050\n---\n");
        write("content/sjj/c.md", "---\ntitle: c\n索引号: QZ2-02-2025-00060\n---\n");
        write("content/sjj/d.md", "---\ntitle: d\n索引号: QZ2-02-2026-0000000070\n---\n");
        // pages filed outside the body's folder: their numbers are skipped, not counted from
        write("content/misc/x.md", "---\ntitle: x\n索引号: QZ2-02-2026-00008\n---\n");
        write("content/y.md", "---\ntitle: y\n索引号: \"QZ2-02-2026-00020\"\n---\n");
        assertThat(scaffold("sjj/new", null, null, "t").indexNo()).isEqualTo("QZ2-02-2026-00009");
        // the site's own pages, in content/ itself
        write("content/z.md", "---\ntitle: z\n索引号: QZ1-01-2026-00004\n---\n");
        assertThat(scaffold("misc/new", null, null, "t").indexNo()).isEqualTo("QZ1-01-2026-00005");
    }

    @Test
    void aSiteWithoutBodiesTakesThePrefixAndPublisherGiven() {
        PageScaffold.NewPage p = new PageScaffold(CLOCK).scaffold(layout(), "content/a/b.md", "QZ5-05", "某单位", "标题");
        assertThat(p.file()).isEqualTo(root.resolve("content/a/b.md"));
        assertThat(p.indexNo()).isEqualTo("QZ5-05-2026-00001");
        assertThat(p.text())
                .startsWith("---\ntitle: 标题\n索引号: QZ5-05-2026-00001\n")
                .contains("\n发布机构: 某单位\n");
    }

    @Test
    void aPageIsWrittenIntoANewSiteAndNeverOutsideContent() {
        PageScaffold ps = new PageScaffold(CLOCK);
        PageScaffold.NewPage first = scaffold("sjj/a", null, null, "t");
        ps.write(layout(), first);
        assertThat(first.file()).hasContent(first.text());
        assertThatThrownBy(() -> PageScaffold.refuseUnread(layout(), root.resolve("elsewhere/new")))
                .isInstanceOfSatisfying(DiagnosticException.class, e -> {
                    assertThat(e.diagnostics().get(0).code()).isEqualTo(ContentLoader.SYMLINK);
                    assertThat(e.diagnostics().get(0).pos()).isEqualTo(SourcePos.of("elsewhere/new"));
                    assertThat(e.diagnostics().get(0).message()).startsWith("elsewhere/new 不是构建时读取的目录");
                });
        PageScaffold.refuseUnread(layout(), root.resolve("content/sjj/new/deeper"));
    }
}
