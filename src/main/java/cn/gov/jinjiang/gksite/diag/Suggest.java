package cn.gov.jinjiang.gksite.diag;

import java.util.Collection;

/** Did-you-mean: the closest known word to a misspelt one, by edit distance. */
public final class Suggest {
    private Suggest() {}

    /**
     * The candidate closest to {@code word}, if it is close enough to be a likely typo (at most a third
     * of the longer word's length, and at least one character), else null.
     */
    public static String closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDist = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(word, c);
            if (d < bestDist) {
                bestDist = d;
                best = c;
            }
        }
        if (best == null) {
            return null;
        }
        int limit = Math.max(1, Math.max(word.length(), best.length()) / 3);
        return bestDist <= limit ? best : null;
    }

    /** A hint sentence: 「是否想写 “x”？」 or "" when nothing is close. */
    public static String hint(String word, Collection<String> candidates) {
        String c = closest(word, candidates);
        return c == null ? "" : "是否想写“" + c + "”？";
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
