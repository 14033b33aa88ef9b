package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.config.YamlDoc;
import cn.gov.jinjiang.gksite.content.DataFile;
import cn.gov.jinjiang.gksite.content.FrontMatter;
import cn.gov.jinjiang.gksite.content.FrontMatterSplitter;
import cn.gov.jinjiang.gksite.content.MetaBinder;
import cn.gov.jinjiang.gksite.content.Page;
import cn.gov.jinjiang.gksite.content.PageMeta;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Reports for the import tests: random valid reports from a seed (every cell of the format of the year,
 * counts from 0 to a few thousand, money with decimals, signed changes in the 2019 format, some cells
 * left blank), and a report folder's texts read back as an {@link AnnualReport} with its page.
 */
public final class ReportSamples {
    static final String NDBG = "content/xxgk/zfxxgkzl/ndbg/";

    private ReportSamples() {}

    /** Every cell of the year's format, random; about {@code blank} of them left out (blank). */
    public static Map<String, BigDecimal> cells(int year, Random rnd, double blank) {
        ReportFormat f = ReportFormat.forYear(year);
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        for (DisclosureBlock b : f.disclosure()) {
            for (String row : b.rows()) {
                b.columns()
                        .forEach(
                                c -> put(cells, AnnualReport.key("二", row, c.key()), value(c.kind(), rnd), rnd, blank));
            }
        }
        for (String row : f.applicationRowKeys()) {
            f.applicantColumns()
                    .forEach(c -> put(cells, AnnualReport.key("三", row, c.key()), value(c.kind(), rnd), rnd, blank));
        }
        for (String g : f.reviewGroups()) {
            f.reviewColumns()
                    .forEach(c -> put(cells, AnnualReport.key("四", g, c.key()), value(c.kind(), rnd), rnd, blank));
        }
        return cells;
    }

    private static void put(Map<String, BigDecimal> cells, String key, BigDecimal v, Random rnd, double blank) {
        if (rnd.nextDouble() >= blank) {
            cells.put(key, v);
        }
    }

    private static BigDecimal value(ValueKind kind, Random rnd) {
        return switch (kind) {
            case MONEY -> new BigDecimal(rnd.nextInt(200_000) + "." + String.format("%04d", rnd.nextInt(10_000)));
            case SIGNED -> BigDecimal.valueOf(rnd.nextInt(41) - 20);
            case COUNT -> BigDecimal.valueOf(rnd.nextInt(4) == 0 ? rnd.nextInt(5000) : rnd.nextInt(3));
        };
    }

    /** The report of a folder's texts, read as the build reads them. */
    static AnnualReport report(int year, String indexMd, String dataYaml) {
        return report(NDBG + year + "/", year, indexMd, dataYaml);
    }

    /** As {@link #report(int, String, String)}, in the folder {@code dir} (below content/, ending in "/"). */
    static AnnualReport report(String dir, int year, String indexMd, String dataYaml) {
        Diagnostics diags = new Diagnostics();
        FrontMatter fm = new FrontMatterSplitter().split(dir + "index.md", indexMd);
        PageMeta meta = new MetaBinder().bind(YamlDoc.parse(dir + "index.md", fm.yamlLine() - 1, fm.yaml()), diags);
        Page page = new Page(
                dir + "index.md",
                dir.substring("content/".length(), dir.length() - 1),
                dir.substring("content/".length()) + "index.html",
                true,
                meta,
                fm.body(),
                fm.bodyLine());
        DataFile data =
                new DataFile(dir + "data.yaml", "data", YamlDoc.parse(dir + "data.yaml", 0, dataYaml), dataYaml);
        return new ReportSchema().read(year, page, data, diags);
    }

    /** A report folder's index.md with a title and a short narrative under the national headings. */
    static String indexMd(int year, String org) {
        return new IndexPageWriter()
                .write(
                        year,
                        org,
                        "本报告根据《中华人民共和国政府信息公开条例》编制，所列数据统计期限自 " + year + " 年 1 月 1 日至 " + year + " 年 12 月 31 日。",
                        "### （一）主动公开情况\n\n全年主动公开政府信息 467 条。\n\n### （二）依申请公开情况\n\n依法办理申请。",
                        "部分栏目更新不及时。",
                        "无收取信息处理费情况。");
    }
}
