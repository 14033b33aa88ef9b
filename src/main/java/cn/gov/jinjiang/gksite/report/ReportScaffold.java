package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.config.Body;
import cn.gov.jinjiang.gksite.config.ConfigLoader;
import cn.gov.jinjiang.gksite.config.Placeholders;
import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.content.PageScaffold;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code gksite new report}: a new year's report folder, as a draft ({@code draft: true}), with every figure at 0,
 * 上年结转 carried from last year's 结转下年度 and 现行有效件数 kept from last year when content/ has last year's
 * data.yaml, and the narrative still to be written as {@link Placeholders}.
 * Also where report folders live and how they are written (never over an existing folder).
 */
public final class ReportScaffold {
    /** The reports' folder below content/. */
    public static final String REPORTS = "xxgk/zfxxgkzl/ndbg";

    static final String CURRENT = "现行有效件数";
    /** A body's report folder below its own folder. */
    static final String NDBG = "ndbg";

    /** content/xxgk/zfxxgkzl/ndbg/YEAR below the layout's root. */
    public static Path reportDir(SourceLayout layout, int year) {
        return reportDir(layout, REPORTS, year);
    }

    /** content/REPORTS/YEAR, {@code reports} being a body's report folder below content/ (see {@link #reports}). */
    public static Path reportDir(SourceLayout layout, String reports, int year) {
        return layout.content().resolve(reports).resolve(String.valueOf(year));
    }

    /**
     * The folder below content/ of {@code body}'s reports: its folder's {@code ndbg/}; for the site's own body of a
     * site without bodies (folder ""), {@link #REPORTS} as ever.
     */
    public static String reports(Body body) {
        return body.folder().isEmpty() ? REPORTS : body.folder() + "/" + NDBG;
    }

    /** {@code org} when given, else site.yaml's site.organisation. */
    public static String organisation(SourceLayout layout, String org) {
        if (org != null && !org.isBlank()) {
            return org.strip();
        }
        Diagnostics diags = new Diagnostics();
        String o = new ConfigLoader().load(layout, diags).organisation();
        return Placeholders.contains(o) ? "" : o; // never null: the site's name ("" when missing) stands in
    }

    /** {@code org} when given, else the name of the body whose report it is (none while it is a placeholder). */
    public static String organisation(String org, Body owner) {
        if (org != null && !org.isBlank()) {
            return org.strip();
        }
        return Placeholders.contains(owner.name()) ? "" : owner.name();
    }

    /** The files of a new report for {@code year}; problems reading last year's data go to {@code diags}. */
    public ReportFiles scaffold(SourceLayout layout, int year, String org, Diagnostics diags) {
        return scaffold(layout, REPORTS, year, org, null, diags);
    }

    /**
     * The files of a new report for {@code year} in the report folder {@code reports} of a body of {@code kind}
     * (its deadline is noted in the front matter; null for none), carrying over that body's own last report.
     */
    public ReportFiles scaffold(
            SourceLayout layout, String reports, int year, String org, String kind, Diagnostics diags) {
        ReportFormat f = ReportFormat.forYear(year);
        Map<String, BigDecimal> cells = new HashMap<>();
        for (DisclosureBlock b : f.disclosure()) {
            for (String row : b.rows()) {
                b.columns().forEach(c -> cells.put(AnnualReport.key("二", row, c.key()), BigDecimal.ZERO));
            }
        }
        for (String row : f.applicationRowKeys()) {
            f.applicantColumns().forEach(c -> cells.put(AnnualReport.key("三", row, c.key()), BigDecimal.ZERO));
        }
        for (String g : f.reviewGroups()) {
            f.reviewColumns().forEach(c -> cells.put(AnnualReport.key("四", g, c.key()), BigDecimal.ZERO));
        }
        carryOver(layout, reportDir(layout, reports, year - 1), year, f, cells, diags);
        String data = new ReportYamlWriter().write(year, org, cells);
        // A new report is a draft: its figures do not balance until the year's numbers are in, and an unfinished
        // report must never hold up (or go out with) the urgent notice published in the meantime.
        String index = new IndexPageWriter()
                .write(
                        IndexPageWriter.Meta.of(year, org).asDraft(),
                        "本报告根据《中华人民共和国政府信息公开条例》编制，所列数据统计期限自 " + year + " 年 1 月 1 日至 " + year + " 年 12 月 31 日。",
                        Placeholders.fill("本年度主动公开、依申请公开、政府信息管理、平台建设、监督保障等方面的情况"),
                        Placeholders.fill("存在的主要问题及改进情况"),
                        Placeholders.fill("其他需要报告的事项，如收取信息处理费的情况"));
        if (kind != null) {
            // Above the draft's lines: the deadline R15 holds the 发布日期 to, while the editor still has time.
            int at = index.indexOf("\n# ") + 1;
            index = index.substring(0, at) + "# " + deadline(kind, year) + "\n" + index.substring(at);
        }
        return new ReportFiles(reportDir(layout, reports, year), index, data);
    }

