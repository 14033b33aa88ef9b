package cn.gov.jinjiang.gksite.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A complete new site in its staging folder, not yet visible at the output path. Exactly one of
 * {@link #commit()}, {@link #commitLeavingOld()} or {@link #discard()} must be called.
 */
public record Staged(Path folder, Path output, OutputManifest manifest) {
    /** Swaps the staged site in place of the output folder and records its manifest beside it. */
    public void commit() {
        commitLeavingOld().run();
    }

    /**
     * As {@link #commit()}, leaving the old site to be removed by the task returned (which the caller may run on
     * a thread of its own while it goes on). Not run, the old site is removed by the next build to this output.
     */
    public Runnable commitLeavingOld() {
        Path old;
        try {
            old = SiteSwap.swapLeavingOld(folder, output, manifest);
        } catch (IOException e) {
            discardUnlessJournalled();
            throw OutputWriter.ioError(output, "替换输出目录失败", e);
        } catch (RuntimeException e) {
            discardUnlessJournalled();
            throw e;
        }
        return () -> {
            if (old != null) {
                OutputWriter.deleteTree(old);
            }
        };
    }

    /** After a failed swap: the staged site goes, unless a journal left for the next start still needs it. */
    private void discardUnlessJournalled() {
        if (!Files.exists(SiteSwap.journal(output))) {
            OutputWriter.deleteTree(folder);
        }
    }

    /** Removes the staged site; the output folder stays as it was. */
    public void discard() {
        OutputWriter.deleteTree(folder);
    }
}
