package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.config.YamlDoc;
import cn.gov.jinjiang.gksite.content.DataFile;
import cn.gov.jinjiang.gksite.content.Page;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * data.yaml read strictly: each missing section, row and column at the place an editor looks for it, an empty
 * section or group, an unknown row with a guess or the rows that exist, and the numbers a cell may hold.
 */
class ReportSchemaTest {
    private static final String DATA =
            TestSites.read(TestSites.REPO.resolve("src/test/resources/sites/valid-report/content/ndbg/2025/data.yaml"));
    private static final String FILE = ReportSamples.NDBG + "2025/data.yaml";
    private static final Page PAGE =
            ReportSamples.report(2025, ReportSamples.indexMd(2025, "晋江市"), DATA).page();
    private static final String COUNT_HINT = "填写件数（整数），如 0、14。";
    private static final String MONEY_HINT = "填写以万元为单位的金额，如 1190.0462。";

    private static AnnualReport read(String text, Diagnostics diags) {
        return new ReportSchema()
                .read(2025, PAGE, new DataFile(FILE, "data", YamlDoc.parse(FILE, 0, text), text), diags);
    }

    /** The problems of data.yaml {@code text} as "line:column code message | hint". */
    private static List<String> problems(String text) {
        Diagnostics diags = new Diagnostics();
        read(text, diags);
        return diags.sorted().stream()
                .map(d ->
                        d.pos().line() + ":" + d.pos().column() + " " + d.code() + " " + d.message() + " | " + d.hint())
                .toList();
    }

    private static String edit(String from, String to) {
        assertThat(DATA).contains(from);
        return DATA.replace(from, to);
    }

    /** The problems when the 商业企业 cell of 本年新收 holds {@code v}. */
    private static List<String> count(String v) {
        return problems(edit("本年新收: [20, 0,", "本年新收: [20, " + v + ","));
    }

    /** The problems when 本年收费金额 holds {@code v}. */
    private static List<String> money(String v) {
        return problems(edit("本年收费金额: 1190.0462", "本年收费金额: " + v));
    }

    @Test
    void theFixtureReadsCleanly() {
        Diagnostics diags = new Diagnostics();
        AnnualReport r = read(DATA, diags);
        assertThat(diags.sorted()).isEmpty();
        assertThat(r.cells().get("二|行政事业性收费|本年收费金额").value()).isEqualByComparingTo("1190.0462");
        assertThat(r.cells().get("四|复议后起诉|总计").pos().line()).isEqualTo(58);
        assertThat(r.cells().get("三|办理结果.不予公开.属于三类内部事务信息|总计").raw()).isEqualTo("4");
    }

    @Test
    void aNumberMustFitTheTable() {
        String forty = "0".repeat(39) + "1";
        Diagnostics diags = new Diagnostics();
        AnnualReport r = read(edit("本年新收: [20, 0,", "本年新收: [20, '" + forty + "',"), diags);
        assertThat(diags.sorted()).isEmpty();
        assertThat(r.cells().get("三|本年新收|商业企业").value()).isEqualTo(new BigDecimal(forty));
        assertThat(count("'0" + forty + "'"))
                .containsExactly("23:14 report.R7 一、本年新收政府信息公开申请数量 / 商业企业：数字“0" + forty.substring(0, 39)
                        + "…”超出了统计表可用的范围（整数部分最多 12 位，小数最多 6 位）。 | " + COUNT_HINT);
        assertThat(count("1" + "0".repeat(39)))
                .containsExactly("23:14 report.R7 一、本年新收政府信息公开申请数量 / 商业企业：数字“1" + "0".repeat(39)
                        + "”超出了统计表可用的范围（整数部分最多 12 位，小数最多 6 位）。 | " + COUNT_HINT);
        assertThat(count("123456789012")).isEmpty();
        assertThat(count("1234567890123"))
                .singleElement()
                .asString()
                .contains("超出了统计表可用的范围")
                .endsWith(COUNT_HINT);
        assertThat(money("0.123456")).isEmpty();
        assertThat(money("0.1234567"))
                .singleElement()
                .asString()
                .startsWith("18:21 report.R7 行政事业性收费 / 本年收费金额：数字“0.1234567”超出")
                .endsWith(MONEY_HINT);
        assertThat(money("abc")).containsExactly("18:21 report.R7 行政事业性收费 / 本年收费金额：应为数字，实为“abc”。 | " + MONEY_HINT);
        assertThat(count("abc"))
                .containsExactly("23:14 report.R7 一、本年新收政府信息公开申请数量 / 商业企业：应为数字，实为“abc”。 | " + COUNT_HINT);
        assertThat(count("1.5")).containsExactly("23:14 report.R7 一、本年新收政府信息公开申请数量 / 商业企业：件数应为整数，实为 1.5。 | ");
        assertThat(count("2.0")).isEmpty();
        assertThat(count("-1")).containsExactly("23:14 report.R7 一、本年新收政府信息公开申请数量 / 商业企业：不能为负数，实为 -1。 | ");
        assertThat(count("\"\"")).singleElement().asString().startsWith("23:14 report.R8 ");
    }

