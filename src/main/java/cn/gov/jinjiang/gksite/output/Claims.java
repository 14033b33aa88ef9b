package cn.gov.jinjiang.gksite.output;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The output paths of one staging folder, each claimed as a file or as a folder holding files, so that a path
 * needed as both ({@code xxgk} beside {@code xxgk/index.html}) is found before either is written, whatever the
 * order of the parallel writes: the two claims meet in one atomic {@code putIfAbsent}. Thread-safe.
 */
final class Claims {
    private final Map<String, Boolean> kinds = new ConcurrentHashMap<>();
    private final Set<String> both = ConcurrentHashMap.newKeySet();

    /** Claims {@code path} as a file and its parents as folders; false when one of them is claimed the other way. */
    boolean claim(String path) {
        boolean ok = true;
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
            String dir = path.substring(0, slash);
            if (Boolean.TRUE.equals(kinds.putIfAbsent(dir, Boolean.FALSE))) {
                both.add(dir);
                ok = false;
            }
        }
        if (Boolean.FALSE.equals(kinds.putIfAbsent(path, Boolean.TRUE))) {
            both.add(path);
            ok = false;
        }
        return ok;
    }

    /** The paths claimed as a file and as a folder, sorted. */
    Set<String> fileAndFolder() {
        return new TreeSet<>(both);
    }
}
