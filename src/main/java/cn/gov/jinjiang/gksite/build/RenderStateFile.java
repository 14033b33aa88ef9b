package cn.gov.jinjiang.gksite.build;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

/**
 * The file of a {@link RenderState}: {@code .gksite/cache/render-<output>.bin} beside the sources, one per output
 * folder (a hash of its real path names it), never published. It is the state's bytes between a header and a
 * message authentication code with the build cache's key ({@link CacheKey}: the code's fingerprint and the user's
 * secret), so a file that anyone else wrote, or that a build of other code wrote, or that is damaged, is not read:
 * the build then renders every page ({@link SignedFile}). It is replaced whole after each build that wrote its site.
 */
final class RenderStateFile {
    static final String DIR = ".gksite/cache";
    static final byte[] MAGIC = "gksite render state v1\n".getBytes(StandardCharsets.US_ASCII);
    /**
     * Larger is not read (a state takes some 270 bytes a page: a million pages fit), nor more than a quarter of the
     * heap, so that a forged file of any size costs a full render, never the build's memory.
     */
    static final long MAX_BYTES = 256L << 20;

    private RenderStateFile() {}

    /** The relative path (to the source root) of the state of the site built into {@code output} (a real path). */
    static String of(Path output) {
        byte[] d = CodeFingerprint.sha256().digest(output.toString().getBytes(StandardCharsets.UTF_8));
        return DIR + "/render-" + HexFormat.of().formatHex(d, 0, 8) + ".bin";
    }

    private static final SignedFile FILE = new SignedFile(MAGIC, MAX_BYTES);

    /**
     * The state in {@code root}/{@code rel}, or null when there is none or it cannot be trusted: not a plain file,
     * not gksite's, not whole, signed with another key, or not decoded to its last byte.
     */
    static RenderState read(Path root, String rel, byte[] key) {
        byte[] bytes = FILE.read(root, rel, key);
        if (bytes == null) {
            return null;
        }
        try {
            return RenderState.decode(ByteBuffer.wrap(bytes));
        } catch (RuntimeException | CachedConversion.Malformed e) {
            return null;
        }
    }

    /**
     * Writes {@code state} to {@code root}/{@code rel} in place of what is there, unless what is there is not
     * gksite's; false when it was not written (the next build then renders every page). The state is of a build whose
     * site is in place now: a file of it touched later is not the build's ({@link RenderState#written}; by the file
     * system's clock, not the build's, which dates pages and which tests fix).
     */
    static boolean write(Path root, String rel, byte[] key, RenderState state) {
        return open(key, state.encode()).put(root, rel, Clock.systemUTC().instant());
    }

    /**
     * A state {@link RenderState#encode encoded} already, being signed with {@code key} but for the time its build
     * had put its site in place ({@link RenderState#written}: the last bytes of its encoding), which is set when it
     * is put in place.
     */
    static Sealing open(byte[] key, byte[] encoded) {
        return new Sealing(FILE.open(key, encoded, Long.BYTES));
    }

    /** See {@link #open}. */
    record Sealing(SignedFile.Open file) {
        /** Writes the state, of a build that had put its site in place at {@code t}; false when it was not. Once. */
        boolean put(Path root, String rel, Instant t) {
            return file.put(
                    root,
                    rel,
                    ByteBuffer.allocate(Long.BYTES)
                            .putLong(FileTime.from(t).to(TimeUnit.NANOSECONDS))
                            .array());
        }
    }

    /** See {@link SignedFile#problem}. */
    static Diagnostic problem(Path root, String rel) {
        return FILE.problem(root, rel);
    }
}
