package cn.gov.jinjiang.gksite.content;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The fingerprint ({@link #of(byte[])}) of the bytes of every Markdown page and YAML data file a {@link ContentLoader}
 * read, whether or not it could be decoded and parsed, by source: the path relative to the source root, as
 * {@link Page#source()} and {@link DataFile#source()} give it. The build compares them with its last build's to find
 * the files an edit changed. Thread-safe (the loader reads files in parallel).
 */
public final class FileDigests {
    /** Bytes of a fingerprint. */
    public static final int BYTES = 16;

    private final Map<String, byte[]> digests = new ConcurrentHashMap<>();

    void add(String source, byte[] bytes) {
        digests.put(source, of(bytes));
    }

    /** Records {@code digest} as the fingerprint of the file at {@code source}, not read ({@link ContentMemo}). */
    void put(String source, byte[] digest) {
        digests.put(source, digest.clone());
    }

    /**
     * The fingerprint of {@code bytes}: their length, CRC-32C and CRC-32 ({@link #BYTES} bytes). Two texts of the
     * same length differ in both checksums but for one pair in 2⁶⁴; a page's edit is never missed by chance. Both
     * are computed by the processor from the first call, where SHA-256 runs as slow Java code until the JIT compiles
     * it: 79 MB of pages took a quarter of a second more.
     */
    public static byte[] of(byte[] bytes) {
        CRC32C c = new CRC32C();
        c.update(bytes);
        CRC32 d = new CRC32();
        d.update(bytes);
        return ByteBuffer.allocate(BYTES)
                .putLong(bytes.length)
                .putInt((int) c.getValue())
                .putInt((int) d.getValue())
                .array();
    }

    /** The digest of the file read at {@code source}, or null when none was read there. */
    public byte[] of(String source) {
        byte[] d = digests.get(source);
        return d == null ? null : d.clone();
    }

    /** Every digest, by source. */
    public Map<String, byte[]> all() {
        Map<String, byte[]> out = new ConcurrentHashMap<>();
        digests.forEach((k, v) -> out.put(k, v.clone()));
        return Map.copyOf(out);
    }
}
