package cn.gov.jinjiang.gksite.render;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Which of the problems met while rendering a build reports: a template error once per template and line, not
 * once for every page that hits it; a page naming a layout the theme lacks ({@code render.layout-unknown}) once
 * per page, since each page is fixed on its own. The full build and the preview's build both filter by it.
 */
public final class RenderDiagnostics {
    static final String LAYOUT_UNKNOWN = "render.layout-unknown";

    private RenderDiagnostics() {}

    /** A fresh filter for one build's problems: true for the first of each place and code. Thread-safe. */
    public static Predicate<Diagnostic> oncePerPlace() {
        Set<String> reported = ConcurrentHashMap.newKeySet();
        return d -> d.code().equals(LAYOUT_UNKNOWN) || reported.add(d.pos().toString() + d.code());
    }
}