    @Test
    void anUnknownRowGetsAGuessOrTheRowsThatExist() {
        assertThat(problems(edit("  规章:", "  规章x:")))
                .contains("10:3 report.schema.unknown-key 表二 中没有“规章x”这一行。 | 是否想写“规章”？");
        assertThat(problems(edit("  行政许可:", "  zzz:")))
                .contains("13:3 report.schema.unknown-key 表二 中没有“zzz”这一行。 | 这一级可用的行：规章、行政规范性文件、行政许可、行政处罚、行政强制、行政事业性收费");
    }

    @Test
    void aMissingRowIsReportedAtItsSectionsFirstRow() {
        String t4 = "  行政复议:         {结果维持: 0, 结果纠正: 0, 其他结果: 0, 尚未审结: 0, 总计: 0}\n";
        assertThat(problems(edit(t4, "")))
                .containsExactly("56:3 report.schema.missing 表四缺少“行政复议”一行。 | 补上这一行；没有发生的事项填 0。");
        assertThat(problems(edit("  本年新收: [20, 0, 0, 0, 0, 0, 20]\n", "")))
                .containsExactly("23:3 report.schema.missing 表三缺少“一、本年新收政府信息公开申请数量”（键“本年新收”）。 | 补上这一行；没有发生的事项填 0。");
    }

    @Test
    void aMissingSectionIsOneProblemAndAnEmptyOneIsSaidToBe() {
        String t4 = DATA.substring(DATA.indexOf("复议诉讼:"));
        assertThat(problems(DATA.replace(t4, "")))
                .containsExactly(
                        "4:1 report.schema.missing data.yaml 缺少“复议诉讼”（四、政府信息公开行政复议、行政诉讼情况）。 | 用 gksite new report 生成完整的模板，或从上一年的 data.yaml 复制这一节。");
        assertThat(problems(DATA.replace(t4, "复议诉讼:\n")))
                .singleElement()
                .asString()
                .startsWith("55:1 report.schema.missing data.yaml 的“复议诉讼”（四、政府信息公开行政复议、行政诉讼情况）是空的，缺少其中的各行。");
        assertThat(problems(DATA.replace(t4, "复议诉讼: {}\n")))
                .singleElement()
                .asString()
                .startsWith("55:1 report.schema.missing data.yaml 的“复议诉讼”（四、政府信息公开行政复议、行政诉讼情况）是空的");
        assertThat(problems(DATA.replace(t4, "复议诉讼: 无\n"))).noneMatch(p -> p.contains("是空的"));
        String t3 = DATA.substring(DATA.indexOf("依申请公开:"), DATA.indexOf("# 四、"));
        List<String> noT3 = problems(DATA.replace(t3, ""));
        assertThat(noT3).hasSize(5).allMatch(p -> p.startsWith("4:1 report.schema.missing "));
        assertThat(noT3).anyMatch(p -> p.contains("表三缺少“四、结转下年度继续办理”（键“结转下年度”）。"));
        String refused = DATA.substring(DATA.indexOf("    不予公开:"), DATA.indexOf("    无法提供:"));
        assertThat(problems(DATA.replace(refused, "    不予公开:\n")))
                .singleElement()
                .asString()
                .startsWith("28:5 report.schema.missing 表三“（三）不予公开”是空的，缺少其中的各行。");
    }

