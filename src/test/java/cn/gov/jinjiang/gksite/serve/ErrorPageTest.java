package cn.gov.jinjiang.gksite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
        String html = new ErrorPage(root).html(List.of(
                Diagnostic.error("yaml.syntax", new SourcePos("content/a.md", 10, 3), "冒号后缺少空格 <b>", "加一个空格。"),
                Diagnostic.warning("config.placeholder", SourcePos.of("site.yaml"), "占位值", "")));
        assertThat(html).contains("content/a.md:10:3").contains("[yaml.syntax]").contains("冒号后缺少空格 &lt;b&gt;")
                .contains("加一个空格。").contains("1 个错误");
        assertThat(html).contains(" 7 | 第7行").contains("&gt; 10 | 第10行").contains(" 13 | 第13行");
        assertThat(html).doesNotContain("第6行").doesNotContain("第14行").doesNotContain("\r");
        assertThat(html.indexOf("[yaml.syntax]")).isLessThan(html.indexOf("[config.placeholder]"));
    }

    @Test
    void gbkLinesAreShownReadably() {
        byte[] utf8 = "---\ntitle: 标题\n---\n".getBytes(StandardCharsets.UTF_8);
        byte[] gbk = "记事本保存的正文\n".getBytes(Charset.forName("GBK"));
        byte[] all = new byte[utf8.length + gbk.length];
        System.arraycopy(utf8, 0, all, 0, utf8.length);
        System.arraycopy(gbk, 0, all, utf8.length, gbk.length);
        TestSites.write(root.resolve("content/b.md"), all);
        String html = new ErrorPage(root).html(List.of(
                Diagnostic.error("content.encoding", new SourcePos("content/b.md", 4, 1), "不是 UTF-8", "")));
        assertThat(html).contains("title: 标题").contains("&gt; 4 | 记事本保存的正文");
    }

    @Test
    void neverReadsOutsideTheSourceFolder() {
        String html = new ErrorPage(root.resolve("src")).html(List.of(
                Diagnostic.error("x", new SourcePos("../../../../etc/passwd", 1, 1), "m", "")));
        assertThat(html).doesNotContain("root:");
    }

    @Test
    void neverFollowsALinkOutOfTheSourceFolder() throws java.io.IOException {
        java.nio.file.Path src = java.nio.file.Files.createDirectories(root.resolve("src/content"));
        java.nio.file.Files.createSymbolicLink(src.resolve("leak.md"), java.nio.file.Path.of("/etc/passwd"));
        String html = new ErrorPage(root.resolve("src")).html(List.of(
                Diagnostic.error("x", new SourcePos("content/leak.md", 1, 1), "m", "")));
        assertThat(html).doesNotContain("root:");
    }
}
