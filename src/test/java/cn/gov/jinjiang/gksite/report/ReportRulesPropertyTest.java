package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Property tests of the report rules over seeded random reports of both formats ({@link RandomReports}; plain
 * JUnit with {@link Random}, so a failure names its seed and reruns the same):
 * <ul>
 *   <li>a valid report passes the schema and every rule;
 *   <li>changing any one cell of data.yaml breaks exactly the identities that cell is part of (an independent list
 *       of them, {@link Identities}), and each broken identity is reported by the rule that owns it, once, at the
 *       identity's own cell (its line and column in the data.yaml text, checked against the text), with its
 *       severity, naming the figure written; nothing else is reported;
 *   <li>each single narrative or metadata slip (a wrong percentage, a retitled or missing heading, the old 条例,
 *       an empty section, a late or missing 发布日期, 收费 tied to 信息处理费) is reported by its rule alone;
 * </ul>
 * {@link ReportRuleAblationTest} takes each rule out in turn and sees these properties fail.
 */
class ReportRulesPropertyTest {
    private static final long SEED = 20_260_615L;
    /** Cases per property; mutation testing runs these for every mutant of the rules and sets fewer (pom.xml). */
    static final int CASES = Integer.getInteger("gksite.propertyCases", 300);

    /** A random year of either format; reports of 2019 and 2020 use the 2019 trial format. */
    private static int year(Random rnd) {
        return 2019 + rnd.nextInt(7);
    }

    /** Case {@code i}: a report, with last year's in two cases out of three. */
    private static RandomReports.Spec[] pair(long seed) {
        Random rnd = new Random(seed);
        int year = year(rnd);
        RandomReports.Spec prev = rnd.nextInt(3) == 0 ? null : RandomReports.valid(rnd, year - 1, null);
        return new RandomReports.Spec[] {RandomReports.valid(rnd, year, prev), prev};
    }

    @Test
    void validReportsOfBothFormatsPassEveryRule() {
        int v2019 = 0;
        for (int i = 0; i < CASES; i++) {
            RandomReports.Spec[] p = pair(SEED + i);
            assertThat(RandomReports.check(new ReportValidator(), p[0], p[1]))
                    .as("seed %d", SEED + i)
                    .isEmpty();
            v2019 += p[0].year() <= 2020 ? 1 : 0;
        }
        assertThat(v2019).as("both formats drawn").isBetween(CASES / 5, CASES * 4 / 5);
    }

    @Test
    void anySingleCellChangeIsReportedByTheRulesThatOwnItAtTheirCells() {
        List<String> failures = cellChanges(new ReportValidator(), CASES);
        assertThat(failures).isEmpty();
    }

    @Test
    void eachNarrativeSlipIsReportedByItsRuleAlone() {
        List<String> failures = narrativeSlips(new ReportValidator(), CASES);
        assertThat(failures).isEmpty();
    }