    @Test
    void theYearAndFormatMustBeThePages() {
        assertThat(problems(edit("年度: 2025", "年度: 2024")))
                .containsExactly("4:5 report.schema.year data.yaml 的年度为 2024，但报告页面是 2025 年度。 | 核对年度，或把数据放到正确年份的目录。");
        assertThat(problems(edit("年度: 2025\n", ""))).isEmpty();
        assertThat(problems(edit("格式: 2021", "格式: 2019")))
                .singleElement()
                .asString()
                .startsWith("5:5 report.R14 2025 年度报告应使用 2021 年格式（")
                .contains("data.yaml 写的是“2019”。 | 删去“格式”一行，或改为 2021。");
        assertThat(problems(edit("格式: 2021\n", ""))).isEmpty();
        assertThat(money("1234567.123456")).isEmpty();
    }

    @Test
    void eachTableNamesWhatItDoesNotHave() {
        assertThat(problems(edit("本年废止件数: 0, 现行有效件数: 0}", "本年废止件数: 0, 现行有效件数: 0, 多余: 1}")))
                .containsExactly("10:51 report.schema.unknown-key “规章” 中没有“多余”这一行。 | 这一级可用的行：本年制发件数、本年废止件数、现行有效件数");
        assertThat(problems(edit("{本年制发件数: 0, 本年废止件数: 0,", "{本年废止件数: 0,")))
                .containsExactly("10:17 report.schema.missing “规章”缺少“本年制发件数”一列。 | 补上“本年制发件数: 0”（没有发生的事项填 0）。");
        assertThat(problems(edit("{本年制发件数: 0, 本年废止件数: 0,", "{本年制发件数: [0], 本年废止件数: 0,")))
                .containsExactly("10:26 report.schema.type 规章 / 本年制发件数 应为一个数，实为列表。 | ");
        assertThat(problems(edit("  复议后起诉:", "  复议后起诉x:")))
                .contains("58:3 report.schema.unknown-key 表四 中没有“复议后起诉x”这一行。 | 是否想写“复议后起诉”？");
        assertThat(problems(edit("  上年结转:", "  上年结转x:")))
                .contains("24:3 report.schema.unknown-key 表三 中没有“上年结转x”这一行。 | 是否想写“上年结转”？");
        assertThat(problems(edit("本年新收: [20, 0, 0, 0, 0, 0, 20]", "本年新收: 20")))
                .containsExactly(
                        "23:9 report.schema.type 表三“本年新收”应为 7 个数的列表，实为文本或数字。 | 写成 [自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计]，例如 [0, 0, 0, 0, 0, 0, 0]。");
        assertThat(problems(edit("本年新收: [20, 0, 0, 0, 0, 0, 20]", "本年新收: [20, 0, 0]")))
                .containsExactly(
                        "23:9 report.schema.columns 表三“本年新收”应有 7 个数（自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计），实有 3 个。 | 按列的顺序补齐；没有的填 0。");
        String t2 = DATA.substring(DATA.indexOf("主动公开:"), DATA.indexOf("# 三、"));
        assertThat(problems(DATA.replace(t2, "主动公开:\n\n")))
                .singleElement()
                .asString()
                .startsWith("8:1 report.schema.missing data.yaml 的“主动公开”");
        String t3 = DATA.substring(DATA.indexOf("依申请公开:"), DATA.indexOf("# 四、"));
        assertThat(problems(DATA.replace(t3, "依申请公开:\n\n")))
                .singleElement()
                .asString()
                .startsWith("22:1 report.schema.missing data.yaml 的“依申请公开”");
    }
}
