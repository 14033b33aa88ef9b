package cn.gov.jinjiang.gksite.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

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
}
