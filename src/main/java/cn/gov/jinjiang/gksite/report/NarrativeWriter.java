package cn.gov.jinjiang.gksite.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the narrative lines of an imported report into Markdown: one paragraph per line (text from a
 * PDF: wrapped lines joined until a sentence ends or an indented line starts a paragraph), sub-headings
 * such as （一）主动公开情况 as {@code ###}, Markdown heading marks and bold stars of the source dropped.
 */
final class NarrativeWriter {
    private static final Pattern SUBHEADING = Pattern.compile("^[（(]\\s*[一二三四五六七八九十]{1,3}\\s*[)）]\\s*[^。；;，,]{1,30}$");
    private static final Pattern MARKS = Pattern.compile("^#+\\s*|^\\*\\*(.*)\\*\\*$");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[。！？!?：:；;]$");

    private NarrativeWriter() {}

    static String markdown(List<ImportLine> lines, InputKind kind) {
        List<String> paras = new ArrayList<>();
        StringBuilder open = null;
        for (ImportLine l : lines) {
            String s = clean(l.text());
            if (s.isEmpty()) {
                open = close(paras, open);
                continue;
            }
            if (SUBHEADING.matcher(s).matches()) {
                open = close(paras, open);
                paras.add("### " + s);
                continue;
            }
            if (kind.wrapped()) {
                // a line indented like a paragraph's first line starts one, whatever the line before ended with
                if (indented(l.text())) {
                    open = close(paras, open);
                }
                if (open == null) {
                    open = new StringBuilder(s);
                } else {
                    String joined = LabelText.joinWrapped(List.of(open.toString(), s));
                    open.setLength(0);
                    open.append(joined);
                }
                if (SENTENCE_END.matcher(s).matches()) {
                    open = close(paras, open);
                }
            } else {
                open = close(paras, open);
                paras.add(s);
            }
        }
        close(paras, open);
        return String.join("\n\n", paras);
    }

    private static boolean indented(String line) {
        int n = 0;
        for (int i = 0; i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\u3000'); i++) {
            n += line.charAt(i) == ' ' ? 1 : 2;
        }
        return n >= 2;
    }

    private static StringBuilder close(List<String> paras, StringBuilder open) {
        if (open != null) { // never empty: it starts with a non-empty line
            paras.add(open.toString());
        }
        return null;
    }

    static String clean(String line) {
        String s = line.strip();
        String prev;
        do {
            prev = s;
            s = MARKS.matcher(s).replaceFirst("$1").strip();
        } while (!s.equals(prev));
        return s;
    }
}
