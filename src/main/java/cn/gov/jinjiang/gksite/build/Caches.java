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
import java.util.function.Supplier;

/**
 * The build caches of a build: its Markdown's, the state it keeps of its pages for the next build, and what it
 * remembers of its sources (null key: none).
 */
record Caches(MarkdownCache markdown, String key, FileDigests digests, Supplier<RenderState> last) {
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
        Diagnostic problem = RenderStateFile.problem(root, RenderStateFile.of(output));
        if (problem != null) {
            diags.add(problem);
            return null;
        }
        return last.get();
    }

    /**
     * The state the last build into {@code output} recorded, read with {@code key} (null: none), when there is a
     * trusted one ({@link RenderStateFile#read}).
     */
    static RenderState readState(Path root, Path output, String key) {
        return key == null
                ? null
                : RenderStateFile.read(
                        root, RenderStateFile.of(output), HexFormat.of().parseHex(key));
    }

    /**
     * The state {@code made} gives, encoded and signed but for the time its site is in place ({@link
     * RenderStateFile#open}); null without a key or a state, or when it could not be made.
     */
    RenderStateFile.Sealing seal(Supplier<RenderState> made) {
        if (!on()) {
            return null;
        }
        try {
            RenderState state = made.get();
            return state == null ? null : RenderStateFile.open(HexFormat.of().parseHex(key), state.encode());
        } catch (RuntimeException e) {
            // The site is being put in place: a state that cannot be made is not recorded (the next build renders
            // every page), and the build is not failed for it.
            return null;
        }
    }

    /** Records a state {@link #seal sealed} of a build whose site is in place now, and whose old site is gone. */
    void save(Path root, Path output, RenderStateFile.Sealing sealed) {
        if (sealed != null) {
            sealed.put(root, RenderStateFile.of(output), Clock.systemUTC().instant());
        }
    }

    /**
     * What the last build in {@code root} remembered of its pages ({@link ContentMemoFile}; nothing without a key or
     * a trusted file), to be filled for the next; read on a thread of its own until it is first asked.
     */
    static ContentMemo memo(Path root, String key) {
        Tasks.Background<Map<String, ContentMemo.Entry>> last = Tasks.start(
                "gksite-read-memo",
                () -> key == null
                        ? Map.of()
                        : ContentMemoFile.read(root, HexFormat.of().parseHex(key)));
        return new ContentMemo(last::join, Clock.systemUTC().instant());
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
        return Tasks.start("gksite-content-memo", () -> {
            try {
                return write && ContentMemoFile.write(root, HexFormat.of().parseHex(key), memo.next());
            } catch (RuntimeException e) {
                return false; // nothing remembered: the next build reads every page; this one is not failed for it
            }
        });
    }
}
