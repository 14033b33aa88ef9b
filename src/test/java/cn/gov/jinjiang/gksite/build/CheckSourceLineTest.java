package cn.gov.jinjiang.gksite.build;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken link or anchor written in Markdown is reported at the Markdown line and column it was written on. */
class CheckSourceLineTest {
    @Test
    void brokenLinksPointAtTheMarkdownLine(@TempDir Path dir) {
        TestSites.inline(
                dir,
                "content/index.md",
                "---\ntitle: 首页\n---\n\n首页。\n",
                "content/a.md",
                """
                        ---
                        title: 页面甲
                        ---

                        ## 第一节 {#s1}

                        见[乙页](b.html)与[不存在](/nowhere.html)。
                        另见 [乙页第二节](b.html#s2) 和 [乙页第九节](b.html#s9)。
                        """,
                "content/b.md",
                "---\ntitle: 页面乙\n---\n\n## 第二节 {#s2}\n\n正文。\n");
        List<Diagnostic> errors = Builds.errors(Builds.build(dir));
        assertThat(errors)
                .extracting(d -> d.pos().toString() + " " + d.code())
                .containsExactly("content/a.md:7:21 check.link-broken", "content/a.md:8:33 check.fragment-missing");
        assertThat(errors.get(0).message()).contains("/nowhere.html").contains("site/a.html:");
    }
}
