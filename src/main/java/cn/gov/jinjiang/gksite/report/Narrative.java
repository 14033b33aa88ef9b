package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.util.ArrayList;
import java.util.List;

/**
 * The narrative of a report (index.md's body) as source lines and sentences, each with its position in
 * the file, for the narrative rules (R10–R14). A sentence ends at 。！？； or at the end of its line; list
 * markers, heading marks and emphasis are left in (the regexes of the rules tolerate them).
 */
final class Narrative {
    /** One sentence of the narrative: its text and the file line and column where it starts. */
    record Sentence(String text, String file, int line, int column) {
        /** The position of the character at {@code index} in {@link #text()}. */
        SourcePos pos(int index) {
            return new SourcePos(file, line, column + index);
        }
    }

    /** One source line of the body: its text and its 1-based line in the file. */
    record Line(String text, int line) {}

    private final List<Line> lines = new ArrayList<>();
    private final List<Sentence> sentences = new ArrayList<>();

    Narrative(AnnualReport r) {
        String file = r.page().source();
        String[] raw = r.page().body().text().split("\r?\n", -1);
        int first = Math.max(1, r.page().bodyLine());
        for (int i = 0; i < raw.length; i++) {
            int lineNo = first + i;
            String text = raw[i];
            lines.add(new Line(text, lineNo));
            if (text.strip().startsWith("#")) {
                continue;
            }
            int start = 0;
            for (int j = 0; j < text.length(); j++) {
                char c = text.charAt(j);
                if (c == '。' || c == '！' || c == '？' || c == '；') {
                    add(file, text, start, j + 1, lineNo);
                    start = j + 1;
                }
            }
            add(file, text, start, text.length(), lineNo);
        }
    }

    private void add(String file, String text, int from, int to, int lineNo) {
        if (!text.substring(from, to).isBlank()) {
            sentences.add(new Sentence(text.substring(from, to), file, lineNo, from + 1));
        }
    }

    List<Line> lines() {
        return lines;
    }

    List<Sentence> sentences() {
        return sentences;
    }
}
