package cn.gov.jinjiang.gksite.check;

import cn.gov.jinjiang.gksite.config.SiteConfig;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.output.OutputManifest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pages scanned while they were being written (a build hands each rendered page over before it lets it
 * go); {@link SiteChecker#check(Path, OutputManifest, SiteConfig, CheckOptions, Diagnostics, Scanned)} scans only the
 * files not in here. Thread-safe.
 */
public final class Scanned {
    final Map<String, PageFacts> facts = new ConcurrentHashMap<>();
    /** The files scanned with the byte scanner (pages gksite made), whose facts have no positions. */
    final Set<String> fast = ConcurrentHashMap.newKeySet();
    /** The files whose facts were restored from what a build saved (decoded from UTF-8: no lone surrogates). */
    private final Set<String> restored = ConcurrentHashMap.newKeySet();

    /**
     * Scans one output file given as bytes, with the byte scanner (a page the build rendered, so valid UTF-8),
     * without positions; anything but HTML is left for the disk pass.
     */
    public void scan(String path, byte[] bytes) {
        if (SiteChecker.isHtml(path)) {
            restored.remove(path);
            facts.put(path, PageScanner.fast(path, bytes, false));
            fast.add(path);
        }
    }

    /**
     * The facts of the files at {@code paths} that the byte scanner found (after a check: of every page gksite
     * made), encoded for a later build that keeps some of these files byte for byte ({@link #restore}).
     */
    public byte[] save(Collection<String> paths) {
        List<PageFacts> out = new ArrayList<>();
        for (String p : paths) {
            PageFacts f = facts.get(p);
            if (f != null && fast.contains(p)) {
                out.add(f);
            }
        }
        return FactsCodec.encode(out, f -> restored.contains(f.path()));
    }

    /**
     * Takes what {@link #save} recorded of the files at {@code paths}, which the caller keeps byte for byte as
     * they were when they were scanned: they are not scanned again. False (nothing taken) when {@code saved} is
     * not what save wrote.
     */
    public boolean restore(byte[] saved, Collection<String> paths) {
        Map<String, PageFacts> all;
        try {
            all = FactsCodec.decode(saved);
        } catch (IllegalArgumentException e) {
            return false;
        }
        for (String p : paths) {
            PageFacts f = all.get(p);
            if (f != null) {
                facts.put(p, f);
                fast.add(p);
                restored.add(p);
            }
        }
        return true;
    }
}