    /**
     * A blank cell (written "" or "/") or a missing row is R8's or the schema's to report, at the cell or the
     * table; the rules then skip every identity it is part of, this year's or last year's, without a word and
     * without failing.
     */
    @Test
    void blankCellsAndMissingRowsAreLeftToR8AndTheSchema() {
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            long seed = SEED + 9000 + i;
            Random rnd = new Random(seed);
            RandomReports.Spec[] p = pair(seed);
            Identities.Member pick = pick(p[0], p[1], rnd);
            boolean missingRow = rnd.nextInt(3) == 0;
            RandomReports.Spec cur = p[0];
            RandomReports.Spec prev = p[1];
            String yaml = cur.yaml();
            String prevYaml = prev == null ? null : prev.yaml();
            String[] k = pick.key().split("\\|");
            String row = k[1].substring(k[1].lastIndexOf('.') + 1) + ":";
            if (missingRow) {
                if (pick.previous()) {
                    prevYaml = withoutRow(prevYaml, row);
                } else {
                    yaml = withoutRow(yaml, row);
                }
            } else if (pick.previous()) {
                prev = prev.with(pick.key(), null);
                prevYaml = prev.yaml();
            } else {
                cur = cur.with(pick.key(), null);
                yaml = rnd.nextBoolean() ? cur.yaml() : cur.yaml().replaceAll("\"\"(?=[,\\]}])", "\"/\"");
            }
            List<Diagnostic> got = RandomReports.check(new ReportValidator(), cur, yaml, prev, prevYaml);
            String code = missingRow ? "report.schema.missing" : "report.R8";
            List<String> want = pick.previous() ? List.of() : List.of(code);
            List<String> codes = got.stream().map(Diagnostic::code).toList();
            if (!codes.equals(want)) {
                failures.add("seed " + seed + ": " + (missingRow ? "row " + row + " missing" : pick.key() + " blank")
                        + (pick.previous() ? " last year" : "") + ": expected " + want + " but got " + got);
            } else if (!missingRow && !pick.previous()) {
                int line = got.get(0).pos().line();
                if (!yaml.split("\n", -1)[line - 1].strip().startsWith(row)) {
                    failures.add("seed " + seed + ": R8 for " + pick.key() + " at line " + line + ", not its row");
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    private static String withoutRow(String yaml, String rowColon) {
        List<String> lines = new ArrayList<>(List.of(yaml.split("\n", -1)));
        lines.removeIf(l -> l.strip().startsWith(rowColon));
        return String.join("\n", lines);
    }

    /** The failures of the single-cell property over {@code cases} seeds; empty when it holds. */
    static List<String> cellChanges(ReportValidator validator, int cases) {
        List<String> failures = new ArrayList<>();
        int broken = 0;
        for (int i = 0; i < cases; i++) {
            long seed = SEED + 1000 + i;
            Random rnd = new Random(seed);
            RandomReports.Spec[] p = pair(seed);
            Identities.Member pick = pick(p[0], p[1], rnd);
            boolean inPrevious = pick.previous();
            RandomReports.Spec target = inPrevious ? p[1] : p[0];
            String key = pick.key();
            BigDecimal old = target.cells().get(key);
            BigDecimal changed = Identities.change(target.year(), key, old, rnd);
            RandomReports.Spec cur = inPrevious ? p[0] : p[0].with(key, changed);
            RandomReports.Spec prev = inPrevious ? p[1].with(key, changed) : p[1];
            List<Identities.Expected> expected = Identities.broken(cur, prev, new Identities.Member(inPrevious, key));
            broken += expected.isEmpty() ? 0 : 1;
            List<Diagnostic> actual = RandomReports.check(validator, cur, prev);
            String where =
                    "seed " + seed + ": " + (inPrevious ? "last year's " : "") + key + " " + old + " -> " + changed;
            compare(where, expected, actual, failures);
            for (Identities.Expected e : expected) {
                if (e.dataKey() != null) {
                    String problem = Identities.pointsAtCell(
                            cur.yaml(), e.dataKey(), e.pos(), cur.cells().get(e.dataKey()));
                    if (problem != null) {
                        failures.add(where + ": " + problem);
                    }
                }
            }
        }
        if (broken < cases / 2) {
            failures.add("only " + broken + " of " + cases + " changes broke an identity: the generator drifted");
        }
        return failures;
    }

    /**
     * The cell to change: one in eight any cell of either year (most belong to no identity, and must then give
     * nothing), otherwise a cell of a random identity of a random rule, so that each rule's identities are broken
     * as often as the others'.
     */
    private static Identities.Member pick(RandomReports.Spec cur, RandomReports.Spec prev, Random rnd) {
        if (rnd.nextInt(8) == 0) {
            boolean inPrevious = prev != null && rnd.nextInt(4) == 0;
            List<String> keys =
                    new ArrayList<>((inPrevious ? prev : cur).cells().keySet());
            return new Identities.Member(inPrevious, keys.get(rnd.nextInt(keys.size())));
        }
        List<Identities.Identity> ids = Identities.of(cur, prev);
        List<String> codes =
                ids.stream().map(Identities.Identity::code).distinct().toList();
        String code = codes.get(rnd.nextInt(codes.size()));
        List<Identities.Identity> ofCode =
                ids.stream().filter(i -> i.code().equals(code)).toList();
        List<Identities.Member> members = ofCode.get(rnd.nextInt(ofCode.size())).members();
        return members.get(rnd.nextInt(members.size()));
    }

    static List<String> narrativeSlips(ReportValidator validator, int cases) {
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            long seed = SEED + 5000 + i;
            Random rnd = new Random(seed);
            RandomReports.Spec[] p = pair(seed);
            Slips.Slip slip = Slips.random(p[0], rnd);
            List<Diagnostic> actual = RandomReports.check(validator, slip.spec(), p[1]);
            compare("seed " + seed + ": " + slip.what(), List.of(slip.expected()), actual, failures);
        }
        return failures;
    }

    /**
     * Adds to {@code failures} where {@code actual} differs from {@code expected} (code, position, severity, figure).
     */
    private static void compare(
            String where, List<Identities.Expected> expected, List<Diagnostic> actual, List<String> failures) {
        TreeSet<String> want = new TreeSet<>();
        for (Identities.Expected e : expected) {
            want.add(e.code() + "@" + e.pos() + " " + e.severity());
        }
        TreeSet<String> got = new TreeSet<>();
        for (Diagnostic d : actual) {
            got.add(d.code() + "@" + d.pos() + " " + d.severity());
        }
        if (!want.equals(got) || actual.size() != expected.size()) {
            failures.add(where + ": expected " + want + " but got " + got + " (" + actual.size() + ")");
            return;
        }
        for (Identities.Expected e : expected) {
            Diagnostic d = actual.stream()
                    .filter(x -> x.code().equals(e.code()) && x.pos().equals(e.pos()))
                    .findFirst()
                    .orElseThrow();
            if (!d.message().contains(e.message())) {
                failures.add(
                        where + ": message of " + e.code() + " \"" + d.message() + "\" lacks \"" + e.message() + "\"");
            }
            if (d.hint().isBlank()) {
                failures.add(where + ": " + e.code() + " has no hint");
            }
        }
    }

    @Test
    void thePositionCheckOfTheOracleRejectsAWrongCell() {
        RandomReports.Spec s = pair(SEED)[0];
        String yaml = s.yaml();
        String key = AnnualReport.key("三", ReportFormat.NEW, ReportFormat.TOTAL);
        BigDecimal v = s.cells().get(key);
        SourcePos right = RandomReports.read(s, new Diagnostics())
                .cell("三", ReportFormat.NEW, ReportFormat.TOTAL)
                .orElseThrow()
                .pos();
        assertThat(Identities.pointsAtCell(yaml, key, right, v)).isNull();
        assertThat(Identities.pointsAtCell(yaml, key, new SourcePos(right.file(), right.line() + 1, right.column()), v))
                .isNotNull();
        assertThat(Identities.pointsAtCell(yaml, AnnualReport.key("三", ReportFormat.NEW, "其他"), right, v))
                .isNotNull();
    }
}
