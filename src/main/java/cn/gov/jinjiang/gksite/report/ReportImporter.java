package cn.gov.jinjiang.gksite.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code gksite import report}: reads a published report (saved web page, copied text or PDF text) into
 * a data.yaml and an index.md. The tables (between the headings 二、主动公开政府信息情况 and
 * 五、存在的主要问题及改进情况) are read row by row by {@link TableMatcher}; the narrative sections 一, 五
 * and 六 and the introduction before 一 become Markdown under the national headings.
 */
public final class ReportImporter {
    private static final int NONE = -1;

    /**
     * Reads {@code text} (the content of {@code file}) as the report of {@code year}.
     *
     * @param dir the report folder the files are meant for
     */
    public ImportResult read(String file, String text, int year, String org, Path dir) {
        ImportInput in = ImportInput.of(file, text);
        List<ImportLine> lines = in.lines();
        int[] at = headings(lines);
        int tablesFrom = first(at, 1, 2, 3);
        int start = tablesFrom != NONE ? tablesFrom : at[0] != NONE ? at[0] + 1 : 0;
        int end = first(at, 4, 5);
        if (end == NONE || end < start) {
            end = lines.size();
        }
        ReportFormat format = ReportFormat.forYear(year);
        TableMatcher matcher = new TableMatcher(format, file);
        StringBuilder context = new StringBuilder();
        for (int i = start; i < end; i++) {
            ImportLine l = lines.get(i);
            if (LabelText.heading(l.text()) >= 0) {
                context.setLength(0);
                continue;
            }
            LabelText.Row row = LabelText.split(l.text());
            if (row.numbers().isEmpty()) {
                context.append(row.label());
                if (context.length() > 200) {
                    context.delete(0, context.length() - 200);
                }
                continue;
            }
            matcher.place(l, row, context.toString(), continuation(lines, i + 1, end));
            context.setLength(0);
        }
        int startLine = start < lines.size() ? lines.get(start).line() : 0;
        matcher.finish(startLine);

        List<ImportLine> intro = new ArrayList<>();
        int introEnd = at[0] != NONE ? at[0] : start;
        for (ImportLine l : lines.subList(0, Math.min(introEnd, lines.size()))) {
            if (!isTitle(l.text())) {
                intro.add(l);
            }
        }
        String s1 = section(lines, at, 0, in.kind());
        String s5 = section(lines, at, 4, in.kind());
        String s6 = section(lines, at, 5, in.kind());
        String index = new IndexPageWriter().write(year, org, NarrativeWriter.markdown(intro, in.kind()), s1, s5, s6);
        String data = new ReportYamlWriter().write(year, org, matcher.cells());
        return new ImportResult(in.kind(), matcher.cells(), new ReportFiles(dir, index, data), matcher.diagnostics());
    }

    /** The labels of up to two lines without numbers after a row: its label wrapped onto them. */
    private static String continuation(List<ImportLine> lines, int from, int end) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < Math.min(end, from + 2); i++) {
            String text = lines.get(i).text();
            LabelText.Row r = LabelText.split(text);
            if (text.isBlank() || LabelText.heading(text) >= 0 || !r.numbers().isEmpty() || LabelText.startsItem(text)) {
                break;
            }
            sb.append(r.label());
        }
        return sb.toString();
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

    /** The report's own title, a 发布时间 line, or a Markdown heading above 一、总体情况: not part of the intro. */
    private static boolean isTitle(String line) {
        String s = line.strip();
        return s.startsWith("#") || s.startsWith("发布时间") || s.startsWith("来源：")
                || (s.contains("政府信息公开工作年度报告") && s.length() < 60 && !s.endsWith("。"));
    }
}
