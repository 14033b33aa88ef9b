package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code gksite import report}: reads a published report (a Word document, a PDF, a saved web page, copied
 * or extracted text) into a data.yaml and an index.md. The tables (between the headings
 * 二、主动公开政府信息情况 and 五、存在的主要问题及改进情况) are read by {@link TableReader}; the narrative sections 一,
 * 五 and 六 and the introduction before 一 become Markdown under the national headings. The report keeps its
 * own title, 发布机构 and 发布日期 ({@link ReportFacts}); a year given that contradicts the year the report
 * states is an error unless forced.
 */
public final class ReportImporter {
    static final String YEAR = "import.year";
    private static final int NONE = -1;

    /** Reads copied or extracted text (or a saved web page) as the report of {@code year}. */
    public ImportResult read(String file, String text, int year, String org) {
        return read(ImportInput.text(file, text), new ImportOptions(year, org, org, false));
    }

    /** Reads {@code in} as the options say. */
    public ImportResult read(ImportInput in, ImportOptions options) {
        String file = in.file();
        List<ImportLine> lines = in.lines();
        int[] at = headings(lines);
        int first = first(at, 0, 1, 2, 3, 4, 5);
        ReportFacts facts = ReportFacts.of(lines, first);
        List<Diagnostic> diags = new ArrayList<>();
        if (first == NONE) {
            diags.add(Diagnostic.error(
                    "import.not-report",
                    SourcePos.of(file),
                    "文件中没有国家格式的任何一个部分标题（如“一、总体情况”"
                            + "“三、收到和处理政府信息公开申请情况”）：它不像一份政府信息公开工作年度报告，或者文字是乱码（PDF 的字体缺少文字编码时，"
                            + "复制出来的文字就是乱码）。",
                    "检查是否选错了文件；PDF 乱码时请用 Word 原件或已发布的网页导入。"));
            return new ImportResult(
                    in.kind(),
                    0,
                    "",
                    options.org() == null ? "" : options.org(),
                    null,
                    Map.of(),
                    List.of(),
                    List.of(),
                    "",
                    "",
                    diags);
        }
        int year = year(file, facts, ReportFacts.periodYear(lines, first), options, diags);
        String org = options.org() != null ? options.org() : facts.org() != null ? facts.org() : options.siteOrg();
        // year() is the only source of diagnostics so far, and it returns 0 with each error it adds
        if (year == 0) {
            return new ImportResult(
                    in.kind(), year, "", org, facts.date(), Map.of(), List.of(), List.of(), "", "", diags);
        }
        String title = facts.title() != null
                ? facts.title()
                : IndexPageWriter.Meta.of(year, org).title();

        int tablesFrom = first(at, 1, 2, 3);
        // else after 一, else from the start (NONE + 1); headings are found in order, so 五 and 六 come after
        int start = tablesFrom != NONE ? tablesFrom : at[0] + 1;
        int end = first(at, 4, 5);
        if (end == NONE) {
            end = lines.size();
        }
        ReportFormat format = ReportFormat.forYear(year);
        TableMatcher matcher = new TableMatcher(format, file);
        boolean columns = in.kind() == InputKind.PDF_TEXT || in.kind() == InputKind.COPIED_TEXT;
        new TableReader(matcher, columns).read(lines.subList(start, end));
        matcher.finish(start < lines.size() ? lines.get(start) : null);
        diags.addAll(matcher.diagnostics());

        List<ImportLine> intro = new ArrayList<>();
        int introEnd = at[0] != NONE ? at[0] : start;
        for (ImportLine l : lines.subList(0, Math.min(introEnd, lines.size()))) {
            if (l != facts.titleLine() && l != facts.dateLine() && !isTitle(l.text())) {
                intro.add(l);
            }
        }
        String s1 = section(lines, at, 0, in.kind());
        String s5 = section(lines, at, 4, in.kind());
        String s6 = section(lines, at, 5, in.kind());
        String index = new IndexPageWriter()
                .write(
                        new IndexPageWriter.Meta(year, title, org, facts.date()),
                        NarrativeWriter.markdown(intro, in.kind()),
                        s1,
                        s5,
                        s6);
        String data = new ReportYamlWriter().write(year, org, matcher.cells());
        List<ImportResult.Placed> placed = new ArrayList<>();
        for (String table : List.of("二", "三", "四")) {
            int[] p = matcher.placed(table);
            placed.add(new ImportResult.Placed(table, p[0], p[1]));
        }
        return new ImportResult(
                in.kind(),
                year,
                title,
                org,
                facts.date(),
                matcher.cells(),
                matcher.blanks(),
                placed,
                index,
                data,
                diags);
    }

