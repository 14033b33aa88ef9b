package cn.gov.jinjiang.gksite.report;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a report says about itself, read from its first lines: its title (and from it the 发布机构 and the
 * year), its 发布时间 when a web page prints one, and the year of its 统计期限. An import keeps these
 * instead of putting the site's own organisation on another body's report.
 *
 * @param title     the title as printed (spaces between Chinese and figures dropped), or null
 * @param titleLine where the title is, or null
 * @param org       the organisation named before the year in the title, or null
 * @param year      the report year from the title, else from the 统计期限, or null
 * @param yearLine  where that year is printed, or null
 * @param date      the 发布日期 as yyyy-MM-dd, or null
 * @param dateLine  where it is printed, or null
 */
record ReportFacts(
        String title,
        ImportLine titleLine,
        String org,
        Integer year,
        ImportLine yearLine,
        String date,
        ImportLine dateLine) {
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年");
    private static final Pattern PERIOD = Pattern.compile("统计(?:期限|期间|时限|时间)[^。]{0,12}?((?:19|20)\\d{2})年0?1月0?1日");
    private static final Pattern DATE =
            Pattern.compile("发布(?:时间|日期)[:：]?((?:19|20)\\d{2})[-年/.](\\d{1,2})[-月/.](\\d{1,2})");
    private static final Pattern SPACE_IN_TITLE = Pattern.compile("(?<=[\\p{IsHan}\\d])\\s+(?=[\\p{IsHan}\\d])");
    private static final int SCAN = 40;

    /** The facts printed in {@code lines} before {@code end} (the first national heading; -1 for none). */
    static ReportFacts of(List<ImportLine> lines, int end) {
        int stop = Math.min(end < 0 ? lines.size() : end, lines.size());
        String title = null;
        ImportLine titleLine = null;
        for (int i = 0; i < Math.min(stop, SCAN) && title == null; i++) {
            String s = clean(lines.get(i).text());
            if (!s.contains("报告") || s.length() > 80 || s.endsWith("。") || s.startsWith("本报告")) {
                continue;
            }
            titleLine = lines.get(i);
            if (!YEAR.matcher(s).find() && i > 0) {
                // a title wrapped in a PDF: "…2025年政府信息公开工作" / "年度报告"
                String prev = clean(lines.get(i - 1).text());
                if (prev.length() <= 50
                        && !prev.endsWith("。")
                        && YEAR.matcher(prev).find()) {
                    s = prev + s;
                    titleLine = lines.get(i - 1);
                }
            }
            if (s.contains("政府信息公开") || s.contains("年度报告")) {
                title = s;
            } else {
                titleLine = null;
            }
        }
        Integer year = null;
        ImportLine yearLine = null;
        String org = null;
        if (title != null) {
            Matcher m = YEAR.matcher(title);
            if (m.find()) {
                year = Integer.parseInt(m.group(1));
                yearLine = titleLine;
                org = organisation(title, m);
            }
        }
        String date = null;
        ImportLine dateLine = null;
        for (ImportLine l : lines.subList(0, Math.min(stop, lines.size()))) {
            String s = squeeze(l.text());
            Matcher p = PERIOD.matcher(s);
            if (year == null && p.find()) {
                year = Integer.parseInt(p.group(1));
                yearLine = l;
            }
            Matcher d = DATE.matcher(s);
            if (date == null && d.find()) {
                date = date(d);
                dateLine = date == null ? null : l;
            }
        }
        return new ReportFacts(title, titleLine, org, year, yearLine, date, dateLine);
    }

    /** The year the 统计期限 of {@code lines} states, or null: a second witness of the report year. */
    static Integer periodYear(List<ImportLine> lines, int end) {
        for (ImportLine l : lines.subList(0, Math.min(end < 0 ? lines.size() : end, lines.size()))) {
            Matcher p = PERIOD.matcher(squeeze(l.text()));
            if (p.find()) {
                return Integer.parseInt(p.group(1));
            }
        }
        return null;
    }

    /** The body named in the title: before the year, or (年度 first) between the year and 政府信息公开. */
    private static String organisation(String title, Matcher year) {
        String before = title.substring(0, year.start()).replaceFirst("关于$", "").strip();
        if (!before.isEmpty()) {
            return before;
        }
        String after = title.substring(year.end()).replaceFirst("^度", "");
        // nothing before 政府信息公开, or no 政府信息公开: no body named
        int end = Math.max(0, after.indexOf("政府信息公开"));
        String org = after.substring(0, end).replaceFirst("关于$", "").strip();
        return org.isEmpty() ? null : org;
    }

    private static String date(Matcher d) {
        try {
            return LocalDate.of(
                            Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)))
                    .toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A line as a title: heading marks and emphasis dropped, full-width figures made ASCII. */
    static String clean(String line) {
        String s = NarrativeWriter.clean(LabelText.digits(line).replace('\t', ' '));
        return SPACE_IN_TITLE.matcher(s).replaceAll("").strip();
    }

    private static String squeeze(String line) {
        return LabelText.nfkc(line).replaceAll("\\s+", "");
    }
}
