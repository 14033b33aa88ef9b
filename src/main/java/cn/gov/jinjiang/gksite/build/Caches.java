package cn.gov.jinjiang.gksite.build;

import cn.gov.jinjiang.gksite.content.ContentMemo;
import cn.gov.jinjiang.gksite.content.FileDigests;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.parallel.Tasks;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;

/**
 * The build caches of a build: its Markdown's, the state it keeps of its pages for the next build, and what it
 * remembers of its sources (null key: none).
 */
record Caches(MarkdownCache markdown, String key, FileDigests digests) {
    boolean on() {
        return key != null && digests != null;
    }

    /**
     * The state the last build into {@code output} recorded, when there is a trusted one; a file at its place
     * that is not gksite's is reported ({@code cache.unusable}) and left as it is.
     */
    RenderState state(Path root, Path output, Diagnostics diags) {
        if (!on()) {
            return null;
        }
        String rel = RenderStateFile.of(output);
        Diagnostic problem = RenderStateFile.problem(root, rel);
        if (problem != null) {
            diags.add(problem);
            return null;
        }
        return RenderStateFile.read(root, rel, HexFormat.of().parseHex(key));
    }

    /** Records {@code state} of a build whose site is in place now ({@link RenderStateFile#write}). */
    void save(Path root, Path output, RenderState state) {
        if (on() && state != null) {
            RenderStateFile.write(
                    root, RenderStateFile.of(output), HexFormat.of().parseHex(key), state);
        }
    }

    /**
     * What the last build in {@code root} remembered of its pages ({@link ContentMemoFile}; nothing without a key or
     * a trusted file), to be filled for the next.
     */
    static ContentMemo memo(Path root, String key) {
        Map<String, ContentMemo.Entry> last = key == null
                ? Map.of()
                : ContentMemoFile.read(root, HexFormat.of().parseHex(key));
        return new ContentMemo(last, Clock.systemUTC().instant());
    }

    /**
     * Starts recording what {@code memo} remembered for the next build, on a thread of its own, unless it is what the
     * last build did; a file at its place that is not gksite's is reported ({@code cache.unusable}) and left as it
     * is. The task's result: whether the file was written.
     */
    Tasks.Background<Boolean> remember(Path root, ContentMemo memo, Diagnostics diags) {
        Diagnostic problem = on() && memo != null ? ContentMemoFile.problem(root) : null;
        if (problem != null) {
            diags.add(problem);
        }
        boolean write = on() && memo != null && problem == null && !memo.unchanged();
        return Tasks.start(
                "gksite-content-memo",
                () -> write && ContentMemoFile.write(root, HexFormat.of().parseHex(key), memo.next()));
    }
}
