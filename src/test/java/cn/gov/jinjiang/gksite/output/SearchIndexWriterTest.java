package cn.gov.jinjiang.gksite.output;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.content.ContentLoader;
import cn.gov.jinjiang.gksite.content.ContentTree;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.render.RenderedFile;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexWriterTest {
    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        SearchIndexWriter.tokens(s, out::add);
        return out;
    }

    @Test
    void chineseByBigramsLatinByWord() {
        assertThat(tokens("行政规范性文件")).containsExactly("行政", "政规", "规范", "范性", "性文", "文件");
        assertThat(tokens("规范性文件")).isSubsetOf(tokens("行政规范性文件"));
        assertThat(tokens("晋政办〔２０２５〕12号 ABC")).containsExactly("晋政", "政办", "2025", "12", "号", "abc");
    }

    @Test
    void exactKeysIgnoreBracketKindAndWidth() {
        assertThat(SearchIndexWriter.exact("晋政办[2025]12号")).isEqualTo(SearchIndexWriter.exact("晋政办〔2025〕12号"));
        assertThat(SearchIndexWriter.exact("晋政办（2025）12号")).isEqualTo("晋政办〔2025〕12号");
        assertThat(SearchIndexWriter.exact(" QZ06101-0240-2025-00031 ")).isEqualTo("qz06101-0240-2025-00031");
    }

    /** Values computed by search.js's shard() in node: the two must agree or queries miss their shard. */
    @Test
    void shardHashIsTheScriptsFnv1a() {
        assertThat(SearchIndexWriter.shard("规范", 250)).isEqualTo(142);
        assertThat(SearchIndexWriter.shard("t规范", 250)).isEqualTo(116);
        assertThat(SearchIndexWriter.shard("=晋政办〔2025〕12号", 250)).isEqualTo(58);
        assertThat(SearchIndexWriter.shard("qz06101", 250)).isEqualTo(172);
        assertThat(SearchIndexWriter.shard("2025", 7)).isEqualTo(3);
    }

    @Test
    void plainTextDropsMarkup() {
        assertThat(SearchIndexWriter.plain("## 一、总体情况 {#s1}\n\n见[附件](a.pdf)，**重点**。\n\n| a | b |\n|---|---|\n"))
                .isEqualTo("一、总体情况 见附件， 重点 。 a b");
    }

    /** Pages with everything the index treats specially. */
    static final String[] TRICKY = {
        "content/index.md", "---\ntitle: 首页\n---\n\n首页。\n",
        "content/zcwj/index.md", "---\ntitle: 政策文件\n---\n",
        "content/zcwj/a.md", """
                ---
                title: "关于印发《晋江市行政规范性文件管理办法》的通知（２０２５年修订）"
                date: 2025-03-01
                description: 摘要：ABC ｄｅｆ 123
                文号: 晋政办[2025]12号
                索引号: QZ06101-0240-2025-00031
                发布机构: 晋江市人民政府办公室
                主题分类: 综合政务
                ---

                ## 一、总体要求 {#s1}

                <!-- 编者注：此段不公开 -->见[附件一](a.pdf)和![图](b.png)，**重点**、_次要_、`代码`、~~删除~~。
                <span class="x">标签</span> 与 <br> 换行；x<y 且 a>b。

                | 项目 | 上年 | 本年 |
                | :--- | ---: | --- |
                | 数字政府 | 3,772 | ２０４９ |

                > 引文 Ｅｘａｍｐｌｅ Text 2025年
                1. 第一 2. 第二
                - 列表 {#id .cls}
                ---
                Supercalifragilistic words1234567890 and ＡＢＣ１２３ 中a文b ①②③ ℃ …
                """,
        "content/zcwj/b.md", "---\ntitle: 乙\n文号: 〔2024〕1号\n索引号: A1\n---\r\n# 标题\r\n正文\r\n---\r\n完\r\n",
        "content/zcwj/c.md", "---\ntitle: 长\n---\n\n" + "规范性文件管理。".repeat(80) + "\uD840\uDC00".repeat(300) + "\n",
        "content/tzgg/index.md", "---\ntitle: 通知公告\n---\n",
        "content/tzgg/d.md", "---\ntitle: 한국어 e\u0301 ΣΑΣ\n---\n\n한국어 가각 ﬁle ǅemal \u0000 x\n"
    };

    static ContentTree load(Path dir) {
        return new ContentLoader().load(SourceLayout.of(dir, dir.resolve("site")), new Diagnostics());
    }

    /** Every file the same as the oracle's, in the same order, byte for byte. */
    static void assertSameAsOracle(SearchIndexWriter writer, ContentTree tree, String site) {
        List<RenderedFile> expected = new SearchIndexOracle().files(tree);
        List<RenderedFile> actual = writer.files(tree);
        assertThat(actual.stream().map(RenderedFile::path))
                .as(site)
                .containsExactlyElementsOf(
                        expected.stream().map(RenderedFile::path).toList());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(new String(actual.get(i).bytes(), StandardCharsets.UTF_8))
                    .as(site + " " + expected.get(i).path())
                    .isEqualTo(new String(expected.get(i).bytes(), StandardCharsets.UTF_8));
            assertThat(actual.get(i).bytes()).isEqualTo(expected.get(i).bytes());
        }
    }

    @Test
    void sameBytesAsTheOracleOnTrickyPages(@TempDir Path dir) {
        assertSameAsOracle(new SearchIndexWriter(), load(TestSites.inline(dir, TRICKY)), "tricky");
    }

    @Test
    void sameBytesAsTheOracleOnTheRepositoryAndFixtureSites(@TempDir Path dir) throws IOException {
        assertSameAsOracle(new SearchIndexWriter(), load(TestSites.REPO), "repository");
        try (Stream<Path> sites = Files.list(TestSites.REPO.resolve("src/test/resources/sites"))) {
            for (Path site : sites.sorted().toList()) {
                if (Files.isDirectory(site.resolve("content"))) {
                    assertSameAsOracle(
                            new SearchIndexWriter(false),
                            load(site),
                            site.getFileName().toString());
                }
            }
        }
    }

    /**
     * As the preview uses it: one writer, files(tree) after edits, a page added, another removed; only the
     * pages that changed are tokenized again.
     */
    @Test
    void sameBytesAsTheOracleAfterEdits(@TempDir Path dir) throws IOException {
        TestSites.inline(dir, TRICKY);
        SearchIndexWriter writer = new SearchIndexWriter();
        assertSameAsOracle(writer, load(dir), "before");
        assertThat(writer.tokenized()).isEqualTo(7);
        TestSites.write(
                dir.resolve("content/zcwj/a.md"),
                Files.readString(dir.resolve("content/zcwj/a.md")).replace("总体要求", "新的要求 Alpha"));
        Files.delete(dir.resolve("content/zcwj/b.md"));
        TestSites.write(dir.resolve("content/tzgg/e.md"), "---\ntitle: 新通知 Beta\n---\n\n新增页面，总体要求。\n");
        assertSameAsOracle(writer, load(dir), "after");
        assertThat(writer.tokenized()).as("the edited page and the new one").isEqualTo(2);
        assertSameAsOracle(writer, load(dir), "again");
        assertThat(writer.tokenized()).isZero();
    }
}
