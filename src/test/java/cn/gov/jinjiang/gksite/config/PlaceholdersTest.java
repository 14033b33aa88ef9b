package cn.gov.jinjiang.gksite.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Placeholders found in a text (line, column, quoted text) and reported, ten a file and a count of the rest. */
class PlaceholdersTest {
    @Test
    void theScaffoldsTextsAreMarkedAndOrdinaryTextIsNot() {
        assertThat(Placeholders.title()).isEqualTo("待填写：标题");
        assertThat(Placeholders.pending("承办单位")).isEqualTo("待填写：承办单位");
        assertThat(Placeholders.fill("情况")).isEqualTo("（请填写情况。）");
        assertThat(Placeholders.contains("通知正文……后")).isTrue();
        assertThat(Placeholders.contains("(请填写表格)")).isTrue();
        assertThat(Placeholders.contains("请填写申请表，正文如下")).isFalse();
        assertThat(Placeholders.contains("")).isFalse();
    }

    @Test
    void placeholdersAreFoundInFileOrderAtTheirLinesAndColumns() {
        String text = "正文……\n甲：待填写：乙 (请填写丙) 待填写\n";
        assertThat(found(text, 1, false)).containsExactly("1:1 正文……", "2:3 待填写：乙 (请填写丙)", "2:9 (请填写丙)", "2:16 待填写");
        assertThat(found(text, 5, true)).containsExactly("5:1 正文……", "6:3 待填写：乙 (请填写丙)", "6:9 (请填写丙)", "6:16 待填写");
        assertThat(found("待填写待填写", 1, false)).containsExactly("1:1 待填写待填写", "1:4 待填写");
        assertThat(found("无占位文字\n", 1, true)).isEmpty();
    }

    @Test
    void aYamlCommentLineIsSkippedWhateverItsIndentButNotOutsideYaml() {
        String text = "# 待填写：甲\n  # 待填写：乙\n\t# 待填写：丙 待填写\n  a: 待填写：丁 # 待填写：注释\n";
        assertThat(found(text, 1, true)).containsExactly("4:6 待填写：丁", "4:14 待填写：注释");
        assertThat(found(text, 1, false)).hasSize(6);
    }

    @Test
    void theQuoteEndsAtABracketACommentOrTheLineAndIsShortenedPastThirtyCharacters() {
        assertThat(found("a: 待填写：甲 #注释\n", 1, true)).containsExactly("1:4 待填写：甲");
        assertThat(found("a: 待填写：甲\t# 注释\n", 1, true)).containsExactly("1:4 待填写：甲");
        assertThat(found("a: 待填写#1 #注释\n", 1, true)).containsExactly("1:4 待填写#1");
        assertThat(found("a: 待填写#1\n", 1, true)).containsExactly("1:4 待填写#1");
        assertThat(found("（请填写情况。）之后", 1, false)).containsExactly("1:1 （请填写情况。）");
        assertThat(found("(请填写) 之后", 1, false)).containsExactly("1:1 (请填写)");
        String thirty = "待填写" + "一二三四五六七八九十".repeat(2) + "一二三四五六七";
        assertThat(thirty).hasSize(30);
        assertThat(found(thirty + "\n下一行", 1, false)).containsExactly("1:1 " + thirty);
        assertThat(found(thirty + "八九\n", 1, false)).containsExactly("1:1 " + thirty + "…");
    }

    @Test
    void twoPlaceholdersAreTwoWarnings() {
        assertThat(report("a: 待填写\nb: 正文……\n"))
                .extracting(x -> x.pos().toString())
                .containsExactly("site.yaml:1:4", "site.yaml:2:4");
    }

    @Test
    void tenPlaceholdersAreTenWarningsWithoutACount() {
        List<Diagnostic> all = report("待填写\n".repeat(10));
        assertThat(all).hasSize(10);
        assertThat(all).noneMatch(x -> x.message().contains("另有"));
        assertThat(all.get(3).pos().toString()).isEqualTo("site.yaml:4:1");
        assertThat(all.get(3).code()).isEqualTo(Placeholders.CONFIG_CODE);
        assertThat(all.get(3).hint()).isEqualTo("填上真实值。");
        assertThat(all.get(3).message()).isEqualTo("这里还是待填写的占位文字“待填写”：还有占位文字时不能发布（gksite publish 会拒绝）。");
    }

    @Test
    void elevenPlaceholdersAreTenWarningsTheLastCountingTheRest() {
        List<Diagnostic> all = report("待填写\n".repeat(11));
        assertThat(all).hasSize(10).allMatch(x -> !x.isError());
        assertThat(all.subList(0, 9)).noneMatch(x -> x.message().contains("另有"));
        assertThat(all.get(9).message()).contains("（本文件另有 1 处占位文字未逐一列出）");
        assertThat(all.get(9).pos().line()).isEqualTo(10);
    }

    private static List<Diagnostic> report(String text) {
        Diagnostics d = new Diagnostics();
        Placeholders.report(Placeholders.find(text, 1, true), "site.yaml", Placeholders.CONFIG_CODE, "填上真实值。", d);
        return d.sorted();
    }

    private static List<String> found(String text, int firstLine, boolean yaml) {
        return Placeholders.find(text, firstLine, yaml).stream()
                .map(f -> f.line() + ":" + f.column() + " " + f.text())
                .toList();
    }
}
