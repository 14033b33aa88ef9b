package cn.gov.jinjiang.gksite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.testing.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's first steps work for a new user (issue 17): the quick start is the two commands, then shows the site
 * through the preview server, since site/'s pages link from the root ("/css/…") and are unstyled and unlinked when
 * opened from disk;
 * and the preview address it gives is the one {@code serve} uses by default.
 */
class ReadmeTest {
    @Test
    void theQuickStartOpensThePreviewNotAFileFromDisk() throws Exception {
        String readme = Files.readString(TestSites.REPO.resolve("README.md"));
        String quickStart = readme.substring(readme.indexOf("## 快速开始"), readme.indexOf("## 编辑指南"));
        // The quick start is exactly two commands (the project's promise); the preview is the first thing after them.
        String block = quickStart.substring(
                quickStart.indexOf("```bash") + 7, quickStart.indexOf("```", quickStart.indexOf("```bash") + 7));
        assertThat(block.strip().lines().map(l -> l.replaceAll("\\s+#.*", "")).toList())
                .containsExactly("./gksite build", "bash .ci/run");
        assertThat(quickStart).contains("./gksite serve").contains("http://127.0.0.1:1313/");
        assertThat(quickStart).doesNotContainPattern("用浏览器打开\\s*`site/");
        String serve = Files.readString(Path.of("src/main/java/cn/gov/jinjiang/gksite/cli/ServeCommand.java"));
        assertThat(serve).contains("private int port = 1313;").contains("private String bind = \"127.0.0.1\";");
    }

    @Test
    void theEditorsGuideCoversWordPasteAndYamlPunctuation() throws Exception {
        String readme = Files.readString(TestSites.REPO.resolve("README.md"));
        assertThat(readme).contains("### 从 Word、WPS 粘贴正文").contains("YAML 中的标点");
        for (String code : new String[] {
            "yaml.full-width",
            "markdown.line-break",
            "markdown.link-space",
            "content.topic",
            "content.unlisted",
            "cli.usage"
        }) {
            assertThat(readme).as(code).contains("| `" + code + "` |");
        }
    }
}