    /**
     * The report year: the one given, checked against the one the report states (its title, else its
     * 统计期限); else the stated one. 0, with an error, when there is none or they disagree unforced.
     */
    private static int year(String file, ReportFacts facts, Integer period, ImportOptions o, List<Diagnostic> diags) {
        Integer stated = facts.year();
        // a stated year that is not the period's is the title's: without one in the title it is the period's own
        // (and with no period there is none)
        if (period != null && !period.equals(stated)) {
            diags.add(Diagnostic.warning(
                    YEAR,
                    pos(file, facts.yearLine()),
                    "标题写的是 " + stated + " 年度，统计期限写的是 " + period + " 年。",
                    "按标题的年度导入；如不对，请用 --year 指定。"));
        }
        if (o.year() == null) {
            if (stated == null) {
                diags.add(Diagnostic.error(
                        YEAR, SourcePos.of(file), "原文的标题和统计期限中都找不到报告年度。", "用 --year 指定报告年度，如 --year 2023。"));
                return 0;
            }
            return stated;
        }
        if (stated != null && !stated.equals(o.year()) && !o.force()) {
            String where = facts.yearLine() == facts.titleLine() ? "标题" : "统计期限";
            diags.add(Diagnostic.error(
                    YEAR,
                    pos(file, facts.yearLine()),
                    "--year " + o.year() + " 与原文不符：原文" + where + "写的是 " + stated + " 年度。",
                    "核对文件是否选错；确需按 " + o.year() + " 年度导入时加 --force。"));
            return 0;
        }
        return o.year();
    }

    /** Where a stated year is printed (never null: a year is stated on a line). */
    private static SourcePos pos(String file, ImportLine line) {
        return new SourcePos(file, line.line(), line.column());
    }

    /** The line index of each national heading, in order, or NONE. */
    private static int[] headings(List<ImportLine> lines) {
        int[] at = new int[ReportFormat.HEADINGS.length];
        int from = 0;
        for (int h = 0; h < at.length; h++) {
            at[h] = NONE;
            for (int i = from; i < lines.size(); i++) {
                if (LabelText.heading(lines.get(i).text()) == h) {
                    at[h] = i;
                    from = i + 1;
                    break;
                }
            }
        }
        return at;
    }

    private static int first(int[] at, int... which) {
        for (int w : which) {
            if (at[w] != NONE) {
                return at[w];
            }
        }
        return NONE;
    }

    /** The Markdown of the section under heading {@code h}, up to the next heading found. */
    private static String section(List<ImportLine> lines, int[] at, int h, InputKind kind) {
        if (at[h] == NONE) {
            return "";
        }
        int end = lines.size();
        for (int k = h + 1; k < at.length; k++) {
            if (at[k] != NONE) {
                end = at[k];
                break;
            }
        }
        return NarrativeWriter.markdown(lines.subList(at[h] + 1, end), kind);
    }

    /** A Markdown heading above 一、总体情况, a 发布时间 or 来源 line, or a line like a title: not part of the intro. */
    private static boolean isTitle(String line) {
        String s = line.strip();
        return s.startsWith("#")
                || s.startsWith("发布时间")
                || s.startsWith("来源：")
                || (s.contains("政府信息公开工作年度报告") && s.length() < 60 && !s.endsWith("。"));
    }
}
