package cn.gov.jinjiang.gksite.build;

import cn.gov.jinjiang.gksite.content.Page;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.markdown.RenderedMarkdown;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.zip.CRC32C;

/**
 * The build cache of converted Markdown, kept between builds in {@code .gksite/cache/markdown.bin} beside the
 * sources (never published): a build after an edit converts only the pages whose text changed. An entry is found
 * by the page's file name and used only when it was made from the same first body line and body (compared byte
 * for byte), in a file signed with a key of the code that wrote it and of this user ({@link CacheKey}); what a
 * conversion gives depends on nothing else (not on site.yaml or the theme), so a template edit converts nothing
 * again.
 *
 * <p>Trust: every entry carries a CRC and is decoded whole or not at all; the index (with each entry's CRC) is
 * signed (HMAC-SHA256 with the key), so a file of another gksite or of another user or machine (say one committed
 * to the site's repository to carry HTML past the sanitizer), one a build left unfinished (killed) or one damaged
 * any other way is not read: the build converts everything and the file is started again. A file at that place
 * gksite did not write (it does not start with gksite's header), or a symbolic link on the way to it, is never
 * read, written or removed: the build goes on without the cache
 * ({@code cache.unusable}, a warning). Two builds at once: the first holds a lock and writes, the second only
 * reads. Conversions that failed ({@code internal.*}, {@code markdown.too-deep}: they may depend on the machine)
 * are never kept.
 *
 * <p>The file: a header, the entries appended build after build, then an index (each entry's page, place,
 * length and CRC) and a footer naming the index. A build appends what it converted and a new index; when what
 * the last build did not use outweighs what it did, the file is written again with only that.
 */
public final class MarkdownCache implements AutoCloseable {
    static final String FILE = ".gksite/cache/markdown.bin";
    static final byte[] MAGIC = "gksite markdown cache v2\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] END = "gksite.\n".getBytes(StandardCharsets.US_ASCII);
    /** Index offset, index length, entry count, the index's signature, end mark. */
    static final int FOOTER = 8 + 4 + 4 + 32 + END.length;
    /** Dead bytes that never force a rewrite. */
    private static final long SLACK = 8L * 1024 * 1024;

    record Slot(long offset, int length, int crc) {}

    final Path file;
    final FileChannel channel;
    private final FileLock lock;
    final byte[] key;
    private final Map<String, Slot> index;
    final Map<String, Slot> used = new ConcurrentHashMap<>();
    private final Diagnostic warning;
    private long end;
    private boolean failed;

