package cn.gov.jinjiang.gksite.check;

import java.util.List;
import java.util.Set;

/**
 * What the checker keeps of one scanned file: its ids and a[name]s (targets of fragments), its outgoing
 * references and the problems seen while scanning. The DOM is dropped after scanning, so memory stays
 * bounded on large sites.
 *
 * @param path output path relative to the site folder
 */
record PageFacts(String path, Set<String> ids, List<Ref> refs, List<Problem> problems) {
    PageFacts {
        ids = Set.copyOf(ids);
        refs = List.copyOf(refs);
        problems = List.copyOf(problems);
    }

    /**
     * A reference from a file.
     *
     * @param url      the raw value as written
     * @param element  tag and attribute it came from, e.g. {@code a[href]} or {@code css url()}
     * @param line     1-based line in the output file
     * @param column   1-based column
     * @param inMain   whether it sits inside the page's main content, where Markdown output goes (links in
     *                 the header, navigation and footer come from templates, not from the page's source)
     */
    record Ref(String url, String element, int line, int column, boolean inMain) {
        Ref(String url, String element, int line, int column) {
            this(url, element, line, column, false);
        }
    }

    /**
     * A problem found while scanning (an accessibility basic), with its stable code.
     *
     * @param heading for a problem of a heading, the heading as Markdown writes it ({@code ### 工作要求}, its text cut
     *                as in the message), so it can be found in the page's source; else ""
     */
    record Problem(String code, String message, String hint, int line, int column, String heading) {
        Problem(String code, String message, String hint, int line, int column) {
            this(code, message, hint, line, column, "");
        }

        /** This problem, about the heading of {@code level} with {@code text}. */
        Problem about(int level, String text) {
            return new Problem(code, message, hint, line, column, "#".repeat(level) + " " + text);
        }
    }
}
