package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.diag.Diagnostics;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * R12 (warning), conservative: a sentence that states a denominator (新收/受理/办结 N 件, equal to its
 * table figure) and then a part as “M 件，占 X%”, where M is a 表三 总计-column figure (a row or an outcome
 * group), must have M ÷ N × 100 equal X at X's precision (rounded or truncated). Anything else, such as
 * a percentage without a stated denominator, is left alone. Reported at the percentage.
 */
public final class PercentageRule implements Rule {
    private static final Pattern PART =
            Pattern.compile("(\\d+)\\s*件[^，,。；;\\d]{0,6}?[，,]?\\s*占[^，,。；;\\d]{0,12}?(\\d+(?:\\.\\d+)?)\\s*[%％]");

    /** What a sentence may name as the whole of a percentage: 新收, 受理 (new, or new and carried in), 办结. */
    private static final Set<Quotes.Kind> DENOMINATORS =
            EnumSet.of(Quotes.Kind.NEW, Quotes.Kind.ACCEPTED, Quotes.Kind.HANDLED);

    @Override
    public void check(ReportContext ctx, Diagnostics diags) {
        AnnualReport r = ctx.report();
        KeyFigures k = KeyFigures.of(r);
        BigDecimal carriedIn = r.value("三", ReportFormat.CARRIED_IN, ReportFormat.TOTAL);
        // a blank figure is null here and matches no quoted number
        Set<BigDecimal> tableDenominators = new HashSet<>(Arrays.asList(k.newApplications(), k.handled()));
        if (k.newApplications() != null && carriedIn != null) {
            tableDenominators.add(k.newApplications().add(carriedIn));
        }
        Set<BigDecimal> parts = partFigures(r);
        for (Narrative.Sentence s : new Narrative(r).sentences()) {
            Matcher m = PART.matcher(s.text());
            while (m.find()) {
                List<BigDecimal> dens = new ArrayList<>();
                for (Quotes.Quote q : Quotes.in(s)) {
                    if (DENOMINATORS.contains(q.kind())
                            && q.index() < m.start(1)
                            && tableDenominators.contains(q.value())
                            && q.value().signum() > 0) {
                        dens.add(q.value());
                    }
                }
                BigDecimal part = new BigDecimal(m.group(1));
                if (dens.isEmpty() || !parts.contains(part)) {
                    continue;
                }
                BigDecimal stated = new BigDecimal(m.group(2));
                int scale = Math.max(0, stated.scale());
                boolean ok = false;
                BigDecimal shown = null;
                for (BigDecimal den : dens) {
                    BigDecimal exact = part.multiply(BigDecimal.valueOf(100)).divide(den, 10, RoundingMode.HALF_UP);
                    BigDecimal rounded = exact.setScale(scale, RoundingMode.HALF_UP);
                    BigDecimal truncated = exact.setScale(scale, RoundingMode.DOWN);
                    ok |= rounded.compareTo(stated) == 0 || truncated.compareTo(stated) == 0;
                    if (shown == null) {
                        shown = rounded;
                    }
                }
                if (!ok) {
                    diags.warning(
                            "report.R12",
                            s.pos(m.start(2)),
                            "正文“" + m.group() + "”：应为 " + part.toPlainString()
                                    + " ÷ " + dens.get(0).toPlainString() + " = " + shown.toPlainString() + "%，实为 "
                                    + stated.toPlainString() + "%",
                            "百分比应等于件数除以句中所述的总数。");
                }
            }
        }
    }

    /** Every 表三 总计-column figure, and the sums of the outcome groups (不予公开, 无法提供, …). */
    private static Set<BigDecimal> partFigures(AnnualReport r) {
        Set<BigDecimal> out = new HashSet<>();
        Map<String, BigDecimal> groups = new HashMap<>();
        for (String row : r.format().applicationRowKeys()) {
            BigDecimal v = r.value("三", row, ReportFormat.TOTAL);
            if (v == null) {
                continue;
            }
            out.add(v);
            int dot = row.lastIndexOf('.');
            if (row.indexOf('.') != dot) {
                groups.merge(row.substring(0, dot), v, BigDecimal::add);
            }
        }
        out.addAll(groups.values());
        return out;
    }
}
