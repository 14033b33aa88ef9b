package cn.gov.jinjiang.gksite.config;

import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.LineIndex;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The texts gksite writes where a person still has to fill something in: the footer values of site.yaml
 * ({@code 待填写：…}), the title and body of {@code new page} ({@code 待填写：标题}, {@code 正文……}), the narrative
 * of {@code new report} ({@code （请填写…）}). The scaffolds write them only through this class and the checks
 * ({@code config.placeholder}, {@code content.placeholder}) look for exactly {@link #MARKERS}, so a placeholder
 * a scaffold writes is always one the check finds. A placeholder is a warning while editing and an error for
 * {@code publish}: it never reaches the portal.
 */
public final class Placeholders {
    /** Begins a value still to be filled in: site.yaml's footer values, the title of {@code new page}. */
    public static final String PENDING = "待填写";
    /** Begins a paragraph still to be written, as in the report's narrative: {@code （请填写…）}. */
    public static final String FILL = "（请填写";
    /** The body of {@code new page}. */
    public static final String BODY = "正文……";
    /**
     * Every marker the checks look for. {@code 请填写} alone is common in real notices (“请填写申请表”), so it
     * counts only with the opening bracket the scaffolds write (full width, or half width as an editor types it).
     */
    public static final List<String> MARKERS = List.of(PENDING, FILL, "(请填写", BODY);
    /** The code of a placeholder in content/ (pages and data files). */
    public static final String CONTENT_CODE = "content.placeholder";
    /** The code of a placeholder in site.yaml. */
    public static final String CONFIG_CODE = "config.placeholder";
    /** Both codes: errors for publish, whatever site.yaml's {@code checks:} say. */
    public static final Set<String> CODES = Set.of(CONTENT_CODE, CONFIG_CODE);
    /** Longest placeholder text quoted in a message. */
    private static final int QUOTED = 30;

    private Placeholders() {}

    /** The title {@code new page} writes when none is given. */
    public static String title() {
        return PENDING + "：标题";
    }

    /** A site.yaml value still to be filled in, e.g. {@code pending("承办单位")} is {@code 待填写：承办单位}. */
    public static String pending(String what) {
        return PENDING + "：" + what;
    }

    /** A paragraph still to be written, e.g. {@code fill("存在的主要问题及改进情况")} is {@code （请填写存在的主要问题及改进情况。）}. */
    public static String fill(String what) {
        return FILL + what + "。）";
    }

    /**
     * A placeholder found in a text.
     *
     * @param line   1-based line in the file
     * @param column 1-based column (in characters)
     * @param text   the placeholder as written, up to the end of its line or bracket (shortened when long)
     */
    public record Found(int line, int column, String text) {}

    /** Whether {@code value} (one YAML value, say) contains a placeholder. */
    public static boolean contains(String value) {
        for (String m : MARKERS) {
            if (value.contains(m)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every placeholder in {@code text}, in file order, once per place (a marker inside another, as in
     * {@code （请填写}, counts once). {@code firstLine} is the file line of the text's first line. Lines whose
     * first non-blank character is {@code #} are skipped when {@code yamlComments}: a YAML comment is never
     * published. Linear in the text's length.
     */
    public static List<Found> find(String text, int firstLine, boolean yamlComments) {
        List<int[]> hits = new ArrayList<>();
        for (String m : MARKERS) {
            for (int at = text.indexOf(m); at >= 0; at = text.indexOf(m, at + m.length())) {
                hits.add(new int[] {at, at + m.length()});
            }
        }
        if (hits.isEmpty()) {
            return List.of();
        }
        hits.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        LineIndex lines = new LineIndex(text);
        List<Found> out = new ArrayList<>();
        int covered = -1;
        int commentChecked = -1;
        boolean comment = false;
        for (int[] h : hits) {
            if (h[0] < covered) {
                continue;
            }
            int line = lines.line(h[0]);
            int column = lines.column(h[0]);
            if (yamlComments) {
                if (line != commentChecked) {
                    commentChecked = line;
                    comment = commentLine(text, h[0] - column + 1);
                }
                if (comment) {
                    continue;
                }
            }
            covered = h[1];
            out.add(new Found(line + firstLine - 1, column, quote(text, h[0])));
        }
        return out;
    }

    /**
     * Reports each placeholder of {@code found} in {@code file} as a warning with {@code code} (the build raises
     * it to an error for publish), with {@code hint}; after the first ten of one file, one line counts the rest.
     */
    public static void report(List<Found> found, String file, String code, String hint, Diagnostics diags) {
        for (int i = 0; i < found.size() && i < 10; i++) {
            Found f = found.get(i);
            diags.warning(
                    code,
                    new SourcePos(file, f.line(), f.column()),
                    "这里还是待填写的占位文字“" + f.text() + "”"
                            + (i == 9 && found.size() > 10 ? "（本文件另有 " + (found.size() - 10) + " 处占位文字未逐一列出）" : "")
                            + "：还有占位文字时不能发布（gksite publish 会拒绝）。",
                    hint);
        }
    }

    /**
     * Whether the line starting at {@code start} is a YAML comment line. The line holds a marker, so a character
     * other than a blank comes before the text's end.
     */
    private static boolean commentLine(String text, int start) {
        int i = start;
        while (text.charAt(i) == ' ' || text.charAt(i) == '\t') {
            i++;
        }
        return text.charAt(i) == '#';
    }

    /**
     * The placeholder at {@code from}: to its closing bracket, a comment or the end of the line, at most
     * {@link #QUOTED} characters.
     */
    private static String quote(String text, int from) {
        int end = Math.min(text.length(), from + QUOTED + 1);
        end = indexOrEnd(text, '\n', from, end);
        // A YAML comment after the value is not part of it.
        for (int hash = indexOrEnd(text, '#', from, end); hash < end; hash = indexOrEnd(text, '#', hash + 1, end)) {
            if (text.charAt(hash - 1) == ' ' || text.charAt(hash - 1) == '\t') {
                end = hash;
                break;
            }
        }
        int close = Math.min(indexOrEnd(text, '）', from, end), indexOrEnd(text, ')', from, end));
        end = close < end ? close + 1 : end;
        String s = text.substring(from, end).strip();
        return s.length() > QUOTED ? s.substring(0, QUOTED) + "…" : s;
    }

    /** The first {@code c} in {@code text[from, end)}, or {@code end}. */
    private static int indexOrEnd(String text, char c, int from, int end) {
        for (int i = from; i < end; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return end;
    }
}
