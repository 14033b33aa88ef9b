package cn.gov.jinjiang.gksite.render;

import cn.gov.jinjiang.gksite.report.KeyFigures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Draws the year-over-year chart of the year list page as inline SVG at build time: one group of bars per
 * year (oldest on the left) for 本年新收申请, 本年办结 and 结转下年度, each bar with its value printed above
 * it and a short name below it, so the series are told apart by label and fill pattern as well as by colour.
 * The SVG is {@code role="img"} labelled by its {@code <title>} and {@code <desc>}; the key-figures table
 * that follows it on the page is its text alternative. Every text put into the SVG is XML-escaped.
 */
public final class KeyFiguresChart {
    /** Series drawn: index into {@link KeyFigures#values()}, legend name, short name under the bar. */
    private static final int[] SERIES = {0, 1, 2};

    private static final String[] SHORT = {"新收", "办结", "结转"};
    /** Bar colours, each at least 5:1 against white. */
    private static final String[] COLOURS = {"#1f4e79", "#a04a00", "#2e6b3a"};

    private static final String TEXT = "#1f1f1f";
    private static final String AXIS = "#595959";
    private static final String GRID = "#d9d9d9";

    private static final int BAR = 40;
    private static final int BAR_GAP = 6;
    private static final int GROUP_GAP = 44;
    private static final int LEFT = 64;
    private static final int RIGHT = 16;
    /** Space between the legend and the top of the plot, for the value of the tallest bar. */
    private static final int TOP = 40;

    private static final int PLOT_H = 220;
    private static final int BOTTOM = 78;
    private static final int MIN_PLOT_W = 330;

    public static final String TITLE_ID = "kf-chart-title";
    public static final String DESC_ID = "kf-chart-desc";

    private KeyFiguresChart() {}

    /** The chart's title, also its accessible name. */
    public static final String TITLE = "历年政府信息公开申请办理情况（单位：件）";

