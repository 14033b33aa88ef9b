package cn.gov.jinjiang.gksite.report;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text normalisation for matching printed labels whatever their source: full- or half-width brackets
 * and digits, spaces, 、，. separators and quotes are all ignored.
 */
final class LabelText {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
    /** A figure written against the end of its label ("行政许可106"): label, then the number. */
    private static final Pattern GLUED =
            Pattern.compile("(.*[\\p{IsHan})”])([+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)");

    private static final Pattern IGNORED = Pattern.compile("[\\s\\p{Z}“”\"'‘’「」『』《》〈〉、，,．.。:：;；()（）\\[\\]【】*#|]");
    private static final Pattern PAGE_NUMBER =
            Pattern.compile("[-—–－]+\\s*\\d{1,3}\\s*[-—–－]+|第\\s*\\d{1,3}\\s*页.*|\\d{1,3}\\s*/\\s*\\d{1,3}");
    private static final Pattern ORDINAL = Pattern.compile("^([一二三四五六七八九十]+|\\d+)");
    /** A line that begins a numbered item: 1. 1、 1） （1） （一） 一、 (after NFKC). */
    private static final Pattern ITEM = Pattern.compile(
            "^\\s*(\\d{1,2}(\\.(?!\\d)|、|\\))|\\(\\d{1,2}\\)|\\([一二三四五六七八九十]{1,3}\\)|[一二三四五六七八九十]{1,3}、)");
    /** An item numbered ① to ⑳: before NFKC, which makes ① a bare "1". */
    private static final Pattern CIRCLED = Pattern.compile("^[\\s\\p{Z}]*[①-⑳]");

    private static final Pattern CIRCLED_MARK = Pattern.compile("[①-⑳]");

    private LabelText() {}

    /** NFKC, then without spaces, quotes, brackets and separators. */
    static String norm(String s) {
        return IGNORED.matcher(nfkc(s)).replaceAll("");
    }

    /** NFKC (full-width digits and brackets to ASCII), with the minus sign as ASCII. */
    static String nfkc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replace('−', '-');
    }

    /** Full-width digits and the ideographic space made ASCII, everything else as printed. */
    static String digits(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c == '\u3000' ? ' ' : c);
        }
        return sb.toString();
    }

    /**
     * Lines of one wrapped cell or paragraph joined back: Chinese text runs on without a space, a space
     * stays between two Latin letters or figures.
     */
    static String joinWrapped(List<String> parts) {
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (!sb.isEmpty() && isLatin(sb.charAt(sb.length() - 1)) && isLatin(p.charAt(0))) {
                sb.append(' ');
            }
            sb.append(p);
        }
        return sb.toString();
    }

    private static boolean isLatin(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }

    /** The label without its ordinal, normalised: "（一）予以公开" → "予以公开", "1.属于国家秘密" → "属于国家秘密". */
    static String normWithoutOrdinal(String label) {
        return ORDINAL.matcher(norm(label)).replaceFirst("");
    }

    /** Whether the line begins with a numbered item (1. 1、 （1） （一） 一、 ①): a new label, not a wrapped one. */
    static boolean startsItem(String line) {
        return CIRCLED.matcher(line).find() || ITEM.matcher(nfkc(line)).find();
    }

    static boolean isPageNumber(String line) {
        return PAGE_NUMBER.matcher(nfkc(line).strip()).matches();
    }

    /**
     * The index of the national heading (0 = 一、总体情况) this line is, or -1. A line of the heading's words
     * alone counts too: Word's automatic numbering keeps "一、" out of the paragraph's text.
     */
    static int heading(String line) {
        String n = norm(line.replaceAll("\\{#[^}]*}\\s*$", ""));
        for (int i = 0; i < ReportFormat.HEADINGS.length; i++) {
            if (n.equals(norm(ReportFormat.HEADINGS[i])) || n.equals(normWithoutOrdinal(ReportFormat.HEADINGS[i]))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A row split into its label (normalised) and its cells after the label, in order: a number, or null
     * for a blank cell (empty, "/" or "-").
     *
     * @param positional whether the cells were separated explicitly, so that an empty cell counts
     */
    record Row(String label, List<BigDecimal> values, boolean positional) {
        Row {
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }

        /** Whether every cell after the label is blank (and there is at least one). */
        boolean blankOnly() {
            return !values.isEmpty() && values.stream().allMatch(v -> v == null);
        }
    }

    /**
     * The number a cell holds ("3,001" and full-width digits allowed), or null when it is not one: an item's
     * mark ① to ⑳ is no figure, though NFKC makes it one.
     */
    static BigDecimal number(String cell) {
        if (CIRCLED_MARK.matcher(cell).find()) {
            return null;
        }
        String s = nfkc(cell).strip();
        return NUMBER.matcher(s).matches() ? new BigDecimal(s.replace(",", "")) : null;
    }

    /**
     * Running text without separators: the trailing numbers (and "/" "-" placeholders) are the cells, what
     * comes before is the label.
     */
    static Row split(String text) {
        // split as printed (NFKC would make an item's mark ① the figure 1); the label is normalised whole below
        String[] tokens = text.strip().split("[\\s\\p{Z}]+");
        int end = tokens.length;
        List<BigDecimal> values = new ArrayList<>();
        String glued = null;
        while (end > 0 && !tokens[end - 1].isEmpty()) {
            String t = tokens[end - 1];
            BigDecimal n = number(t);
            if (n != null || Cell.isPlaceholder(nfkc(t))) {
                values.add(0, n);
                end--;
                continue;
            }
            Matcher m = GLUED.matcher(nfkc(t));
            if (m.matches()) {
                values.add(0, new BigDecimal(m.group(2).replace(",", "")));
                glued = m.group(1);
            }
            break;
        }
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < end; i++) {
            label.append(i == end - 1 && glued != null ? glued : tokens[i]);
        }
        return new Row(norm(label.toString()), values, false);
    }

    /**
     * A row whose cells are known: the label is every cell up to the last one holding text, the cells after
     * it are the values, an empty one a blank at its position.
     */
    static Row cells(List<String> cells) {
        int last = -1;
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (!Cell.isPlaceholder(c) && number(c) == null) {
                last = i;
            }
        }
        StringBuilder label = new StringBuilder();
        for (int i = 0; i <= last; i++) {
            label.append(cells.get(i));
        }
        List<BigDecimal> values = new ArrayList<>();
        for (String c : cells.subList(last + 1, cells.size())) {
            values.add(number(c));
        }
        return new Row(norm(label.toString()), values, true);
    }

    /** The row of a line: by its cells when they are known, else by splitting its text. */
    static Row row(ImportLine line) {
        return line.positional() ? cells(line.cells()) : split(line.text());
    }
}
