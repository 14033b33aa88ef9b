package cn.gov.jinjiang.gksite.content;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.config.Catalogue;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CatalogueRulesTest {
    /** 2026-01-20 00:30 in Beijing is still 2026-01-19 in UTC: "today" is China's date. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-19T16:30:00Z"), ZoneOffset.UTC);

    private static Page page(
            String name, String indexNo, LocalDate written, LocalDate published, String docNo, String validity) {
        Map<String, SourcePos> pos = new HashMap<>();
        int line = 2;
        for (String k : List.of("索引号", "成文日期", "发布日期", "文号", "有效性")) {
            pos.put(k, new SourcePos("content/" + name + ".md", line++, 6));
        }
        PageMeta m = new PageMeta(
                name, null, null, null, "", 0, false, false, null, indexNo, "", "", written, published, docNo, validity,
                null, "", "", pos);
        return new Page("content/" + name + ".md", "", name + ".html", false, m, "", 8);
    }

    private static List<Diagnostic> check(Catalogue c, Page... pages) {
        Section root = new Section("", Optional.empty(), List.of(pages), List.of(), Map.of());
        Diagnostics d = new Diagnostics();
        new CatalogueRules(c, CLOCK).check(new ContentTree(root, List.of(), Set.of()), d);
        return d.sorted();
    }

    @Test
    void todayInChinaIsNotTheFutureButTomorrowIs() {
        LocalDate today = LocalDate.of(2026, 1, 20);
        assertThat(check(Catalogue.defaults(), page("a", "", today, today, "", "")))
                .isEmpty();
        List<Diagnostic> d = check(Catalogue.defaults(), page("a", "", today, today.plusDays(1), "", ""));
        assertThat(d).extracting(Diagnostic::code).containsExactly("content.date-future");
        assertThat(d.get(0).message()).contains("2026-01-21", "2026-01-20");
    }

    @Test
    void docNoHintShowsTheCorrectedForm() {
        assertThat(CatalogueRules.corrected("晋政办[2025]26号")).isEqualTo("晋政办〔2025〕26号");
        assertThat(CatalogueRules.corrected("晋政办（2025）26")).isEqualTo("晋政办〔2025〕26号");
        assertThat(CatalogueRules.corrected("晋政办【2025】第026号")).isEqualTo("晋政办〔2025〕26号");
        assertThat(CatalogueRules.corrected("晋政办［2025］26号")).isEqualTo("晋政办〔2025〕26号");
        List<Diagnostic> d = check(Catalogue.defaults(), page("a", "", null, null, "晋政办(2025)26号", ""));
        assertThat(d).extracting(Diagnostic::code).containsExactly("content.doc-no");
        assertThat(d.get(0).hint()).contains("晋政办〔2025〕26号");
        assertThat(check(Catalogue.defaults(), page("a", "", null, null, "晋政办〔2025〕26号", "")))
                .isEmpty();
        assertThat(check(Catalogue.defaults(), page("a", "", null, null, "晋政办〔2025〕26", "")))
                .extracting(Diagnostic::code)
                .containsExactly("content.doc-no");
    }

    @Test
    void duplicateNamesTheFirstFileAndPatternComesFromConfig() {
        LocalDate w = LocalDate.of(2025, 3, 1);
        List<Diagnostic> d = check(
                Catalogue.defaults(),
                page("a", "QZ06101-0240-2025-00001", w, null, "", ""),
                page("b", "QZ06101-0240-2025-00001", w, null, "", ""));
        assertThat(d).extracting(Diagnostic::code).containsExactly("content.index-no-duplicate");
        assertThat(d.get(0).pos().file()).isEqualTo("content/b.md");
        assertThat(d.get(0).message()).contains("content/a.md");
        Catalogue gov = new Catalogue(Pattern.compile("^\\d{9}/\\d{4}-\\d{5}$"), Catalogue.DEFAULT_VALIDITY, "");
        assertThat(check(gov, page("a", "000014349/2025-00110", w, null, "", "")))
                .isEmpty();
        assertThat(check(gov, page("a", "000014349/2024-00110", w, null, "", "")))
                .extracting(Diagnostic::code)
                .containsExactly("content.index-no-year");
        assertThat(check(gov, page("a", "QZ06101-0240-2025-00001", w, null, "", "")))
                .extracting(Diagnostic::code)
                .containsExactly("content.index-no");
    }

    @Test
    void validityHasDidYouMean() {
        List<Diagnostic> d = check(Catalogue.defaults(), page("a", "", null, null, "", "已废"));
        assertThat(d).extracting(Diagnostic::code).containsExactly("content.validity");
        assertThat(d.get(0).hint()).contains("是否想写“已废止”");
        Catalogue own = new Catalogue(Pattern.compile(Catalogue.DEFAULT_PATTERN), List.of("有效", "无效"), "");
        assertThat(check(own, page("a", "", null, null, "", "有效"))).isEmpty();
    }
}
