package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Says where a report finding is in terms that survive edits elsewhere in the file ({@link Finding}): the
 * table cell at its position and the cell's value as written; in the narrative, the section's heading and the
 * clause at the finding; in the front matter, the key. Built once per report, so each finding costs
 * O(1) plus the length of its own line.
 */
final class FindingPlaces {
    /** Places outside the tables. */
    static final String NARRATIVE = "正文";

    static final String FRONT_MATTER = "头部";
    static final String DATA = "data.yaml";
    private static final int MAX_TEXT = 80;
    private static final String SENTENCE_END = "。！？；";
    private static final String CLAUSE_END = "。！？；，,;";

    private final AnnualReport report;
    private final Map<SourcePos, String> cellAt = new HashMap<>();
    private final String[] dataLines;
    private final String[] body;
    private final String[] headingOf;

    FindingPlaces(AnnualReport report, String dataText) {
        this.report = report;
        report.cells().forEach((key, cell) -> cellAt.put(cell.pos(), key));
        this.dataLines = dataText == null ? new String[0] : dataText.split("\r?\n", -1);
        this.body = report.page().body().text().split("\r?\n", -1);
        this.headingOf = new String[body.length];
        String heading = "";
        for (int i = 0; i < body.length; i++) {
            String s = body[i].strip();
            if (s.startsWith("#")) {
                heading = s.replaceFirst("^#+", "")
                        .replaceFirst("\\{#[^}]*}\\s*$", "")
                        .strip();
            }
            headingOf[i] = heading;
        }
    }

    /** The finding {@code d} is, or empty when it cannot be acknowledged or lies in another file. */
    Optional<Finding> of(Diagnostic d) {
        if (!Finding.acknowledgeable(d.code())) {
            return Optional.empty();
        }
        SourcePos pos = d.pos();
        if (pos.file().equals(report.dataFile())) {
            String key = cellAt.get(pos);
            if (key != null) {
                return Optional.of(
                        new Finding(d, key, "", report.cells().get(key).raw(), null));
            }
            return Optional.of(
                    new Finding(d, "", DATA, line(dataLines, pos.line() - 1).strip(), null));
        }
        if (!pos.file().equals(report.page().source())) {
            return Optional.empty();
        }
        int i = pos.line() - Math.max(1, report.page().bodyLine());
        if (i < 0) {
            return Optional.of(new Finding(d, "", FRONT_MATTER, frontMatterKey(pos), null));
        }
        String heading = i < headingOf.length ? headingOf[i] : "";
        return Optional.of(new Finding(
                d,
                "",
                heading.isEmpty() ? NARRATIVE : NARRATIVE + " " + heading,
                excerpt(line(body, i), pos.column()),
                null));
    }

    /** The front-matter key written at {@code pos} and its value where a rule reads one (R15: 发布日期). */
    private String frontMatterKey(SourcePos pos) {
        var meta = report.page().meta();
        for (var e : new TreeMap<>(meta.positions()).entrySet()) {
            if (e.getValue().equals(pos)) {
                return e.getKey().equals("发布日期") && meta.published() != null
                        ? e.getKey() + ": " + meta.published()
                        : e.getKey();
            }
        }
        return "（无）";
    }

    private static String line(String[] lines, int i) {
        return i >= 0 && i < lines.length ? lines[i] : "";
    }

    /**
     * The clause of {@code line} that holds column {@code column} (1-based): from the start of its sentence to
     * the next comma or sentence end, so two figures quoted in one sentence are told apart; at most 80
     * characters, keeping the end (where the figure is).
     */
    static String excerpt(String line, int column) {
        int at = Math.min(Math.max(column - 1, 0), line.length());
        int start = at;
        while (start > 0 && SENTENCE_END.indexOf(line.charAt(start - 1)) < 0) {
            start--;
        }
        int end = at;
        while (end < line.length() && CLAUSE_END.indexOf(line.charAt(end)) < 0) {
            end++;
        }
        String s = line.substring(start, end).replaceFirst("^[#>\\s]+", "").strip();
        if (s.isEmpty()) {
            s = line.strip();
        }
        int n = s.codePointCount(0, s.length());
        return n <= MAX_TEXT ? s : s.substring(s.offsetByCodePoints(0, n - MAX_TEXT));
    }
}
