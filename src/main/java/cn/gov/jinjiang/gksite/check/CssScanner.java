package cn.gov.jinjiang.gksite.check;

import cn.gov.jinjiang.gksite.diag.LineIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the {@code url(...)} and {@code @import} references of a stylesheet or a style attribute. */
final class CssScanner {
    private static final Pattern URL =
            Pattern.compile("url\\(\\s*(['\"]?)([^'\")]*?)\\1\\s*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern IMPORT = Pattern.compile("@import\\s+(['\"])([^'\"]+)\\1", Pattern.CASE_INSENSITIVE);

    private CssScanner() {}

    /**
     * The references of {@code css}, with positions shifted so that the text starts at
     * {@code line}:{@code column} of its file (line 0: positions are not tracked, all 0).
     */
    static List<PageFacts.Ref> refs(String css, String element, int line, int column) {
        List<PageFacts.Ref> out = new ArrayList<>();
        LineIndex idx = new LineIndex(css);
        for (Pattern p : new Pattern[] {URL, IMPORT}) {
            Matcher m = p.matcher(css);
            while (m.find()) {
                String url = m.group(2).strip();
                if (url.isEmpty() || url.startsWith("data:")) {
                    continue;
                }
                int l = idx.line(m.start(2));
                int c = idx.column(m.start(2));
                out.add(
                        line == 0
                                ? new PageFacts.Ref(url, element, 0, 0)
                                : new PageFacts.Ref(url, element, line + l - 1, l == 1 ? column + c - 1 : c));
            }
        }
        return out;
    }
}
