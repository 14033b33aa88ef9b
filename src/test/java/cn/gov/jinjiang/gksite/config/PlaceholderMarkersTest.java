package cn.gov.jinjiang.gksite.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.testing.Scaling;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Placeholders#find}: where each placeholder is, what the message quotes, and limits. */
class PlaceholderMarkersTest {

    private static List<String> found(String text, int firstLine, boolean yaml) {
        return Placeholders.find(text, firstLine, yaml).stream()
                .map(f -> f.line() + ":" + f.column() + " " + f.text())
                .toList();
    }

    @Test
    void everyMarkerAtItsLineAndColumnQuotedToItsBracketOrComment() {
        String text = "title: 待填写：标题  # 注释\n  # 待填写：注释行\n说明（请填写这一段。）后文\n(请填写) 与 正文……\n";
        assertThat(found(text, 2, true)).containsExactly("2:8 待填写：标题", "4:3 （请填写这一段。）", "5:1 (请填写)", "5:9 正文……");
        // Outside YAML a line starting with # is a heading, and published: it counts.
        assertThat(found("# 待填写\n", 1, false)).containsExactly("1:3 待填写");
        assertThat(found("普通的通知：请填写申请表。", 1, false))
                .as("请填写 alone is ordinary text")
                .isEmpty();
    }

    @Test
    void aLongPlaceholderIsShortenedAndTheScaffoldsTextsAreFound() {
        assertThat(found(Placeholders.pending("很长很长很长很长很长很长很长很长很长很长很长很长很长很长的说明"), 1, false))
                .singleElement()
                .asString()
                .endsWith("…")
                .hasSizeLessThan(40);
        for (String s : List.of(
                Placeholders.title(), Placeholders.BODY, Placeholders.fill("情况"), Placeholders.pending("承办单位"))) {
            assertThat(Placeholders.contains(s)).as(s).isTrue();
            assertThat(found(s, 1, false)).as(s).singleElement().asString().startsWith("1:1 ");
        }
    }

    @Test
    void aFileFullOfPlaceholdersGivesTenDiagnosticsAndACount() {
        String text = "待填写\n".repeat(25);
        Diagnostics d = new Diagnostics();
        Placeholders.report(Placeholders.find(text, 1, false), "content/a.md", Placeholders.CONTENT_CODE, "", d);
        List<Diagnostic> all = d.sorted();
        assertThat(all).hasSize(10);
        assertThat(all.get(9).message()).contains("另有 15 处");
        assertThat(all).allMatch(x -> !x.isError());
    }

    @Test
    void aMegabyteOfMarkersOnOneLineIsFoundInLinearTime() {
        assertThat(Placeholders.find("待填写".repeat(350_000) + "\n", 1, true)).hasSize(350_000);
        // Linear, not a wall-clock limit: a shared machine's load must not decide the test.
        Scaling.assertLinear("markers on one line", 80_000, n -> {
            String text = "待填写".repeat(n) + "\n";
            return () -> Placeholders.find(text, 1, true);
        });
    }
}
