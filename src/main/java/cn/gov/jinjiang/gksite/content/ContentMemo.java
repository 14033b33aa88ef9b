package cn.gov.jinjiang.gksite.content;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * What a {@link ContentLoader} remembers of the Markdown pages it read, from one build to the next: for each page
 * file, its identity in the file system when it was read ({@link Stat}) and what reading it gave ({@link Entry}).
 * A later build takes a page whose file still has that identity from here without reading it; its body is read
 * only if a stage asks for it ({@link Body}), and then only if its bytes are still the same.
 *
 * <p>The identity includes the file's change time (ctime), which only the kernel sets: any write to the file, a
 * rename, a change of its permissions moves it, even when the size and modification time are put back. A file
 * changed less than {@link #SETTLE} before it was read is not remembered (the next build reads it again): a
 * second write in the same tick of the file system's clock (one second on some) would leave the identity as it
 * was. Where the file system gives no such identity, nothing is remembered. Thread-safe.
 */
public final class ContentMemo {
    /** How long a file must be left alone before it is remembered. */
    public static final Duration SETTLE = Duration.ofSeconds(2);

    private final Supplier<Map<String, Entry>> last;
    private Map<String, Entry> previous;
    private final Map<String, Entry> next = new ConcurrentHashMap<>();
    private final long settled;

    /**
     * @param previous what the last build remembered, by source (the path relative to the source root)
     * @param now      the time now by the file system's clock (the machine's, not a build's fixed clock)
     */
    public ContentMemo(Map<String, Entry> previous, Instant now) {
        this(() -> previous, now);
    }

    /**
     * @param previous what the last build remembered, by source, asked for when first needed (it may be read
     *                 meanwhile); called once
     * @param now      the time now by the file system's clock
     */
    public ContentMemo(Supplier<Map<String, Entry>> previous, Instant now) {
        this.last = previous;
        this.settled = FileTime.from(now.minus(SETTLE)).to(TimeUnit.NANOSECONDS);
    }

    /**
     * A file's identity: its size, modification and change times (nanoseconds since the epoch), inode and device.
     */
    public record Stat(long size, long modified, long changed, long inode, long device) {
        /** The identity of {@code file} (not following a link), or null where the file system gives none. */
        static Stat of(Path file) {
            try {
                Map<String, Object> a = Files.readAttributes(
                        file, "unix:size,lastModifiedTime,ctime,ino,dev", LinkOption.NOFOLLOW_LINKS);
                return new Stat(
                        (Long) a.get("size"),
                        ((FileTime) a.get("lastModifiedTime")).to(TimeUnit.NANOSECONDS),
                        ((FileTime) a.get("ctime")).to(TimeUnit.NANOSECONDS),
                        (Long) a.get("ino"),
                        (Long) a.get("dev"));
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
    }

    /**
     * What reading a page file gave: the fingerprint of its bytes ({@link FileDigests}), its output path, its front
     * matter, the line its body starts on, whether the body is blank, and every problem found in the file.
     */
    public record Entry(
            Stat stat,
            byte[] digest,
            String output,
            PageMeta meta,
            int bodyLine,
            boolean blank,
            List<Diagnostic> problems) {
        public Entry {
            Objects.requireNonNull(stat, "stat");
            Objects.requireNonNull(output, "output");
            Objects.requireNonNull(meta, "meta");
            if (digest.length != FileDigests.BYTES) {
                throw new IllegalArgumentException("a fingerprint has " + FileDigests.BYTES + " bytes");
            }
            digest = digest.clone();
            problems = List.copyOf(problems);
        }

        @Override
        public byte[] digest() {
            return digest.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Entry e
                    && stat.equals(e.stat)
                    && Arrays.equals(digest, e.digest)
                    && output.equals(e.output)
                    && meta.equals(e.meta)
                    && bodyLine == e.bodyLine
                    && blank == e.blank
                    && problems.equals(e.problems);
        }

        @Override
        public int hashCode() {
            return Objects.hash(stat, Arrays.hashCode(digest), output, meta, bodyLine, blank, problems);
        }
    }

    /** The entry of {@code source} when its file has identity {@code stat} still; else null. */
    Entry find(String source, Stat stat) {
        Entry e = previous().get(source);
        return e != null && e.stat().equals(stat) ? e : null;
    }

    /**
     * Keeps {@code entry} for the next build, unless its file changed too recently to be sure of it: its change or
     * modification time (a file system that keeps no true ctime) is less than {@link #SETTLE} before now.
     */
    void remember(String source, Entry entry) {
        if (Math.max(entry.stat().changed(), entry.stat().modified()) < settled) {
            next.put(source, entry);
        }
    }

    /** Whether the next build would remember what the last one did (there is nothing to write). */
    public boolean unchanged() {
        return next.equals(previous());
    }

    private synchronized Map<String, Entry> previous() {
        if (previous == null) {
            previous = Map.copyOf(last.get());
        }
        return previous;
    }

    /** What to remember for the next build: every page file this build took from here or read and could keep. */
    public Map<String, Entry> next() {
        return Map.copyOf(next);
    }
}