    /** When a body of {@code kind} must publish its report of {@code year}, in words (条例第四十九条, as R15 checks). */
    public static String deadline(String kind, int year) {
        String who = Body.GOVERNMENT.equals(kind) ? "人民政府" : Body.TOWN.equals(kind) ? "乡镇人民政府、街道办事处" : "政府部门";
        return "公开期限：" + DeadlineRule.deadline(kind, year) + " 前（" + who + "，条例第四十九条）；发布时在头部写“发布日期: 年-月-日”。";
    }

    private static void carryOver(
            SourceLayout layout,
            Path lastDir,
            int year,
            ReportFormat f,
            Map<String, BigDecimal> cells,
            Diagnostics diags) {
        Path prev = lastDir.resolve("data.yaml");
        if (!Files.isRegularFile(prev)) {
            return;
        }
        String text;
        try {
            text = Files.readString(prev, StandardCharsets.UTF_8);
        } catch (IOException e) {
            diags.warning(
                    "report.carry-over",
                    SourcePos.of(layout.relative(prev)),
                    "读不到上一年的 data.yaml：" + e.getMessage(),
                    "上年结转请手工填写。");
            return;
        }
        Map<String, BigDecimal> last =
                ReportDataReader.values(layout.relative(prev), year - 1, text, new Diagnostics());
        for (Column c : f.applicantColumns()) {
            BigDecimal v = last.get(AnnualReport.key("三", ReportFormat.CARRIED_OUT, c.key()));
            if (v != null) {
                cells.put(AnnualReport.key("三", ReportFormat.CARRIED_IN, c.key()), v);
            }
        }
        // only the 2021 format counts 现行有效件数, so last year's file has them only when this year's format does
        for (DisclosureBlock b : f.disclosure()) {
            for (String row : b.rows()) {
                String k = AnnualReport.key("二", row, CURRENT);
                if (last.containsKey(k)) {
                    cells.put(k, last.get(k));
                }
            }
        }
    }

    /** Throws {@code report.exists} when the report folder {@code dir} already exists. */
    public static void refuseExisting(SourceLayout layout, Path dir) {
        if (Files.exists(dir)) {
            String rel = layout.relative(dir);
            throw new DiagnosticException(Diagnostic.error(
                    "report.exists", SourcePos.of(rel), "目录 " + rel + " 已存在，不会覆盖其中的年度报告。", "如需重新生成，请先把该目录改名或删除。"));
        }
    }

    /** Writes the folder; refuses (code {@code report.exists}) when it already exists. */
    public void write(SourceLayout layout, ReportFiles files) {
        String rel = layout.relative(files.dir());
        refuseExisting(layout, files.dir());
        PageScaffold.refuseUnread(layout, files.dir());
        try {
            Files.createDirectories(files.dir());
            Files.writeString(files.dir().resolve("index.md"), files.indexMd(), StandardCharsets.UTF_8);
            Files.writeString(files.dir().resolve("data.yaml"), files.dataYaml(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DiagnosticException(
                    Diagnostic.error(
                            "io.write", SourcePos.of(rel), "无法写入 " + rel + "：" + e.getMessage(), "检查目录权限和磁盘空间。"),
                    e);
        }
    }
}
