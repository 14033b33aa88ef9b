package cn.gov.jinjiang.gksite.content;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.config.Bodies;
import cn.gov.jinjiang.gksite.config.Body;
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

    private static final Body ZFB = body("zfb", "晋江市人民政府办公室", "zfb", "QZ06101-0240", List.of());
    private static final Body SJJ = body("sjj", "晋江市审计局", "zfb/sjj", "QZ06121-2510", List.of("晋江市审计局（旧）"));
    private static final Body TBD = body("tbd", "某镇", "tbd", "待填写：机构代码-类别", List.of());
    private static final Body NODASH = body("nd", "某局", "nd", "QZ07000", List.of());
    private static final Body SITE = body("site", "晋江市人民政府", "", "QZ00000-0001", List.of());
    private static final Bodies BODIES = new Bodies(List.of(ZFB, SJJ, TBD, NODASH), SITE);

    private static Body body(String id, String name, String folder, String prefix, List<String> aliases) {
        return new Body(id, name, "department", folder, prefix, "", "", SourcePos.of("site.yaml"), aliases);
    }

    /** A catalogue page at content/{@code rel} with its 索引号, 发布机构 and 成文日期 at lines 2, 3 and 4. */
    private static Metas doc(String rel, String indexNo, String publisher, LocalDate written) {
        String file = "content/" + rel;
        return Metas.meta()
                .indexNo(indexNo)
                .publisher(publisher)
                .written(written)
                .at("索引号", file, 2, 6)
                .at("发布机构", file, 3, 7)
                .at("成文日期", file, 4, 7)
                .at("发布日期", file, 5, 7)
                .at("date", file, 6, 7)
                .at("主题分类", file, 7, 7)
                .at("有效性", file, 8, 6);
    }

    private static List<Diagnostic> checkAll(Catalogue c, Bodies bodies, Page... pages) {
        Section root = new Section("", Optional.empty(), List.of(pages), List.of(), Map.of());
        Diagnostics d = new Diagnostics();
        new CatalogueRules(c, bodies, CLOCK).check(new ContentTree(root, List.of(), Set.of()), d);
        return d.sorted();
    }

    private static List<String> lines(List<Diagnostic> ds) {
        return ds.stream()
                .map(x -> x.severity() + " " + x.code() + " " + x.pos() + " " + x.message())
                .toList();
    }

    private static final LocalDate Y2025 = LocalDate.of(2025, 3, 1);

    @Test
    void anIndexNumberOfAnotherBodyIsAnErrorAndItsYearIsNotCheckedThen() {
        List<Diagnostic> d = checkAll(
                Catalogue.defaults(),
                BODIES,
                doc("zfb/sjj/a.md", "QZ06101-0240-2024-00001", "晋江市审计局", Y2025).page("zfb/sjj/a.md"),
                doc("zfb/sjj/b.md", "QZ09999-0240-2025-00001", "晋江市审计局", Y2025).page("zfb/sjj/b.md"));
        assertThat(lines(d))
                .containsExactly(
                        "ERROR content.index-no-body content/zfb/sjj/a.md:2:6 索引号“QZ06101-0240-2024-00001”的机构代码是"
                                + " QZ06101，这是“晋江市人民政府办公室”的机构代码；本页在“晋江市审计局”的栏目中，其机构代码是 QZ06121。",
                        "ERROR content.index-no-body content/zfb/sjj/b.md:2:6 索引号“QZ09999-0240-2025-00001”的机构代码是"
                                + " QZ09999；本页在“晋江市审计局”的栏目中，其机构代码是 QZ06121。");
        assertThat(d.get(0).hint()).startsWith("索引号的第一段是信息生成机构的代码：用本单位的 QZ06121-类别-年度-流水号");
    }

    @Test
    void anIndexNumberOfItsOwnBodyHasItsYearChecked() {
        List<Diagnostic> d = checkAll(
                Catalogue.defaults(),
                BODIES,
                doc("zfb/sjj/a.md", "QZ06121-2510-2024-00001", "晋江市审计局", Y2025).page("zfb/sjj/a.md"),
                doc("zfb/sjj/b.md", "QZ06121-2510-2025-00002", "晋江市审计局", Y2025).page("zfb/sjj/b.md"),
                doc("zfb/sjj/c.md", "QZ06121-2510-2024-00003", "晋江市审计局", null).page("zfb/sjj/c.md"),
                // a body whose prefix is still to be confirmed, or the prefix without a category
                doc("tbd/d.md", "QZ06101-0240-2025-00004", "某镇", Y2025).page("tbd/d.md"),
                doc("nd/e.md", "QZ07000-0240-2025-00005", "某局", Y2025).page("nd/e.md"),
                // the site's own folder: the site's code
                doc("f.md", "QZ00000-0001-2025-00006", "晋江市人民政府", Y2025).page("f.md"));
        assertThat(lines(d))
                .containsExactly("ERROR content.index-no-year content/zfb/sjj/a.md:2:6 索引号“QZ06121-2510-2024-00001”的年度"
                        + " 2024 与成文日期 2025-03-01 的年度不同。");
        assertThat(d.get(0).hint()).isEqualTo("索引号中的年度是信息生成年度，应为 2025；核对索引号或成文日期。");
    }

    @Test
    void aSiteWithoutListedBodiesChecksNoBodies() {
        Bodies none = new Bodies(List.of(), SITE);
        Page p = doc("zfb/sjj/a.md", "QZ06101-0240-2025-00001", "别的单位", Y2025).page("zfb/sjj/a.md");
        assertThat(checkAll(Catalogue.defaults(), none, p)).isEmpty();
        assertThat(checkAll(Catalogue.defaults(), null, p)).isEmpty();
    }

    @Test
    void aPublisherOtherThanTheBodysNameOrAliasIsAWarning() {
        List<Diagnostic> d = checkAll(
                Catalogue.defaults(),
                BODIES,
                doc("zfb/sjj/a.md", "QZ06121-2510-2025-00001", " 晋江市人民政府办公室 ", Y2025)
                        .page("zfb/sjj/a.md"),
                doc("zfb/b.md", "QZ06101-0240-2025-00002", "某办", Y2025).page("zfb/b.md"),
                doc("zfb/sjj/c.md", "QZ06121-2510-2025-00003", " 晋江市审计局（旧） ", Y2025)
                        .page("zfb/sjj/c.md"),
                doc("zfb/sjj/d.md", "QZ06121-2510-2025-00004", "晋江市审计局", Y2025).page("zfb/sjj/d.md"),
                doc("zfb/sjj/e.md", "", "某办", Y2025).page("zfb/sjj/e.md"),
                doc("zfb/sjj/f.md", "QZ06121-2510-2025-00005", " ", Y2025).page("zfb/sjj/f.md"),
                doc("g.md", "QZ00000-0001-2025-00001", "某办", Y2025).page("g.md"));
        assertThat(lines(d))
                .containsExactly(
                        "WARNING content.publisher-body content/zfb/b.md:3:7 发布机构“某办”不是本页所在栏目的单位；"
                                + "本页在“晋江市人民政府办公室”的目录 zfb 中。",
                        "WARNING content.publisher-body content/zfb/sjj/a.md:3:7 发布机构“晋江市人民政府办公室”不是本页所在栏目的单位"
                                + "，这是“晋江市人民政府办公室”（zfb）的名称；本页在“晋江市审计局”的目录 zfb/sjj 中。");
        assertThat(d.get(0).hint())
                .isEqualTo("发布机构应写作“晋江市人民政府办公室”；文件确属其他单位的，放到该单位的目录中；单位曾用的名称可写进 site.yaml 中该单位的 aliases。");
        assertThat(d.get(1).hint()).startsWith("发布机构应写作“晋江市审计局”或其别名 晋江市审计局（旧）；");
        assertThat(checkAll(
                        Catalogue.defaults(),
                        new Bodies(List.of(), SITE),
                        doc("zfb/b.md", "QZ06101-0240-2025-00002", "某办", Y2025).page("zfb/b.md")))
                .isEmpty();
    }

    /** The default catalogue with the portal's 主题分类. */
    private static Catalogue topics(String... topics) {
        return new Catalogue(
                Pattern.compile(Catalogue.DEFAULT_PATTERN), Catalogue.DEFAULT_VALIDITY, "", List.of(topics));
    }

    @Test
    void aTopicOutsideThePortalsListIsAnErrorWithTheClosestOne() {
        Catalogue c = topics("城乡建设管理", "规范性文件", "财政");
        String all = "可用的分类：城乡建设管理、规范性文件、财政（在 site.yaml 的 catalogue.topics 中设置）。";
        assertThat(checkAll(c, null, doc("a.md", "", "", null).topic("规范性文件").page("a.md")))
                .isEmpty();
        assertThat(checkAll(c, null, doc("a.md", "", "", null).page("a.md"))).isEmpty();
        assertThat(checkAll(
                        Catalogue.defaults(),
                        null,
                        doc("a.md", "", "", null).topic("随便").page("a.md")))
                .isEmpty();
        List<Diagnostic> typo =
                checkAll(c, null, doc("a.md", "", "", null).topic("规范文件").page("a.md"));
        assertThat(lines(typo))
                .containsExactly("ERROR content.topic content/a.md:7:7 主题分类“规范文件”不是本站的分类：每个分类都会生成一个公开的列表，"
                        + "写错的分类会多出一个只有这一件文件的栏目。");
        assertThat(typo.get(0).hint()).isEqualTo("是否想写“规范性文件”？ " + all);
        List<Diagnostic> shortTypo =
                checkAll(c, null, doc("a.md", "", "", null).topic("城乡建没").page("a.md"));
        assertThat(shortTypo.get(0).hint()).isEqualTo("是否想写“城乡建设管理”？ " + all);
        List<Diagnostic> other =
                checkAll(c, null, doc("a.md", "", "", null).topic("教育卫生体育").page("a.md"));
        assertThat(other.get(0).hint()).isEqualTo(all);
        // A longer topic is not cut to the length of the ones listed.
        assertThat(checkAll(c, null, doc("a.md", "", "", null).topic("财政预算报告").page("a.md"))
                        .get(0)
                        .hint())
                .isEqualTo(all);
    }

    @Test
    void everyDateIsCheckedAgainstToday() {
        LocalDate tomorrow = LocalDate.of(2026, 1, 21);
        List<Diagnostic> d = checkAll(
                Catalogue.defaults(),
                null,
                doc("a.md", "", "", tomorrow).published(tomorrow).date(tomorrow).page("a.md"));
        assertThat(lines(d))
                .containsExactly(
                        "ERROR content.date-future content/a.md:4:7 成文日期 2026-01-21 晚于今天（2026-01-20）。",
                        "ERROR content.date-future content/a.md:5:7 发布日期 2026-01-21 晚于今天（2026-01-20）。",
                        "ERROR content.date-future content/a.md:6:7 date 2026-01-21 晚于今天（2026-01-20）。");
        assertThat(d.get(0).hint()).isEqualTo("核对年份和月份；尚未发布的文件可先写 draft: true。");
    }

    @Test
    void indexNumbersAreCheckedOnlyWhenGiven() {
        Page a = doc("a.md", "", "", Y2025).page("a.md");
        Page b = doc("b.md", "", "", Y2025).page("b.md");
        assertThat(checkAll(Catalogue.defaults(), BODIES, a, b)).isEmpty();
        List<Diagnostic> bad = checkAll(
                Catalogue.defaults(), null, doc("a.md", "QZ-1", "", Y2025).page("a.md"));
        assertThat(lines(bad)).containsExactly("ERROR content.index-no content/a.md:2:6 索引号“QZ-1”的格式不对。");
        assertThat(bad.get(0).hint())
                .isEqualTo("索引号由信息生成机构代码、信息类别、信息生成年度、年度信息流水号组成，例如 QZ06101-0240-2025-00031"
                        + "（应符合 site.yaml 中 catalogue.index_no_pattern：" + Catalogue.DEFAULT_PATTERN + "）。");
        // A 索引号 of the site's own form that has no year is not compared with the 成文日期.
        Catalogue any = new Catalogue(Pattern.compile("^\\S+$"), Catalogue.DEFAULT_VALIDITY, "");
        assertThat(checkAll(any, null, doc("a.md", "JJ2024", "", Y2025).page("a.md")))
                .isEmpty();
    }

    @Test
    void validityWithoutACloseValueListsThemAll() {
        List<Diagnostic> d = checkAll(
                Catalogue.defaults(),
                null,
                doc("a.md", "", "", null).validity("不知道").page("a.md"));
        assertThat(lines(d)).containsExactly("ERROR content.validity content/a.md:8:6 有效性“不知道”不是规定的值。");
        assertThat(d.get(0).hint()).isEqualTo("可用的值：现行有效、已修改、已废止、失效（在 site.yaml 的 catalogue.validity 中设置）。");
        assertThat(checkAll(
                        Catalogue.defaults(),
                        null,
                        doc("a.md", "", "", null).validity("失效").page("a.md")))
                .isEmpty();
    }

    @Test
    void linksBetweenDocumentsAreChecked() {
        List<Diagnostic> d = checkAll(
                Catalogue.defaults(),
                null,
                doc("a.md", "", "", null).interprets("/b.html").page("a.md"));
        assertThat(d).extracting(Diagnostic::code).containsExactly("content.interprets-unknown");
    }

    @Test
    void aBodyWithoutConfirmedPrefixHasItsPagesYearsChecked() {
        List<Diagnostic> d = checkAll(
                Catalogue.defaults(),
                BODIES,
                doc("tbd/a.md", "QZ06101-0240-2024-00001", "某镇", Y2025).page("tbd/a.md"));
        assertThat(d).extracting(Diagnostic::code).containsExactly("content.index-no-year");
    }

    @Test
    void anIndexNumberWithoutCodeNamesNoBodyThatHasNone() {
        Catalogue any = new Catalogue(Pattern.compile("^\\S+$"), Catalogue.DEFAULT_VALIDITY, "");
        Body empty = body("kong", "某空", "kong", "", List.of());
        Bodies bodies = new Bodies(List.of(SJJ, empty), SITE);
        List<Diagnostic> d = checkAll(
                any,
                bodies,
                doc("zfb/sjj/a.md", "-0240-2025-00001", "晋江市审计局", Y2025).page("zfb/sjj/a.md"));
        assertThat(d)
                .extracting(Diagnostic::message)
                .containsExactly("索引号“-0240-2025-00001”的机构代码是 ；本页在“晋江市审计局”的栏目中，其机构代码是 QZ06121。");
    }

    @Test
    void aDocNoThatCannotBeReadGetsTheGeneralForm() {
        assertThat(CatalogueRules.corrected("乱写的文号")).isNull();
        assertThat(CatalogueRules.corrected(" 晋政办〔2025〕7号 ")).isEqualTo("晋政办〔2025〕7号");
        List<Diagnostic> d = checkAll(
                Catalogue.defaults(),
                null,
                doc("a.md", "", "", null).docNo("乱写的文号").page("a.md"));
        assertThat(d).extracting(Diagnostic::code).containsExactly("content.doc-no");
        assertThat(d.get(0).message()).isEqualTo("文号“乱写的文号”的写法不规范：年份用六角括号〔〕，以“号”结尾。");
        assertThat(d.get(0).hint()).isEqualTo("文号 = 发文机关代字 + 〔年份〕 + 顺序号 + 号，例如 晋政办〔2025〕26号。");
        List<Diagnostic> fixable = checkAll(
                Catalogue.defaults(),
                null,
                doc("a.md", "", "", null).docNo("晋政办[2025]7号").page("a.md"));
        assertThat(fixable.get(0).hint()).isEqualTo("应写作：晋政办〔2025〕7号");
    }

    @Test
    void theClosestTopicIsKeptAndNoFarOneIsSuggested() {
        Catalogue c = topics("规范性文件", "规范文件汇编", "城乡建设管理");
        assertThat(checkAll(c, null, doc("a.md", "", "", null).topic("规范文件").page("a.md"))
                        .get(0)
                        .hint())
                .startsWith("是否想写“规范性文件”？ ");
        assertThat(checkAll(c, null, doc("a.md", "", "", null).topic("体育").page("a.md"))
                        .get(0)
                        .hint())
                .startsWith("可用的分类：");
    }
}
