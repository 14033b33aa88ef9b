package cn.gov.jinjiang.gksite.check;

import java.util.List;
import java.util.Set;

/**
 * What the checker keeps of one parsed page: its ids (targets of fragments) and its outgoing references.
 * The DOM itself is dropped after parsing, so memory stays bounded on large sites.
 */
record PageFacts(String path, Set<String> ids, List<Ref> refs, List<Problem> problems) {

    /** A reference from a page: the attribute's raw value, the element, and its line in the page. */
    record Ref(String url, String element, int line, int column) {
    }

    /** A problem found while parsing (accessibility basics). */
    record Problem(String code, String message, int line, int column) {
    }
}
