package cn.gov.jinjiang.gksite.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page scanned again with positions, the first time a problem on it needs them, by the scanner that
 * scanned it first (the same refs and problems in the same order).
 */
final class PositionScan {
    private final Path site;
    private final String page;
    private final boolean fast;
    private PageFacts facts;
    private boolean done;

    private final Map<List<?>, Map<Object, Integer>> indexes = new IdentityHashMap<>();

    PositionScan(Path site, String page, boolean fast) {
        this.site = site;
        this.page = page;
        this.fast = fast;
    }

    /**
     * Where {@code item} (that very object) first stands in {@code list}; -1 when absent. The lists are indexed once
     * per page: a page with thousands of broken links looked each one up from the start.
     */
    int indexOf(List<?> list, Object item) {
        Map<Object, Integer> index = indexes.computeIfAbsent(list, l -> {
            Map<Object, Integer> m = new IdentityHashMap<>();
            for (int i = l.size() - 1; i >= 0; i--) {
                m.put(l.get(i), i);
            }
            return m;
        });
        Integer i = index.get(item);
        return i == null ? -1 : i;
    }

    PageFacts facts() {
        if (!done) {
            done = true;
            if (SiteChecker.isHtml(page)) {
                try {
                    Path file = site.resolve(page);
                    facts = fast
                            ? PageScanner.fast(page, Files.readAllBytes(file), true)
                            : PageScanner.jsoup(page, Files.readString(file, StandardCharsets.UTF_8), true);
                } catch (IOException e) {
                    facts = null;
                }
            }
        }
        return facts;
    }
}