    MarkdownCache(Path file, FileChannel channel, FileLock lock, byte[] key, Map<String, Slot> index, long end) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.key = key;
        this.index = index;
        this.end = end;
        this.warning = null;
    }

    MarkdownCache(Diagnostic warning) {
        this.file = null;
        this.channel = null;
        this.lock = null;
        this.key = null;
        this.index = Map.of();
        this.warning = warning;
    }

    /** A cache that finds nothing and keeps nothing: every page is converted. */
    static MarkdownCache none() {
        return new MarkdownCache((Diagnostic) null);
    }

    /**
     * Opens the cache of the site in {@code root} with {@code key} ({@link CacheKey}; null: no cache). Never throws:
     * a cache that cannot be used is {@link #none()}, with {@link #warning()} when the editor should know why.
     */
    static MarkdownCache open(Path root, String key) {
        if (key == null) {
            return none();
        }
        return CacheFile.open(root, key);
    }

    /** Why the cache is not used, when a file or link in its place is not gksite's; else null. */
    Diagnostic warning() {
        return warning;
    }

    /** Whether this cache keeps what is converted through it. */
    boolean writable() {
        return lock != null;
    }

    /**
     * The conversion of {@code page}: the cached one when there is a whole one for its text, else {@code convert}'s
     * (which is kept). The problems the conversion found go to {@code diags} either way.
     */
    RenderedMarkdown convert(Page page, Diagnostics diags, BiFunction<Page, Diagnostics, RenderedMarkdown> convert) {
        if (channel == null) {
            return convert.apply(page, diags);
        }
        String name = page.source();
        byte[] text = text(page);
        Slot slot = index.get(name);
        CachedConversion hit = slot == null ? null : read(slot, text);
        if (hit != null) {
            used.put(name, slot);
            diags.addAll(hit.diags());
            return hit.html();
        }
        Diagnostics found = new Diagnostics();
        RenderedMarkdown html = convert.apply(page, found);
        List<Diagnostic> list = found.sorted();
        diags.addAll(list);
        if (writable() && list.stream().allMatch(MarkdownCache::keepable)) {
            append(name, new CachedConversion(html, list).encode(text));
        }
        return html;
    }

    /**
     * Keeps the entry of a page this build did not convert because it kept the page's files as they were (its text
     * unchanged since), so the file's next rewrite keeps it too: a template edit later renders, and converts, every
     * page again.
     */
    void keep(String source) {
        if (channel == null) {
            return;
        }
        Slot slot = index.get(source);
        if (slot != null) {
            used.putIfAbsent(source, slot);
        }
    }

    private static boolean keepable(Diagnostic d) {
        return !d.code().equals("markdown.too-deep") && !d.code().startsWith("internal.");
    }

    /** The entry at {@code slot} when it is whole and of the page {@code text}; else null. */
    private CachedConversion read(Slot slot, byte[] text) {
        try {
            ByteBuffer buf = CacheFile.read(channel, slot.offset(), slot.length());
            CRC32C crc = new CRC32C();
            crc.update(buf.array());
            if ((int) crc.getValue() != slot.crc() || slot.length() < text.length) {
                return null;
            }
            if (!Arrays.equals(buf.array(), 0, text.length, text, 0, text.length)) {
                return null;
            }
            return CachedConversion.decode(buf.position(text.length));
        } catch (IOException | CachedConversion.Malformed e) {
            return null;
        }
    }

    /** Appends an entry: the page's {@link #text} followed by its conversion. */
    private void append(String name, byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        synchronized (this) {
            if (failed) {
                return;
            }
            try {
                CacheFile.write(channel, ByteBuffer.wrap(bytes), end);
                Slot slot = new Slot(end, bytes.length, (int) crc.getValue());
                end += bytes.length;
                used.put(name, slot);
            } catch (IOException e) {
                failed = true;
            }
        }
    }

    /**
     * Writes the index of what this build used and converted (rewriting the file when most of it is dead), and
     * lets the file go. A cache that failed to write is cut back to its header: the next build starts it again.
     */
    @Override
    public synchronized void close() {
        if (channel == null) {
            return;
        }
        try (channel) {
            if (!writable()) {
                return;
            }
            if (!failed) {
                long live = used.values().stream().mapToLong(Slot::length).sum();
                if (end - MAGIC.length - live > Math.max(live, SLACK)) {
                    CacheFile.rewrite(this);
                } else {
                    Map<String, Slot> all = new HashMap<>(index);
                    all.putAll(used);
                    finish(channel, key, all, end);
                }
            }
            if (failed) {
                channel.truncate(MAGIC.length);
            }
        } catch (IOException e) {
            // The next build finds no whole footer and starts the file again.
        }
    }

    /** Writes the index of {@code slots} and the footer at {@code at}; the file ends there. */
    static void finish(FileChannel channel, byte[] key, Map<String, Slot> slots, long at) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(slots.size() * 64);
        try (DataOutputStream idx = new DataOutputStream(bytes)) {
            for (Map.Entry<String, Slot> e : slots.entrySet()) {
                byte[] name = e.getKey().getBytes(StandardCharsets.UTF_8);
                idx.writeInt(name.length);
                idx.write(name);
                idx.writeLong(e.getValue().offset());
                idx.writeInt(e.getValue().length());
                idx.writeInt(e.getValue().crc());
            }
        }
        byte[] index = bytes.toByteArray();
        ByteBuffer footer = ByteBuffer.allocate(FOOTER)
                .putLong(at)
                .putInt(index.length)
                .putInt(slots.size())
                .put(CacheFile.signature(key, index, at, slots.size()))
                .put(END);
        CacheFile.write(channel, ByteBuffer.wrap(index), at);
        CacheFile.write(channel, footer.flip(), at + index.length);
        channel.truncate(at + index.length + FOOTER);
    }

    /**
     * What a cached conversion must have been made from, the first bytes of its entry: the page's first body
     * line and its body (a conversion is found by the page's file and used only when these are the same).
     */
    private static byte[] text(Page page) {
        byte[] body = page.body().text().getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(8 + body.length)
                .putInt(page.bodyLine())
                .putInt(body.length)
                .put(body)
                .array();
    }
}
