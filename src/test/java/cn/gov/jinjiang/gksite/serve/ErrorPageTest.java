package cn.gov.jinjiang.gksite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.build.Builds;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorPageTest {
    @TempDir
    Path root;

    @Test
    void showsEachDiagnosticWithThreeLinesEitherSideAndTheLineMarked() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            text.append("第").append(i).append("行\r\n");
        }
        TestSites.write(root.resolve("content/a.md"), text.toString());
        String html = new ErrorPage(root)
                .html(List.of(
                        Diagnostic.error("yaml.syntax", new SourcePos("content/a.md", 10, 3), "冒号后缺少空格 <b>", "加一个空格。"),
                        Diagnostic.warning("config.placeholder", SourcePos.of("site.yaml"), "占位值", "")));
        assertThat(html)
                .contains("content/a.md:10:3")
                .contains("[yaml.syntax]")
                .contains("冒号后缺少空格 &lt;b&gt;")
                .contains("加一个空格。")
                .contains("1 个错误");
        assertThat(html)
                .contains(" 7 | 第7行")
                .contains("&gt; 10 | 第1<mark class=\"col\" title=\"第 3 列\">0</mark>行")
                .contains(" 13 | 第13行");
        assertThat(html).doesNotContain("第6行").doesNotContain("第14行").doesNotContain("\r");
        assertThat(html.indexOf("[yaml.syntax]")).isLessThan(html.indexOf("[config.placeholder]"));
    }

    @Test
    void theColumnIsHighlightedInPlaceSoItCannotDriftUnderChineseText() {
        // Column 8 of 「title: “关于」 is the full-width quote: a caret line under it would point at 「关」 or beyond.
        assertThat(ErrorPage.marked("title: “关于", 8))
                .isEqualTo("title: <mark class=\"col\" title=\"第 8 列\">“</mark>关于");
        assertThat(ErrorPage.marked("正文<b>", 3)).isEqualTo("正文<mark class=\"col\" title=\"第 3 列\">&lt;</mark>b&gt;");
        // Past the end of the line (a missing sign at its end): a highlighted space after the text.
        assertThat(ErrorPage.marked("标题", 3)).isEqualTo("标题<mark class=\"col\" title=\"第 3 列\"> </mark>");
        // A character outside the BMP is highlighted whole, never half a surrogate pair.
        assertThat(ErrorPage.marked("𠀀字", 1)).isEqualTo("<mark class=\"col\" title=\"第 1 列\">𠀀</mark>字");
        assertThat(ErrorPage.marked("无列", 0)).isEqualTo("无列");
    }

    @Test
    void anUnclosedQuoteIsShownWhereItOpens() {
        TestSites.inline(root, "content/index.md", "---\ntitle: 首页\n---\n\n首页。\n");
        TestSites.write(
                root.resolve("content/a.md"),
                "---\ntitle: \"关于做好防汛工作的通知\n发布机构: 晋江市人民政府办公室\n"
                        + "成文日期: 2025-01-01\n发布日期: 2025-01-02\n文号: 晋政办〔2025〕1号\n有效性: 现行有效\n主题分类: 城乡建设\n"
                        + "---\n\n正文。\n");
        List<Diagnostic> errors = Builds.errors(Builds.build(root));
        assertThat(errors).extracting(d -> d.code() + "@" + d.pos()).containsExactly("yaml.syntax@content/a.md:2:8");
        String html = new ErrorPage(root).html(errors);
        assertThat(html).contains("&gt; 2 | title: <mark class=\"col\" title=\"第 8 列\">&quot;</mark>关于做好防汛工作的通知");
        assertThat(errors.get(0).message()).contains("引号没有结束");
    }

    @Test
    void gbkLinesAreShownReadably() {
        byte[] utf8 = "---\ntitle: 标题\n---\n".getBytes(StandardCharsets.UTF_8);
        byte[] gbk = "记事本保存的正文\n".getBytes(Charset.forName("GBK"));
        byte[] all = new byte[utf8.length + gbk.length];
        System.arraycopy(utf8, 0, all, 0, utf8.length);
        System.arraycopy(gbk, 0, all, utf8.length, gbk.length);
        TestSites.write(root.resolve("content/b.md"), all);
        String html = new ErrorPage(root)
                .html(List.of(
                        Diagnostic.error("content.encoding", new SourcePos("content/b.md", 4, 1), "不是 UTF-8", "")));
        assertThat(html).contains("title: 标题").contains("&gt; 4 | <mark class=\"col\" title=\"第 1 列\">记</mark>事本保存的正文");
    }

    @Test
    void neverReadsOutsideTheSourceFolder() {
        String html = new ErrorPage(root.resolve("src"))
                .html(List.of(Diagnostic.error("x", new SourcePos("../../../../etc/passwd", 1, 1), "m", "")));
        assertThat(html).doesNotContain("root:");
    }

    @Test
    void neverFollowsALinkOutOfTheSourceFolder() throws IOException {
        Path src = Files.createDirectories(root.resolve("src/content"));
        Files.createSymbolicLink(src.resolve("leak.md"), Path.of("/etc/passwd"));
        String html = new ErrorPage(root.resolve("src"))
                .html(List.of(Diagnostic.error("x", new SourcePos("content/leak.md", 1, 1), "m", "")));
        assertThat(html).doesNotContain("root:");
    }
}