    /** The SVG markup, or "" when there are no years. */
    public static String svg(List<KeyFigures> figures) {
        if (figures.isEmpty()) {
            return "";
        }
        List<KeyFigures> sorted = figures.stream()
                .sorted(Comparator.comparingInt(KeyFigures::year))
                .toList();
        Set<Integer> reported = new HashSet<>();
        sorted.forEach(k -> reported.add(k.year()));
        List<KeyFigures> years = withGaps(sorted);
        Predicate<KeyFigures> isGap = k -> !reported.contains(k.year());
        int group = SERIES.length * BAR + (SERIES.length - 1) * BAR_GAP;
        int pitch = group + GROUP_GAP;
        int plotW = Math.max(MIN_PLOT_W, years.size() * pitch);
        int width = LEFT + plotW + RIGHT;
        // Legend: swatch and name of each series in bar order, wrapped to the chart's width.
        int[][] legend = new int[SERIES.length][];
        int lx = LEFT;
        int ly = 12;
        for (int i = 0; i < SERIES.length; i++) {
            int w = 24 + (KeyFigures.LABELS.get(SERIES[i]).length() + 4) * 14;
            if (lx > LEFT && lx + w > width - RIGHT) {
                lx = LEFT;
                ly += 26;
            }
            legend[i] = new int[] {lx, ly};
            lx += w + 20;
        }
        int plotTop = ly + 18 + TOP;
        int height = plotTop + PLOT_H + BOTTOM;
        int base = plotTop + PLOT_H;
        BigDecimal max = BigDecimal.ZERO;
        for (KeyFigures k : years) {
            for (int s : SERIES) {
                BigDecimal v = k.values().get(s);
                if (v != null && v.compareTo(max) > 0) {
                    max = v;
                }
            }
        }
        long step = step(max);
        long top = Math.max(
                step,
                max.divide(BigDecimal.valueOf(step), 0, RoundingMode.CEILING).longValue() * step);

        StringBuilder sb = new StringBuilder();
        SvgText.put(
                sb,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"kf-chart\" role=\"img\" aria-labelledby=\"{} {}\""
                        + " viewBox=\"0 0 {} {}\" width=\"{}\" height=\"{}\">\n",
                TITLE_ID,
                DESC_ID,
                width,
                height,
                width,
                height);
        SvgText.put(sb, "<title id=\"{}\">{}</title>\n", TITLE_ID, SvgText.esc(TITLE));
        SvgText.put(sb, "<desc id=\"{}\">{}</desc>\n", DESC_ID, SvgText.esc(description(years, isGap)));
        SvgText.put(
                sb,
                "<defs>\n<pattern id=\"kf-pat-1\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" "
                        + "patternTransform=\"rotate(45)\"><rect width=\"8\" height=\"8\" fill=\"{}\"/>"
                        + "<rect width=\"2.5\" height=\"8\" fill=\"#fff\"/></pattern>\n"
                        + "<pattern id=\"kf-pat-2\" width=\"7\" height=\"7\" patternUnits=\"userSpaceOnUse\">"
                        + "<rect width=\"7\" height=\"7\" fill=\"{}\"/><circle cx=\"3.5\" cy=\"3.5\" r=\"1.4\" "
                        + "fill=\"#fff\"/></pattern>\n</defs>\n",
                COLOURS[1],
                COLOURS[2]);

        SvgText.put(sb, "<g class=\"kf-legend\" font-size=\"14\" fill=\"{}\">\n", TEXT);
        for (int i = 0; i < SERIES.length; i++) {
            int lgx = legend[i][0];
            int lgy = legend[i][1];
            String name = KeyFigures.LABELS.get(SERIES[i]);
            SvgText.put(
                    sb,
                    "<rect x=\"{}\" y=\"{}\" width=\"18\" height=\"18\" fill=\"{}\" stroke=\"{}\" "
                            + "stroke-width=\"1.5\"/><text x=\"{}\" y=\"{}\">{}</text>\n",
                    lgx,
                    lgy,
                    fill(i),
                    COLOURS[i],
                    lgx + 24,
                    lgy + 14,
                    SvgText.esc(name + "（" + SHORT[i] + "）"));
        }
        sb.append("</g>\n");

        // Grid lines and y axis ticks.
        SvgText.put(sb, "<g class=\"kf-axis\" font-size=\"13\" fill=\"{}\">\n", TEXT);
        for (long t = 0; t <= top; t += step) {
            double y = base - (double) t / top * PLOT_H;
            SvgText.put(
                    sb,
                    "<line x1=\"{}\" x2=\"{}\" y1=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"1\"/>"
                            + "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n",
                    LEFT,
                    LEFT + plotW,
                    SvgText.fmt(y),
                    SvgText.fmt(y),
                    t == 0 ? AXIS : GRID,
                    LEFT - 8,
                    SvgText.fmt(y + 4.5),
                    t);
        }
        SvgText.put(
                sb,
                "<line x1=\"{}\" x2=\"{}\" y1=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"1\"/>\n",
                LEFT,
                LEFT,
                plotTop,
                base,
                AXIS);
        int midY = plotTop + PLOT_H / 2;
        SvgText.put(
                sb,
                "<text x=\"16\" y=\"{}\" text-anchor=\"middle\" transform=\"rotate(-90 16 {})\">{}</text>\n",
                midY,
                midY,
                SvgText.esc("件数（件）"));
        SvgText.put(
                sb,
                "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n",
                LEFT + plotW / 2,
                height - 8,
                SvgText.esc("年度"));
        sb.append("</g>\n");

        // One group of bars per year.
        int x0 = LEFT + (plotW - years.size() * pitch) / 2 + GROUP_GAP / 2;
        for (int y = 0; y < years.size(); y++) {
            KeyFigures k = years.get(y);
            int gx = x0 + y * pitch;
            SvgText.put(sb, "<g class=\"kf-year{}\" data-year=\"{}\">\n", isGap.test(k) ? " kf-missing" : "", k.year());
            if (isGap.test(k)) {
                // A year without a report is drawn as missing, never closed up: the axis keeps its place.
                SvgText.put(
                        sb,
                        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"none\" stroke=\"{}\" "
                                + "stroke-width=\"1\" stroke-dasharray=\"4 4\"/><text x=\"{}\" y=\"{}\" "
                                + "text-anchor=\"middle\" font-size=\"14\" fill=\"{}\">{}</text>\n",
                        gx,
                        plotTop,
                        group,
                        PLOT_H,
                        AXIS,
                        gx + group / 2,
                        base - PLOT_H / 2,
                        TEXT,
                        SvgText.esc(MISSING));
            }
            for (int i = 0; i < SERIES.length && !isGap.test(k); i++) {
                BigDecimal v = k.values().get(SERIES[i]);
                int bx = gx + i * (BAR + BAR_GAP);
                double cx = bx + BAR / 2.0;
                if (v != null) {
                    double h = v.doubleValue() / top * PLOT_H;
                    double by = base - h;
                    SvgText.put(
                            sb,
                            "<rect class=\"kf-bar kf-s{}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" "
                                    + "fill=\"{}\" stroke=\"{}\" stroke-width=\"1.5\"/>",
                            i,
                            bx,
                            SvgText.fmt(by),
                            BAR,
                            SvgText.fmt(h),
                            fill(i),
                            COLOURS[i]);
                    SvgText.put(
                            sb,
                            "<text class=\"kf-value\" x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"14\" "
                                    + "font-weight=\"700\" fill=\"{}\">{}</text>\n",
                            SvgText.fmt(cx),
                            SvgText.fmt(by - 6),
                            TEXT,
                            SvgText.esc(v.toPlainString()));
                } else {
                    SvgText.put(
                            sb,
                            "<text class=\"kf-value\" x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"12\" "
                                    + "fill=\"{}\">{}</text>\n",
                            SvgText.fmt(cx),
                            base - 6,
                            TEXT,
                            SvgText.esc("未填"));
                }
                SvgText.put(
                        sb,
                        "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"13\" fill=\"{}\">{}</text>\n",
                        SvgText.fmt(cx),
                        base + 18,
                        TEXT,
                        SvgText.esc(SHORT[i]));
            }
            SvgText.put(
                    sb,
                    "<text class=\"kf-year-label\" x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"15\" "
                            + "font-weight=\"700\" fill=\"{}\">{}</text>\n",
                    gx + group / 2,
                    base + 42,
                    TEXT,
                    SvgText.esc(k.year() + "年"));
            sb.append("</g>\n");
        }
        sb.append("</svg>");
        return sb.toString();
    }

