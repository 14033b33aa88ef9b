package cn.gov.jinjiang.gksite.report;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text normalisation for matching printed labels whatever their source: full- or half-width brackets
 * and digits, spaces, 、，. separators and quotes are all ignored.
 */
final class LabelText {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
    private static final Pattern IGNORED = Pattern.compile("[\\s\\p{Z}“”\"'‘’「」『』《》〈〉、，,．.。:：;；()（）\\[\\]【】*#]");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—–－]+\\s*\\d{1,3}\\s*[-—–－]+|第\\s*\\d{1,3}\\s*页.*|\\d{1,3}\\s*/\\s*\\d{1,3}");
    private static final Pattern ORDINAL = Pattern.compile("^([一二三四五六七八九十]+|\\d+)");

    private static final Pattern ITEM = Pattern.compile("(^|\\s)(\\d{1,2}\\.|\\([一二三四五六七八九十]{1,3}\\)|[一二三四五六七八九十]{1,3}、)");

    private LabelText() {
    }

    /** NFKC, then without spaces, quotes, brackets and separators. */
    static String norm(String s) {
        return IGNORED.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC)).replaceAll("");
    }

    /** The label without its ordinal, normalised: "（一）予以公开" → "予以公开", "1.属于国家秘密" → "属于国家秘密". */
    static String normWithoutOrdinal(String label) {
        return ORDINAL.matcher(norm(label)).replaceFirst("");
    }

    /** Whether the line starts a numbered item (1. / （一） / 一、) somewhere: a new row, not a wrapped label. */
    static boolean startsItem(String line) {
        return ITEM.matcher(Normalizer.normalize(line, Normalizer.Form.NFKC)).find();
    }

    static boolean isPageNumber(String line) {
        return PAGE_NUMBER.matcher(Normalizer.normalize(line, Normalizer.Form.NFKC).strip()).matches();
    }

    /** The index of the national heading (0 = 一、总体情况) this line is, or -1. */
    static int heading(String line) {
        String n = norm(line.replaceAll("\\{#[^}]*}\\s*$", ""));
        for (int i = 0; i < ReportFormat.HEADINGS.length; i++) {
            if (n.equals(norm(ReportFormat.HEADINGS[i]))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A row split into its label (the text before the trailing numbers, normalised) and the trailing
     * numbers, in order.
     */
    record Row(String label, List<BigDecimal> numbers) {
    }

    static Row split(String text) {
        String[] tokens = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().split("[\\s\\p{Z}]+");
        int end = tokens.length;
        List<BigDecimal> nums = new ArrayList<>();
        while (end > 0 && NUMBER.matcher(tokens[end - 1]).matches()) {
            nums.add(0, new BigDecimal(tokens[end - 1].replace(",", "")));
            end--;
        }
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < end; i++) {
            label.append(tokens[i]);
        }
        return new Row(norm(label.toString()), List.copyOf(nums));
    }
}