    /** The long description: what is drawn and every figure, ending with a pointer to the table. */
    static String description(List<KeyFigures> years, Predicate<KeyFigures> isGap) {
        StringBuilder sb = new StringBuilder("分组柱状图，共").append(years.size()).append("个年度，每个年度三根柱，从左到右依次为");
        for (int i = 0; i < SERIES.length; i++) {
            sb.append(i == 0 ? "" : "、").append(KeyFigures.LABELS.get(SERIES[i]));
        }
        sb.append("。");
        for (KeyFigures k : years) {
            sb.append(k.year()).append("年：");
            if (isGap.test(k)) {
                sb.append(MISSING).append("；");
                continue;
            }
            for (int i = 0; i < SERIES.length; i++) {
                BigDecimal v = k.values().get(SERIES[i]);
                sb.append(i == 0 ? "" : "，")
                        .append(KeyFigures.LABELS.get(SERIES[i]))
                        .append(v == null ? "未填" : v.toPlainString() + "件");
            }
            sb.append("；");
        }
        sb.setLength(sb.length() - 1);
        return sb.append("。数据见下表。").toString();
    }

    /** Shown for a year between the first and the last that has no report. */
    static final String MISSING = "无年度报告";
    /** Gaps are drawn only within this many years, so a mistyped year cannot make the chart huge. */
    static final int MAX_SPAN = 30;

    /** The years from the first to the last; a year without a report is an entry with no values. */
    static List<KeyFigures> withGaps(List<KeyFigures> sorted) {
        int first = sorted.get(0).year();
        int last = sorted.get(sorted.size() - 1).year();
        if (last - first > MAX_SPAN) {
            return sorted;
        }
        List<KeyFigures> out = new ArrayList<>();
        int at = 0;
        for (int y = first; y <= last; y++) {
            boolean found = false;
            while (at < sorted.size() && sorted.get(at).year() == y) {
                out.add(sorted.get(at++));
                found = true;
            }
            if (!found) {
                out.add(new KeyFigures(y, null, null, null, null, null, null));
            }
        }
        return out;
    }

    private static String fill(int series) {
        return series == 0 ? COLOURS[0] : "url(#kf-pat-" + series + ")";
    }

    /** A tick step of 1, 2 or 5 times a power of ten giving about four intervals; at least 1. */
    static long step(BigDecimal max) {
        double raw = max.doubleValue() / 4;
        if (raw <= 1) {
            return 1;
        }
        long mag = (long) Math.pow(10, Math.floor(Math.log10(raw)));
        for (long m : new long[] {1, 2, 5, 10}) {
            if (m * mag >= raw) {
                return m * mag;
            }
        }
        return 10 * mag;
    }
}
